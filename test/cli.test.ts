import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dyad } from './helpers/cli.js';
import { tempDir, CORPUS } from './helpers/tmp.js';
import { createApp } from '../src/serve/http/app.js';
import { Engine } from '../src/knowledge/engine.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

describe('dyad CLI (built)', () => {
  const dir = tempDir();
  const db = join(dir, 'kb.db');
  let ingested: ReturnType<typeof dyad>;

  beforeAll(() => {
    ingested = dyad(['ingest', CORPUS, '--db', db, '--json']);
  });

  it('ingest --json reports each document with its name and id, and exits 0', () => {
    expect(ingested.code).toBe(0);
    expect(ingested.json.ok).toBe(true);
    const items = ingested.json.data.items;
    expect(items.map((i: { name: string }) => i.name)).toEqual([
      '000_ec0406a819c83a47.txt',
      '001_686ad31db21acba9.txt',
      '002_454348380e1e048a.txt',
      '003_54b582bcc5d920ee.txt',
      '004_6cd30ad3cafbdc50.txt',
    ]);
    for (const i of items) expect(i.id).toMatch(/^[0-9a-f]{16}$/);
    // Progress goes to stderr as plain lines when it is not a terminal.
    expect(ingested.stderr).toContain('[5/5]');
  });

  it('docs --json lists name, id, title, metadata and counts', () => {
    const r = dyad(['docs', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const doc = r.json.data.find((d: { name: string }) => d.name === '001_686ad31db21acba9.txt');
    expect(doc.title).toBe("Viet Nam's Foreign Policy and Japan–Viet Nam Relations Since the Start of Doi Moi");
    expect(doc.meta).toMatchObject({ date: '2023', kind: 'book chapter' });
    expect(doc.counts.paragraphs).toBeGreaterThan(100);
    expect(doc.counts.sentences).toBeGreaterThan(doc.counts.paragraphs);
  });

  it('search --json returns hits whose quote is exactly the stored text at start..end', () => {
    const r = dyad(['search', '"strategic partnership" ODA -China', '--db', db, '--json', '--limit', '5']);
    expect(r.code).toBe(0);
    expect(r.json.data.hits.length).toBeGreaterThan(0);
    const texts = new Map<string, string>();
    for (const hit of r.json.data.hits) {
      const text = texts.get(hit.doc) ?? readFileSync(join(CORPUS, hit.doc), 'utf8');
      texts.set(hit.doc, text);
      expect(hit.quote).toBe(text.slice(hit.start, hit.end));
      expect(hit.quote.toLowerCase()).toContain('strategic partnership');
      expect(hit.quote).not.toMatch(/China/);
      expect(typeof hit.score).toBe('number');
      expect(hit.snippet).toContain('«');
    }
  });

  it('times --json gives every time expression with its quote, EDTF and TIMEX3 value; events carry PLOVER and dateSource', () => {
    const r = dyad(['times', '--db', db, '--doc', '001_686ad31db21acba9.txt', '--type', 'DATE', '--json']);
    expect(r.code).toBe(0);
    const text: string = dyad(['show', '001_686ad31db21acba9.txt', '--db', db, '--json']).json.data.text;
    expect(r.json.meta.total).toBeGreaterThan(50);
    for (const t of r.json.data) {
      expect(text.slice(t.start, t.end)).toBe(t.quote);
      expect(t.timex.type).toBe('DATE');
    }
    expect(r.json.data).toContainEqual(expect.objectContaining({ quote: 'December 1986', edtf: '1986-12', timex: { type: 'DATE', value: '1986-12' } }));
    expect(dyad(['times', '--db', db, '--type', 'WEEK', '--json']).code).toBe(2);
    const events = dyad(['events', '--db', db, '--limit', '3', '--json']).json.data;
    for (const e of events) {
      expect(e.plover.type).toMatch(/^[A-Z]+$/);
      expect(['sentence', 'context', 'document']).toContain(e.dateSource);
    }
  });

  it('ingest --max-size takes sizes with units (200M, 1K) and refuses others', () => {
    const dir = tempDir();
    const file = join(dir, 'long.txt');
    writeFileSync(file, 'In May 2015, Kenya and Peru signed a trade agreement in Lima. '.repeat(40));
    const small = dyad(['ingest', file, '--db', join(dir, 'a.db'), '--max-size', '1K', '--json']);
    expect(small.code).toBe(1);
    expect(small.json.data.items[0].error.code).toBe('FILE_TOO_LARGE');
    expect(dyad(['ingest', file, '--db', join(dir, 'b.db'), '--max-size', '200M', '--json']).code).toBe(0);
    expect(dyad(['ingest', file, '--db', join(dir, 'c.db'), '--max-size', '2X']).code).toBe(2);
  });

  it('show prints a document and --json gives its text and structure', () => {
    const r = dyad(['show', '003_54b582bcc5d920ee.txt', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(r.json.data.text).toBe(readFileSync(join(CORPUS, '003_54b582bcc5d920ee.txt'), 'utf8'));
    expect(r.json.data.sentences.length).toBeGreaterThan(10);
    // Its source is the file's name under the folder ingested, not a path on this machine.
    expect(r.json.data.source).toBe('003_54b582bcc5d920ee.txt');
    expect(r.stdout).not.toContain(CORPUS.replace(/\/$/, ''));
    const human = dyad(['show', '003_54b582bcc5d920ee.txt', '--db', db, '--structure']);
    expect(human.stdout).toContain('New Developments in Japan-Vietnam Partnership');
  });

  it('exits 1 when some inputs fail, 2 on usage errors, with the error envelope under --json', () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, '');
    const r = dyad(['ingest', bad, join(CORPUS, '003_54b582bcc5d920ee.txt'), '--db', db, '--json']);
    expect(r.code).toBe(1);
    expect(r.json.data.items.map((i: { status: string }) => i.status)).toEqual(['failed', 'unchanged']);
    expect(dyad(['search', '--db', db]).code).toBe(2);
    expect(dyad(['frobnicate']).code).toBe(2);
    const q = dyad(['search', '--db', db, '--json', '--', '-China']);
    expect(q.code).toBe(2);
    expect(q.json).toMatchObject({ ok: false, error: { code: 'BAD_QUERY' } });
    const missing = dyad(['show', 'nope.txt', '--db', db, '--json']);
    expect(missing.code).toBe(1);
    expect(missing.json.error.code).toBe('NOT_FOUND');
  });

  it('pages events with --offset and counts them all; refuses an unknown type or unit naming the allowed ones', () => {
    const all = dyad(['events', '--db', db, '--json']);
    const page = dyad(['events', '--db', db, '--json', '--offset', '5', '--limit', '2']);
    expect(page.json.data).toEqual(all.json.data.slice(5, 7));
    expect(page.json.meta).toEqual({ count: 2, total: all.json.data.length, offset: 5, limit: 2 });
    const usd = dyad(['facts', '--db', db, '--json', '--unit', 'USD']);
    expect(usd.json.data.length).toBeGreaterThan(0);
    for (const f of usd.json.data) expect(f.unit).toBe('USD');
    const badType = dyad(['events', '--db', db, '--json', '--type', 'nonsense']);
    expect(badType.code).toBe(2);
    expect(badType.json.error.message).toContain('leader_visit');
    const badUnit = dyad(['facts', '--db', db, '--json', '--unit', 'EUROS']);
    expect(badUnit.code).toBe(2);
    expect(badUnit.json.error.message).toContain('USD');
  });

  it('ask --json answers with citations that are the stored text; a refusal is an answer too (exit 0)', () => {
    const r = dyad(['ask', "When did Vietnam's Communist Party adopt the Doi Moi policy?", '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(r.json.data).toMatchObject({ id: null, status: 'answered', answer: 'December 1986' });
    const text = dyad(['show', r.json.data.citations[0].doc, '--db', db, '--json']).json.data.text;
    for (const c of r.json.data.citations) expect(c.quote).toBe(text.slice(c.start, c.end));
    const no = dyad(['ask', 'Who was the first Emperor of Brazil?', '--db', db, '--json']);
    expect(no.code).toBe(0);
    expect(no.json.data).toMatchObject({ status: 'not_in_corpus', answer: null, citations: [] });
    const human = dyad(['ask', "When did Vietnam's Communist Party adopt the Doi Moi policy?", '--db', db]);
    expect(human.stdout).toContain('December 1986');
    expect(dyad(['ask', '--db', db, '--json']).code).toBe(2);
  });

  it('ask --questions FILE --json prints one answer a line, in order, with the ids given', () => {
    const file = join(dir, 'questions.jsonl');
    writeFileSync(
      file,
      [
        { id: 'a', question: 'When did Prince and Princess Akishino visit Vietnam?' },
        { id: 'b', question: 'Who was the first Emperor of Brazil?' },
      ]
        .map((q) => JSON.stringify(q))
        .join('\n') + '\n',
    );
    const r = dyad(['ask', '--questions', file, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.status])).toEqual([
      ['a', 'answered'],
      ['b', 'not_in_corpus'],
    ]);
    writeFileSync(file, 'not json\n');
    expect(dyad(['ask', '--questions', file, '--db', db, '--json']).json.error.code).toBe('BAD_REQUEST');
  });

  it('conflicts --json lists conflicts, each claim cited', () => {
    const r = dyad(['conflicts', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(r.json.meta.count).toBe(r.json.data.length);
    for (const c of r.json.data) {
      expect(c.claims.length).toBeGreaterThanOrEqual(2);
      for (const k of c.claims) expect(k.citations.length).toBeGreaterThan(0);
    }
  });

  it('conflicts pages with --offset/--limit, meta.total counting them all; --doc keeps those citing it', () => {
    const page = dyad(['conflicts', '--db', db, '--json', '--offset', '0', '--limit', '1']).json;
    expect(page.meta).toMatchObject({ count: 1, offset: 0, limit: 1 });
    expect(page.meta.total).toBeGreaterThanOrEqual(1);
    const past = dyad(['conflicts', '--db', db, '--json', '--offset', String(page.meta.total), '--limit', '1']).json;
    expect([past.data, past.meta.total]).toEqual([[], page.meta.total]);
    const doc = page.data[0].claims[0].citations[0].doc;
    const mine = dyad(['conflicts', '--db', db, '--json', '--doc', doc]).json;
    expect(mine.data.length).toBeGreaterThan(0);
    for (const c of mine.data) expect(c.claims.some((k: { citations: { doc: string }[] }) => k.citations.some((x) => x.doc === doc))).toBe(true);
  });

  it('state --json gives the bundled pair, its partnership steps and visits, each cited; --at cuts them', () => {
    const r = dyad(['state', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(r.json.data.pairs.map((p: { countries: { id: string }[] }) => p.countries.map((c) => c.id))).toEqual([['JPN', 'VNM']]);
    expect(r.json.data.partnership[0]).toMatchObject({ date: '1973-09-21', level: 'diplomatic-relations' });
    expect(r.json.data.visits.items[0]).toMatchObject({ date: '1993-03', visitor: 'Vo Van Kiet', office: 'prime-minister', from: 'VNM', to: 'JPN' });
    const then = dyad(['state', '--db', db, '--json', '--at', '1995']);
    expect(then.json.data.visits.byDecade).toEqual({ '1990s': 3 });
    expect(dyad(['state', '--db', db, '--json', '--at', 'soon']).code).toBe(2);
  });

  it("series lists the indicators, gives one indicator's points, and refuses one without figures (exit 2)", () => {
    expect(dyad(['series', '--db', db]).stdout).toMatch(/^trade\s+\d+ point\(s\)/m);
    const r = dyad(['series', 'trade', '--unit', 'USD', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const first = r.json.data.find((s: { points: { period: string }[] }) => s.points.some((p) => p.period === '1990'));
    expect(first.points[0]).toMatchObject({ period: '1990', value: 5_000_000, unit: 'USD', stated: 'US\\$5 million', conflict: false });
    const bad = dyad(['series', 'tourism', '--db', db, '--json']);
    expect([bad.code, bad.json.error.code]).toEqual([2, 'BAD_REQUEST']);
    expect(bad.json.error.message).toContain('trade');
  });

  it('series caps the citations of a point (--citations), and fact ID pages through all of them as GET /api/facts/ID does', async () => {
    const app = createApp(new Engine(openSqliteStore(db, { readonly: true })));
    const whole = dyad(['series', '--db', db, '--json', '--citations', '10000']).json.data as { points: { fact: string; citationCount: number; citations: unknown[] }[] }[];
    const points = whole.flatMap((l) => l.points);
    for (const p of points) expect(p.citations).toHaveLength(p.citationCount);
    // A point told twice in the corpus: one citation when one is asked, both through its fact.
    const told = points.find((p) => p.citationCount >= 2)!;
    expect(told).toBeDefined();
    const capped = (dyad(['series', '--db', db, '--json', '--citations', '1']).json.data as typeof whole).flatMap((l) => l.points).find((p) => p.fact === told.fact)!;
    expect([capped.citationCount, capped.citations]).toEqual([told.citationCount, told.citations.slice(0, 1)]);
    const second = dyad(['fact', told.fact, '--db', db, '--json', '--offset', '1', '--limit', '1']);
    expect(second.code).toBe(0);
    expect(second.json.data.mentions).toEqual(told.citations.slice(1, 2));
    expect(second.json.meta).toEqual({ count: 1, total: told.citationCount, offset: 1, limit: 1 });
    expect(second.json).toEqual(await (await app.request(`/api/facts/${told.fact}?offset=1&limit=1`)).json());
    // The terminal shows the fact and each passage's document and offsets.
    const first = told.citations[0] as { doc: string; start: number; end: number };
    expect(dyad(['fact', told.fact, '--db', db]).stdout).toContain(`${first.doc} [${first.start}–${first.end}]`);
    const missing = dyad(['fact', 'fa-000000000000', '--db', db, '--json']);
    expect(missing.json.error.code).toBe('NOT_FOUND');
    expect((await app.request('/api/facts/fa-000000000000')).status).toBe(404);
    expect((await app.request('/api/series?headline=2&citations=1')).status).toBe(400);
    expect(dyad(['series', '--headline', '2', '--citations', '1', '--db', db, '--json']).code).toBe(2);
  });

  it('state --summary and series --headline N give what /api/state?summary=true and /api/series?headline=N give', async () => {
    const app = createApp(new Engine(openSqliteStore(db, { readonly: true })));
    const api = async (path: string) => (await (await app.request(path)).json()) as { data: unknown; meta?: unknown };
    const summary = dyad(['state', '--summary', '--db', db, '--json']);
    expect(summary.code).toBe(0);
    expect(summary.json.data).toEqual((await api('/api/state?summary=true')).data);
    expect(summary.json.data.visits.count).toBeGreaterThan(0);
    expect(dyad(['state', '--summary', '--at', '1995', '--db', db, '--json']).json.data).toEqual((await api('/api/state?summary=true&at=1995')).data);
    const headline = dyad(['series', '--headline', '2', '--db', db, '--json']);
    expect(headline.code).toBe(0);
    expect(headline.json).toEqual(await api('/api/series?headline=2'));
    expect(headline.json.data).toHaveLength(2);
    expect(dyad(['series', '--headline', '2', '--db', db]).stdout).toMatch(/^\S+ \(.*\): \d+ period\(s\)$/m);
    for (const bad of [
      ['series', 'trade', '--headline', '2'],
      ['series', '--headline', '13'],
      ['series', '--headline', 'two'],
    ])
      expect(dyad([...bad, '--db', db, '--json']).code).toBe(2);
  });

  it('uses DYAD_DB when --db is not given', () => {
    const r = dyad(['docs', '--json'], { DYAD_DB: db });
    expect(r.json.data.length).toBe(5);
  });
});
