/**
 * The report channels. `report:pdf` needs Chromium's printer, which only the desktop app has:
 * here it refuses with a message saying so, and the Electron main process replaces it.
 */
import type Database from 'better-sqlite3';
import type { Handlers } from '../../shared/ipc/contract';
import type { Ruleset } from '../../shared/rules/ruleset';
import { exportReport } from './report-service';
import { UserFacingError } from './dispatch';
import type { PreviewStore } from './previews';

export type ReportHandlers = Pick<Handlers, 'report:render' | 'report:pdf'>;

export function createReportHandlers(
  db: Database.Database,
  previews: PreviewStore,
  now: () => Date,
  ruleset: Ruleset,
): ReportHandlers {
  return {
    'report:render': ({ ids, asOf, format }) => {
      const exported = exportReport(db, { ids, asOf, format }, now(), ruleset);
      return { ...exported, previewPath: format === 'html' ? previews.put(exported.text) : null };
    },
    'report:pdf': () => {
      throw new UserFacingError(
        'unavailable',
        'PDF export needs the desktop app. In the browser, save the HTML report and print it to PDF.',
      );
    },
  };
}
