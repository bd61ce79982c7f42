/** Playwright fixtures: each test gets its own workspace, served, with the page opened on it. */
import { test as base, expect } from '@playwright/test';
import { startWorkspace, type Workspace } from './harness';

export const test = base.extend<{ workspace: Workspace }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  workspace: async ({}, use) => {
    const workspace = await startWorkspace();
    await use(workspace);
    await workspace.close();
  },
});

export { expect };
