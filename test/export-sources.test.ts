import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { createApp } from '../src/serve/http/app.js';
import { EXPORTS, startExport } from '../src/export/registry.js';
import { dyad } from './helpers/cli.js';
import { corpus, csvRows, dir, engine, exported, ingestFixture } from './helpers/export-fixture.js';

ingestFixture();

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
