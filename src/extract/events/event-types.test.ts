import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { compileEventTypes, eventTypes } from './event-types.js';
import { DyadError } from '../../model/errors.js';

/**
 * One sentence for each trigger no other test exercises, written in the manner of reports on
 * several pairs: [sentence, the event type and date it must give].
 */
const CASES: [string, string, string][] = [
  ['In 1997 Japanese aid to the junta was suspended after the coup.', 'aid_suspension', '1997'],
  ['A joint infrastructure fund was established in May 2012 by the two governments.', 'aid_commitment', '2012-05'],
  ['In April 2016 the Indian prime minister made a two-day trip to Riyadh.', 'leader_visit', '2016-04'],
  ['The Chilean foreign minister travelled to Lima in June 2018.', 'leader_visit', '2018-06'],
  ['In 1979 he became the first foreign leader to address the new parliament in Nairobi.', 'leader_visit', '1979'],
  ['In March 2008 Canberra welcomed the Indonesian delegation to Australia.', 'leader_visit', '2008-03'],
  ['In 2013 the new premier chose Jakarta as the destination of his first journey abroad.', 'leader_visit', '2013'],
  ['The Mombasa port expansion was financed by a Japanese loan and completed in 2016.', 'aid_project', '2016'],
  ['In 2004 a JICA loan paid for the new highway from Nairobi to Thika.', 'aid_project', '2004'],
  ['In 2010 the agency financed 14 projects in northern Uganda.', 'aid_project', '2010'],
  ['In 2003 Japan began two technical cooperation projects in the delta.', 'aid_project', '2003'],
  ['The joint committee on trade met for the first time in October 1999.', 'dialogue_mechanism', '1999-10'],
  ['In 2015 the two ministries set up a working group on fisheries.', 'dialogue_mechanism', '2015'],
  ['In July 2019 a Chilean frigate made a port call at Callao.', 'security_cooperation', '2019-07'],
  ['A donor conference on reconstruction opened in Tokyo in January 2002.', 'summit_or_meeting', '2002-01'],
  ['In November 2011 the two universities held a seminar on disaster relief.', 'summit_or_meeting', '2011-11'],
  ['A new law on foreign investment was adopted in December 1987.', 'domestic_policy', '1987-12'],
  ['In May 1994 Moscow brokered a ceasefire deal between the two armies.', 'agreement_signed', '1994-05'],
  ['In 2016 Jordan struck a deal to buy Israeli gas for fifteen years.', 'agreement_signed', '2016'],
  // A protocol is an instrument signed like an agreement, in the active and the passive.
  ['In March 2011 Malawi and Zambia signed a border protocol in Lusaka.', 'agreement_signed', '2011-03'],
  ['The Protocol of Peace and Boundaries between Malawi and Zambia was signed on 29 January 1942.', 'agreement_signed', '1942-01-29'],
  ['In March 2021 the two navies held their first joint search-and-rescue exercise off Mombasa.', 'security_cooperation', '2021-03'],
  ['Foreign-ministry consultations between Zambia and Malawi resumed in Lilongwe in April 2024.', 'dialogue_mechanism', '2024-04'],
  // Balance-of-payments support placed as a central-bank deposit (session 35).
  ['A Qatari deposit of US$ 1.5 billion was placed with the Central Bank of Egypt on 4 May 2023.', 'aid_commitment', '2023-05-04'],
  ['In June 2024 Qatar placed a further deposit of US$ 1.0 billion with the Central Bank of Egypt.', 'aid_commitment', '2024-06'],
  ['Kuwaiti deposits of US$ 4.0 billion were rolled over in January 2025.', 'aid_commitment', '2025-01'],
];

describe('a joint statement named with an accented last letter (session 40)', () => {
  it('"joint communiqué" ends its word after the "é" as "joint communique" does', () => {
    const accented = 'On 14 March 2019 Ghana and Togo issued a joint communiqué on border security.';
    expect(events(accented).map((e) => [e.trigger.start, accented.slice(e.trigger.start, e.trigger.end), e.type, e.date])).toEqual([[41, 'joint communiqué', 'joint_statement', '2019-03-14']]);
    const plain = 'In May 2021 the two ministers released a joint press communiqué.';
    expect(events(plain).map((e) => [e.trigger.start, plain.slice(e.trigger.start, e.trigger.end), e.type, e.date])).toEqual([[41, 'joint press communiqué', 'joint_statement', '2021-05']]);
  });
});

describe('memberships told in the plural (session 39)', () => {
  it('"both States became members of" a group is the pair\'s accession, of its date', () => {
    const text = 'Estonia and Latvia restored diplomatic relations in 1991. Both States became members of the European Union on 1 May 2004.';
    expect(events(text).map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.type, e.date])).toEqual([
      [19, 'restored diplomatic relations', 'diplomatic_relations', '1991'],
      [70, 'became members of', 'multilateral_membership', '2004-05-01'],
    ]);
    const founding = 'In 1967 Malaysia and Singapore became founding members of ASEAN.';
    expect(events(founding).map((e) => [e.trigger.start, founding.slice(e.trigger.start, e.trigger.end), e.type, e.date])).toEqual([
      [31, 'became founding members of', 'multilateral_membership', '1967'],
    ]);
  });

  it('must not: members named after another word of "became", or members as people', () => {
    for (const text of [
      'In 2019 the Latvian delegation became aware that three members of the commission had resigned.',
      'In 2021 two Estonian members of parliament became critics of the new border regime.',
    ])
      expect(events(text).filter((e) => e.type === 'multilateral_membership')).toEqual([]);
  });

  it('must not: people who became members, in the plural or the singular (session 39 review)', () => {
    for (const text of [
      'In 2017 three Estonian lawyers became members of the Baltic arbitration panel.',
      'Latvian hauliers in Tallinn became members of the Estonian Road Transport Association in 2015.',
      'In 2022 several Latvian and Estonian senators became members of a joint committee on energy.',
      'In 2016 a Latvian professor became a member of the Estonian Academy of Sciences.',
      'The Estonian diplomats who became members of the OSCE mission in 2014 were recalled in 2015.',
      'TALLINN, 4 May 2025 — In 2021 an Estonian admiral became a member of the NATO staff in Riga, Latvia said.',
    ])
      expect(events(text).filter((e) => /bec/.test(text.slice(e.trigger.start, e.trigger.end)) || e.type === 'multilateral_membership')).toEqual([]);
  });

  it('a state, the pair or "it" that became a member, after a time phrase (session 39 review)', () => {
    const pair = 'Lithuania and Latvia became members of the United Nations in 1991.';
    expect(events(pair).map((e) => [e.trigger.start, e.type, e.date])).toEqual([[21, 'multilateral_membership', '1991']]);
    const recalled = 'Recalling that both States became members of the Council of the Baltic Sea States in 1992,';
    expect(events(recalled).map((e) => [e.trigger.start, e.type, e.date])).toEqual([[27, 'multilateral_membership', '1992']]);
    for (const [text, start, date] of [
      ['Estonia applied in 1994, but Latvia became a member of the WTO only in February 1999.', 36, '1999-02'],
      ['Mr President, Latvia regained its freedom in August 1991, and in September 1991 we formally became a member of the United Nations.', 92, '1991-09'],
      ['Latvia restored its independence in 1991. In 1999 it became a member of the World Trade Organization.', 53, '1999'],
    ] as const)
      expect(
        events(text)
          .filter((e) => e.type === 'multilateral_membership')
          .map((e) => [e.trigger.start, e.date]),
      ).toEqual([[start, date]]);
  });
});

describe('aid deposits (session 35): must not', () => {
  it.each([
    ['Large deposits of copper were found near the Zambian border in 2019.'],
    ['Egypt deposited its instrument of ratification with Qatar in March 2023.'],
    // Private savings and a contractor's security deposit are no state's aid (review fix).
    ['Deposits of $1.4 billion were placed by Qatari households with Egyptian commercial banks in 2024, the Central Bank of Egypt said.'],
    ['A security deposit of $2 million was received from the Kuwaiti contractor before work began on the Cairo terminal in 2023.'],
  ])('%s', (text) => {
    expect(events(text).filter((e) => e.type === 'aid_commitment')).toEqual([]);
  });
});

function events(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events;
}

/** Every test file's text: where the cases of all the triggers live. */
function testSources(): string {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.test.ts')) files.push(p);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'test'));
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

describe('event types of lexicon/event-types.json', () => {
  it.each(CASES)('%s', (text, type, date) => {
    expect(events(text).map((e) => [e.type, e.date])).toContainEqual([type, date]);
  });

  it('reads joint exercises and patrols as security cooperation, a vigil as a protest, and a state’s own exercises as no cooperation', () => {
    const text = 'Zambia and Malawi began coordinated naval patrols on 2 May 2022. Relatives of the sailors held a vigil outside the Zambian embassy in Lilongwe on 4 May 2022.';
    expect(events(text).map((e) => [e.trigger.start, e.trigger.end, e.type, e.plover.type, e.date])).toEqual([
      [24, 49, 'security_cooperation', 'COOPERATE', '2022-05-02'],
      [97, 102, 'conflict_or_incident', 'PROTEST', '2022-05-04'],
    ]);
    expect(events('In 2019 Malawi held military exercises near its northern border.').map((e) => e.plover.type)).toEqual(['MOBILIZE']);
  });

  it('reads a joint exercise or patrol only right after its adjective: "bilateral trade talks and patrols" is no joint patrol', () => {
    const text = 'In May 2022 Zambia and Malawi held bilateral trade talks and patrols on the lake were stepped up.';
    expect(events(text).map((e) => [text.slice(e.trigger.start, e.trigger.end), e.type])).toEqual([['talks', 'summit_or_meeting']]);
    expect(events('In May 2022 Zambia and Malawi began joint anti-smuggling border patrols.').map((e) => [e.type, e.plover.type])).toContainEqual(['security_cooperation', 'COOPERATE']);
  });

  it('has a case for every trigger in some test', () => {
    const sources = testSources();
    const unexercised = eventTypes()
      .all.filter((t) => !new RegExp(t.re.source, t.re.flags.replace('g', '')).test(sources))
      .map((t) => `${t.type.id}: ${t.re.source}`);
    expect(unexercised).toEqual([]);
  });

  it('refuses a bad entry with LEXICON_INVALID naming the file and the entry', () => {
    const bad = (raw: unknown) => {
      try {
        compileEventTypes(raw, 'my-types.json');
      } catch (err) {
        return err instanceof DyadError ? `${err.code} ${err.message}` : String(err);
      }
      return 'accepted';
    };
    const type = (x: object) => ({ types: [{ id: 'visit', plover: { type: 'CONSULT', mode: 'visit' }, triggers: ['\\bvisited\\b'], ...x }], modes: {} });
    expect(bad(type({}))).toBe('accepted');
    expect(bad(type({ triggers: ['\\bvisit(ed'] }))).toMatch(/^LEXICON_INVALID my-types\.json: type "visit": trigger "\\\\bvisit\(ed" is not a valid regular expression/);
    expect(bad(type({ plover: { type: 'MEET', mode: '' } }))).toMatch(/^LEXICON_INVALID my-types\.json: type "visit": "plover" must be/);
    expect(bad(type({ triggers: [{ pattern: '\\bwelcomed\\b', before: 'summit' }] }))).toMatch(/ranks before unknown type "summit"/);
    expect(bad({ ...type({}), separateCategories: ['QUARREL'] })).toMatch(/separateCategories: "QUARREL" is no PLOVER category/);
    expect(bad({ ...type({}), modes: { likely: ['\\bmay\\b'] } })).toMatch(/modes\.likely: a mode is one of/);
    expect(bad({ ...type({}), notEventVerbs: ['remain'], pastEventVerbs: ['become'] })).toMatch(/pastEventVerbs: "become" is no lemma of notEventVerbs/);
    expect(bad({ ...type({}), statisticNouns: ['Tourists'] })).toMatch(/^LEXICON_INVALID my-types\.json: statisticNouns: must list lower-case plural nouns/);
    expect(bad({ ...type({}), statisticNouns: 'tourists' })).toMatch(/statisticNouns: must list/);
    expect(bad({ ...type({}), sayingVerbs: ['Say'] })).toMatch(/^LEXICON_INVALID my-types\.json: sayingVerbs: must list lower-case verb lemmas/);
    expect(bad({ ...type({}), sayingVerbs: 'say' })).toMatch(/sayingVerbs: must list/);
    expect(bad({ ...type({}), measureVerbs: ['Recorded'] })).toMatch(/^LEXICON_INVALID my-types\.json: measureVerbs: must list lower-case verb lemmas/);
    expect(bad({ ...type({}), measureVerbs: 'record' })).toMatch(/measureVerbs: must list/);
    expect(bad({ ...type({}), stateNouns: ['War'] })).toMatch(/^LEXICON_INVALID my-types\.json: stateNouns: must list/);
    expect(bad({ ...type({}), recategorise: { byAgent: [{ from: ['CAPTURE'], to: { type: 'ASSAULT', mode: '' }, agents: ['rebels'] }] } })).toMatch(
      /recategorise\.byAgent\[0\]: "from" must list PLOVER categories/,
    );
    expect(bad({ ...type({}), recategorise: { byAgent: [{ from: ['COERCE'], to: { type: 'ASSAULT', mode: '' }, agents: ['rebels('] }] } })).toMatch(
      /recategorise\.byAgent\[0\]: an agent is not a valid regular expression/,
    );
    expect(bad({ ...type({}), recategorise: { byAgent: [{ from: ['PROTEST'], to: { type: 'DISAPPROVE', mode: '' }, agentKinds: ['state'] }] } })).toMatch(
      /recategorise\.byAgent\[0\]: "agentKinds" must list entity kinds/,
    );
    expect(bad({ ...type({}), recategorise: { byAgent: [{ from: ['PROTEST'], to: { type: 'DISAPPROVE', mode: '' } }] } })).toMatch(/recategorise\.byAgent\[0\]: needs "agents"/);
    expect(bad({ ...type({}), recategorise: { negated: [{ from: ['CONCEDE'], to: { type: 'REFUSE', mode: '' } }] } })).toMatch(/recategorise\.negated\[0\]: "plover" must be/);
    const verbs = (group: object) => ({ ...type({}), verbs: { groups: [{ type: 'visit', plover: { type: 'CONSULT', mode: '' }, lemmas: ['tour'], ...group }] } });
    expect(bad(verbs({}))).toBe('accepted');
    expect(bad(verbs({ type: 'meeting' }))).toMatch(/^LEXICON_INVALID my-types\.json: verbs\.groups\[0\]: "type" must be one of the file's types/);
    expect(bad(verbs({ lemmas: ['Tour'] }))).toMatch(/verbs\.groups\[0\]: "lemmas" must be a list of lower-case words/);
    expect(bad(verbs({ forms: 'toured' }))).toMatch(/verbs\.groups\[0\]: "forms" must be a list of lower-case words/);
    expect(bad(verbs({ plover: { type: 'TRAVEL', mode: '' } }))).toMatch(/verbs\.groups\[0\]: "plover" must be/);
    const nouns = (group: object) => ({ ...type({}), nouns: { groups: [{ type: 'visit', plover: { type: 'CONSULT', mode: '' }, lemmas: ['tour'], ...group }] } });
    expect(bad(nouns({}))).toBe('accepted');
    expect(bad(nouns({ type: 'meeting' }))).toMatch(/^LEXICON_INVALID my-types\.json: nouns\.groups\[0\]: "type" must be one of the file's types/);
    expect(bad({ ...type({}), nouns: { groups: 'closure' } })).toMatch(/^LEXICON_INVALID my-types\.json: nouns\.groups: must be a list/);
  });
});
