import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { DyadError } from '../../model/errors.js';
import type { EventAnnotation } from '../../model/annotation.js';
import { compilePloverTable, ploverTable, refineByNamed, refineByTable, triggerClause } from './plover-table.js';
import { ploverRules } from './plover-rules.js';
import { refineByClause } from './plover-lemmas.js';
import { refineByArguments } from './plover-refiners.js';

/** An untyped act (OTHER) of a sentence written for these tests (pairs of states in no eval set), its trigger the word `trigger`. */
function untyped(text: string, trigger: string): Omit<EventAnnotation, 'stage'> {
  const at = text.indexOf(trigger);
  return {
    start: 0,
    end: text.length,
    type: 'other',
    plover: { type: 'OTHER', mode: 'other' },
    date: '2019',
    dateSource: 'sentence',
    trigger: { start: at, end: at + trigger.length },
    actors: [],
    mode: 'asserted',
    confidence: 0.5,
    rule: 'trigger+date',
  };
}

/** The category and rule the table gives an untyped act. */
const byTable = (text: string, trigger: string) => {
  const e = refineByTable(text, untyped(text, trigger));
  return [e.plover.type, e.plover.mode, e.rule];
};

describe('the decision table of verb class and object class (plover-table.json, session 20)', () => {
  it('one verb class, several categories by the object: forces sent MOBILIZE, inspectors INVESTIGATE, relief AID', () => {
    expect(byTable('In 2019 Malawi, which had closed its consulate, moved two battalions to the Zambian border.', 'closed')).toEqual([
      'MOBILIZE',
      'deployment',
      'trigger+date+plover-table:forces-sent',
    ]);
    expect(byTable('In 2019 the SADC office said it had sent verifiers to Chipata and had contacted both governments.', 'contacted')).toEqual([
      'INVESTIGATE',
      'investigation',
      'trigger+date+plover-table:inspectors-sent',
    ]);
    expect(byTable('After the floods of 2019 Zambia flew tents and blankets to Malawian villages.', 'floods')).toEqual(['AID', 'humanitarian', 'trigger+date+plover-table:relief-given']);
  });

  it('a passive verb reads its subject: the trawlers were boarded, COERCE; captives freed CONCEDE; troops pulled out RETREAT', () => {
    expect(byTable('The two trawlers, both registered in Mangochi, were boarded in 2019 off Chipata.', 'registered')).toEqual(['COERCE', 'arrest', 'trigger+date+plover-table:people-stopped']);
    expect(byTable('In 2019, after the summit, Botswana released the Namibian fishermen.', 'summit')).toEqual(['CONCEDE', 'release', 'trigger+date+plover-table:captives-freed']);
    expect(byTable('In 2019 Namibia pulled its troops out of the Kasikili island.', 'island')).toEqual(['RETREAT', 'withdrawal', 'trigger+date+plover-table:forces-withdrawn']);
  });

  it('"hold" names talks (CONSULT), a cultural event (COOPERATE) or captives (COERCE) by its object', () => {
    expect(byTable('The Parties decided to hold Days of Culture of Zambia in Malawi in 2019.', 'decided')).toEqual(['COOPERATE', 'joint', 'trigger+date+plover-table:gathering-held']);
    expect(byTable('In 2019 the border commission decided to hold talks in Lilongwe.', 'decided')).toEqual(['CONSULT', 'meeting', 'trigger+date+plover-table:talks-held']);
    expect(byTable('In 2019 Zambian police held three Malawian traders at Chipata.', 'traders')).toEqual(['COERCE', 'arrest', 'trigger+date+plover-table:people-stopped']);
  });

  it("must not: forces sent to a peacekeeping mission, an embassy moved, tariffs cut, another's act in a relative clause", () => {
    expect(byTable('In 2019 Malawi moved troops to the UN peacekeeping mission in Congo.', 'Congo')).toEqual(['OTHER', 'other', 'trigger+date']);
    expect(byTable('In 2019 Malawi moved its embassy to a new building.', 'building')).toEqual(['OTHER', 'other', 'trigger+date']);
    expect(byTable('In 2019 Croatia, under the new accord, cut tariffs on Slovenian gas and oil.', 'accord')).toEqual(['OTHER', 'other', 'trigger+date']);
    expect(byTable('In 2019 Croatia opened the bridge, which Slovenian police closed to lorries and trade.', 'opened')).toEqual(['OTHER', 'other', 'trigger+date']);
    // The object is the verb's own noun phrase: soldiers named after "to blame for" are not held.
    expect(byTable('In 2019 Zambia held Malawi to blame for the capture of two of its soldiers.', 'capture')).toEqual(['OTHER', 'other', 'trigger+date']);
  });

  it('must not: an event already categorised keeps its category (the table reads OTHER only)', () => {
    const text = 'In 2012 Croatia organised a cultural festival in Ljubljana.';
    const { blocks, sentences } = structure(text);
    expect(extract({ text, blocks, sentences, documentDate: '2013' }).events.map((e) => [text.slice(e.trigger.start, e.trigger.end), e.plover.type, e.rule])).toEqual([
      ['festival', 'COOPERATE', 'trigger+date'],
    ]);
    const agreed = { ...untyped('In 2019 Zambia and Malawi agreed to hold talks.', 'agreed'), plover: { type: 'AGREE', mode: 'agreement' } };
    expect(refineByTable('In 2019 Zambia and Malawi agreed to hold talks.', agreed)).toBe(agreed);
  });

  it('no cell fits: the nearest verb of the clause whose lemma names a category, then the nearest such noun (+plover-clause)', () => {
    const clause = (text: string, trigger: string) => {
      const e = refineByClause(text, untyped(text, trigger));
      return [e.plover.type, e.rule];
    };
    expect(clause('In 2019 Malawi responded by building a depot at Mzuzu, which opened in 2020.', 'responded')).toEqual(['COOPERATE', 'trigger+date+plover-clause:open']);
    expect(clause('The road plan adopted during the visit of the Zambian president in 2019.', 'adopted')).toEqual(['CONSULT', 'trigger+date+plover-clause:visit']);
    // must not: a statement is coded by its content, not its clause; a clause with no such word stays OTHER.
    expect(clause('In 2019 Malawi completed the road to the lake.', 'completed')).toEqual(['OTHER', 'trigger+date']);
    const said = { ...untyped('In 2019 Malawi said the visit went well.', 'said'), rule: 'trigger+date+statement' };
    expect(refineByClause('In 2019 Malawi said the visit went well.', said)).toBe(said);
  });

  it('every cell has verbs; a bad cell is LEXICON_INVALID naming the file and the cell', () => {
    const objects = ploverRules().objects;
    expect(ploverTable().length).toBeGreaterThan(0);
    expect(() => compilePloverTable({ verbs: { send: [] }, cells: [] }, 'plover-table.json', objects)).toThrow(/plover-table\.json.*verbs\.send.*lower-case lemmas/);
    const bad = (cell: object) => () =>
      compilePloverTable({ verbs: { send: ['send'] }, cells: [{ id: 'x', verbs: 'send', objects: ['troops'], to: { type: 'MOBILIZE', mode: 'd' }, ...cell }] }, 'plover-table.json', objects);
    expect(bad({})).not.toThrow();
    expect(bad({ verbs: 'march' })).toThrow(DyadError);
    expect(bad({ objects: ['tanks'] })).toThrow(/plover-table\.json.*cells\[0\] "x"/);
    expect(bad({ to: { type: 'GRUMBLE', mode: 'd' } })).toThrow(DyadError);
    expect(bad({ unless: '(' })).toThrow(DyadError);
  });
});

describe('an act still OTHER takes the category of what its clause names (plover-table.json `named`, session 26)', () => {
  /** Events of a text written for these tests (Mongolia–Kazakhstan): passage and trigger offsets, trigger, type, category, date, rule. */
  const events = (text: string) => {
    const { blocks, sentences } = structure(text);
    return extract({ text, blocks, sentences, documentDate: '2024-05-02' }).events.map((e) => [
      e.start,
      e.trigger.start,
      e.trigger.end,
      text.slice(e.trigger.start, e.trigger.end),
      e.type,
      e.plover.type,
      e.date,
      e.rule,
    ]);
  };

  it("a chronology's entries: a treaty or agreements concluded AGREE, troops named MOBILIZE", () => {
    const text =
      'Mongolia and Kazakhstan: a chronology\n\n1997 – Treaty of Almaty on borders and transit.\n\n2001 – Agreements on a railway link to Khovd and on coal exploration.\n\n2011 – Mongolian troops on the Bayan-Ölgii frontier.\n';
    expect(events(text)).toEqual([
      [39, 63, 85, 'on borders and transit', 'other', 'AGREE', '1997', 'trigger+date+plover-named:agreement-named'],
      [88, 106, 156, 'on a railway link to Khovd and on coal exploration', 'other', 'AGREE', '2001', 'trigger+date+plover-named:agreement-named'],
      [159, 176, 210, 'troops on the Bayan-Ölgii frontier', 'other', 'MOBILIZE', '2011', 'trigger+date+plover-named:forces-named'],
    ]);
  });

  it('an agreement that did what its verb names no category of is the agreement concluded', () => {
    expect(events('The Almaty Agreement of 12 May 1997 transferred the pastures to Mongolia.')).toEqual([
      [0, 36, 47, 'transferred', 'other', 'AGREE', '1997-05-12', 'wordnet-verb+date+plover-named:agreement-named'],
    ]);
  });

  it('must not: polarity words decide first (an agreement violated is DISAPPROVE); nothing named stays OTHER; a saying is not read', () => {
    expect(events('In 2019 Mongolia violated the transit agreement with Kazakhstan.')).toEqual([
      [0, 17, 63, 'violated the transit agreement with Kazakhstan', 'other', 'DISAPPROVE', '2019', 'trigger+date+plover-polarity:friction'],
    ]);
    expect(events('Mongolia and Kazakhstan: a chronology\n\n2012 – Mongolian consulate in Almaty headed by a consul general.\n')).toEqual([
      [39, 56, 102, 'consulate in Almaty headed by a consul general', 'other', 'OTHER', '2012', 'trigger+date'],
    ]);
    const said = { ...untyped('In 2019 Kazakhstan said the transit agreement was under review.', 'said'), rule: 'trigger+date+statement' };
    expect(refineByNamed('In 2019 Kazakhstan said the transit agreement was under review.', said)).toBe(said);
  });

  it.each([
    // What was done to an agreement is no agreeing: it expired, was reviewed, or was quarrelled over (session 26's review).
    ['The fisheries agreement between Mongolia and Kazakhstan expired in 2019.', [[0, 56, 71, 'expired in 2019', 'other', 'OTHER', '2019', 'trigger+date']]],
    ['In 2016 Mongolia reviewed the agreement with Kazakhstan.', [[0, 17, 55, 'reviewed the agreement with Kazakhstan', 'other', 'OTHER', '2016', 'trigger+date']]],
    ['In 2009 Mongolia and Kazakhstan quarrelled over the agreement.', [[0, 32, 42, 'quarrelled', 'other', 'OTHER', '2009', 'wordnet-verb+date']]],
    // Aid ended or a loan repaid is no aid given (funding-named's `unless`).
    ['In 2013 Kazakhstan ended its aid to Mongolia.', [[0, 19, 44, 'ended its aid to Mongolia', 'other', 'OTHER', '2013', 'trigger+date']]],
    ['In 2015 the Mongolian loan to Kazakhstan was repaid.', [[0, 45, 51, 'repaid', 'other', 'OTHER', '2015', 'wordnet-verb+date']]],
    // Tariffs scrapped ease trade (penalty-named's `unless`).
    ['In 2018 the tariffs on Mongolian wool were scrapped by Kazakhstan.', [[0, 43, 51, 'scrapped', 'other', 'OTHER', '2018', 'wordnet-verb+date']]],
    // Embassy personnel are no forces (`named-forces`: not bare "personnel" or "units").
    ['In 2012 Kazakhstan replaced its embassy personnel in Ulaanbaatar.', [[0, 19, 64, 'replaced its embassy personnel in Ulaanbaatar', 'other', 'OTHER', '2012', 'trigger+date']]],
  ] as [string, unknown[][]][])('must not: what the clause names is not what was done, the act stays OTHER: %s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('forces by a military word beside "personnel" are still named: MOBILIZE', () => {
    expect(events('In 2012 Kazakhstan replaced its military personnel in Mongolia.')).toEqual([
      [0, 19, 62, 'replaced its military personnel in Mongolia', 'other', 'MOBILIZE', '2012', 'trigger+date+plover-named:forces-named'],
    ]);
  });

  it('a named cell with an unknown class or category is LEXICON_INVALID naming the file and the cell', () => {
    const objects = ploverRules().objects;
    expect(ploverTable().named?.map((c) => c.id)).toContain('agreement-named');
    const bad = (cell: object) => () =>
      compilePloverTable({ verbs: {}, cells: [], named: [{ id: 'n', objects: ['agreements'], to: { type: 'AGREE', mode: 'a' }, ...cell }] }, 'plover-table.json', objects);
    expect(bad({})).not.toThrow();
    expect(bad({ objects: ['charters'] })).toThrow(/plover-table\.json.*named\[0\] "n"/);
    expect(bad({ to: { type: 'GRUMBLE', mode: 'a' } })).toThrow(DyadError);
  });
});

describe('triggerClause: the clause of a trigger (plover-table.ts CLAUSE_BOUND)', () => {
  const clause = (text: string, trigger: string) => {
    const at = text.indexOf(trigger);
    const c = triggerClause(text, { start: 0, end: text.length, trigger: { start: at, end: at + trigger.length } });
    return text.slice(c.start, c.end);
  };

  it('does not end a clause at an initial, an abbreviation or a number’s dot', () => {
    expect(clause('Zambia said U.S. troops would train Malawian rangers.', 'train')).toBe('Zambia said U.S. troops would train Malawian rangers');
    expect(clause('Malawi shipped 3.5 tonnes of maize to Zambia.', 'shipped')).toBe('Malawi shipped 3.5 tonnes of maize to Zambia');
    expect(clause('Gen. Banda visited Lusaka; talks followed.', 'visited')).toBe('Gen. Banda visited Lusaka');
  });

  it('still ends it at a sentence’s end and before another clause', () => {
    expect(clause('Malawi protested. Zambia closed the crossing, but trade went on.', 'closed')).toBe(' Zambia closed the crossing');
  });
});

describe('refineByArguments: the words of an untyped passage type it, not a saying its setting coded', () => {
  it('a news conference an untyped act was told at stays a saying: "consultations" in what was said make no consultation', () => {
    const text = 'Spokesman John Banda told a news conference in Lusaka that the consultations had gone nowhere.';
    const e = refineByArguments(text, untyped(text, 'conference'));
    expect([e.type, e.plover.type, e.rule]).toEqual(['other', 'OTHER', 'trigger+date+plover-said']);
  });

  it('an untyped act in no press setting takes the type its words give', () => {
    const text = 'Zambia and Malawi held two sessions on the lake border in 2019.';
    const e = refineByArguments(text, untyped(text, 'held'));
    expect([e.type, e.plover.type, e.rule]).toEqual(['dialogue_mechanism', 'CONSULT', 'trigger+date+plover:session']);
  });
});
