import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('..', import.meta.url).pathname;

/**
 * The packages a `dyad` process loads by importing the CLI (`dist/serve/cli/main.js`, what
 * `bin/dyad.js` runs before any command), listed by a module resolve hook in a child process.
 */
function packagesAtStartUp(): string[] {
  const hook = `export async function resolve(specifier, context, next) {
    const r = await next(specifier, context);
    const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(r.url);
    if (m) console.log(m[1]);
    return r;
  }`;
  const script = `import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
    await import(${JSON.stringify(pathToFileURL(`${ROOT}dist/serve/cli/main.js`).href)});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return [...new Set(r.stdout.split('\n').filter(Boolean))];
}

// Regression (issue 13, DESIGN.md Session 30): every process paid about 440 ms of CPU to load
// the PostgreSQL driver and job queue, the HTTP server and zod before a SQLite ingest began.
describe('start-up: what every dyad process imports', () => {
  const loaded = packagesAtStartUp();

  it('does not load what only some commands or formats use', () => {
    // PostgreSQL (`--db postgres://`, `--queue`, `worker`, `jobs`), `serve`, a manifest, an HTML file.
    for (const pkg of ['pg', 'pg-boss', 'hono', '@hono/node-server', 'zod', 'htmlparser2']) expect(loaded).not.toContain(pkg);
  });

  it('loads what every command needs', () => {
    for (const pkg of ['commander', 'better-sqlite3']) expect(loaded).toContain(pkg);
  });
});
