import { describe, expect, it, afterEach, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { emptyOverview } from '../../../../shared/forms/overview';
import { OverviewForm } from './OverviewForm';

afterEach(cleanup);

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('OverviewForm', () => {
  it('shows each problem next to its field and creates nothing', async () => {
    const onCreate = vi.fn(async () => undefined);
    render(<OverviewForm initial={emptyOverview} onAutosave={null} onCreate={onCreate} />);
    fill('Enrollment expires on', '2009-02-30');
    fill('Their email', 'not-an-email');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Create membership' }));
    });
    expect(onCreate).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Organization name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The organization name is required')).toBeTruthy();
    const expiry = screen.getByLabelText('Enrollment expires on');
    expect(expiry.getAttribute('aria-invalid')).toBe('true');
    const describedBy = expiry.getAttribute('aria-describedby') ?? '';
    const messages = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('Expected a date YYYY-MM-DD that exists on the calendar');
    expect(screen.getByText('Expected an email address like name@example.com')).toBeTruthy();
  });

  it('creates with the parsed, normalized values', async () => {
    const onCreate = vi.fn(async () => undefined);
    render(<OverviewForm initial={emptyOverview} onAutosave={null} onCreate={onCreate} />);
    fill('Organization name', '  Fabrikam Ltd ');
    fill('Enrollment expires on', '2009-09-30');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Create membership' }));
    });
    expect(onCreate).toHaveBeenCalledTimes(1);
    const [overview] = onCreate.mock.calls[0] as unknown as [typeof emptyOverview];
    expect(overview.organization).toEqual({ name: 'Fabrikam Ltd', location: null, country: null });
    expect(overview.enrollment).toEqual({ startedOn: null, expiresOn: '2009-09-30' });
  });
});
