/**
 * Steps with Back and Next: a progress indicator showing each step done, to do or blocked (as
 * the rules say), Next refusing to move on while a form on the step has problems, and the
 * current step in the navigation store so other screens can link straight to it.
 */
import { useEffect, useMemo, useRef, type ComponentType } from 'react';
import type { Requirement, RequirementId } from '../../../shared/rules/types';
import { useNavigation } from '../store/navigation-store';
import { createRegistry, WizardContext } from './wizard-context';
import { STEP_STATE_LABELS, stepState } from '../../../shared/vocabulary/steps';
import './wizard.css';
import './wizard-state.css';

/** Where the last step's button leads: the review of every requirement. */
const REVIEW_SECTION = 'review';

export interface WizardStep {
  readonly key: string;
  readonly title: string;
  /** The requirements this step serves: its state in the progress indicator. */
  readonly requirementIds: readonly RequirementId[];
  readonly Component: ComponentType;
}

interface WizardProps {
  readonly section: string;
  readonly label: string;
  readonly steps: readonly WizardStep[];
  readonly requirements: readonly Requirement[];
}

export function Wizard({ section, label, steps, requirements }: WizardProps) {
  const requested = useNavigation((s) => (s.section === section ? s.step : null));
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const index = Math.max(
    0,
    steps.findIndex((step) => step.key === requested),
  );
  const step = steps[index] as WizardStep;
  const registry = useMemo(() => createRegistry(), []);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownKey = useRef(step.key);

  // Focus follows a step change (Next, Back, the indicator, or a link from elsewhere).
  useEffect(() => {
    if (shownKey.current === step.key) return;
    shownKey.current = step.key;
    headingRef.current?.focus();
  }, [step.key]);

  const goTo = (target: number) => {
    const next = steps[target];
    if (next) sectionOpened(section, next.key);
  };
  const onNext = async () => {
    if (await registry.validateAll()) goTo(index + 1);
  };
  const onFinish = async () => {
    if (await registry.validateAll()) sectionOpened(REVIEW_SECTION, null, 'heading');
  };

  return (
    <div className="wizard">
      <nav className="wizard__progress" aria-label={`${label}: steps`}>
        <ol>
          {steps.map((s, i) => {
            const state = stepState(requirements, s.requirementIds);
            return (
              <li key={s.key} className={`wizard__item wizard__item--${state}`}>
                <button
                  type="button"
                  className="wizard__jump"
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => goTo(i)}
                  data-testid={`step-${s.key}`}
                  data-state={state}
                >
                  <span className="wizard__number" aria-hidden="true">
                    {state === 'done' ? '✓' : state === 'blocked' || state === 'at-risk' ? '!' : i + 1}
                  </span>
                  <span className="wizard__title">{s.title}</span>
                  <span className="wizard__state">{STEP_STATE_LABELS[state]}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <section className="wizard__step" aria-labelledby={`${section}-step-heading`}>
        {/* The tab shows a short name; the section's full name stays in view above the step. */}
        <div className="wizard__where">
          <p className="wizard__section">{label}</p>
          <p className="wizard__count">
            Step {index + 1} of {steps.length}
          </p>
        </div>
        <h2 id={`${section}-step-heading`} tabIndex={-1} ref={headingRef}>
          {step.title}
        </h2>
        <WizardContext.Provider value={registry}>
          <step.Component key={step.key} />
        </WizardContext.Provider>
        <div className="wizard__nav">
          <button type="button" className="button" disabled={index === 0} onClick={() => goTo(index - 1)}>
            Back
          </button>
          {index < steps.length - 1 ? (
            <button type="button" className="button button--primary" onClick={() => void onNext()}>
              Next: {steps[index + 1]?.title}
            </button>
          ) : (
            <button type="button" className="button button--primary" onClick={() => void onFinish()}>
              Review everything
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
