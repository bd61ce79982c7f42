/**
 * The application menu: the usual roles, plus the workspace's files — import, export, restore
 * from a backup or from an interchange file. The work is done by the same handlers the UI calls.
 */
import { Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import type { AppWorkspace } from './workspace';
import { dispatch } from '../services/dispatch';
import { listBackups, restoreBackupFile } from '../db/backups';
import { parseImportText, restoreWorkspace } from '../services/import';

const INTERCHANGE_FILTER = { name: 'Partner re-enrollment workspace', extensions: ['json'] };

async function showError(window: BrowserWindow, message: string, detail: string): Promise<void> {
  await dialog.showMessageBox(window, { type: 'error', message, detail });
}

async function pickInterchangeFile(window: BrowserWindow): Promise<string | null> {
  const picked = await dialog.showOpenDialog(window, {
    filters: [INTERCHANGE_FILTER],
    properties: ['openFile'],
  });
  const file = picked.filePaths[0];
  return picked.canceled || file === undefined ? null : readFile(file, 'utf8');
}

async function importFromFile(window: BrowserWindow, workspace: AppWorkspace): Promise<void> {
  const text = await pickInterchangeFile(window);
  if (text === null) return;
  let result = await dispatch(workspace.handlers, 'workspace:import', { text, onConflict: 'refuse' });
  if (!result.ok && result.error.code === 'import-conflict') {
    const choice = await dialog.showMessageBox(window, {
      type: 'question',
      message: 'Some memberships in this file are already in the workspace.',
      detail: result.error.message,
      buttons: ['Replace them', 'Import as new memberships', 'Cancel'],
      cancelId: 2,
      defaultId: 2,
    });
    if (choice.response === 2) return;
    result = await dispatch(workspace.handlers, 'workspace:import', {
      text,
      onConflict: choice.response === 0 ? 'replace' : 'new',
    });
  }
  if (!result.ok) return showError(window, 'Nothing was imported.', result.error.message);
  window.webContents.reload();
}

async function exportToFile(window: BrowserWindow, workspace: AppWorkspace): Promise<void> {
  const picked = await dialog.showSaveDialog(window, {
    defaultPath: 'partner-reenrollment.json',
    filters: [INTERCHANGE_FILTER],
  });
  if (picked.canceled || !picked.filePath) return;
  const result = await dispatch(workspace.handlers, 'workspace:export', {});
  if (!result.ok) return showError(window, 'The export failed.', result.error.message);
  await writeFile(picked.filePath, `${JSON.stringify(result.value, null, 2)}\n`, 'utf8');
}

async function restoreFromBackup(window: BrowserWindow, workspace: AppWorkspace): Promise<void> {
  const backups = listBackups(workspace.backupDir).slice(0, 7);
  if (backups.length === 0)
    return showError(window, 'There is no backup yet.', 'Backups are taken daily and before imports.');
  const labels = backups.map((b) => `${new Date(b.takenAt).toLocaleString()} — ${b.reason}`);
  const choice = await dialog.showMessageBox(window, {
    type: 'question',
    message: 'Restore the workspace from which backup?',
    detail: 'The current workspace is kept beside it before the backup replaces it.',
    buttons: [...labels, 'Cancel'],
    cancelId: labels.length,
    defaultId: labels.length,
  });
  const backup = backups[choice.response];
  if (!backup) return;
  try {
    const options = {
      backupDir: workspace.backupDir,
      ...(workspace.nativeBinding ? { nativeBinding: workspace.nativeBinding } : {}),
    };
    workspace.reopenAfter(() => restoreBackupFile(workspace.file, backup.path, options));
  } catch (error) {
    return showError(window, 'The backup was not restored.', String(error));
  }
  window.webContents.reload();
}

async function restoreFromInterchange(window: BrowserWindow, workspace: AppWorkspace): Promise<void> {
  const text = await pickInterchangeFile(window);
  if (text === null) return;
  const confirm = await dialog.showMessageBox(window, {
    type: 'warning',
    message: 'Replace every membership in the workspace with the file’s?',
    detail: 'A backup of the current workspace is taken first.',
    buttons: ['Replace the workspace', 'Cancel'],
    cancelId: 1,
    defaultId: 1,
  });
  if (confirm.response !== 0) return;
  try {
    restoreWorkspace(workspace.db, parseImportText(text), { backupDir: workspace.backupDir });
  } catch (error) {
    return showError(window, 'Nothing was restored.', error instanceof Error ? error.message : String(error));
  }
  window.webContents.reload();
}

/** Installs the menu for `window`. */
export function buildMenu(window: BrowserWindow, workspace: AppWorkspace): void {
  const run = (action: (w: BrowserWindow, ws: AppWorkspace) => Promise<void>) => () =>
    void action(window, workspace).catch((error: unknown) =>
      showError(window, 'That did not work.', String(error)),
    );
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Workspace…', accelerator: 'CmdOrCtrl+O', click: run(importFromFile) },
        { label: 'Export Workspace…', accelerator: 'CmdOrCtrl+Shift+S', click: run(exportToFile) },
        { type: 'separator' },
        { label: 'Restore from Backup…', click: run(restoreFromBackup) },
        { label: 'Restore from Workspace File…', click: run(restoreFromInterchange) },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
