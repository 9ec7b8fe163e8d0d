import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { createApp } from '../src/serve/http/app.js';
import { EXPORTS, startExport, type ExportFilters } from '../src/export/registry.js';
import { EVENT_COLUMNS, FACT_COLUMNS, CONFLICT_COLUMNS } from '../src/export/csv.js';
import { GRAPHML_KEYS, GRAPHML_NS } from '../src/export/graphml.js';
import { dyad } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

/** Two short documents in the manner of a think-tank brief and a journal's research note; they disagree on a visit's month and on a figure. */
const BRIEF = `# Japan & Viet Nam: Fifty Years of Partnership

Japan and Viet Nam established diplomatic relations on 21 September 1973.<sup>1</sup> Japan resumed its official development assistance to Viet Nam in November 1992.

In January 2017, Prime Minister Shinzo Abe visited Hanoi and met Prime Minister Nguyen Xuan Phuc.<img src=x onerror=alert(1)> The two leaders agreed to deepen the extensive strategic partnership.

In late 2012, Japan and Viet Nam signed an agreement on cooperation in nuclear energy.

In 2018, Japan's ODA to Viet Nam amounted to US$1.2 billion, the largest of any donor.
`;
const NOTE = `Japan–Viet Nam Relations: A Research Note

Diplomatic relations between Japan and Viet Nam were established in September 1973.

Prime Minister Shinzo Abe visited Viet Nam in February 2017 and held talks with Prime Minister Nguyen Xuan Phuc in Hanoi.

Japanese ODA to Viet Nam reached US$1.6 billion in 2018, according to the embassy.
`;
const MANIFEST = {
  format: 'dyad-manifest',
  version: 1,
  documents: [
    {
      file: 'brief.md',
      name: 'brief',
      title: 'Japan & Viet Nam: Fifty Years of Partnership',
      authors: [{ family: 'Nguyễn', given: 'Thị Lan' }, { literal: 'Institute for Asian Studies' }],
      cslType: 'report',
      publisher: 'Institute for Asian Studies',
      date: '2019-03',
      url: 'https://example.org/reports/japan-viet-nam?year=2019&lang=en',
      language: 'en',
    },
    {
      file: 'note.txt',
      name: 'note',
      title: 'Japan–Viet Nam Relations: A Research Note',
      authors: [{ family: 'Sato', given: 'Kenji' }],
      cslType: 'article-journal',
      venue: 'Journal of East Asian Affairs',
      pages: '45-67',
      date: '2014?',
    },
  ],
};

const dir = tempDir('dyad-export-');
const corpus = join(dir, 'corpus');

function writeCorpus(): void {
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, 'brief.md'), BRIEF);
  writeFileSync(join(corpus, 'note.txt'), NOTE);
  writeFileSync(join(corpus, 'dyad-manifest.json'), JSON.stringify(MANIFEST));
}

const engine = new Engine(openSqliteStore(':memory:'));
const texts = new Map<string, string>();

async function exported(kind: string, format: string, filters: ExportFilters = {}): Promise<string> {
  let out = '';
  for await (const chunk of (await startExport(engine, kind, format, filters)).chunks) out += chunk;
  return out;
}

const csvRows = (text: string) => parseCsv(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

/** A citation is the stored text at its offsets, exactly. */
function expectExactCitation(c: { doc: string; start: number; end: number; quote: string }): void {
  expect(texts.get(c.doc)!.slice(c.start, c.end)).toBe(c.quote);
}

beforeAll(async () => {
  writeCorpus();
  const report = await engine.ingest([corpus]);
  expect(report.totals.failed).toBe(0);
  for (const name of ['brief', 'note']) texts.set(name, (await engine.document(name)).text);
});

describe('events as CSV and JSON Lines', () => {
  it('writes one row per event with its first citation in columns and all in JSON, read back by csv-parse', async () => {
    const text = await exported('events', 'csv');
    expect(text.split('\n')[0]).toBe(EVENT_COLUMNS.join(','));
    const rows = csvRows(text);
    expect(rows.map((r) => [r.date, r.type])).toEqual([
      ['1973-09', 'diplomatic_relations'],
      ['1973-09-21', 'diplomatic_relations'],
      ['1992-11', 'aid_resumption'],
      ['2012', 'agreement_signed'],
      ['2017-01', 'leader_visit'],
      ['2017-02', 'leader_visit'],
    ]);
    const visit = rows.find((r) => r.date === '2017-01')!;
    expect(visit.actor_names).toBe('Shinzo Abe; Vietnam; Nguyen Xuan Phuc; Japan');
    expect(JSON.parse(visit.actors!)).toEqual([
      { name: 'Shinzo Abe', role: 'agent' },
      { name: 'Vietnam', role: 'target' },
      { name: 'Nguyen Xuan Phuc', role: 'target' },
      { name: 'Japan', role: 'agent' },
    ]);
    expect([visit.location, visit.plover_type, visit.mode, visit.third_party, visit.citation_count, visit.doc]).toEqual(['Hanoi', 'CONSULT', 'asserted', 'false', '1', 'brief']);
    // A quote with markup, commas and quotes survives the round trip exactly.
    expect(visit.quote).toBe(
      'In January 2017, Prime Minister Shinzo Abe visited Hanoi and met Prime Minister Nguyen Xuan Phuc.<img src=x onerror=alert(1)> The two leaders agreed to deepen the extensive strategic partnership.',
    );
    expectExactCitation({ doc: visit.doc!, start: Number(visit.start), end: Number(visit.end), quote: visit.quote! });
    expect(JSON.parse(visit.citations!)).toEqual([{ doc: 'brief', start: Number(visit.start), end: Number(visit.end), quote: visit.quote }]);
    expect(rows.find((r) => r.type === 'agreement_signed')!.location).toBe('');
  });

  it('writes one event a line, exactly as the API lists them, each line read back by JSON.parse', async () => {
    const lines = (await exported('events', 'jsonl')).split('\n');
    expect(lines.pop()).toBe('');
    const events = lines.map((l) => JSON.parse(l));
    expect(events).toEqual(await engine.events());
    expect(events).toHaveLength(6);
    for (const e of events) for (const m of e.mentions) expectExactCitation(m);
  });

  it('takes the filters of `dyad events`', async () => {
    const dates = async (f: ExportFilters) => csvRows(await exported('events', 'csv', f)).map((r) => r.date);
    expect(await dates({ type: 'leader_visit' })).toEqual(['2017-01', '2017-02']);
    expect(await dates({ from: '2000', to: '2017-01' })).toEqual(['2012', '2017-01']);
    expect(await dates({ actor: 'Abe' })).toEqual(['2017-01', '2017-02']);
    expect(await dates({ doc: ['note'] })).toEqual(['1973-09', '2017-02']);
    // No rows: the header alone, still CSV.
    const none = await exported('events', 'csv', { from: '2030' });
    expect(none).toBe(EVENT_COLUMNS.join(',') + '\n');
    expect(await exported('events', 'jsonl', { from: '2030' })).toBe('');
  });
});

describe('facts and conflicts as CSV and JSON Lines', () => {
  it('writes facts with value, unit, period, direction and citation', async () => {
    const rows = csvRows(await exported('facts', 'csv', { unit: 'USD' }));
    expect(Object.keys(rows[0]!)).toEqual(FACT_COLUMNS);
    expect(rows.map((r) => [r.indicator, r.value, r.unit, r.period, r.direction_from, r.direction_to, r.doc])).toEqual([
      ['oda', '1200000000', 'USD', '2018', 'Japan', 'Vietnam', 'brief'],
      ['oda', '1600000000', 'USD', '2018', 'Japan', 'Vietnam', 'note'],
    ]);
    expect(rows[1]!.quote).toBe('Japanese ODA to Viet Nam reached US$1.6 billion in 2018, according to the embassy.');
    for (const r of rows) expectExactCitation({ doc: r.doc!, start: Number(r.start), end: Number(r.end), quote: r.quote! });
    const lines = (await exported('facts', 'jsonl', { doc: ['note'] }))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((f) => [f.value, f.mentions[0].doc])).toEqual([[1600000000, 'note']]);
  });

  it('writes one row per claim of each conflict, and one conflict a line', async () => {
    const rows = csvRows(await exported('conflicts', 'csv'));
    expect(Object.keys(rows[0]!)).toEqual(CONFLICT_COLUMNS);
    expect(rows.map((r) => [r.kind, r.claim, r.value, r.doc])).toEqual([
      ['event', '1', '2017-01', 'brief'],
      ['event', '2', '2017-02', 'note'],
      ['fact', '1', '1200000000 USD', 'brief'],
      ['fact', '2', '1600000000 USD', 'note'],
    ]);
    expect(rows[0]!.conflict_id).toBe(rows[1]!.conflict_id);
    expect(rows[2]!.conflict_id).not.toBe(rows[0]!.conflict_id);
    const conflicts = (await exported('conflicts', 'jsonl'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(conflicts).toEqual(await engine.conflicts());
    expect(conflicts.map((c) => c.claims.map((k: { answer: string }) => k.answer))).toEqual([
      ['January 2017', 'February 2017'],
      ['1200000000 USD', '1600000000 USD'],
    ]);
    for (const c of conflicts) for (const k of c.claims) for (const cite of k.citations) expectExactCitation(cite);
  });
});

describe('events as TimelineJS', () => {
  it('writes TimelineJS3 JSON: a slide per event, dates with the precision the source gives, markup escaped', async () => {
    const timeline = JSON.parse(await exported('events', 'timelinejs'));
    expect(Object.keys(timeline)).toEqual(['title', 'events']);
    expect(timeline.title.text.headline).toBe('Events');
    const events = await engine.events();
    expect(timeline.events.map((e: { unique_id: string }) => e.unique_id)).toEqual(events.map((e) => e.id));
    const byId = (id: string) => timeline.events.find((e: { unique_id: string }) => e.unique_id === id);
    const at = (date: string) => byId(events.find((e) => e.date === date)!.id);
    expect(at('1973-09-21').start_date).toEqual({ year: 1973, month: 9, day: 21 });
    expect(at('1973-09').start_date).toEqual({ year: 1973, month: 9 });
    expect(at('2012').start_date).toEqual({ year: 2012 });
    expect(at('2012').end_date).toBeUndefined();
    const visit = at('2017-01');
    expect(visit.group).toBe('leader_visit');
    expect(visit.text.headline).toBe('Leader visit: Shinzo Abe, Vietnam, Nguyen Xuan Phuc, Japan');
    expect(visit.text.text).toContain('Nguyen Xuan Phuc.&lt;img src=x onerror=alert(1)&gt; The two leaders');
    expect(visit.text.text).toContain('<cite>brief</cite>');
    expect(JSON.stringify(timeline)).not.toMatch(/<img|<sup/);
  });

  it('takes the filters, and writes an empty timeline when none matches', async () => {
    expect(JSON.parse(await exported('events', 'timelinejs', { type: 'leader_visit' })).events).toHaveLength(2);
    expect(JSON.parse(await exported('events', 'timelinejs', { from: '2030' })).events).toEqual([]);
  });
});

describe('entities as GraphML', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name) });
  type Data = { key: string; '#text': string | number };
  type Graph = {
    key: { id: string; for: string; 'attr.name': string; 'attr.type': string }[];
    graph: { edgedefault: string; node: { id: string; data: Data[] }[]; edge?: { id: string; source: string; target: string; data: Data[] }[] };
  };
  const value = (data: Data[], key: string) => data.find((d) => d.key === key)?.['#text'];

  /** Parses the file and checks GraphML's structure: the namespace, declared keys, data only under declared keys of the right domain, edges between nodes. */
  function readGraph(xml: string): Graph {
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parser.parse(xml).graphml as Graph & { xmlns: string };
    expect(g.xmlns).toBe(GRAPHML_NS);
    expect(g.key.map((k) => [k.id, k.for, k['attr.type']])).toEqual(GRAPHML_KEYS.map((k) => [k.id, k.for, k.type]));
    const domain = new Map(g.key.map((k) => [k.id, k.for]));
    const ids = new Set(g.graph.node.map((n) => n.id));
    expect(ids.size).toBe(g.graph.node.length);
    for (const n of g.graph.node) for (const d of n.data) expect(domain.get(d.key)).toBe('node');
    for (const e of g.graph.edge ?? []) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      for (const d of e.data) expect(domain.get(d.key)).toBe('edge');
    }
    return g;
  }

  it('writes the actor network: entities as nodes with kind and country, an edge per pair of actors weighted by shared events', async () => {
    const g = readGraph(await exported('entities', 'graphml'));
    expect(g.graph.edgedefault).toBe('undirected');
    const nodes = new Map(g.graph.node.map((n) => [n.id, n]));
    expect(g.graph.node.map((n) => [value(n.data, 'label'), value(n.data, 'entity'), value(n.data, 'kind'), value(n.data, 'country')])).toEqual([
      ['Japan', 'country:JPN', 'country', 'JPN'],
      ['Vietnam', 'country:VNM', 'country', 'VNM'],
      ['Shinzo Abe', 'person:shinzo-abe', 'person', 'JPN'],
      ['Nguyen Xuan Phuc', 'person:nguyen-xuan-phuc', 'person', 'VNM'],
    ]);
    const events = await engine.events();
    const ids = (type: string, date?: string) => events.filter((e) => e.type === type && (!date || e.date === date)).map((e) => e.id);
    const edge = (a: string, b: string) => {
      const e = g.graph.edge!.find(
        (x) =>
          [x.source, x.target]
            .map((id) => value(nodes.get(id)!.data, 'label'))
            .sort()
            .join('|') === [a, b].sort().join('|'),
      );
      return e && { weight: value(e.data, 'weight'), events: String(value(e.data, 'events')).split(' ') };
    };
    expect(edge('Shinzo Abe', 'Nguyen Xuan Phuc')).toEqual({ weight: 2, events: ids('leader_visit') });
    expect(edge('Japan', 'Shinzo Abe')).toEqual({ weight: 1, events: ids('leader_visit', '2017-01') });
    expect(edge('Japan', 'Vietnam')!.weight).toBe(5);
    expect(g.graph.edge).toHaveLength(6);
  });

  it('keeps the nodes of one kind with --type, and the events of a period with --from/--to', async () => {
    const countries = readGraph(await exported('entities', 'graphml', { type: 'country' }));
    expect(countries.graph.node.map((n) => value(n.data, 'label'))).toEqual(['Japan', 'Vietnam']);
    expect(countries.graph.edge!.map((e) => value(e.data, 'weight'))).toEqual([5]);
    const before2000 = readGraph(await exported('entities', 'graphml', { to: '1999' }));
    expect(before2000.graph.node.map((n) => value(n.data, 'label'))).toEqual(['Japan', 'Vietnam']);
    expect(before2000.graph.edge!.map((e) => value(e.data, 'weight'))).toEqual([3]);
  });
});

describe('sources as CSL-JSON and BibTeX', () => {
  it('writes each document as a CSL-JSON item from its manifest metadata', async () => {
    const items = JSON.parse(await exported('sources', 'csl-json'));
    expect(items).toEqual([
      {
        id: 'brief',
        type: 'report',
        title: 'Japan & Viet Nam: Fifty Years of Partnership',
        author: [{ family: 'Nguyễn', given: 'Thị Lan' }, { literal: 'Institute for Asian Studies' }],
        issued: { 'date-parts': [[2019, 3]] },
        publisher: 'Institute for Asian Studies',
        language: 'en',
        URL: 'https://example.org/reports/japan-viet-nam?year=2019&lang=en',
        'citation-key': 'Nguyen2019Japan',
      },
      {
        id: 'note',
        type: 'article-journal',
        title: 'Japan–Viet Nam Relations: A Research Note',
        author: [{ family: 'Sato', given: 'Kenji' }],
        issued: { 'date-parts': [[2014]], circa: true },
        'container-title': 'Journal of East Asian Affairs',
        page: '45-67',
        'citation-key': 'Sato2014JapanViet',
      },
    ]);
    expect(JSON.parse(await exported('sources', 'csl-json', { doc: ['note'] })).map((i: { id: string }) => i.id)).toEqual(['note']);
  });

  it('writes BibTeX that citation-js reads back to the same titles, authors, dates, pages and URL', async () => {
    const bib = await exported('sources', 'bibtex');
    expect(bib).toMatch(/^@techreport\{Nguyen2019Japan,/m);
    expect(bib).toMatch(/^@article\{Sato2014JapanViet,/m);
    const back = new Cite(bib).data as Record<string, any>[];
    expect(back.map((i) => [i['citation-key'], i.type, i.title])).toEqual([
      ['Nguyen2019Japan', 'report', 'Japan & Viet Nam: Fifty Years of Partnership'],
      ['Sato2014JapanViet', 'article-journal', 'Japan–Viet Nam Relations: A Research Note'],
    ]);
    expect(back[0]!.author[0]).toEqual({ family: 'Nguyễn', given: 'Thị Lan' });
    expect(back[0]!.issued).toEqual({ 'date-parts': [[2019, 3]] });
    expect(back[0]!.URL).toBe('https://example.org/reports/japan-viet-nam?year=2019&lang=en');
    expect(back[1]!['container-title']).toBe('Journal of East Asian Affairs');
    expect(back[1]!.page).toBe('45-67');
  });
});

describe('export errors', () => {
  it('refuses an unknown kind or format, naming the kinds and their formats', async () => {
    await expect(startExport(engine, 'people', 'csv', {})).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('events, facts, conflicts, entities, sources') });
    await expect(startExport(engine, 'events', 'graphml', {})).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/"graphml" is not one of events's: csv, jsonl, timelinejs.*entities: graphml; sources: csl-json, bibtex/),
    });
  });

  it('refuses a filter the kind does not take, and a bad filter value before writing anything', async () => {
    await expect(startExport(engine, 'events', 'csv', { unit: 'USD' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('does not take unit') });
    await expect(startExport(engine, 'sources', 'bibtex', { from: '2000' })).rejects.toMatchObject({ message: expect.stringContaining('(it takes doc)') });
    for (const format of ['csv', 'jsonl', 'timelinejs']) {
      await expect(startExport(engine, 'events', format, { type: 'coronation' }), format).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('leader_visit') });
    }
    await expect(startExport(engine, 'sources', 'csl-json', { doc: ['missing'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('GET /api/export/{kind}', () => {
  const app = createApp(engine);

  it('sends each format as a file with its Content-Type and Content-Disposition, readable by its parser', async () => {
    for (const e of EXPORTS) {
      const res = await app.request(`/api/export/${e.kind}?format=${e.format}`);
      expect(res.status, `${e.kind} ${e.format}`).toBe(200);
      expect(res.headers.get('content-type')).toBe(e.contentType);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="dyad-${e.kind}.${e.extension}"`);
      expect(await res.text()).toBe(await exported(e.kind, e.format));
    }
    const res = await app.request('/api/export/events?format=csv&type=leader_visit&doc=note');
    expect(csvRows(await res.text()).map((r) => r.date)).toEqual(['2017-02']);
    const facts = await app.request('/api/export/facts?format=jsonl&unit=USD&thirdParty=true');
    expect((await facts.text()).trim().split('\n')).toHaveLength(2);
  });

  it('answers errors in the envelope with their status', async () => {
    const cases: [string, number, string, string][] = [
      ['/api/export/events?format=xml', 400, 'BAD_REQUEST', 'csv, jsonl, timelinejs'],
      ['/api/export/planets?format=csv', 400, 'BAD_REQUEST', 'entities'],
      ['/api/export/events', 400, 'BAD_REQUEST', 'format'],
      ['/api/export/events?format=csv&type=nonsense', 400, 'BAD_REQUEST', 'leader_visit'],
      ['/api/export/sources?format=bibtex&actor=Abe', 400, 'BAD_REQUEST', 'it takes doc'],
      ['/api/export/sources?format=bibtex&doc=missing', 404, 'NOT_FOUND', 'missing'],
    ];
    for (const [path, status, code, named] of cases) {
      const res = await app.request(path);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-type'), path).toMatch(/application\/json/);
      const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body.ok).toBe(false);
      expect(body.error.code, path).toBe(code);
      expect(body.error.message, path).toContain(named);
    }
  });
});

describe('dyad export', () => {
  const db = join(dir, 'kb.db');
  const out = join(dir, 'out');
  beforeAll(() => {
    mkdirSync(out);
    expect(dyad(['ingest', corpus, '--db', db, '-q']).code).toBe(0);
  });

  it('prints the file to standard output', () => {
    const r = dyad(['export', 'events', '--format', 'csv', '--type', 'leader_visit', '--db', db]);
    expect(r.code).toBe(0);
    expect(csvRows(r.stdout).map((row) => [row.date, row.doc])).toEqual([
      ['2017-01', 'brief'],
      ['2017-02', 'note'],
    ]);
  });

  it('writes --out whole, refuses an existing file unless --force, and leaves no partial file', () => {
    const file = join(out, 'sources.bib');
    const first = dyad(['export', 'sources', '--format', 'bibtex', '--out', file, '--db', db, '--json']);
    expect(first.code).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(first.json).toEqual({ ok: true, data: { kind: 'sources', format: 'bibtex', out: file, bytes: Buffer.byteLength(written) } });
    expect(new Cite(written).data).toHaveLength(2);

    writeFileSync(file, 'kept');
    const refused = dyad(['export', 'sources', '--format', 'bibtex', '--out', file, '--db', db, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.json.error.code).toBe('FILE_EXISTS');
    expect(readFileSync(file, 'utf8')).toBe('kept');

    const forced = dyad(['export', 'sources', '--format', 'bibtex', '--out', file, '--force', '--db', db]);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(written);

    const bad = dyad(['export', 'events', '--format', 'csv', '--type', 'coronation', '--out', join(out, 'none.csv'), '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('BAD_REQUEST');
    expect(existsSync(join(out, 'none.csv'))).toBe(false);
    expect(readdirSync(out)).toEqual(['sources.bib']);
  });

  it('answers an unknown format with the envelope under --json, naming the formats', () => {
    const r = dyad(['export', 'events', '--format', 'xlsx', '--db', db, '--json']);
    expect(r.code).toBe(2);
    expect(r.json.error.code).toBe('BAD_REQUEST');
    expect(r.json.error.message).toContain('csv, jsonl, timelinejs');
  });
});
