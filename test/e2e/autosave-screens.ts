/**
 * The forms the randomized autosave test edits (autosave-random.spec.ts): how to open each, the
 * values typed into its fields (valid and not), and how shown values map to what is stored.
 */
import type { Page } from '@playwright/test';
import type { z } from 'zod';
import type { Membership } from '../../shared/interchange/schema';
import { assessmentFormSchema, feeFormSchema } from '../../shared/forms/assessment';
import { overviewSchema } from '../../shared/forms/overview';

export interface Screen {
  readonly name: string;
  readonly open: (page: Page) => Promise<void>;
  readonly heading: string;
  /** The fields edited, by label, with the values typed into them (valid and not). */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  readonly checkbox?: string;
  /** Shown values → the stored value they mean (or the schema's problems, by field label). */
  readonly parse: (shown: Shown, stored: Membership) => z.ZodSafeParseResult<unknown>;
  readonly stored: (m: Membership) => unknown;
  /** The labels of the fields a problem path names. */
  readonly labelOf: (path: string) => string;
}

export type Shown = Readonly<Record<string, string | boolean>>;

const nullish = (v: unknown) => v ?? null;

export const SCREENS: readonly Screen[] = [
  {
    name: 'Action Pack',
    heading: 'Action Pack assessment',
    open: async (page) => {
      await page.getByRole('tab', { name: 'Registered Members: Re-enrollment' }).click();
      await page.getByTestId('step-assessment').click();
    },
    fields: {
      'Score (%)': ['', '0', '70', '85', '100', '72.5', '-5', '150', '101', 'abc', '7a', ' 42 ', '99,5'],
      'Taken on': ['', '2009-02-20', '2009-07-01', '2009-02-30', '2009-13-01', '20090220', '0099-01-01'],
    },
    parse: (shown) =>
      assessmentFormSchema.safeParse({ scorePercent: shown['Score (%)'], takenOn: shown['Taken on'] }),
    stored: (m) =>
      m.mapsAssessment
        ? { scorePercent: m.mapsAssessment.scorePercent, takenOn: nullish(m.mapsAssessment.takenOn) }
        : null,
    labelOf: (path) => (path.startsWith('takenOn') ? 'Taken on' : 'Score (%)'),
  },
  {
    name: 'fee',
    heading: 'Pay the fee for your country',
    open: async (page) => {
      await page.getByRole('tab', { name: 'Certified or Gold Certified Partners: Re-enrollment' }).click();
      await page.getByTestId('step-fee').click();
    },
    fields: {
      Amount: ['', '1500', '-1500', '1', '1650.5', 'x', '12,5', '1 500', '2000000000'],
      Currency: ['', 'USD', 'EUR', 'us', 'EU1', 'usd'],
    },
    checkbox: 'The fee is paid',
    parse: (shown) =>
      feeFormSchema.safeParse({
        done: shown['The fee is paid'],
        on: shown['Paid on'],
        note: shown.Note,
        amount: shown.Amount,
        currency: shown.Currency,
      }),
    stored: (m) => {
      const fee = m.steps.feePaid;
      return {
        done: fee.done,
        on: nullish(fee.on),
        note: nullish(fee.note),
        amount: nullish(fee.amount),
        currency: nullish(fee.currency),
      };
    },
    labelOf: (path) => (path.startsWith('currency') ? 'Currency' : 'Amount'),
  },
  {
    name: 'organization',
    heading: 'Time to Re-enroll?',
    open: async (page) => {
      await page.getByRole('tab', { name: 'Time to Re-enroll?' }).click();
    },
    fields: {
      'Organization name': ['', 'Fabrikam Ltd', 'Contoso', '   ', 'Fabrikam Ltd (US)', 'x'.repeat(210)],
      Location: ['', 'Seattle', 'Seattle WA', 'Redmond', 'y'.repeat(210)],
    },
    parse: (shown, stored) =>
      overviewSchema.shape.organization.safeParse({
        name: shown['Organization name'],
        location: shown.Location,
        country: stored.organization.country ?? '',
      }),
    stored: (m) => ({ name: m.organization.name, location: nullish(m.organization.location) }),
    labelOf: (path) => (path.includes('location') ? 'Location' : 'Organization name'),
  },
];

/** The part of a parsed form this test compares with the database. */
export function comparable(screen: Screen, value: unknown): unknown {
  if (screen.name !== 'organization') return value;
  const organization = value as z.output<typeof overviewSchema>['organization'];
  return { name: organization.name, location: nullish(organization.location) };
}
