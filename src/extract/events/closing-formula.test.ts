import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';
import { closingActs } from './closing-formula.js';

/** The signings closing formulas give (`closing-formula`): [trigger's start, trigger's words, type, date, PLOVER mode, actors]. */
function closings(text: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences })
    .events.filter((e) => e.rule === 'closing-formula')
    .map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.type, e.date, e.plover.mode, e.actors.map((a) => a.entity).sort()]);
}

/** An instrument between Ghana and Togo whose last line is `closing`. */
const memorandum = (closing: string) =>
  [
    'Memorandum of Understanding between the Government of the Republic of Ghana and the Government of the Togolese Republic on Cross-Border Markets',
    '',
    'The Government of the Republic of Ghana and the Government of the Togolese Republic (hereinafter "the Participants"),',
    '',
    'Desiring to ease the passage of traders between Aflao and Lomé,',
    '',
    'Have reached the following understanding:',
    '',
    '1. The Participants will open the joint market at Aflao to traders of both countries on six days a week.',
    '',
    '2. A joint committee of customs officers will review the arrangement each year; Ghana and Togo will each name three of its members.',
    '',
    closing,
  ].join('\n');
/** Where `memorandum`'s closing line starts. */
const CLOSING_AT = memorandum('').length;

describe('closing-formula: the closing line of a signed instrument is its signing', () => {
  it('"Done at <place> on <date>, in two originals …" closes a memorandum: the pair signed it that day', () => {
    const text = memorandum('Done at Aflao on 14 March 2025, in two originals in the English and French languages, both texts being equally authentic.');
    expect(CLOSING_AT).toBe(611);
    expect(closings(text)).toEqual([[611, 'Done at Aflao on 14 March 2025', 'agreement_signed', '2025-03-14', 'signed', ['country:GHA', 'country:TGO']]]);
  });

  it('"Signed in duplicate at <place> this 3rd day of <month year>": the day written apart from its month', () => {
    const text = memorandum('Signed in duplicate at Kpalimé this 3rd day of July 2023, in the English and French languages.');
    expect(closings(text)).toEqual([[611, 'Signed in duplicate at Kpalimé this 3rd day of July 2023', 'agreement_signed', '2023-07-03', 'signed', ['country:GHA', 'country:TGO']]]);
  });

  it('a line in bold, the date after a comma', () => {
    const text = memorandum('**Done at Lomé, 2 April 2026**');
    expect(closings(text)).toEqual([[613, 'Done at Lomé, 2 April 2026', 'agreement_signed', '2026-04-02', 'signed', ['country:GHA', 'country:TGO']]]);
  });

  it("a joint communiqué's closing line is the statement's issue", () => {
    const text = [
      'Joint Communiqué of the Fourth Session of the Kenya–Uganda Joint Permanent Commission',
      '',
      'The Fourth Session of the Joint Permanent Commission between the Republic of Kenya and the Republic of Uganda was held in Kampala.',
      '',
      'The Kenyan and Ugandan delegations reviewed the state of the Northern Corridor and the fish trade on Lake Victoria, and Uganda thanked Kenya for the new berth at Kisumu.',
      '',
      'Done at Kampala, 9 October 2024',
    ].join('\n');
    expect(closings(text)).toEqual([[text.indexOf('Done'), 'Done at Kampala, 9 October 2024', 'joint_statement', '2024-10-09', 'joint-statement', ['country:KEN', 'country:UGA']]]);
    expect(text.indexOf('Done')).toBe(390);
  });

  it('must not: prose that goes on after the date, a year with no place, a date apart from the place, a place in lower case, the title', () => {
    for (const line of [
      'Signed at Lomé on 5 May 1999, the treaty fixed the border along the Mono River.',
      'Signed in Accra on 14 March 2025 by the Minister for Trade, it enters into force on ratification.',
      'Done in 2024: the market at Aflao and the customs post at Noepe.',
      'Signed in Kpalimé after long talks on 5 May 1999.',
      'Done at the technical level on 4 June 2024.',
      'Done at Aflao on 14 March 2025 and at Lomé on 15 March 2025.',
    ])
      expect(closings(memorandum(line))).toEqual([]);
    expect(closings('Signed in Accra on 14 March 2025\n\nGhana and Togo agreed to open a joint market at Aflao.')).toEqual([]);
  });
});

describe('closing-formula after review: only the signing of two parties (session 39 review)', () => {
  it('must not: a unilateral decree, a news note and a declaration with no pair that close with the formula', () => {
    const decree = [
      'Order of the Minister of Home Affairs of the Republic of Zambia on the suspension of night crossings at Mwami with Malawi',
      '',
      'The Minister of Home Affairs of the Republic of Zambia, having regard to the thefts of goods reported at Mwami by Malawi and by Zambia, orders that the crossing between Zambia and Malawi shall close to traffic at night.',
      '',
      'Done at Lusaka on 12 February 2025.',
    ].join('\n');
    const note = ['Zambia and Malawi', '', 'Zambia has asked Malawi to open the Mwami post at night. Zambia and Malawi will talk again in March.', '', 'Done at Lusaka on 12 February 2025.'].join(
      '\n',
    );
    const declaration = [
      'Declaration of the Government of the Republic of Zambia on the fishing season',
      '',
      'The Government of the Republic of Zambia declares the fishing season on its lakes closed until further notice.',
      '',
      'Done at Lusaka on 12 February 2025.',
    ].join('\n');
    for (const text of [decree, note, declaration]) expect(closings(text)).toEqual([]);
  });

  it('a title that names no instrument, a text that names "the Parties": the pair signed it', () => {
    const text = [
      'Zambia and Malawi: Arrangement on the Mwami–Mchinji One-Stop Border Post',
      '',
      'The Government of the Republic of Zambia and the Government of the Republic of Malawi (hereinafter "the Parties") have agreed as follows:',
      '',
      '1. The Parties shall run the post at Mwami jointly; Zambia and Malawi shall each post ten customs officers there.',
      '',
      'Done at Chipata on 20 June 2025, in two originals in the English language.',
    ].join('\n');
    expect(closings(text)).toEqual([[text.indexOf('Done'), 'Done at Chipata on 20 June 2025', 'agreement_signed', '2025-06-20', 'signed', ['country:MWI', 'country:ZMB']]]);
    expect(text.indexOf('Done')).toBe(328);
  });

  it('must not: a formula in lower case on a wrapped line of a paragraph, or one inside a paragraph', () => {
    const text = memorandum('Much of the work on the new market stalls was\ndone in Lomé on 3 May 2024.');
    const { blocks } = structure(text, segmentText(text));
    expect(closingActs(text, blocks, [{ start: text.indexOf('3 May'), end: text.indexOf('3 May') + 10, edtf: '2024-05-03' } as never], new Set(['country:GHA', 'country:TGO']))).toEqual([]);
  });

  it("a communiqué's title and closing line tell one issue, of the closing line's day, not of the dateline", () => {
    const text = [
      'Joint Communique on Defence and Security Cooperation between Malawi and Zambia',
      '',
      'LILONGWE, 14 November 2024 - The Fifth Session of the Joint Permanent Commission between the Republic of Malawi and the Republic of Zambia was held in Lilongwe from 12 to 14 November 2024.',
      '',
      'The two delegations reviewed the joint patrols on Lake Malawi, and Malawi thanked Zambia for the training of its border police.',
      '',
      'Done at Lilongwe on 15 November 2024, in two originals in the English language.',
    ].join('\n');
    const { blocks, sentences } = structure(text, segmentText(text));
    const statements = extract({ text, blocks, sentences, documentDate: '2024-11-14' })
      .events.filter((e) => e.type === 'joint_statement')
      .map((e) => [e.start, e.date]);
    expect(statements).toEqual([
      [0, '2024-11-15'],
      [text.indexOf('Done'), '2024-11-15'],
    ]);
    expect(text.indexOf('Done')).toBe(399);
  });
});
