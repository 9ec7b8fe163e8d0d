import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { collected, learnedMode, scoreOf } from './learned-acceptor.js';

/** The candidates the acceptor collects for a text (`DYAD_LEARNED=dump`): each verb's words, date and features. */
function candidates(text: string, documentDate?: string) {
  vi.stubEnv('DYAD_LEARNED', 'dump');
  const { blocks, sentences } = structure(text);
  extract({ text, blocks, sentences, ...(documentDate ? { documentDate } : {}) });
  return collected.pop()!.candidates.map((c) => ({ verb: text.slice(c.verb.start, c.verb.end), at: c.verb.start, date: c.date, features: c.features }));
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

  it('adds an act the rules leave out, its category refined from its clause (with the weights of lexicon/learned-acceptor.json)', () => {
    vi.stubEnv('DYAD_LEARNED', 'on');
    const text = 'Mongolia and Kazakhstan held the eighth session of their joint commission in Astana on 3 March 2025.';
    const { blocks, sentences } = structure(text);
    const events = extract({ text, blocks, sentences, documentDate: '2025-03-05' }).events;
    expect(events.map((e) => [e.start, e.end, e.trigger.start, e.trigger.end, e.date, e.plover.type, e.rule.split('+')[0]])).toEqual([[0, 100, 24, 28, '2025-03-03', 'CONSULT', 'learned-acceptor']]);
    expect(events[0]!.actors.map((a) => a.name)).toEqual(['Mongolia', 'Kazakhstan']);
  });

  it('makes a verb a stative list refuses a candidate, dated by its clause, its subject an actor', () => {
    const text = 'In May 2024 Mongolia and Kazakhstan held the eighth session of their joint commission in Astana.';
    const [c] = candidates(text);
    expect(c).toMatchObject({ verb: 'held', at: 36, date: '2024-05' });
    expect(c!.features).toEqual(expect.arrayContaining(['date:own', 'precision:month', 'lemma:not-event', 'subject:pair-state', 'form:past']));
  });

  it('dates a verb of an undated news sentence by its paragraph, else by the report', () => {
    const text = 'Tunisia and Italy signed a fisheries accord on 3 March 2025.\n\nTunisian officials welcomed the Italian delegation.';
    const welcomed = candidates(text, '2025-03-05').find((c) => c.verb === 'welcomed');
    expect(welcomed).toMatchObject({ at: 81, date: '2025-03-05' });
    expect(welcomed!.features).toContain('date:report');
  });

  it('makes no candidate of an infinitive, a saying, a statistic, a present tense or a verb with no actor for subject', () => {
    expect(candidates('In 2021 Peru gave Brazilian boats the right to navigate the river.').map((c) => c.verb)).toEqual(['gave']);
    expect(candidates('Chile said in June 2023 that New Zealand had closed its consulate.').map((c) => c.verb)).not.toContain('said');
    expect(candidates('Exports from Peru to Brazil rose by 12 percent in 2022.').map((c) => c.verb)).toEqual([]);
    expect(candidates('Under a 2009 accord Ghana guarantees Burkina Faso access to the port of Tema.').map((c) => c.verb)).toEqual([]);
    expect(candidates('The closure of the border angered Ghana in June 2023.').map((c) => c.verb)).toEqual([]);
  });

  it('scores by a logistic function of the features present', () => {
    expect(scoreOf(['a', 'b'], { bias: -1, a: 0.5, b: 0.5 })).toBeCloseTo(0.5, 6);
    expect(scoreOf(['a'], { bias: 0, a: Math.log(3) })).toBeCloseTo(0.75, 6);
  });
});
