import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { appTokensCss } from './shared/design-tokens.ts';

const TOKENS_ID = 'virtual:design-tokens.css';

/**
 * The design tokens' custom properties as a stylesheet module, generated from
 * `shared/design-tokens.ts` (which the HTML report reads too) at build time. It is bundled into
 * the CSS file like any other stylesheet, so the strict CSP (`style-src 'self'`) holds: nothing
 * is injected inline.
 */
function designTokens(): Plugin {
  return {
    name: 'design-tokens',
    resolveId: (id) => (id === TOKENS_ID ? `\0${TOKENS_ID}` : null),
    load: (id) => (id === `\0${TOKENS_ID}` ? appTokensCss() : null),
  };
}

const EARLY_ENTRY = 'early';

/**
 * early.ts as its own entry, put first in index.html: a module script runs once its own imports
 * have arrived, so the home's requests leave while the main bundle is still downloaded and
 * compiled. (Two module scripts in the page would be merged by Vite into one entry, which runs
 * only once everything has arrived.)
 */
function earlyEntryFirst(): Plugin {
  return {
    name: 'early-entry-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === EARLY_ENTRY,
        );
        if (chunk === undefined || chunk.type !== 'chunk') throw new Error('the early entry was not built');
        return [
          ...chunk.imports.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head-prepend' as const,
          })),
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` },
            injectTo: 'head-prepend' as const,
          },
        ];
      },
    },
  };
}

// The renderer is loaded from file:// in Electron and from the browser-mode server, so every
// asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), designTokens(), earlyEntryFirst()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // The main bundle holds the frame and the workspace home; every tab, Review and Deadlines
    // load on first use (renderer/src/app/sections.tsx), each with its own stylesheet.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: { index: 'renderer/index.html', [EARLY_ENTRY]: 'renderer/src/early.ts' },
    },
  },
});
