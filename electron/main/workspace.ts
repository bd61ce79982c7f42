/**
 * Where the desktop app keeps its data: one workspace database in the user-data folder, its
 * backups beside it, and the handlers over it. Opening handles the two bad starts a person can
 * meet: a damaged file (moved aside, newest good backup offered) and a file from a newer app.
 */
import { app, dialog } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/ipc/contract';
import { openWorkspace, DatabaseTooNewError, type WorkspaceDb } from '../db/open';
import { openWorkspaceAtStart } from '../db/startup';
import { ensureDailyBackup, restoreBackupFile, type VerifiedBackup } from '../db/backups';
import { createHandlers } from '../services/handlers';
import type { PreviewStore } from '../services/previews';
import { reportFileName, reportFor } from '../services/report-service';
import { renderHtml } from '../../shared/report/html';
import { printHtmlToPdf } from './pdf';

export interface AppWorkspace {
  readonly file: string;
  readonly backupDir: string;
  readonly samplePath: string;
  readonly nativeBinding: string | undefined;
  /** The open database; replaced when a backup is restored. */
  readonly db: WorkspaceDb;
  readonly handlers: Handlers;
  /** Closes the database, runs `change` on the file, and opens it again. */
  reopenAfter(change: () => void): void;
}

/** The Electron-ABI build of better-sqlite3 `npm start` keeps apart; packaged apps ship their own. */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

function describeBackup(backup: VerifiedBackup): string {
  const count = `${backup.memberships} membership${backup.memberships === 1 ? '' : 's'}`;
  return `${new Date(backup.takenAt).toLocaleString()} (${backup.reason}, ${count})`;
}

/** Opens this user's workspace, asking what to do if the file is damaged. Null means quit. */
export function openAppWorkspace(previews: PreviewStore): AppWorkspace | null {
  const dataDir = app.getPath('userData');
  const file = join(dataDir, 'workspace.db');
  const backupDir = join(dataDir, 'backups');
  const binding = nativeBinding();
  const options = { backupDir, ...(binding ? { nativeBinding: binding } : {}) };
  const samplePath = join(app.getAppPath(), 'examples', 'fabrikam.json');

  let db: WorkspaceDb;
  try {
    const started = openWorkspaceAtStart(file, options);
    if (started.status === 'opened') {
      db = started.db;
    } else {
      const buttons = started.backup
        ? ['Restore the backup', 'Start an empty workspace', 'Quit']
        : ['Start an empty workspace', 'Quit'];
      const choice = dialog.showMessageBoxSync({
        type: 'warning',
        message: 'The workspace file could not be read.',
        detail:
          `${started.reason}\n\nThe damaged file was kept as ${started.movedTo ?? file}.` +
          (started.backup ? `\n\nThe newest good backup is from ${describeBackup(started.backup)}.` : ''),
        buttons,
        defaultId: 0,
        cancelId: buttons.length - 1,
      });
      if (buttons[choice] === 'Quit') return null;
      if (buttons[choice] === 'Restore the backup' && started.backup)
        restoreBackupFile(file, started.backup.path, options);
      db = openWorkspace(file, options);
    }
  } catch (error) {
    dialog.showErrorBox(
      'The workspace could not be opened',
      error instanceof DatabaseTooNewError ? error.message : `${String(error)}\n\nThe file was not changed.`,
    );
    return null;
  }
  ensureDailyBackup(db, options);

  /** The plain-Node handlers, with PDF export done by Chromium, which only the app has. */
  const handlersFor = (open: WorkspaceDb): Handlers => ({
    ...createHandlers(open, { backupDir, samplePath, previews }),
    'report:pdf': async ({ ids, asOf }) => {
      const { report, memberships } = reportFor(open, { ids, asOf }, new Date());
      const pdf = await printHtmlToPdf(renderHtml(report));
      return { fileName: reportFileName(memberships, asOf, 'pdf', 'pdf'), base64: pdf.toString('base64') };
    },
  });

  const workspace = {
    file,
    backupDir,
    samplePath,
    nativeBinding: binding,
    db,
    handlers: handlersFor(db),
    reopenAfter(change: () => void) {
      workspace.db.close();
      try {
        change();
      } finally {
        workspace.db = openWorkspace(file, options);
        workspace.handlers = handlersFor(workspace.db);
      }
    },
  };
  return workspace;
}
