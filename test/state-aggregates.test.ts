import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine, STATE_FORMAT } from '../src/knowledge/engine.js';
import { lexiconHash } from '../src/lexicon.js';
import { assembleState } from '../src/knowledge/state/state.js';
import { PAIR_MIN_MENTIONS } from '../src/knowledge/state/pairs.js';
import { conflictedMentions, headlineOf, indicatorsOf, pickSeries, seriesOf } from '../src/knowledge/state/series.js';
import type { Pair, Series } from '../src/knowledge/state/types.js';
import { tempDir } from './helpers/tmp.js';

/**
 * The overview's answers read from the store's counts (`Store.seriesLines`, the country entities'
 * documents) against the computation they replace, built from every stored fact, event and
 * conflict, on a fixture: the Australia–Indonesia test documents, two documents of the bundled
 * corpus and 600 generated paragraphs (figures in many lines and periods, some disagreeing).
 */
const STATE = new URL('./data/state/', import.meta.url).pathname;
const CORPUS = new URL('../corpus/vietnam-japan/', import.meta.url).pathname;
const GENERATE = new URL('../bench/generate.js', import.meta.url).pathname;

/** Generated paragraphs (bench/generate.js: seeded, so the same every run). */
const generateCorpus = (out: string, paragraphs: number, files: number, seed: number) => execFileSync(process.execPath, [GENERATE, out, String(paragraphs), String(files), String(seed)]);

/** The pairs as they were computed before: one entity query per document. */
async function referencePairs(engine: Engine): Promise<Pair[]> {
  const byKey = new Map<string, Pair>();
  for (const d of await engine.listDocuments()) {
    const countries = (await engine.entities({ doc: [d.name], type: 'country' })).filter((c) => c.country);
    const top = countries.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).slice(0, 2);
    if (top.length < 2 || top[1]!.count < PAIR_MIN_MENTIONS) continue;
    const two = top.map((c) => ({ id: c.country!, name: c.name })).sort((a, b) => a.id.localeCompare(b.id));
    const key = two.map((c) => c.id).join('|');
    const pair = byKey.get(key) ?? { countries: two, docs: [] };
    pair.docs.push(d.name);
    byKey.set(key, pair);
  }
  return [...byKey.values()].sort((a, b) => b.docs.length - a.docs.length);
}

/** Every line from every stored fact and conflict: the computation the store's counts replace. */
async function referenceSeries(engine: Engine): Promise<Series[]> {
  return seriesOf(await engine.facts({}), conflictedMentions(await engine.conflicts()));
}

describe('the overview from the store counts, the same as from every stored row', () => {
  let engine: Engine;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('dyad-state-aggregates-');
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    for (const f of ['australia_indonesia_joint_statement_2018.txt', 'australia_indonesia_news_2021.md', 'australia_indonesia_review_2022.txt']) copyFileSync(join(STATE, f), join(docs, f));
    for (const f of ['000_ec0406a819c83a47.txt', '003_54b582bcc5d920ee.txt']) copyFileSync(join(CORPUS, f), join(docs, f));
    generateCorpus(join(docs, 'generated'), 600, 6, 42);
    engine = new Engine(openSqliteStore(join(dir, 'fixture.db')));
    await engine.ingest([docs]);
  }, 300_000);
  afterAll(() => engine?.close());

  async function expectSame(): Promise<Series[]> {
    const all = await referenceSeries(engine);
    expect(all.length).toBeGreaterThan(5);
    const { series, indicators } = await engine.series();
    expect(series).toEqual(all);
    expect(indicators).toEqual(indicatorsOf(all));
    for (const i of indicators) {
      expect((await engine.series(i.indicator)).series).toEqual(pickSeries(all, i.indicator));
      for (const u of i.units) expect((await engine.series(i.indicator, u)).series).toEqual(pickSeries(all, i.indicator, u));
    }
    for (let n = 1; n <= 12; n++) expect(await engine.headlineSeries(n)).toEqual(headlineOf(all, n));
    const pairs = await referencePairs(engine);
    const whole = assembleState(pairs, await engine.events({}));
    expect(await engine.state()).toEqual(whole);
    const summary = await engine.stateSummary();
    expect(summary.pairs).toEqual(pairs);
    expect(summary.visits.count).toBe(whole.visits.items.length);
    expect(summary.mechanisms).toBe(whole.mechanisms.length);
    return all;
  }

  it('gives every line, each indicator, each unit and each headline as the whole computation does', async () => {
    const all = await expectSame();
    // The fixture exercises what the counts must get right: lines with many periods, values that disagree within a period, flagged points.
    const headline = headlineOf(all, 4);
    expect(headline.length).toBe(4);
    expect(headline.every((s) => s.points.length >= 3)).toBe(true);
    expect(all.some((s) => s.points.some((p) => p.conflict))).toBe(true);
    expect(all.some((s) => new Set(s.points.map((p) => p.period)).size < s.points.length)).toBe(true);
    expect((await engine.stateSummary()).pairs.length).toBeGreaterThan(1);
  });

  it('stays the same after a document is deleted and another added (the counts are kept at write time)', async () => {
    const before = await engine.headlineSeries(4);
    // The generated document that tells most of the headline's points: deleting it must change the headline.
    const told: string[] = [];
    for (const p of before.flatMap((s) => s.points)) told.push(...(await engine.fact(p.fact)).fact.mentions.map((m) => m.doc).filter((n) => n.startsWith('gen-')));
    const most = [...new Set(told)].sort((a, b) => told.filter((n) => n === b).length - told.filter((n) => n === a).length || a.localeCompare(b))[0];
    expect(most).toBeDefined();
    expect(await engine.store.deleteDocument(most!)).toBe(true);
    const after = await expectSame();
    expect(headlineOf(after, 4)).not.toEqual(before);
    const more = join(dir, 'more');
    generateCorpus(more, 100, 1, 7);
    await engine.ingest([more]);
    await expectSame();
  }, 300_000);

  it('keeps the state for the next process, which reads it instead of building it; a change drops it', async () => {
    const key = `state|${STATE_FORMAT}|${lexiconHash()}`;
    const kept = await engine.store.getDerived(key);
    expect(kept).toBeDefined();
    const reader = new Engine(openSqliteStore(join(dir, 'fixture.db'), { readonly: true }));
    try {
      expect(await reader.state()).toEqual(JSON.parse(kept!));
      expect(await reader.state()).toEqual(assembleState(await referencePairs(engine), await engine.events({})));
      const names = (await engine.listDocuments()).map((d) => d.name);
      await engine.store.deleteDocument(names.at(-1)!);
      expect(await engine.store.getDerived(key)).toBeUndefined();
      // The reader sees the change (its data version moved) and builds the state again, keeping nothing (read-only).
      expect(await reader.state()).toEqual(assembleState(await referencePairs(engine), await engine.events({})));
      expect(await engine.store.getDerived(key)).toBeUndefined();
    } finally {
      await reader.close();
    }
  }, 300_000);

  it('refuses an indicator or unit without figures, naming those with figures, as before', async () => {
    const all = await referenceSeries(engine);
    const message = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return (err as Error).message;
      }
      return '';
    };
    await expect(engine.series('no_such_indicator')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: message(() => pickSeries(all, 'no_such_indicator')) });
    const some = all[0]!.indicator;
    await expect(engine.series(some, 'XYZ')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: message(() => pickSeries(all, some, 'XYZ')) });
  });
});
