/**
 * The application menu: the usual File/Edit/View/Window roles, plus importing and exporting the
 * workspace through file dialogs. The work itself is done by the same handlers the UI calls.
 */
import { Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import type { AppWorkspace } from './workspace';
import { dispatch } from '../services/dispatch';

const INTERCHANGE_FILTER = { name: 'Partner re-enrollment workspace', extensions: ['json'] };

async function importFromFile(window: BrowserWindow, workspace: AppWorkspace): Promise<void> {
  const picked = await dialog.showOpenDialog(window, {
    filters: [INTERCHANGE_FILTER],
    properties: ['openFile'],
  });
  const file = picked.filePaths[0];
  if (picked.canceled || file === undefined) return;
  const text = await readFile(file, 'utf8');
  let result = await dispatch(workspace.handlers, 'workspace:import', { text, onConflict: 'refuse' });
  if (!result.ok && /already in the workspace/i.test(result.error.message)) {
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
  if (!result.ok) {
    await dialog.showMessageBox(window, {
      type: 'error',
      message: 'Nothing was imported.',
      detail: result.error.message,
    });
    return;
  }
  window.webContents.reload();
}

async function exportToFile(window: BrowserWindow, workspace: AppWorkspace): Promise<void> {
  const picked = await dialog.showSaveDialog(window, {
    defaultPath: 'partner-reenrollment.json',
    filters: [INTERCHANGE_FILTER],
  });
  if (picked.canceled || !picked.filePath) return;
  const result = await dispatch(workspace.handlers, 'workspace:export', {});
  if (!result.ok) {
    await dialog.showMessageBox(window, {
      type: 'error',
      message: 'The export failed.',
      detail: result.error.message,
    });
    return;
  }
  await writeFile(picked.filePath, `${JSON.stringify(result.value, null, 2)}\n`, 'utf8');
}

/** Installs the menu for `window`. */
export function buildMenu(window: BrowserWindow, workspace: AppWorkspace): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Import Workspace…',
          accelerator: 'CmdOrCtrl+O',
          click: () => void importFromFile(window, workspace),
        },
        {
          label: 'Export Workspace…',
          accelerator: 'CmdOrCtrl+Shift+S',
          click: () => void exportToFile(window, workspace),
        },
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
