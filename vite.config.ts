import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is loaded from file:// in Electron and from the browser-mode server, so every
// asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // One bundle read from the local disk (or loopback), never over a network: 530 kB (157 kB
    // gzipped) is fine; splitting would only add requests.
    chunkSizeWarningLimit: 800,
  },
});
