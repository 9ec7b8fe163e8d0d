import { describe, expect, it } from 'vitest';
import { fold } from '../../extract/fold.js';
import { readLexicon } from '../../lexicon.js';
import { compileStateLexicon, firstMatch, stateLexicon } from './state-lexicon.js';
import { levelIn, partnershipSteps } from './partnership.js';
import type { KnowledgeEvent } from '../annotation-queries.js';
import { mechanismsIn } from './mechanisms.js';
import { agreementIn } from './agreements.js';
import { statedIn } from './stated.js';
import { scopeOf } from './series.js';
import { byThen } from './common.js';

/** [sentence, level id, name as written]: one case for every level of lexicon/state.json. */
const LEVELS: [string, string, string][] = [
  ['In November 2023 the two countries elevated their relations to a Comprehensive Strategic Partnership.', 'comprehensive-strategic-partnership', 'Comprehensive Strategic Partnership'],
  ['In March 2014 the leaders agreed to raise ties to an extensive strategic partnership for peace and prosperity.', 'extensive-strategic-partnership', 'extensive strategic partnership'],
  ['In 2014 the two countries upgraded to a Special Strategic and Global Partnership.', 'special-strategic-partnership', 'Special Strategic and Global Partnership'],
  [
    'In 2009 the two countries upgraded their relationship to a "Strategic Partnership for Peace and Prosperity in Asia."',
    'strategic-partnership',
    'Strategic Partnership for Peace and Prosperity in Asia',
  ],
  ['In 2013 the two sides set up a comprehensive partnership.', 'comprehensive-partnership', 'comprehensive partnership'],
  ['In July 2004 the leaders issued a joint statement "Toward a Higher Sphere of Enduring Partnership".', 'partnership', 'Toward a Higher Sphere of Enduring Partnership'],
  ['On 21 September 1973 the two states established diplomatic relations.', 'diplomatic-relations', 'diplomatic relations'],
];

/** [sentence, mechanism names, level id, frequency id]: every mechanism level and frequency. */
const MECHANISMS: [string, string[], string | null, string | null][] = [
  ["The prime ministers hold an Annual Leaders' Meeting, a summit alternating between the capitals.", ["Annual Leaders' Meeting"], 'summit', 'annual'],
  ['At the end of 2010 the Japan-Viet Nam Strategic Partnership Dialogue (at the vice minister level) started.', ['Japan-Viet Nam Strategic Partnership Dialogue'], 'vice-minister', null],
  ['As for the foreign minister level, the annual meeting of the Japan-Viet Nam Cooperation Committee started in 2007.', ['Japan-Viet Nam Cooperation Committee'], 'minister', 'annual'],
  ['The Kenya-Uganda Joint Permanent Commission met in Kampala in 2019 with senior officials from both sides.', ['Kenya-Uganda Joint Permanent Commission'], 'senior-officials', null],
  ['A working-level India-China Working Mechanism for Consultation and Coordination met every two years from 2012.', ['India-China Working Mechanism for Consultation'], 'working', 'biennial'],
  ['Defence officials of the two countries meet twice a year at the Australia-Indonesia Defence Strategic Dialogue.', ['Australia-Indonesia Defence Strategic Dialogue'], null, 'twice-yearly'],
  ['The Ghana-Nigeria Joint Commission for Cooperation has met regularly since 1990.', ['Ghana-Nigeria Joint Commission for Cooperation'], null, 'regular'],
];

/** [sentence, office id] for every office of lexicon/state.json. */
const OFFICES: [string, string][] = [
  ['The Prime Minister visited Tokyo in 2019.', 'prime-minister'],
  ['The President visited Canberra in 2020.', 'president'],
  ['The party chief visited Beijing in 2017.', 'general-secretary'],
  ['The Minister of Foreign Affairs visited Seoul in 2015.', 'foreign-minister'],
  ['The defence minister visited Manila in 2016.', 'defence-minister'],
  ['The Crown Prince visited Hanoi in 2009.', 'royalty'],
  ['The commander of the Navy visited Japan in December 2011.', 'military-commander'],
  ['The Speaker of the House visited Hanoi in 2015.', 'speaker'],
];

describe('lexicon/state.json', () => {
  it('names a level and the words the source uses for it', () => {
    for (const [sentence, level, name] of LEVELS) expect(levelIn(sentence), sentence).toEqual({ level, name });
    expect(levelIn('The two countries held talks on fisheries in 2012.')).toBeUndefined();
  });

  it('names mechanisms, their level and how often they are held', () => {
    const lex = stateLexicon().mechanisms;
    for (const [sentence, names, level, frequency] of MECHANISMS) {
      expect(mechanismsIn(sentence), sentence).toEqual(names);
      expect(firstMatch(lex.levels, fold(sentence))?.id ?? null, sentence).toBe(level);
      expect(firstMatch(lex.frequencies, fold(sentence))?.id ?? null, sentence).toBe(frequency);
    }
  });

  it('leaves out a person’s title, a body of a group of states and a head alone', () => {
    expect(mechanismsIn("In March 2014 the Chairman of Japan's National Public Safety Commission visited Hanoi.")).toEqual([]);
    expect(mechanismsIn('Both attended the ASEAN Regional Forum in 2013.')).toEqual([]);
    expect(mechanismsIn('The Forum met in 2014.')).toEqual([]);
  });

  it('names the office a passage gives when no known person is named', () => {
    const lex = stateLexicon().visits;
    for (const [sentence, office] of OFFICES) expect(firstMatch(lex.offices, fold(sentence))?.id, sentence).toBe(office);
  });

  it('has a case for every level, mechanism level, frequency and office', () => {
    const lex = stateLexicon();
    const ids = (list: (string | null)[]) => [...new Set(list.filter(Boolean))].sort();
    expect(ids(LEVELS.map((c) => c[1]))).toEqual(ids(lex.partnership.levels.map((p) => p.id)));
    expect(ids(MECHANISMS.map((c) => c[2]))).toEqual(ids(lex.mechanisms.levels.map((p) => p.id)));
    expect(ids(MECHANISMS.map((c) => c[3]))).toEqual(ids(lex.mechanisms.frequencies.map((p) => p.id)));
    expect(ids(OFFICES.map((c) => c[1]))).toEqual(ids(lex.visits.offices.map((p) => p.id)));
  });

  it('refuses a bad file, naming the file and the entry', () => {
    const good = readLexicon('state.json');
    const bad = (patch: (raw: any) => void) => {
      const raw = structuredClone(good);
      patch(raw);
      return () => compileStateLexicon(raw, 'state.json');
    };
    expect(bad((r) => delete r.visits)).toThrow('state.json: visits: section is missing');
    expect(bad((r) => r.visits.events.push('parade'))).toThrow(/state\.json: visits\.events "parade": is no event type/);
    expect(bad((r) => (r.partnership.levels[0].pattern = '(unclosed'))).toThrow(/partnership\.levels "comprehensive-strategic-partnership": "\(unclosed" is no valid regular expression/);
    expect(bad((r) => r.mechanisms.levels.push({ id: 'summit', pattern: 'x' }))).toThrow('state.json: mechanisms.levels "summit": is given twice');
    expect(bad((r) => (r.agreements.events = ['agreement_signed']))).toThrow('state.json: agreements.events: must map event types to a status');
  });
});

describe('agreement names', () => {
  const cases: [string, string | undefined][] = [
    ['In December 2008, the Japan-Viet Nam EPA was signed.', 'Japan-Viet Nam EPA'],
    [
      'In 2011, the two defense ministers signed the Memorandum of Understanding on Japan–Vietnam Defense Cooperation and Exchange.',
      'Memorandum of Understanding on Japan–Vietnam Defense Cooperation and Exchange',
    ],
    ['After the war Tokyo signed a reparations agreement in May 1959.', 'reparations agreement'],
    ['The two sides signed nothing in 2012.', undefined],
  ];
  it.each(cases)('%s', (sentence, name) => expect(agreementIn(sentence)).toBe(name));

  it("takes the name before the event's year in a list, and leaves a place before a name out", () => {
    const list = 'Agreements signed over the years include the Trade Agreement (1975), the Air Services Agreement (1979) and the Tourism Cooperation Agreement (1999).';
    expect(['1975', '1979', '1999'].map((y) => agreementIn(list, y))).toEqual(['Trade Agreement', 'Air Services Agreement', 'Tourism Cooperation Agreement']);
    expect(agreementIn('On 22 January 1963 the two leaders signed in Paris the Elysée Treaty.')).toBe('Elysée Treaty');
  });
});

describe('figures as stated', () => {
  const cases: [string, number, string | null][] = [
    ['The amount of bilateral trade was merely US\\$5 million in 1990.', 5e6, 'US\\$5 million'],
    ['Two-way trade reached A$17.8 billion in 2019.', 17.8e9, 'A$17.8 billion'],
    ['Japan pledged ¥100 billion in loans.', 100e9, '¥100 billion'],
    ['146,956 Vietnamese visited Japan in 2015.', 146956, '146,956'],
    ['Trade doubled to about thirty billion dollars.', 30e9, null],
  ];
  it.each(cases)('%s', (sentence, value, stated) => expect(statedIn(sentence, value)).toBe(stated));
});

describe('scope of a period and cutting at a date', () => {
  it('tells a year or less from a span of years', () => {
    expect(['2015', '2015-03', '2015-03-01', '2015-03/2015-06'].map(scopeOf)).toEqual(['annual', 'annual', 'annual', 'annual']);
    expect(['1992/2019', '199X', '2013/..'].map(scopeOf)).toEqual(['multi-year', 'multi-year', 'multi-year']);
  });

  it('keeps what had happened by the end of the date', () => {
    expect(byThen('2008-12', '2008')).toBe(true);
    expect(byThen('2009-01', '2008')).toBe(false);
    expect(byThen('2008', '2008-06')).toBe(true);
    expect(byThen('2008-07', '2008-06')).toBe(false);
  });
});

describe('partnership steps', () => {
  const DOC = 'chile_peru_relations.txt';
  let at = 0;
  /** An asserted event between Chile and Peru told by one sentence of DOC. */
  const told = (type: string, date: string, quote: string): KnowledgeEvent => {
    const start = at;
    at += quote.length + 1;
    return {
      id: `ev-${start}`,
      type,
      plover: { type: 'COOPERATE', mode: '' },
      date,
      dateSource: 'sentence',
      actors: [
        { name: 'Chile', role: 'actor' },
        { name: 'Peru', role: 'actor' },
      ],
      location: null,
      mode: 'asserted',
      confidence: 0.9,
      thirdParty: false,
      mentions: [{ doc: DOC, start, end: start + quote.length, quote, date }],
    };
  };
  const pairs = [{ codes: ['CHL', 'PER'], docs: [DOC] }];

  it('dates a level once, at its first dating; the level restated under a later title cites, never steps', () => {
    const events = [
      told('partnership_upgrade', '2016-07', 'In July 2016 Chile and Peru raised their relations to a Strategic Partnership.'),
      told('joint_statement', '2019', 'In 2019 the presidents of Chile and Peru reviewed the "Strategic Partnership for Integration and Development" in Lima.'),
      told('partnership_upgrade', '2016', 'Chile and Peru have been strategic partners since 2016, when they agreed a Strategic Partnership.'),
      told('partnership_upgrade', '2023-11', 'In November 2023 Chile and Peru upgraded their ties to a Comprehensive Strategic Partnership.'),
      told('joint_statement', '2025', 'Chile and Peru marked the second year of their Comprehensive Strategic Partnership in 2025.'),
    ];
    const steps = partnershipSteps(events, pairs);
    expect(steps.map((s) => [s.date, s.level, s.name])).toEqual([
      ['2016-07', 'strategic-partnership', 'Strategic Partnership'],
      ['2023-11', 'comprehensive-strategic-partnership', 'Comprehensive Strategic Partnership'],
    ]);
    expect(steps[0]!.citations.map((c) => c.quote.slice(0, 24))).toEqual(['Chile and Peru have been', 'In July 2016 Chile and P', 'In 2019 the presidents o']);
    expect(steps[1]!.citations).toHaveLength(2);
  });
});
