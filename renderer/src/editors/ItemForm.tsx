/** The frame of an item's form: its fields, the error summary, Save and Cancel. */
import type { ReactNode } from 'react';
import { StepForm, type StepFormHandle } from '../wizard/StepForm';

interface ItemFormProps {
  readonly form: StepFormHandle;
  readonly label: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

export function ItemForm({ form, label, onCancel, children }: ItemFormProps) {
  return (
    <StepForm step={form} label={label} className="item-form">
      {children}
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          Save
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </StepForm>
  );
}

/** One row of a repeated group inside an item (a certification, a link, a customer) with its Remove button. */
export function RepeatRow(props: {
  readonly removeLabel: string;
  readonly onRemove: () => void;
  readonly children: ReactNode;
  /** The row's grid: three columns unless a wider row says otherwise. */
  readonly grid?: string;
}) {
  return (
    <div className={`grid ${props.grid ?? 'grid--3'} repeat-row`}>
      {props.children}
      <button type="button" className="button button--small repeat-row__remove" onClick={props.onRemove}>
        {props.removeLabel}
      </button>
    </div>
  );
}
