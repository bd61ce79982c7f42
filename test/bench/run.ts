/**
 * `npm run bench`: runs every `*.bench.ts` beside this file in name order. Each measures its own
 * raw baseline in the same run and prints ratios with the absolute times beside them. Figures
 * are printed, never asserted: speed is not a unit test.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only === undefined || name.includes(only))
  .sort();

for (const file of files) {
  console.log(`\n## ${file}`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
  await module.run();
}
