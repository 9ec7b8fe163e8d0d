import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { createApp } from '../src/serve/http/app.js';
import type { Citation } from '../src/knowledge/ask/types.js';
import type { RelationshipState } from '../src/knowledge/state/types.js';
import { assembleState, stateEvents, stateEventTypes } from '../src/knowledge/state/state.js';
import type { Answer } from '../src/knowledge/ask/types.js';

/** Documents written for these tests: a joint statement, a news story and a review on Australia and Indonesia (test/data/state/). */
const DOCS = new URL('./data/state/', import.meta.url).pathname;
/** A document about one state only (test/data/state-none/). */
const NONE = new URL('./data/state-none/', import.meta.url).pathname;

const JOINT = 'australia_indonesia_joint_statement_2018.txt';
const NEWS = 'australia_indonesia_news_2021.md';
const REVIEW = 'australia_indonesia_review_2022.txt';

describe('dyad state and dyad series', () => {
  const engine = new Engine(openSqliteStore(':memory:'));
  const texts = new Map<string, string>();
  let state: RelationshipState;
  beforeAll(async () => {
    await engine.ingest([DOCS]);
    for (const d of await engine.listDocuments()) texts.set(d.name, (await engine.document(d.name)).text);
    state = await engine.state();
  });
  afterAll(() => engine.close());

  /** Every citation is the stored text at its offsets; returns the docs and quotes for asserting. */
  function cited(citations: Citation[]): [string, string][] {
    for (const c of citations) expect(c.quote).toBe(texts.get(c.doc)!.slice(c.start, c.end));
    return citations.map((c) => [c.doc, c.quote]);
  }

  it('reads only the stored events of its types, in the store order, and gives what every event gives', async () => {
    const all = await engine.events({});
    const mine = await stateEvents(engine);
    expect(mine.length).toBeGreaterThan(0);
    // Exactly the events of the state's types, whatever the documents' other events are.
    const types = new Set(stateEventTypes());
    expect(mine.every((e) => types.has(e.type))).toBe(true);
    expect(mine.length).toBe(all.filter((e) => types.has(e.type)).length);
    // The same events, in the same order, as the whole list holds them.
    const ids = new Set(mine.map((e) => e.id));
    expect(mine.map((e) => e.id)).toEqual(all.filter((e) => ids.has(e.id)).map((e) => e.id));
    expect(state).toEqual(assembleState(state.pairs, all));
    expect(await engine.state('2012')).toEqual(assembleState(state.pairs, all, '2012'));
  });

  it('finds the pair the documents are about', () => {
    expect(state.pairs).toEqual([
      {
        countries: [
          { id: 'AUS', name: 'Australia' },
          { id: 'IDN', name: 'Indonesia' },
        ],
        docs: [JOINT, NEWS, REVIEW],
      },
    ]);
  });

  it('gives the partnership level over time, each step named as the source names it and cited', () => {
    expect(state.partnership.map((p) => [p.date, p.name, p.level])).toEqual([
      ['2005-04', 'Comprehensive Partnership', 'comprehensive-partnership'],
      ['2018-08-31', 'Comprehensive Strategic Partnership', 'comprehensive-strategic-partnership'],
    ]);
    expect(cited(state.partnership[0]!.citations)).toEqual([[JOINT, 'The leaders recalled that in April 2005 Australia and Indonesia signed the Joint Declaration on a Comprehensive Partnership.']]);
    // The statement is dated by its dateline ("Jakarta, 31 August 2018"): its title, the statement of that day, names the step too.
    expect(cited(state.partnership[1]!.citations)).toEqual([
      [JOINT, 'Joint Statement on the Comprehensive Strategic Partnership between Australia and the Republic of Indonesia'],
      [JOINT, 'On 31 August 2018, the two leaders agreed to elevate the relationship to a Comprehensive Strategic Partnership.'],
    ]);
  });

  it('lists standing mechanisms with first meeting, level and how often they are held', () => {
    expect(state.mechanisms.map((m) => [m.name, m.first, m.level, m.frequency, m.meetings.map((x) => x.date)])).toEqual([
      ['Australia-Indonesia Ministerial Forum', '1992', 'minister', 'regular', ['1992']],
      ["Australia-Indonesia Foreign and Defence Ministers' 2+2 Dialogue", '2012-03', 'minister', 'annual', ['2012-03']],
      ["Annual Leaders' Meeting", '2018-08-31', 'summit', 'annual', ['2018-08-31']],
    ]);
    expect(cited(state.mechanisms[1]!.meetings[0]!.citations)).toEqual([
      [JOINT, "The leaders welcomed the annual Australia-Indonesia Foreign and Defence Ministers' 2+2 Dialogue, which first met in March 2012 at the ministerial level."],
    ]);
  });

  it('lists visits by visitor, office and direction, telling the visitor from the host, one visit told twice once', () => {
    expect(state.visits.items.map((v) => [v.date, v.visitor, v.office, v.from, v.to, v.citations.map((c) => c.doc)])).toEqual([
      ['2008-06', 'Kevin Rudd', 'prime-minister', 'AUS', 'IDN', [NEWS]],
      ['2010-03', 'Susilo Bambang Yudhoyono', 'president', 'IDN', 'AUS', [NEWS]],
      // "visited Jakarta in August 2018" (the review) and "welcomed … to Jakarta on 31 August 2018" (the statement).
      ['2018-08-31', 'Scott Morrison', 'prime-minister', 'AUS', 'IDN', [REVIEW, JOINT]],
      ['2020-02', 'Joko Widodo', 'president', 'IDN', 'AUS', [REVIEW]],
    ]);
    expect(state.visits.byDecade).toEqual({ '2000s': 1, '2010s': 2, '2020s': 1 });
    expect(state.visits.byOffice).toEqual({ 'prime-minister': 2, president: 2 });
    for (const v of state.visits.items) cited(v.citations);
  });

  it('lists agreements signed and in force, a passage naming no state taken for its document’s pair', () => {
    expect(state.agreements.map((a) => [a.date, a.name, a.status])).toEqual([
      ['2006-11', 'Lombok Treaty', 'signed'],
      ['2008-02', 'Lombok Treaty', 'in_force'],
      ['2019-03', 'Indonesia-Australia Comprehensive Economic Partnership Agreement', 'signed'],
    ]);
    expect(cited(state.agreements[1]!.citations)).toEqual([[NEWS, 'The Lombok Treaty entered into force in February 2008.']]);
  });

  it('cuts everything to what was true at a date', async () => {
    const then = await engine.state('2008');
    expect(then.at).toBe('2008');
    expect(then.partnership.map((p) => p.name)).toEqual(['Comprehensive Partnership']);
    expect(then.mechanisms.map((m) => m.name)).toEqual(['Australia-Indonesia Ministerial Forum']);
    expect(then.visits.items.map((v) => v.visitor)).toEqual(['Kevin Rudd']);
    expect(then.visits.byDecade).toEqual({ '2000s': 1 });
    expect(then.agreements.map((a) => a.status)).toEqual(['signed', 'in_force']);
    // The treaty was signed but not yet in force in 2007.
    expect((await engine.state('2007-12')).agreements.map((a) => a.status)).toEqual(['signed']);
    await expect(engine.state('last year')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('at: "last year"') });
  });

  it('gives series ordered by period, values in base units and as stated, conflicting values flagged', async () => {
    const { series, indicators } = await engine.series('trade');
    expect(indicators).toEqual([
      { indicator: 'fdi_registered', units: ['AUD'], points: 1, lines: 1 },
      { indicator: 'trade', units: ['AUD'], points: 4, lines: 1 },
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ indicator: 'trade', unit: 'AUD', scope: 'annual' });
    expect(series[0]!.points.map((p) => [p.period, p.value, p.stated, p.conflict])).toEqual([
      ['2015', 15_000_000_000, 'A$15.0 billion', false],
      ['2017', 17_000_000_000, 'A$17.0 billion', false],
      ['2019', 16_200_000_000, 'A$16.2 billion', true],
      ['2019', 17_800_000_000, 'A$17.8 billion', true],
    ]);
    expect(cited(series[0]!.points[2]!.citations)).toEqual([[REVIEW, 'Two-way trade between Australia and Indonesia was A$16.2 billion in 2019, according to Indonesian figures.']]);
  });

  it('keeps a figure for a span of years out of the annual line', async () => {
    const { series } = await engine.series('fdi_registered');
    expect(series.map((s) => [s.scope, s.direction, s.points.map((p) => [p.period, p.value, p.stated])])).toEqual([
      ['multi-year', { from: 'Australia', to: 'Indonesia' }, [['2010/2019', 5_500_000_000, 'A$5.5 billion']]],
    ]);
  });

  it('refuses an indicator or a unit without figures, naming those with', async () => {
    await expect(engine.series('tourism')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'indicator "tourism" has no figures; indicators with figures: fdi_registered, trade' });
    await expect(engine.series('trade', 'USD')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'unit "USD" is not one of: AUD' });
  });

  it('answers the summary of the state and the headline series: small, and the same as the whole', async () => {
    const app = createApp(engine);
    const s = (await (await app.request('/api/state?summary=true')).json()) as { data: Record<string, unknown> };
    expect(s.data).toEqual({
      at: null,
      pairs: state.pairs,
      partnership: state.partnership.map((p) => ({ ...p, citations: p.citations.slice(0, 1), cited: p.citations.length })),
      visits: { count: state.visits.items.length, byDecade: state.visits.byDecade, byOffice: state.visits.byOffice },
      mechanisms: state.mechanisms.length,
      agreements: state.agreements.length,
    });
    const h = (await (await app.request('/api/series?headline=1')).json()) as {
      data: { indicator: string; unit: string; points: { period: string; value: number; conflict: boolean; citations: unknown[] }[] }[];
    };
    // One point per period, its first value; a period whose values differ is a conflict.
    expect(h.data.map((l) => [l.indicator, l.unit, l.points.map((p) => [p.period, p.value, p.conflict])])).toEqual([
      [
        'trade',
        'AUD',
        [
          ['2015', 15_000_000_000, false],
          ['2017', 17_000_000_000, false],
          ['2019', 16_200_000_000, true],
        ],
      ],
    ]);
    expect(h.data[0]!.points.every((p) => p.citations.length === 0)).toBe(true);
    expect((await app.request('/api/series?headline=0')).status).toBe(400);
    expect((await app.request('/api/series?headline=2&indicator=trade')).status).toBe(400);
  });

  it('answers GET /api/state and /api/series in the envelope, and 400 for an unknown indicator', async () => {
    const app = createApp(engine);
    const s = (await (await app.request('/api/state?at=2010')).json()) as { ok: boolean; data: RelationshipState };
    expect(s.ok).toBe(true);
    expect(Object.keys(s.data)).toEqual(['at', 'pairs', 'partnership', 'mechanisms', 'visits', 'agreements']);
    expect(s.data.visits.items.map((v) => v.date)).toEqual(['2008-06', '2010-03']);
    const t = (await (await app.request('/api/series?indicator=trade')).json()) as { data: { indicator: string; unit: string; points: { period: string; conflict: boolean }[] }[] };
    expect(t.data.map((l) => [l.indicator, l.unit, l.points.map((p) => [p.period, p.conflict])])).toEqual([
      [
        'trade',
        'AUD',
        [
          ['2015', false],
          ['2017', false],
          ['2019', true],
          ['2019', true],
        ],
      ],
    ]);
    const bad = await app.request('/api/series?indicator=tourism');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('fdi_registered, trade') });
    expect((await app.request('/api/state?at=soon')).status).toBe(400);
  });
});

describe('dyad ask from the series and the state', () => {
  const engine = new Engine(openSqliteStore(':memory:'));
  const texts = new Map<string, string>();
  beforeAll(async () => {
    await engine.ingest([DOCS]);
    for (const d of await engine.listDocuments()) texts.set(d.name, (await engine.document(d.name)).text);
  });
  afterAll(() => engine.close());

  const quotes = (a: Answer) => {
    for (const c of [...a.citations, ...a.claims.flatMap((k) => k.citations)]) expect(c.quote).toBe(texts.get(c.doc)!.slice(c.start, c.end));
    return a.citations.map((c) => c.quote);
  };
  const TRADE_2015 = 'In 2015, two-way trade between Australia and Indonesia was A$15.0 billion.';
  const TRADE_2019_NEWS = 'Two-way trade between Australia and Indonesia reached A$17.8 billion in 2019.';
  const TRADE_2019_REVIEW = 'Two-way trade between Australia and Indonesia was A$16.2 billion in 2019, according to Indonesian figures.';

  it('answers "was X higher in A than in B?" from both points, citing both', async () => {
    const a = await engine.ask('Was two-way trade between Australia and Indonesia higher in 2019 than in 2015?');
    expect([a.status, a.answer, a.route]).toEqual(['answered', 'Yes: A$15.0 billion in 2015, A$16.2 billion in 2019', 'series']);
    expect(quotes(a)).toEqual([TRADE_2015, TRADE_2019_REVIEW, TRADE_2019_NEWS]);
  });

  it('answers "did X fall between A and B?"', async () => {
    const a = await engine.ask('Did trade between Australia and Indonesia fall between 2015 and 2019?');
    expect([a.status, a.answer]).toEqual(['answered', 'No: A$15.0 billion in 2015, A$16.2 billion in 2019']);
  });

  it('reads "more than double between A and B" as a doubling from A to B (regression: "than" took 2019 for the earlier year)', async () => {
    const a = await engine.ask('Did two-way trade between Australia and Indonesia more than double between 2015 and 2019?');
    expect([a.status, a.answer]).toEqual(['answered', 'No: A$15.0 billion in 2015, A$16.2 billion in 2019']);
  });

  it('answers with both verdicts when the figures of a year disagree on it', async () => {
    const a = await engine.ask('Did trade between Australia and Indonesia rise between 2017 and 2019?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer)).toEqual(['No: A$17.0 billion in 2017, A$16.2 billion in 2019', 'Yes: A$17.0 billion in 2017, A$17.8 billion in 2019']);
    expect(a.claims.map((c) => c.citations.map((x) => x.doc))).toEqual([
      [REVIEW, REVIEW],
      [REVIEW, NEWS],
    ]);
    quotes(a);
  });

  it('refuses a comparison when one year has no figure', async () => {
    const a = await engine.ask('Did trade between Australia and Indonesia rise between 2010 and 2019?');
    expect([a.status, a.answer]).toEqual(['not_in_corpus', null]);
  });

  it('counts visits per decade, per office, and of an office from a state in a decade, citing each visit', async () => {
    const perDecade = await engine.ask('How many visits were there per decade?');
    expect([perDecade.status, perDecade.answer, perDecade.route]).toEqual(['answered', '2000s: 1; 2010s: 2; 2020s: 1', 'state']);
    expect(quotes(perDecade).map((q) => q.slice(0, 40))).toEqual([
      'Prime Minister Kevin Rudd visited Jakart',
      'President Susilo Bambang Yudhoyono visit',
      'Prime Minister Scott Morrison visited Ja',
      'Prime Minister Scott Morrison visited Ja',
    ]);
    expect((await engine.ask('How many visits by office?')).answer).toBe('prime-minister: 2; president: 2');
    const presidents = await engine.ask('How many visits did Indonesian presidents make in the 2010s?');
    expect([presidents.answer, quotes(presidents)]).toEqual(['1', ['President Susilo Bambang Yudhoyono visited Canberra in March 2010 and addressed the Australian Parliament.']]);
    expect((await engine.ask('How many visits did Indonesian presidents make in the 1990s?')).status).toBe('not_in_corpus');
  });
});

describe('dyad state without a pair', () => {
  it('is empty when no document is about two states, and is rebuilt after an ingest', async () => {
    const engine = new Engine(openSqliteStore(':memory:'));
    await engine.ingest([NONE]);
    expect(await engine.state()).toEqual({ at: null, pairs: [], partnership: [], mechanisms: [], visits: { items: [], byDecade: {}, byOffice: {} }, agreements: [] });
    expect((await engine.series()).series.filter((s) => s.indicator === 'trade')).toEqual([]);
    // What the engine built is dropped when an ingest changes the store.
    await engine.ingest([DOCS]);
    expect((await engine.state()).pairs.map((p) => p.countries.map((c) => c.id))).toEqual([['AUS', 'IDN']]);
    expect((await engine.series('trade')).series[0]!.points).toHaveLength(4);
    await engine.close();
  });
});
