import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../ipc/contract';
import { parseWith } from '../validation';
import { serviceCenterFormSchema, serviceCenterFormValues } from './settings';

const blank = { regionalServiceCenter: { name: '', phone: '', email: '', hours: '' } };

describe('serviceCenterFormSchema', () => {
  it('turns blanks into null and trims, and its output is what settings:save accepts', () => {
    const result = parseWith(serviceCenterFormSchema, {
      regionalServiceCenter: { name: ' EMEA Center ', phone: '', email: 'help@example.com', hours: '' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      regionalServiceCenter: { name: 'EMEA Center', phone: null, email: 'help@example.com', hours: null },
    });
    expect(settingsSchema.safeParse(result.value).success).toBe(true);
  });

  it('names the email field when the address is not one', () => {
    const result = parseWith(serviceCenterFormSchema, {
      regionalServiceCenter: { ...blank.regionalServiceCenter, email: 'not an email' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: 'regionalServiceCenter.email', message: 'Expected an email address like name@example.com' },
    ]);
  });

  it('refuses a phone number longer than the handler stores', () => {
    const result = parseWith(serviceCenterFormSchema, {
      regionalServiceCenter: { ...blank.regionalServiceCenter, phone: '1'.repeat(51) },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe('regionalServiceCenter.phone');
  });

  it('shows never-saved fields as empty text', () => {
    const values = serviceCenterFormValues({
      regionalServiceCenter: { name: 'Center', phone: null, email: null, hours: '9–17' },
    });
    expect(values).toEqual({
      regionalServiceCenter: { name: 'Center', phone: '', email: '', hours: '9–17' },
    });
  });
});
