import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ServerType } from '@hono/node-server';
import { Engine } from '../../src/knowledge/engine.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { createApp } from '../../src/serve/http/app.js';
import { listen } from '../../src/serve/http/server.js';
import { CLIENT_DIR } from '../../src/web/page.js';
import { CORPUS } from './tmp.js';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it); never a downloaded browser. */
export const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = new URL('../../test-artifacts/screenshots/', import.meta.url).pathname;

/** One server on a free port over the bundled corpus (or `folders`), and one browser, for a whole test file. */
export async function startWebApp(token: string, folders: string[] = [CORPUS]): Promise<{ url: string; browser: Browser; engine: Engine; close: () => Promise<void> }> {
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) throw new Error(`the web app is not built (${CLIENT_DIR}): run npm run build first`);
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install -y chromium (or set DYAD_CHROMIUM)`);
  const engine = new Engine(openSqliteStore(':memory:'));
  await engine.ingest(folders);
  const { server, port } = await listen(createApp(engine, { token }), { host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    engine,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => (server as ServerType).close(() => resolve()));
      await engine.close();
    },
  };
}

/** A new page that records console errors, page errors and CSP violations. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}
