import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in the Debian Chromium (the engine Electron embeds), driving the real
 * renderer bundle through browser mode against the real handlers and a real SQLite file.
 * Playwright's own browser download is never used.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's switches for the tests and the benches. Headless Chromium 156 opens each new page
 * in a full browser window, which loads the omnibox's WebUI popups (the AI-mode one among them)
 * in a renderer of their own: traced 1.5 s after a blank page opened, that renderer ran for
 * 2.5 s of CPU and the browser process for 1.1 s, on a machine of two cores, while the page
 * under test loaded. With these features off, nothing of it runs (the browser: 0.5 s). The
 * page's own work is the same; it no longer shares the cores with a popup nobody sees.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
];

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Every test has its own workspace, so tests of one file may run on either worker: the two
  // workers stay busy to the end instead of one finishing a long file alone.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 860 },
    screenshot: 'only-on-failure',
    // A failed test keeps its trace of actions, console and network. DOM snapshots and the
    // screencast are left out: taken at every action they cost a third of the suite's time (the
    // randomized autosave test took 3.2 minutes with them, 2.0 without), and the failure keeps
    // its screenshot.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
});
