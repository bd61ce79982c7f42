// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules on the
// Node ABI that the tests and the CLI use. The app loads this copy through better-sqlite3's
// `nativeBinding` option when it runs unpackaged (`npm start`); packaged builds get their own
// Electron build from electron-builder. Runs `npm start` and `npm test` in either order safely.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const outDir = join(root, '.electron-native');
const target = join(outDir, 'better_sqlite3.node');
const stamp = join(outDir, 'electron-version.txt');
const electronVersion = require('electron/package.json').version;

if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === electronVersion) {
  process.exit(0);
}

console.log(`Building better-sqlite3 for Electron ${electronVersion} (kept apart in .electron-native/)…`);
const work = join(outDir, 'work', 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const source = join(root, 'node_modules', 'better-sqlite3');
cpSync(source, work, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });

const electronArgs = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
try {
  // A prebuilt binary for this Electron, when the registry of prebuilds is reachable.
  execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), ...electronArgs], {
    cwd: work,
    stdio: 'inherit',
  });
} catch {
  console.log('No prebuilt binary; compiling against Electron headers with node-gyp…');
  execFileSync(
    'npx',
    [
      '--yes',
      'node-gyp',
      'rebuild',
      '--release',
      ...electronArgs,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' },
  );
}
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
writeFileSync(stamp, `${electronVersion}\n`);
rmSync(join(outDir, 'work'), { recursive: true, force: true });
console.log(`Ready: ${target}`);
