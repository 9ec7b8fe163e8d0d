import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { LEXICON_DIR } from '../../lexicon.js';
import { readPeople } from './people-data.js';

function people(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences })
    .entities.filter((e) => e.kind === 'person')
    .map((e) => [e.start, e.text, e.entity]);
}

const countries = new Set<string>(JSON.parse(readFileSync(join(LEXICON_DIR, 'countries.json'), 'utf8')).countries.map((c: { id: string }) => c.id));

describe('leaders of many states resolve by name, title and date', () => {
  it.each([
    ['In March 2023, President Yoon flew to Tokyo for talks on export controls.', [[25, 'Yoon', 'person:yoon-suk-yeol']]],
    ['In June 2023, PM Modi told reporters in Washington that ties were strong.', [[17, 'Modi', 'person:narendra-modi']]],
    ['In May 2016, Prime Minister Trudeau said Ottawa would lift visa rules for Mexicans.', [[28, 'Trudeau', 'person:justin-trudeau']]],
    ['In February 1971, Prime Minister Trudeau received the Chinese envoy.', [[33, 'Trudeau', 'person:pierre-trudeau']]],
    ['In September 2023, the Korean president addressed the assembly.', [[19, 'the Korean president', 'person:yoon-suk-yeol']]],
    [
      'In 2021, Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Brussels.',
      [
        [30, 'Kyriakos Mitsotakis', 'person:kyriakos-mitsotakis'],
        [72, 'Recep Tayyip Erdogan', 'person:recep-tayyip-erdogan'],
      ],
    ],
    ["In 2020, Erdogan's office said the Aegean talks would resume.", [[9, 'Erdogan', 'person:recep-tayyip-erdogan']]],
    ['In 2018, Japanese Foreign Minister Taro Kono visited Seoul.', [[35, 'Taro Kono', 'person:taro-kono']]],
    ['In 2022, Secretary of State Antony Blinken met his Philippine counterpart.', [[28, 'Antony Blinken', 'person:antony-blinken']]],
    ['In October 2021, Aliyev said the border commission would meet.', [[17, 'Aliyev', 'person:ilham-aliyev']]],
    ['In May 1997, Aliyev signed the oil contract in Baku.', [[13, 'Aliyev', 'person:heydar-aliyev']]],
    [
      'In 1991, President Bush met Gorbachev; in 2003, Bush spoke of Iraq.',
      [
        [19, 'Bush', 'person:george-h-w-bush'],
        [28, 'Gorbachev', 'person:mikhail-gorbachev'],
        [48, 'Bush', 'person:george-w-bush'],
      ],
    ],
    [
      'In 1995, Foreign Minister Kono met his Vietnamese counterpart; in 2018, Foreign Minister Kono did the same.',
      [
        [26, 'Kono', 'person:yohei-kono'],
        [89, 'Kono', 'person:taro-kono'],
      ],
    ],
    [
      'In 2019, Abiy Ahmed met Sisi in Cairo to discuss the dam.',
      [
        [9, 'Abiy Ahmed', 'person:abiy-ahmed'],
        [24, 'Sisi', 'person:abdel-fattah-el-sisi'],
      ],
    ],
    [
      'In 2023, Marcos hosted the Chinese envoy, whom Duterte had courted.',
      [
        [9, 'Marcos', 'person:ferdinand-marcos-jr'],
        [47, 'Duterte', 'person:rodrigo-duterte'],
      ],
    ],
    [
      'In March 2019, the British foreign minister flew to Dublin to meet the Irish Taoiseach.',
      [
        [15, 'the British foreign minister', 'person:jeremy-hunt'],
        [67, 'the Irish Taoiseach', 'person:leo-varadkar'],
      ],
    ],
    [
      'In July 2020, Pashinyan accused the Azerbaijani president of shelling Tavush.',
      [
        [14, 'Pashinyan', 'person:nikol-pashinyan'],
        [32, 'the Azerbaijani president', 'person:ilham-aliyev'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // Nobody was president of South Korea before 1948.
    ['In 1930, the Korean president was named.'],
    // No data covers 1800, and no president was called Smith.
    ['In 1800, the French president wrote to London.'],
    // A family name ending another name: the Doi Moi policy, not Daniel arap Moi.
    ['In December 1986, the Party Congress adopted the Doi Moi policy.'],
    // The same in quotation marks: the opening quote does not end the name before it.
    ["Reform began with the 'Doi Moi' (Renovation) policy in 1986."],
    ['Reform began with the “Doi Moi” policy in 1986.'],
    // A plant, in lower case.
    ['In 2020, a bush fire reached the border town.'],
    // A given name after a title whose office its owner never held: no leader.
    ['In 2001, the king met Straw hat farmers.'],
  ])('names nobody: %s', (text) => {
    expect(people(text).filter(([, , e]) => !String(e).startsWith('person:unknown:'))).toEqual([]);
  });

  // Session 25: a state's name or capital right after a given name is a family name, the two words a person ("Luís Montenegro",
  // Portugal's prime minister, was read as the state Montenegro). The state's name elsewhere, and after a function word, stays the state.
  it.each([
    ['On 3 May 2024 Prime Minister Luís Montenegro received the Chilean foreign minister in Lisbon.', [[29, 'Luís Montenegro', 'person:unknown:luis-montenegro']], ['country:CHL', 'country:PRT']],
    ['Prime ministers Gabriel Boric and Luís Montenegro met in Santiago on 3 May 2024.', [[34, 'Luís Montenegro', 'person:unknown:luis-montenegro']], ['country:CHL']],
    ['To Montenegro, the Chilean offer of 3 May 2024 came late; Montenegro answered in June.', [], ['country:MNE', 'country:CHL', 'country:MNE']],
  ])("reads a given name and a state's name as a person: %s", (text, expected, states) => {
    expect(people(text).filter(([, , e]) => String(e).startsWith('person:unknown:'))).toEqual(expected);
    const { blocks, sentences } = structure(text);
    expect(
      extract({ text, blocks, sentences })
        .entities.filter((e) => e.kind === 'country')
        .map((e) => e.entity),
    ).toEqual(states);
  });

  // Session 27: a family name the data knows followed by a word that goes on a name is another person's given name
  // ("Gabriel Boric" was Sigmar Gabriel, Germany's foreign minister); the family name alone, or before a word that
  // goes on no name ("the Abe Cabinet"), still names the person.
  it.each([
    ['On 3 May 2024 Chilean President Gabriel Boric received the Latvian foreign minister.', [[32, 'Gabriel Boric', 'person:unknown:boric-gabriel']]],
    ['In 2017, Foreign Minister Gabriel met his Latvian counterpart in Riga.', [[26, 'Gabriel', 'person:sigmar-gabriel']]],
    ['In 2014, the Abe Cabinet approved the loan to Mongolia.', [[13, 'Abe', 'person:shinzo-abe']]],
    // A headline in title case: the word after the name is a verb or a noun of the headline.
    [
      'Erdogan Visit Sparks Protests in Riga\n\nOn 3 May 2016 the Turkish president arrived in Latvia.',
      [
        [0, 'Erdogan', 'person:recep-tayyip-erdogan'],
        [53, 'the Turkish president', 'person:recep-tayyip-erdogan'],
      ],
    ],
  ])('reads a known family name before another name as a given name: %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  // Session 27: a monarch's or pope's regnal number is part of the name ("King Harald V" was "Harald", "Pope Leo XIV" the
  // organisation-like name "Pope Leo"); a lone "I" after a name is the pronoun.
  it.each([
    ['On 3 May 2026 Pope Leo XIV received the Mongolian president in the Vatican.', [[19, 'Leo XIV', 'person:unknown:leo-xiv']]],
    ['In 2025, King Harald V of Norway opened the Latvian embassy.', [[14, 'Harald V', 'person:unknown:harald-v']]],
    // A numeral on the next line opens a list item, and a lone "X" is the platform: neither ends the name.
    ['In May 2026 Minister Tanaka met his Latvian counterpart.\nII. Trade and investment', [[21, 'Tanaka', 'person:unknown:tanaka']]],
    ['On 3 May 2026 Senator Ozols X posted that Latvia would act.', [[22, 'Ozols', 'person:unknown:ozols']]],
  ])('reads a regnal number as part of the name: %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('keeps "President Smith" a name of its own: the Smith of the data was never president', () => {
    expect(people('In 1800, President Smith spoke.')).toEqual([[19, 'Smith', 'person:unknown:smith']]);
  });
});

describe('people data', () => {
  it('validates every file of the lexicon', () => {
    const data = readPeople(LEXICON_DIR, countries);
    expect(data.people.length).toBeGreaterThan(900);
  });

  function lexiconWith(entry: object): string {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-people-'));
    copyFileSync(join(LEXICON_DIR, 'people.json'), join(dir, 'people.json'));
    mkdirSync(join(dir, 'people'));
    writeFileSync(join(dir, 'people', 'extra.json'), JSON.stringify({ people: [entry] }));
    return dir;
  }

  it.each([
    [{ name: 'Ana Bad', aliases: [], familyFirst: false, offices: [{ office: 'grand-vizier', country: 'TUR', from: '1990', to: '1991' }] }, 'unknown office "grand-vizier"'],
    [{ name: 'Ana Bad', aliases: [], familyFirst: false, offices: [{ office: 'president', country: 'TUR', from: '1999-05', to: '1991' }] }, '"from" 1999-05 is after "to" 1991'],
    [{ name: 'Ana Bad', aliases: [], familyFirst: false, offices: [{ office: 'president', from: '1990', to: '1991' }] }, 'missing country'],
    [{ name: 'Ana Bad', aliases: [], familyFirst: false, offices: [{ office: 'president', country: 'XXX', from: '1990', to: '1991' }] }, 'unknown country "XXX"'],
    [{ name: 'Ana Bad', aliases: [], familyFirst: false, offices: [{ office: 'president', country: 'TUR', from: 'May 1990', to: null }] }, '"from" must be an ISO date'],
    [{ name: 'Shinzo Abe', aliases: [], familyFirst: true, offices: [{ office: 'prime-minister', country: 'JPN', from: '2006', to: '2007' }] }, 'is also in'],
  ])('refuses a bad entry, naming the file and the entry (%#)', (entry, problem) => {
    const dir = lexiconWith(entry);
    const read = () => readPeople(dir, countries);
    expect(read).toThrow(expect.objectContaining({ code: 'LEXICON_INVALID' }));
    expect(read).toThrow(problem);
    expect(read).toThrow(new RegExp(`extra\\.json: people\\[0\\] "${(entry as { name: string }).name}"`));
  });
});
