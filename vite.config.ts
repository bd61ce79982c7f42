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

// The renderer is loaded from file:// in Electron and from the browser-mode server, so every
// asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), designTokens()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // The main bundle holds the frame and the workspace home; every tab, Review and Deadlines
    // load on first use (renderer/src/app/sections.tsx), each with its own stylesheet.
    chunkSizeWarningLimit: 800,
  },
});
