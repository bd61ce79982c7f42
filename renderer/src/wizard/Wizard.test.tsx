import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requirementWith } from '../../../test/fixtures/requirement';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { z } from 'zod';
import type { Requirement } from '../../../shared/rules/types';
import { Field } from '../components/Field';
import { useNavigation } from '../store/navigation-store';
import { StepForm } from './StepForm';
import { useStepForm } from './use-step-form';
import { Wizard, type WizardStep } from './Wizard';

const nameSchema = z.strictObject({ name: z.string().trim().min(1, { error: 'The name is required' }) });

function NameStep() {
  const step = useStepForm({ schema: nameSchema, defaultValues: { name: '' }, save: null });
  return (
    <StepForm step={step} label="Name">
      <Field label="Name" error={step.form.formState.errors.name?.message}>
        <input type="text" {...step.form.register('name')} />
      </Field>
    </StepForm>
  );
}

const STEPS: readonly WizardStep[] = [
  { key: 'first', title: 'First step', requirementIds: ['steps.sign-in'], Component: NameStep },
  { key: 'second', title: 'Second step', requirementIds: ['gold.fee'], Component: () => <p>Second body</p> },
];

const req = (id: Requirement['id'], status: Requirement['status']) =>
  requirementWith(id, status, { level: 'all', kind: 'step' });

const REQUIREMENTS = [req('steps.sign-in', 'met'), req('gold.fee', 'unmet')];

beforeEach(() => useNavigation.setState({ section: 'test', step: null }));
afterEach(cleanup);

function renderWizard() {
  return render(<Wizard section="test" label="Test" steps={STEPS} requirements={REQUIREMENTS} />);
}

describe('Wizard', () => {
  it('shows each step as done, to do or blocked from the requirement statuses', () => {
    renderWizard();
    expect(screen.getByTestId('step-first').dataset.state).toBe('done');
    expect(screen.getByTestId('step-second').dataset.state).toBe('blocked');
    expect(screen.getByTestId('step-first').getAttribute('aria-current')).toBe('step');
  });

  it('refuses Next while the step form has a problem, with a summary whose link focuses the field', async () => {
    renderWizard();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Next: Second step' }));
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('First step');
    const link = screen.getByRole('link', { name: 'Name: The name is required' });
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
  });

  it('moves on once the form is valid, and Back returns; the step is kept in the navigation store', async () => {
    renderWizard();
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Dana' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Next: Second step' }));
    });
    expect(screen.getByText('Second body')).toBeTruthy();
    expect(useNavigation.getState().step).toBe('second');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('First step');
  });

  it('opens the step named in the navigation store (a deep link)', () => {
    useNavigation.setState({ section: 'test', step: 'second' });
    renderWizard();
    expect(screen.getByText('Second body')).toBeTruthy();
    expect(screen.getByText('Step 2 of 2')).toBeTruthy();
  });
});
