import { describe, expect, it } from 'vitest';
import { reportEvents } from '../../../test/helpers/events.js';

/** The acts of a text's lists: [passage start, trigger's words, date, rule]. */
const listed = (text: string, documentDate: string) =>
  reportEvents(text, documentDate)
    .filter((e) => /\+list-/.test(e.rule))
    .map((e) => [e.start, e.trigger, e.date, e.rule]);

type Row = [number, string, string, string];

/** A communiqué's lines: its heading, numbered paragraphs 1 and 2 (the second introducing the list), the list's items, and what follows after a blank line. */
function communique(heading: string, [first, intro]: [string, string], items: string[], after?: string): string[] {
  return [heading, '', `1. ${first}`, '', `2. ${intro}`, ...items, ...(after ? ['', after] : [])];
}

/** The acts of a list a sentence dated 14 May 2025 introduces with trigger `trigger`: the signing, then one per item [start, quote]. */
const signed14May = (trigger: string, items: [number, string][]): Row[] => [
  [0, trigger, '2025-05-14', 'trigger+date+list-intro'],
  ...items.map(([start, quote]): Row => [start, quote, '2025-05-14', 'trigger+date+list-item']),
];
/** Two numbered items on the Malawi–Zambia border post and power trade. */
const TWO_ITEMS = ['1. an agreement on the Mchinji border post;', '2. a memorandum on power trade.'];

/** [what the case shows, the text's lines, the document's date, the list's acts]. */
const CASES: [string, string[], string, Row[]][] = [
  [
    '"signed two agreements … on 14 May 2025:" then "1. …", "2. …": the signing and one signing per item, quoted by the item',
    ['Malawi and Zambia signed two agreements in Lilongwe on 14 May 2025:', '1. an agreement on the Mchinji border post;', '2. a memorandum on power trade.'],
    '2025-05-20',
    [
      [0, 'signed two agreements', '2025-05-14', 'trigger+date+list-intro'],
      [71, 'an agreement on the Mchinji border post', '2025-05-14', 'trigger+date+list-item'],
      [115, 'a memorandum on power trade', '2025-05-14', 'trigger+date+list-item'],
    ],
  ],
  [
    'a numbered paragraph that introduces a lettered list: the letters are its items, the next number is not',
    communique(
      'Gaborone, 4 March 2025',
      ['The President of Botswana paid a state visit to Namibia on 3-4 March 2025.', 'During the visit the following documents were signed:'],
      ['a) Agreement on the joint management of the Okavango basin;', 'b) Protocol on a second border crossing at Mamuno.'],
      '3. The two Presidents agreed to meet again in 2026.',
    ),
    '2025-03-04',
    [
      [106, 'documents were signed', '2025-03-03/2025-03-04', 'trigger+context-date+list-intro'],
      [163, 'Agreement on the joint management of the Okavango basin', '2025-03-03/2025-03-04', 'trigger+context-date+list-item'],
      [223, 'Protocol on a second border crossing at Mamuno', '2025-03-03/2025-03-04', 'trigger+context-date+list-item'],
    ],
  ],
  [
    // The signing trigger's gap used to run over the colon into "(a) the Agreement", past the sentence: no act at all.
    '"witnessed the signing of the following documents:" ends at its colon, and its items take the meeting\'s days',
    communique(
      'JOINT COMMUNIQUE',
      ['The Foreign Ministers of Malawi and Zambia met in Chipata on 9 and 10 April 2025.', 'The two Ministers witnessed the signing of the following documents:'],
      ['(a) the Agreement on the Mwami-Mchinji one-stop border post;', '(b) the Memorandum of Understanding on fisheries in Lake Malawi.'],
    ),
    '2025-04-10',
    [
      [107, 'signing of the following documents', '2025-04-09/2025-04-10', 'trigger+document-date+dateline-span+list-intro'],
      [179, 'the Agreement on the Mwami-Mchinji one-stop border post', '2025-04-09/2025-04-10', 'trigger+document-date+dateline-span+list-item'],
      [240, 'the Memorandum of Understanding on fisheries in Lake Malawi', '2025-04-09/2025-04-10', 'trigger+document-date+dateline-span+list-item'],
    ],
  ],
  [
    // An "after" clause nearer the colon is no introducing act (it was: each item a RETREAT).
    '"signed two agreements … after Zambia lifted its ban …:": the signing introduces the list, not the clause of cause',
    ['Malawi and Zambia signed two agreements in Lilongwe on 14 May 2025 after Zambia lifted its ban on Malawian maize:', ...TWO_ITEMS],
    '2025-05-20',
    signed14May('signed two agreements', [
      [117, 'an agreement on the Mchinji border post'],
      [161, 'a memorandum on power trade'],
    ]),
  ],
  [
    // A relative clause's date nearer the colon is no introducing act (it was: each item a SANCTION of 2025-03).
    '"signed two agreements … in the presence of the press, which had been expelled in March:": the signing introduces the list',
    ['Malawi and Zambia signed two agreements on 14 May 2025 in the presence of the press, which had been expelled in March:', ...TWO_ITEMS],
    '2025-05-20',
    signed14May('signed two agreements', [
      [122, 'an agreement on the Mchinji border post'],
      [166, 'a memorandum on power trade'],
    ]),
  ],
  [
    // A title with a trigger of its own ("Defence Cooperation") but no date of its own is an item of the list, dated as the signing.
    "an item whose title holds a trigger takes the signing's date, not the report's",
    [
      'Malawi and Zambia signed three agreements in Lilongwe on 14 May 2025:',
      '1. an agreement on the Mchinji border post;',
      '2. a memorandum on power trade; and',
      '3. a Memorandum of Understanding on Defence Cooperation.',
    ],
    '2025-05-20',
    signed14May('signed three agreements', [
      [73, 'an agreement on the Mchinji border post'],
      [117, 'a memorandum on power trade'],
      [153, 'a Memorandum of Understanding on Defence Cooperation'],
    ]),
  ],
  [
    // Roman numerals under a lettered item are a sub-list of their own, each numeral an item.
    'a roman sub-list "(i)", "(ii)", "(iii)" gives one act per line',
    ['Malawi and Zambia signed three agreements in Lilongwe on 14 May 2025:', '(i) an agreement on trade;', '(ii) an agreement on transit;', '(iii) a protocol on fisheries.'],
    '2025-05-20',
    signed14May('signed three agreements', [
      [74, 'an agreement on trade'],
      [102, 'an agreement on transit'],
      [133, 'a protocol on fisheries'],
    ]),
  ],
  [
    // Session 31: an exchange of documents is their signing, and a statement issued the day after the meeting speaks for its days.
    '"witnessed the exchange of the following documents:" in a statement issued the day after the meeting: its items take the meeting\'s days',
    communique(
      'JOINT PRESS STATEMENT\nChipata, 9–10 April 2025',
      ['The Foreign Ministers of Malawi and Zambia held talks in Chipata.', 'The two Ministers witnessed the exchange of the following documents:'],
      ['(a) Agreement on the Mwami-Mchinji one-stop border post;', '(b) Memorandum of Understanding on fisheries in Lake Malawi.'],
    ),
    '2025-04-11',
    [
      [121, 'exchange of the following documents', '2025-04-09/2025-04-10', 'trigger+document-date+dateline-span+list-intro'],
      [194, 'Agreement on the Mwami-Mchinji one-stop border post', '2025-04-09/2025-04-10', 'trigger+document-date+dateline-span+list-item'],
      [251, 'Memorandum of Understanding on fisheries in Lake Malawi', '2025-04-09/2025-04-10', 'trigger+document-date+dateline-span+list-item'],
    ],
  ],
];

describe('a list a sentence introduces with a colon tells one act per item (listedActs)', () => {
  it.each(CASES)('%s', (_, lines, date, acts) => {
    expect(listed(lines.join('\n'), date)).toEqual(acts);
  });

  it("replaces the event a title's own trigger tells: one act per item", () => {
    const text = ['Malawi and Zambia signed two agreements in Lilongwe on 14 May 2025:', '1. an agreement on power trade;', '2. a Memorandum of Understanding on Defence Cooperation.'].join('\n');
    expect(
      reportEvents(text, '2025-05-20')
        .filter((e) => e.start >= 103)
        .map((e) => [e.start, e.date, e.rule]),
    ).toEqual([[103, '2025-05-14', 'trigger+date+list-item']]);
  });

  it("keeps the publication day for a statement issued days after its dateline's meeting (more than `ISSUED_WITHIN`)", () => {
    const lines = communique(
      'JOINT PRESS STATEMENT\nChipata, 9–10 April 2025',
      ['The Foreign Ministers of Malawi and Zambia held talks in Chipata.', 'The two Ministers witnessed the exchange of the following documents:'],
      ['(a) Agreement on the Mwami-Mchinji one-stop border post;'],
    );
    expect(listed(lines.join('\n'), '2025-04-16')).toEqual([
      [121, 'exchange of the following documents', '2025-04-16', 'trigger+document-date+list-intro'],
      [194, 'Agreement on the Mwami-Mchinji one-stop border post', '2025-04-16', 'trigger+document-date+list-item'],
    ]);
  });

  it.each([
    // A list after a sentence that tells no act.
    'Malawi and Zambia held talks in Lilongwe on 14 May 2025. The agenda covered:\n- trade and transit;\n- the railway.',
    // Siblings of the same marker are no items of the one before ("1. … the following:", "2. …").
    '1. On 2 June 2022 Botswana and Namibia agreed on the following:\n2. The text of the border treaty was published.',
    // A colon inside a paragraph introduces no list.
    'On 14 May 2025 Malawi and Zambia signed two agreements: one on the Mchinji border post and one on power trade.',
    // A list of demands rejected: lists were measured to tell the parts of signings only.
    'On 14 May 2025 Zambia rejected the following demands:\n1. the reopening of the Mchinji border post;\n2. a ban on maize exports.',
    // Views exchanged on agreements sign none (session 31: "exchange of … documents" is a signing).
    'On 14 May 2025 the Ministers exchanged views on the following agreements:\n1. the agreement on the Mchinji border post;\n2. the memorandum on power trade.',
  ])('gives no item an act of its own: %s', (text) => {
    expect(listed(text, '2025-05-20')).toEqual([]);
  });
});
