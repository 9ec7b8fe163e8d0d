import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The web app's built files (`npm run build` runs Vite on `web/` into `dist/client/`). Resolved
 * from the package root, so the same path works from `src/web/` (tests) and `dist/web/` (shipped).
 */
export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** A page that says how to build the app, when `dist/client/` is missing (a checkout before `npm run build`). */
const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dyad</title></head>
<body><h1>Dyad</h1><p>The web app is not built: run <code>npm run build</code>, then reload. The API is at <a href="/api">/api</a>.</p></body></html>`;

/**
 * The web app's entry page: the HTML Vite wrote, which loads only files from /assets/ (no inline
 * script or style, so the Content-Security-Policy can forbid both).
 * @example webPage() // → '<!doctype html>…<script type="module" src="/assets/index-….js">…'
 */
export function webPage(dir = CLIENT_DIR): string {
  const index = join(dir, 'index.html');
  return existsSync(index) ? readFileSync(index, 'utf8') : NOT_BUILT;
}

/**
 * One built asset by its file name under `assets/`, with its content type, or null when there is
 * none (a name with a slash or dots leading out of the folder is never read).
 * @example webAsset('index-abc.js') // → { body: Buffer, type: 'text/javascript; charset=utf-8' }
 */
export function webAsset(name: string, dir = CLIENT_DIR): { body: Buffer; type: string } | null {
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return null;
  const type = TYPES[extname(name)];
  const file = join(dir, 'assets', name);
  if (!type || !existsSync(file)) return null;
  return { body: readFileSync(file), type };
}
