import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Settings } from '../../../../shared/ipc/contract';
import { ServiceCenter } from './ServiceCenterForm';

afterEach(cleanup);

const saved: Settings = {
  regionalServiceCenter: { name: 'EMEA Center', phone: null, email: null, hours: null },
};

async function renderLoaded(onSave: (s: unknown) => Promise<unknown>) {
  render(<ServiceCenter onSave={onSave} load={() => Promise.resolve(saved)} />);
  return screen.findByLabelText('Service center name');
}

describe('ServiceCenter', () => {
  it('shows the saved contact, with empty fields for what was never entered', async () => {
    const name = await renderLoaded(vi.fn());
    expect((name as HTMLInputElement).value).toBe('EMEA Center');
    expect((screen.getByLabelText('Phone') as HTMLInputElement).value).toBe('');
  });

  it('refuses an email that is not one, on its field, and saves nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    await renderLoaded(onSave);
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'nope' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save the contact' }));
    });
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Expected an email address like name@example.com')).toBeTruthy();
  });

  it('saves trimmed values with blanks as null, and says so', async () => {
    const onSave = vi.fn(async () => undefined);
    await renderLoaded(onSave);
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: ' +353 1 555 0100 ' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'emea@example.com' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save the contact' }));
    });
    expect(onSave).toHaveBeenCalledWith({
      regionalServiceCenter: {
        name: 'EMEA Center',
        phone: '+353 1 555 0100',
        email: 'emea@example.com',
        hours: null,
      },
    });
    expect(screen.getByTestId('service-center-status').textContent).toBe('Contact saved.');
  });
});
