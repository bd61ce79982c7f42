import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { userDataDir, workspacePaths } from './data-dir';

describe('userDataDir', () => {
  it('matches Electron per platform', () => {
    expect(userDataDir('linux', {}, '/home/lee')).toBe(
      join('/home/lee', '.config', 'Partner Re-enrollment Wizard'),
    );
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/lee')).toBe(
      join('/cfg', 'Partner Re-enrollment Wizard'),
    );
    expect(userDataDir('darwin', {}, '/Users/lee')).toBe(
      join('/Users/lee', 'Library', 'Application Support', 'Partner Re-enrollment Wizard'),
    );
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\lee\\AppData\\Roaming' }, 'C:\\Users\\lee')).toBe(
      join('C:\\Users\\lee\\AppData\\Roaming', 'Partner Re-enrollment Wizard'),
    );
  });

  it('keeps backups beside the database', () => {
    expect(workspacePaths('/d')).toEqual({
      dbFile: join('/d', 'workspace.db'),
      backupDir: join('/d', 'backups'),
    });
  });
});
