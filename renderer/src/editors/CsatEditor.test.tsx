import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { membershipSchema, type Membership } from '../../../shared/interchange/schema';
import { useWorkspace } from '../store/workspace-store';
import { CsatEditor } from './CsatEditor';
import { MPP_2009 } from '../../../shared/rules/mpp2009';

const membership = {
  ...membershipSchema.parse({
    id: 'm-1',
    organization: { name: 'Fabrikam Ltd' },
    level: 'gold',
    targetLevel: 'gold',
    enrollment: { expiresOn: '2009-09-30' },
  }),
  id: 'm-1',
} as Membership;

const saved = vi.fn(async () => membership);

beforeEach(() => {
  saved.mockClear();
  useWorkspace.setState({ current: membership, saved: saved as never, ruleset: MPP_2009 });
});
afterEach(cleanup);

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('CsatEditor', () => {
  it('shows the counted total with the per-customer cap while typing, and saves numbers', async () => {
    render(<CsatEditor />);
    fireEvent.click(screen.getByRole('button', { name: 'Add survey' }));
    type('Participated on', '2009-04-01');
    type('Customer 1', 'Contoso');
    type('Responses from customer 1', '12');
    fireEvent.click(screen.getByRole('button', { name: 'Add customer' }));
    type('Customer 2', 'Tailspin');
    type('Responses from customer 2', '1');
    expect(screen.getByTestId('csat-counted').textContent).toContain(
      '9 counted responses (Contoso 8 of 12, Tailspin 1)',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(saved).toHaveBeenCalledWith('entity:save', {
      membershipId: 'm-1',
      list: 'csatSurveys',
      item: {
        participatedOn: '2009-04-01',
        responses: [
          { customer: 'Contoso', count: 12 },
          { customer: 'Tailspin', count: 1 },
        ],
      },
    });
  });

  it('refuses a count that is not a whole number, on its field, without saving', async () => {
    render(<CsatEditor />);
    fireEvent.click(screen.getByRole('button', { name: 'Add survey' }));
    type('Participated on', '2009-04-01');
    type('Customer 1', 'Contoso');
    type('Responses from customer 1', 'many');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(saved).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Responses from customer 1').getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole('link', {
        name: 'Responses from customer 1: The number of responses must be a whole number, like 12.',
      }),
    ).toBeTruthy();
  });
});
