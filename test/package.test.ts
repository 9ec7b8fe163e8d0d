import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, CORPUS } from './helpers/tmp.js';

const ROOT = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/**
 * better-sqlite3 compiles on install here (about 80 s of CPU, two minutes of wall time beside
 * the other tests). By default the installed copy reuses the binding this checkout built (same
 * pinned version, same Node); DYAD_TEST_INSTALL=full installs with its scripts, as a user
 * would, and CI (.ci/run) does that.
 */
const FULL = process.env.DYAD_TEST_INSTALL === 'full';

function sh(cmd: string, args: string[], cwd: string, timeoutMs = 60_000) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    json: (() => {
      try {
        return JSON.parse(r.stdout);
      } catch {
        return undefined;
      }
    })(),
  };
}

describe('the npm package', () => {
  it('packs what an installed Dyad needs, and installs: npx dyad ingest, events and serve work in an empty folder', async () => {
    const dir = tempDir('dyad-pack-');
    const packed = sh(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
    expect(packed.code, packed.stderr).toBe(0);
    const { filename, files } = packed.json[0] as { filename: string; files: { path: string }[] };
    const paths = new Set(files.map((f) => f.path));
    // main, types and exports point at files in the package; the lexicon and the bundled corpus ship.
    for (const target of [pkg.main, pkg.types, pkg.exports['.'].default, pkg.exports['.'].types, pkg.bin.dyad]) expect(paths, target).toContain(target.replace(/^\.\//, ''));
    for (const f of ['lexicon/event-types.json', 'lexicon/countries.json', 'corpus/vietnam-japan/dyad-manifest.json', 'dist/client/index.html']) expect(paths, f).toContain(f);
    // The built web app ships: every file its page loads is in the package.
    const index = readFileSync(join(ROOT, 'dist/client/index.html'), 'utf8');
    const assets = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => `dist/client/${m[1]}`);
    expect(assets.length).toBeGreaterThan(1);
    for (const a of assets) expect(paths, a).toContain(a);
    // Every package the shipped code imports is a dependency.
    const builtins = new Set(builtinModules);
    for (const f of [...paths].filter((p) => p.endsWith('.js'))) {
      const code = readFileSync(join(ROOT, f), 'utf8');
      for (const m of code.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^'.][^']*)'|^\s*import\s+'([^'.][^']*)'|import\('([^'.][^']*)'\)/gm)) {
        const spec = (m[1] ?? m[2] ?? m[3])!;
        if (spec.startsWith('node:') || builtins.has(spec)) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        expect(pkg.dependencies, `${f} imports ${name}`).toHaveProperty([name]);
      }
    }

    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'try-dyad', private: true }));
    const installed = sh(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', ...(FULL ? [] : ['--ignore-scripts']), join(dir, filename)], app, 540_000);
    expect(installed.code, installed.stderr).toBe(0);
    if (!FULL) {
      const release = join(app, 'node_modules/better-sqlite3/build/Release');
      mkdirSync(release, { recursive: true });
      copyFileSync(join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), join(release, 'better_sqlite3.node'));
    }

    const docs = join(app, 'papers');
    mkdirSync(docs);
    for (const f of ['003_54b582bcc5d920ee.txt', '004_6cd30ad3cafbdc50.txt']) copyFileSync(join(CORPUS, f), join(docs, f));
    const ingest = sh('npx', ['--no-install', 'dyad', 'ingest', 'papers', '--db', 'kb.db', '--json', '--quiet'], app);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.json.data.totals).toMatchObject({ added: 2, failed: 0 });
    const events = sh('npx', ['--no-install', 'dyad', 'events', '--db', 'kb.db', '--json', '--limit', '3'], app);
    expect(events.code, events.stderr).toBe(0);
    expect(events.json.data.length).toBe(3);
    expect(events.json.meta.total).toBeGreaterThan(3);
    const lib = sh(process.execPath, ['--input-type=module', '-e', "const d = await import('dyad'); console.log(JSON.stringify([typeof d.Engine, typeof d.createApp, d.DYAD_VERSION]))"], app);
    expect(JSON.parse(lib.stdout), lib.stderr).toEqual(['function', 'function', pkg.version]);

    // serve: started through the installed bin (so the test can stop it by its pid), on a free port.
    const server = spawn(process.execPath, [join(app, 'node_modules/dyad/bin/dyad.js'), 'serve', '--db', 'kb.db', '--port', '0', '--host', '127.0.0.1', '--json'], {
      cwd: app,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (c: Buffer) => {
          out += c;
          const m = /"url": "([^"]+)"/.exec(out);
          if (m) resolve(m[1]!);
        });
        server.on('exit', (code) => reject(new Error(`dyad serve exited ${code}`)));
      });
      const health = (await (await fetch(`${url}api/health`)).json()) as { ok: boolean; data: { documents: number } };
      expect(health).toMatchObject({ ok: true, data: { documents: 2 } });
      const page = await (await fetch(url)).text();
      expect(page).toContain('<title>Dyad</title>');
      const script = /<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(page)?.[1];
      expect(script, page).toBeDefined();
      const asset = await fetch(`${url}${script}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toContain('javascript');
    } finally {
      server.kill('SIGTERM');
    }
  }, 600_000);
});
