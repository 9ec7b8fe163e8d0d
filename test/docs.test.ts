import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { buildProgram } from '../src/serve/cli/main.js';
import { cliReference } from '../src/serve/cli/reference.js';
import { ROUTES } from '../src/serve/http/routes.js';
import { ERROR_CODES } from '../src/model/errors.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const design = readFileSync(new URL('../DESIGN.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('documentation cannot drift', () => {
  it('README documents every command and every route', () => {
    for (const cmd of buildProgram(() => {}).commands) expect(readme, cmd.name()).toContain(`dyad ${cmd.name()}`);
    for (const r of ROUTES) expect(readme, r.openapiPath).toContain(`GET ${r.openapiPath}`);
  });

  it('README lists every error code', () => {
    for (const code of Object.keys(ERROR_CODES).filter((c) => c !== 'INTERNAL' && c !== 'USAGE' && c !== 'PDF_PAGE_UNREADABLE')) {
      expect(readme, code).toContain(code);
    }
  });

  it('docs/cli.md is what --help prints (run npm run docs:cli after changing the CLI)', () => {
    expect(readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8')).toBe(cliReference());
  });

  it('DESIGN.md justifies every runtime dependency with its pinned version', () => {
    for (const [name, version] of Object.entries(pkg.dependencies as Record<string, string>)) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(design, name).toContain(name);
      expect(design, `${name} ${version}`).toContain(version);
    }
  });

  it('lexicon/README.md documents every data file and maps every event type to PLOVER', () => {
    const lexReadme = readFileSync(new URL('../lexicon/README.md', import.meta.url), 'utf8');
    for (const f of readdirSync(new URL('../lexicon/', import.meta.url)).filter((f) => f.endsWith('.json'))) expect(lexReadme, f).toContain(`\`${f}\``);
    const types = JSON.parse(readFileSync(new URL('../lexicon/event-types.json', import.meta.url), 'utf8')).types as {
      id: string;
      plover: { type: string; mode: string };
      groups?: { plover: { type: string } }[];
    }[];
    for (const t of types) {
      if (!t.groups) {
        expect(lexReadme, t.id).toContain(`| \`${t.id}\` | ${t.plover.type} | ${t.plover.mode || '—'}`);
        continue;
      }
      // A type whose trigger groups have PLOVER categories of their own names each of them.
      const row = lexReadme.split('\n').find((l) => l.startsWith(`| \`${t.id}\` |`)) ?? '';
      for (const g of t.groups) expect(row, `${t.id}: ${g.plover.type}`).toContain(g.plover.type);
    }
  });

  it('the quick start is the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
