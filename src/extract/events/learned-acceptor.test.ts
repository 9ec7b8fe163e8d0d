import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEXICON_DIR } from '../../lexicon.js';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { collected, infinitive, learnedMode, scoreOf } from './learned-acceptor.js';

/** The candidates the acceptor collects for a text (`DYAD_LEARNED=dump`): each verb's words, date and features. */
function candidates(text: string, documentDate?: string) {
  vi.stubEnv('DYAD_LEARNED', 'dump');
  const { blocks, sentences } = structure(text);
  extract({ text, blocks, sentences, ...(documentDate ? { documentDate } : {}) });
  // The verbs' candidates: act nouns (session 42) are tested in test/learned-acceptor-nouns.test.ts.
  return collected
    .pop()!
    .candidates.filter((c) => !c.noun)
    .map((c) => ({ verb: text.slice(c.verb.start, c.verb.end), at: c.verb.start, date: c.date, features: c.features }));
}

/** The acts the acceptor adds to a text (`DYAD_LEARNED=on`): each trigger's words and date. */
function learned(text: string, documentDate?: string) {
  vi.stubEnv('DYAD_LEARNED', 'on');
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, ...(documentDate ? { documentDate } : {}) })
    .events.filter((e) => e.rule === 'learned-acceptor')
    .map((e) => [text.slice(e.trigger.start, e.trigger.end), e.date]);
}

/** A must-not case: no act added, in an undated document and in a news report with its day (where `doc:news` weighs for a candidate). */
function none(text: string) {
  expect(learned(text)).toEqual([]);
  expect(learned(text, '2025-06-30')).toEqual([]);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the learned acceptor of event candidates (session 28)', () => {
  it('is on unless DYAD_LEARNED=off', () => {
    vi.stubEnv('DYAD_LEARNED', '');
    expect(learnedMode()).toBe('on');
    vi.stubEnv('DYAD_LEARNED', 'off');
    expect(learnedMode()).toBe('off');
    const text = 'In May 2024 Mongolia and Kazakhstan held the eighth session of their joint commission in Astana.';
    const { blocks, sentences } = structure(text);
    expect(extract({ text, blocks, sentences }).events.filter((e) => e.rule === 'learned-acceptor')).toEqual([]);
  });

  it('adds the best-scored candidate of a sentence and date when its score (the logistic function of lexicon/learned-acceptor.json) reaches the threshold', () => {
    const { weights, threshold } = JSON.parse(readFileSync(join(LEXICON_DIR, 'learned-acceptor.json'), 'utf8')) as { weights: Record<string, number>; threshold: number };
    const text = 'Mongolia and Kazakhstan convened the eighth session of their joint commission in Astana on 3 March 2025.';
    const [c] = candidates(text, '2025-03-05');
    expect(c).toMatchObject({ verb: 'convened', at: 24, date: '2025-03-03' });
    expect(c!.features).toEqual(expect.arrayContaining(['date:own', 'precision:day', 'subject:pair-state', 'form:past', 'verb:first', 'actor:sentence']));
    const p = scoreOf(c!.features, weights);
    vi.stubEnv('DYAD_LEARNED', 'on');
    const { blocks, sentences } = structure(text);
    const learned = extract({ text, blocks, sentences, documentDate: '2025-03-05' }).events.filter((e) => e.rule.startsWith('learned-acceptor'));
    if (c!.features.includes('verb:rule-event') || c!.features.includes('rule:same-date') || p < threshold) expect(learned).toEqual([]);
    else {
      expect(learned.map((e) => [e.start, e.end, e.trigger.start, e.trigger.end, e.date])).toEqual([[0, 104, 24, 32, '2025-03-03']]);
      expect(learned[0]!.confidence).toBeCloseTo(p, 6);
    }
  });

  it('accepts a candidate far above any threshold and refuses one far below', () => {
    const text = 'Mongolia and Kazakhstan convened the eighth session of their joint commission in Astana on 3 March 2025.';
    const { blocks, sentences } = structure(text);
    const words = (weights: Record<string, number>) => {
      const model = JSON.parse(readFileSync(join(LEXICON_DIR, 'learned-acceptor.json'), 'utf8')) as { threshold: number };
      expect(model.threshold).toBeGreaterThan(0);
      expect(model.threshold).toBeLessThan(1);
      return weights;
    };
    // The features of this candidate alone decide: a weight of +20 on its subject puts it far above any threshold in (0, 1).
    vi.stubEnv('DYAD_LEARNED', 'dump');
    extract({ text, blocks, sentences, documentDate: '2025-03-05' });
    const [c] = collected.pop()!.candidates;
    expect(scoreOf(c!.features, words({ bias: 0, 'subject:pair-state': 20 }))).toBeGreaterThan(0.99);
    expect(scoreOf(c!.features, words({ bias: 0, 'subject:pair-state': -20 }))).toBeLessThan(0.01);
  });

  it('makes a verb a candidate dated by its clause, its subject an actor', () => {
    const text = 'In May 2024 Mongolia and Kazakhstan convened the eighth session of their joint commission in Astana.';
    const [c] = candidates(text);
    expect(c).toMatchObject({ verb: 'convened', at: 36, date: '2024-05' });
    expect(c!.features).toEqual(expect.arrayContaining(['date:own', 'precision:month', 'subject:pair-state', 'form:past']));
  });

  it('makes no candidate of a verb the stative list refuses (lexicon notEventVerbs), unless pastEventVerbs or lightActVerbs lists it', () => {
    // A light verb heads an act through its object ("held the eighth session"): a candidate; a copula or a verb of growth is none.
    expect(candidates('In May 2024 Mongolia and Kazakhstan held the eighth session of their joint commission in Astana.', '2024-06-01').map((c) => c.verb)).toEqual(['held']);
    expect(candidates('In 2024 Mongolia remained the largest buyer of Kazakh wheat.', '2025-01-10')).toEqual([]);
    none('In 2024 Mongolia remained the largest buyer of Kazakh wheat.');
    none('Trade between Latvia and Finland grew in 2025.');
    const became = candidates('In 2021 Chile became a member of the group that New Zealand founded.').find((c) => c.verb === 'became');
    expect(became!.features).not.toContain('state-verb');
  });

  it('takes no demonym before a noun, possessive or object of a preposition for the state as subject', () => {
    expect(candidates('Mongolian herders lost their animals in the harsh winter of 2024.').map((c) => [c.verb, c.at, c.features.filter((f) => f.startsWith('subject:'))])).toEqual([
      ['lost', 18, ['subject:actor-modifier']],
    ]);
    // With a figure such a subject's verb is a statistic, no candidate.
    expect(candidates('Mongolian herders lost about 6 million animals in the harsh winter of 2024.', '2025-01-10')).toEqual([]);
    none('Mongolian herders lost about 6 million animals in the harsh winter of 2024.');
    none('Kazakh farmers harvested 26 million tonnes of grain in 2025.');
    none('Finnish tourists spent €140 million in Latvia in 2025.');
    none("Mahama's party won 183 of 276 seats in the December 2024 election.");
    expect(candidates('Exports from Latvia to Finland surged in 2025.', '2026-01-10')).toEqual([]);
    none('Exports from Latvia to Finland surged in 2025.');
    // The same sentence with the state as subject is a candidate of its own kind.
    expect(candidates('Mongolia lost about 6 million animals in the harsh winter of 2024.').map((c) => [c.verb, c.at, c.features.filter((f) => f.startsWith('subject:'))])).toEqual([
      ['lost', 9, ['subject:pair-state']],
    ]);
  });

  it('reads a body of a state, a third party and an agentless passive as subjects of their own (session 29)', () => {
    const subject = (text: string) => candidates(text).map((c) => [c.verb, c.at, c.features.filter((f) => f.startsWith('subject:') || f.startsWith('passive:'))]);
    expect(subject('The Mongolian foreign ministry summoned the Kazakh ambassador on 3 March 2025.')).toEqual([['summoned', 31, ['subject:body']]]);
    expect(subject('Kenyan officials deported 40 Ugandan traders in May 2024.')).toEqual([['deported', 17, ['subject:body']]]);
    expect(subject("Chile's navy seized a New Zealand trawler on 3 May 2023.")).toEqual([['seized', 13, ['subject:body']]]);
    expect(subject('The arbitral tribunal awarded Chile $20 million in May 2025.')).toEqual([['awarded', 22, ['subject:third-party', 'subject:not-pair']]]);
    expect(subject('A fisheries accord between Tunisia and Italy was signed in Rome on 4 May 2023.')).toEqual([]);
    expect(subject('The border treaty was ratified by Latvia and Estonia on 4 May 2023.')).toEqual([['ratified', 22, ['subject:noun', 'passive:by-actor']]]);
  });

  it('accepts no participle inside a noun phrase as a verb of the clause', () => {
    const text = 'In 2023 Mongolia smuggled an estimated 150,000 tonnes of coal into Kazakhstan.';
    for (const day of [undefined, '2023-12-30']) {
      expect(candidates(text, day).map((c) => c.verb)).not.toContain('estimated');
      expect(learned(text, day).map(([verb]) => verb)).not.toContain('estimated');
    }
  });

  it('dates a verb of an undated news sentence by its paragraph, else by the report', () => {
    const text = 'Tunisia and Italy signed a fisheries accord on 3 March 2025.\n\nTunisia welcomed the Italian delegation.';
    const welcomed = candidates(text, '2025-03-05').find((c) => c.verb === 'welcomed');
    expect(welcomed).toMatchObject({ at: 70, date: '2025-03-05' });
    expect(welcomed!.features).toContain('date:report');
  });

  it('makes no candidate in a sentence with no date of its own, none in its paragraph and no report day (session 29: such a sentence is not tagged)', () => {
    const text = 'Tunisia and Italy signed a fisheries accord.\n\nIn March 2025 Tunisia welcomed the Italian delegation. Italy thanked Tunisia.';
    // Without a report's day the first paragraph's verbs have no date; the second's take its own and then the paragraph's.
    expect(candidates(text).map((c) => [c.verb, c.at, c.date])).toEqual([
      ['welcomed', 68, '2025-03'],
      ['thanked', 107, '2025-03'],
    ]);
    // With one, the first paragraph's take it.
    expect(candidates(text, '2025-03-05').map((c) => [c.verb, c.date])).toEqual([
      ['signed', '2025-03-05'],
      ['welcomed', '2025-03'],
      ['thanked', '2025-03'],
    ]);
  });

  it('makes no candidate of an infinitive, a saying, a present tense, an unnamed pronoun or an active verb of a noun no actor names; accepts no statistic', () => {
    expect(candidates('In 2021 Peru granted Brazilian boats the right to navigate the river.').map((c) => c.verb)).toEqual(['granted']);
    expect(candidates('Chile said in June 2023 that New Zealand had closed its consulate.').map((c) => c.verb)).not.toContain('said');
    expect(candidates('Under a 2009 accord Ghana guarantees Burkina Faso access to the port of Tema.').map((c) => c.verb)).toEqual([]);
    expect(candidates('The closure of the border angered Ghana in June 2023.').map((c) => c.verb)).toEqual([]);
    expect(candidates('She returned to Lima in March 2020.').map((c) => c.verb)).toEqual([]);
    expect(candidates('Exports from Peru to Brazil rose by 12 percent in 2022.', '2023-01-10')).toEqual([]);
    none('Exports from Peru to Brazil rose by 12 percent in 2022.');
  });

  it('accepts no statistic, no verb of state and no verb whose subject follows a preposition, in news reports too (session 29 review)', () => {
    none('Trade between Peru and Brazil fell in the first quarter of 2025.');
    none('Shipments from Brazil to Peru declined in April 2025.');
    none('Trade between Ghana and Burkina Faso rose sharply in 2024.');
    none('Imports of maize from Ghana to Burkina Faso were estimated at 45,000 tonnes in 2024, and 2,300 lorries were registered at the Paga crossing.');
    none('In 2024 Ghana remained the largest buyer of Burkina Faso’s cotton.');
    expect(candidates('Trade between Peru and Brazil fell in the first quarter of 2025.', '2025-06-30')).toEqual([]);
    expect(candidates('In 2024 some 2,300 lorries were registered by Ghana at the Paga crossing.', '2025-06-30').map((c) => c.verb)).toEqual([]);
  });

  it('takes "to" for an infinitive only as a particle, not as a preposition', () => {
    const tok = (pos: string, lemma: string, start: number) => ({ start, end: start + lemma.length, pos, lemma });
    expect(infinitive([tok('VERB', 'agree', 0), tok('PART', 'to', 7), tok('VERB', 'lend', 10)], 2)).toBe(true);
    expect(infinitive([tok('VERB', 'object', 0), tok('ADP', 'to', 7), tok('VERB', 'expel', 10)], 2)).toBe(false);
  });

  it('refuses what a third party says only in its own clause, not a pair act coordinated after it (session 29 review)', () => {
    const ruled = 'The arbitral tribunal ruled on 2 May 2025 that Peru had breached the accord, and Brazil relocated its consulate in Manaus on 3 May 2025.';
    expect(candidates(ruled, '2025-05-06').map((c) => [c.verb, c.at, c.date])).toEqual([['relocated', 88, '2025-05-03']]);
    const content = 'The arbitral tribunal ruled on 2 May 2025 that Peru had relocated its consulate in Manaus on 1 May 2025.';
    expect(candidates(content, '2025-05-06').map((c) => c.verb)).toEqual([]);
  });

  it('is part of the pipeline version, so a document ingested in another mode is extracted again', async () => {
    vi.stubEnv('DYAD_LEARNED', 'off');
    vi.resetModules();
    const off = (await import('../../version.js')).PIPELINE_VERSION;
    vi.stubEnv('DYAD_LEARNED', '');
    vi.resetModules();
    const on = (await import('../../version.js')).PIPELINE_VERSION;
    expect(off).toMatch(/\+learned-off$/);
    expect(on).toMatch(/\+learned-on$/);
  });

  it('scores by a logistic function of the features present', () => {
    expect(scoreOf(['a', 'b'], { bias: -1, a: 0.5, b: 0.5 })).toBeCloseTo(0.5, 6);
    expect(scoreOf(['a'], { bias: 0, a: Math.log(3) })).toBeCloseTo(0.75, 6);
  });
});

describe('a population a figure counts is a statistic for the acceptor too (countsPopulation, session 31)', () => {
  /** The acceptor's acts in a report of 30 June 2025 (where `doc:news` weighs for a candidate), whatever category refined them. */
  const acts = (text: string) => {
    vi.stubEnv('DYAD_LEARNED', 'on');
    const { blocks, sentences } = structure(text);
    return extract({ text, blocks, sentences, documentDate: '2025-06-30' })
      .events.filter((e) => e.rule.startsWith('learned-acceptor'))
      .map((e) => [text.slice(e.trigger.start, e.trigger.end), e.date]);
  };

  it.each([
    'Mongolia welcomed about 1.2 million Kazakh visitors in 2024, according to its tourism ministry.',
    'Kazakhs made some 410,000 trips to Mongolia in 2024.',
    'About 30,000 Mongolians live in Kazakhstan, while trade between the two countries stood at 900 million dollars in 2024.',
  ])('adds no act: %s', (text) => {
    expect(acts(text)).toEqual([]);
  });

  it.each([
    // Soldiers and objects are no population; an act of a day keeps its count.
    ['Kazakhstan sent about 2,000 soldiers to Mongolia in 2019.', [['sent', '2019']]],
    ['Kazakhstan returned 1,472 cultural objects to Mongolia in 2019.', [['returned', '2019']]],
    ['Mongolia welcomed about 1,200 Kazakh refugees on 3 May 2024.', [['welcomed', '2024-05-03']]],
  ])('keeps the act: %s', (text, expected) => {
    expect(acts(text)).toEqual(expected);
  });

  // Review of session 31 (issue 10.4): people a state acts on are no population; those who live or visit still are.
  it('keeps an act on a counted group of people', () => {
    expect(acts('Ghana repatriated about 3,000 Nigerians in May 2025, officials said.')).toEqual([['repatriated', '2025-05']]);
  });

  it('still reads a population that lives or visits as a statistic', () => {
    expect(acts('About 40,000 Nigerians live in Ghana, according to its statistics service, which counted them in May 2025.')).toEqual([]);
    expect(acts('Ghana welcomed about 200,000 Nigerian visitors in 2024.')).toEqual([]);
  });
});
