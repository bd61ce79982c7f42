/**
 * "This membership / all memberships": a segmented control built on a radio group, so it is
 * keyboard-usable as any radio group is (Tab into it, arrow keys move the choice).
 */
import { useId } from 'react';
import './scope-switch.css';

export type DeadlineScope = 'this' | 'all';

const CHOICES: readonly { readonly value: DeadlineScope; readonly label: string }[] = [
  { value: 'this', label: 'This membership' },
  { value: 'all', label: 'All memberships' },
];

export function ScopeSwitch({
  scope,
  onChange,
}: {
  readonly scope: DeadlineScope;
  readonly onChange: (scope: DeadlineScope) => void;
}) {
  const name = useId();
  return (
    <fieldset className="scope-switch">
      <legend className="visually-hidden">Deadlines of</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} className="scope-switch__choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={scope === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
