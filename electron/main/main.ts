/**
 * The Electron main process: thin glue. It opens the workspace database (start-up checks, the
 * daily backup, reminders, PDF), serves the renderer from `app://renderer`, routes the one IPC
 * channel to the database utilityProcess (database-ipc.ts), and hardens every web contents.
 * Everything it calls is plain Node, tested without Electron.
 */
import { app, BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { registerAppProtocol, registerAppScheme } from './app-protocol';
import { secureWindowOptions, isAppUrl, isExternalLinkAllowed, APP_ORIGIN } from './security';
import { serveDatabase } from './database-ipc';
import { openAppWorkspace } from './workspace';
import { buildMenu } from './menu';
import { startReminders } from './reminders';
import { createPreviewStore } from '../services/previews';

registerAppScheme();

// Tests and portable installs point the app at another data folder.
const userDataOverride = process.env.REENROLL_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);

if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  const previews = createPreviewStore();
  registerAppProtocol(join(__dirname, '..', 'renderer'), previews);

  const workspace = openAppWorkspace(previews);
  if (!workspace) {
    app.quit();
    return;
  }

  const window = new BrowserWindow(secureWindowOptions(join(__dirname, 'preload.cjs')));
  const stopDatabase = serveDatabase(workspace, previews, window);
  app.once('will-quit', stopDatabase);
  buildMenu(window);
  window.once('ready-to-show', () => {
    window.show();
    const stopReminders = startReminders(workspace, () => {
      if (window.isMinimized()) window.restore();
      window.focus();
    });
    window.once('closed', stopReminders);
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
});

app.on('window-all-closed', () => app.quit());
