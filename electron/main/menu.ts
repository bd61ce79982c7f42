/**
 * The application menu: the usual roles, plus the workspace's files — import, export, restore
 * from a backup. Each File item only tells the window which command was chosen; the renderer
 * runs the same flow as its buttons (one import, conflict and restore flow for both modes).
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/ipc/menu-commands';

/** Installs the menu for `window`. */
export function buildMenu(window: BrowserWindow): void {
  const send = (command: MenuCommand) => () => window.webContents.send(MENU_CHANNEL, command);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Workspace…', accelerator: 'CmdOrCtrl+O', click: send('import') },
        { label: 'Export Workspace…', accelerator: 'CmdOrCtrl+Shift+S', click: send('export') },
        { type: 'separator' },
        { label: 'Restore from Backup…', click: send('restore-backup') },
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
