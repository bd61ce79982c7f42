import { defineConfig } from '@playwright/test';

/** The real desktop app through Playwright's `_electron`; skipped, with the reason, where Electron cannot run. */
export default defineConfig({
  testDir: './electron',
  outputDir: '../test-results/electron',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
});
