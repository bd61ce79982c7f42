/**
 * Readiness reports from the workspace: load the memberships, evaluate them at asOf, build the
 * one report model and render it in the asked format, with a file name a person recognizes.
 */
import type Database from 'better-sqlite3';
import type { IsoDate } from '../../shared/dates';
import type { Membership } from '../../shared/interchange/schema';
import { evaluate } from '../../shared/rules/evaluate';
import { MPP_2009 } from '../../shared/rules/mpp2009';
import type { Ruleset } from '../../shared/rules/ruleset';
import { buildReport, preparerOf } from '../../shared/report/model';
import type { Report } from '../../shared/report/model-types';
import { renderReport, type ReportFormat } from '../../shared/report/render';
import { loadMemberships } from '../db/membership-read';
import { UserFacingError } from './dispatch';

export interface ExportedReport {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
}

/** The report model for these memberships (all when `ids` is absent) at `asOf`, under `ruleset`. */
export function reportFor(
  db: Database.Database,
  args: { readonly ids?: readonly string[] | undefined; readonly asOf: IsoDate },
  now: Date,
  ruleset: Ruleset = MPP_2009,
): { readonly report: Report; readonly memberships: readonly Membership[] } {
  const memberships = loadMemberships(db, args.ids);
  if (args.ids) {
    const found = new Set(memberships.map((m) => m.id));
    const missing = args.ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new UserFacingError(
        'not-found',
        `No membership with id ${missing.map((id) => `"${id}"`).join(', ')} in this workspace.`,
        [
          {
            path: 'ids',
            message: `There is no membership with id ${missing.map((id) => `"${id}"`).join(', ')}`,
          },
        ],
      );
    }
  }
  if (memberships.length === 0)
    throw new UserFacingError('not-found', 'The workspace has no membership to report on yet.');
  const evaluation = evaluate(memberships, { asOf: args.asOf, ruleset });
  const report = buildReport(memberships, evaluation, {
    generatedAt: now.toISOString(),
    preparer: preparerOf(memberships),
  });
  return { report, memberships };
}

/** The report rendered in `format`, named after the organization and asOf. */
export function exportReport(
  db: Database.Database,
  args: {
    readonly ids?: readonly string[] | undefined;
    readonly asOf: IsoDate;
    readonly format: ReportFormat;
  },
  now: Date,
  ruleset: Ruleset = MPP_2009,
): ExportedReport {
  const { report, memberships } = reportFor(db, args, now, ruleset);
  const rendered = renderReport(report, args.format);
  return {
    fileName: reportFileName(memberships, args.asOf, args.format, rendered.extension),
    mimeType: rendered.mimeType,
    text: rendered.text,
  };
}

/** `readiness-fabrikam-ltd-seattle-2009-08-15.html`; the workspace name when several. */
export function reportFileName(
  memberships: readonly Membership[],
  asOf: IsoDate,
  format: ReportFormat | 'pdf',
  extension: string,
): string {
  const only = memberships.length === 1 ? memberships[0] : undefined;
  const subject = only ? [only.organization.name, only.organization.location ?? ''].join(' ') : 'workspace';
  const slug =
    subject
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'membership';
  const kind =
    format === 'csv' || format === 'ics'
      ? 'deadlines'
      : format === 'requirements-csv'
        ? 'requirements'
        : 'readiness';
  return `${kind}-${slug}-${asOf}.${extension}`;
}
