/**
 * The desktop app's user-data folder, computed as Electron does for this product name, so
 * `reenroll serve` without --db opens the same workspace the app uses.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Partner Re-enrollment Wizard';

/** Electron's `app.getPath('userData')` for this app on `platform`. */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}

/** The workspace database and its backup folder inside a data folder. */
export function workspacePaths(dataDir: string): { readonly dbFile: string; readonly backupDir: string } {
  return { dbFile: join(dataDir, 'workspace.db'), backupDir: join(dataDir, 'backups') };
}
