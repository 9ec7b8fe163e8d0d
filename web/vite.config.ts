import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the web app (web/) into dist/client/, which `dyad serve` sends. Every asset becomes a
 * file (no data: URIs, no inline script or style), so the page's CSP can allow 'self' alone.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/client/', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
