/**
 * Moving the workspace in and out as interchange files: import (with the choice of what to do
 * with memberships already in the workspace), export as a downloaded JSON file, and the sample.
 */
import { localToday } from '../../../shared/dates';
import type { ConflictPolicy, ImportConflict, ImportSummary } from '../../../shared/ipc/contract';
import { describeProblem } from '../../../shared/validation';
import { ApiError } from '../api/client';
import { callLong } from '../progress/run-long';

export type ImportOutcome =
  | { readonly kind: 'imported'; readonly summary: ImportSummary }
  /** The file holds memberships the workspace has: the person chooses replace, import as new or cancel. */
  | { readonly kind: 'conflict'; readonly conflict: ImportConflictQuestion }
  | { readonly kind: 'failed'; readonly message: string; readonly problems: readonly string[] }
  /** The person cancelled it before anything was written. */
  | { readonly kind: 'cancelled'; readonly message: string };

export interface ImportConflictQuestion {
  readonly conflicts: readonly ImportConflict[];
  readonly fileMemberships: number;
}

const MAX_PROBLEMS_SHOWN = 8;

/** The question a refused import asks, when the refusal is a conflict; null for any other error. */
export function conflictOf(error: unknown): ImportConflictQuestion | null {
  if (!(error instanceof ApiError) || error.error.code !== 'import-conflict') return null;
  return { conflicts: error.error.conflicts, fileMemberships: error.error.fileMemberships };
}

/**
 * Imports interchange text, or a file's bytes; a conflict under `refuse` comes back as a
 * question, not an error.
 */
export async function importText(
  text: string | Uint8Array<ArrayBuffer>,
  onConflict: ConflictPolicy,
  /** Run once imported, the progress bar still up: the window reading the workspace again. */
  reload: (summary: ImportSummary) => Promise<unknown>,
): Promise<ImportOutcome> {
  let imported = false;
  try {
    const summary = await callLong(
      'workspace:import',
      { text, onConflict },
      { title: 'Importing the workspace', cancellable: true },
      {
        what: 'Opening the imported memberships',
        run: (done) => {
          imported = true;
          return reload(done);
        },
      },
    );
    return { kind: 'imported', summary };
  } catch (error) {
    // The import is done; what failed is reading the workspace again, not the import.
    if (imported) throw error;
    const conflict = conflictOf(error);
    if (conflict) return { kind: 'conflict', conflict };
    if (error instanceof ApiError && error.code === 'cancelled')
      return { kind: 'cancelled', message: error.message };
    const problems = error instanceof ApiError ? (error.problems ?? []) : [];
    const lines = problems.slice(0, MAX_PROBLEMS_SHOWN).map(describeProblem);
    if (problems.length > MAX_PROBLEMS_SHOWN)
      lines.push(`… and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
    return {
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
      problems: lines,
    };
  }
}

/** "Imported 3 memberships (1 replaced, 1 under a new id)." */
export function describeImport(summary: ImportSummary): string {
  const total = summary.added.length + summary.replaced.length;
  const extras = [
    summary.replaced.length > 0 ? `${summary.replaced.length} replaced` : null,
    summary.renamed.length > 0 ? `${summary.renamed.length} under a new id` : null,
  ].filter(Boolean);
  const noun = total === 1 ? 'membership' : 'memberships';
  return `Imported ${total} ${noun}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}.`;
}

/** The membership to open after an import: the first one the file brought in. */
export function firstImportedId(summary: ImportSummary): string | undefined {
  return summary.replaced[0] ?? summary.added[0];
}

/** Downloads the whole workspace as an interchange file, named with today's date. */
export async function downloadExport(): Promise<string> {
  const doc = await callLong('workspace:export', {}, { title: 'Exporting the workspace', cancellable: true });
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const name = `partner-reenrollment-${localToday()}.json`;
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
