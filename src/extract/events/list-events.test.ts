import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** The events of a text: [type, date, PLOVER category, start, end, trigger's words, rule]. */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, ...(documentDate ? { documentDate } : {}) }).events.map((e) => [
    e.type,
    e.date,
    e.plover.type,
    e.start,
    e.end,
    text.slice(e.trigger.start, e.trigger.end),
    e.rule,
  ]);
}

const listed = (rows: ReturnType<typeof events>) => rows.filter((e) => /\+list-/.test(String(e[6])));

describe('a list a sentence introduces with a colon tells one act per item (listedActs)', () => {
  it('"signed two agreements … on 14 May 2025:" then "1. …", "2. …": the signing and one signing per item, quoted by the item', () => {
    const text = 'Malawi and Zambia signed two agreements in Lilongwe on 14 May 2025:\n1. an agreement on the Mchinji border post;\n2. a memorandum on power trade.';
    expect(events(text)).toEqual([
      ['agreement_signed', '2025-05-14', 'AGREE', 0, 67, 'signed two agreements', 'trigger+date+list-intro'],
      ['agreement_signed', '2025-05-14', 'AGREE', 71, 110, 'an agreement on the Mchinji border post', 'trigger+date+list-item'],
      ['agreement_signed', '2025-05-14', 'AGREE', 115, 142, 'a memorandum on power trade', 'trigger+date+list-item'],
    ]);
  });

  it('a numbered paragraph that introduces a lettered list: the letters are its items, the next number is not', () => {
    const text = [
      'Gaborone, 4 March 2025',
      '',
      '1. The President of Botswana paid a state visit to Namibia on 3-4 March 2025.',
      '',
      '2. During the visit the following documents were signed:',
      'a) Agreement on the joint management of the Okavango basin;',
      'b) Protocol on a second border crossing at Mamuno.',
      '',
      '3. The two Presidents agreed to meet again in 2026.',
    ].join('\n');
    expect(listed(events(text, '2025-03-04'))).toEqual([
      ['agreement_signed', '2025-03-03/2025-03-04', 'AGREE', 106, 159, 'documents were signed', 'trigger+context-date+list-intro'],
      ['agreement_signed', '2025-03-03/2025-03-04', 'AGREE', 163, 218, 'Agreement on the joint management of the Okavango basin', 'trigger+context-date+list-item'],
      ['agreement_signed', '2025-03-03/2025-03-04', 'AGREE', 223, 269, 'Protocol on a second border crossing at Mamuno', 'trigger+context-date+list-item'],
    ]);
  });

  it('"witnessed the signing of the following documents:" ends at its colon, and its items take the meeting\'s days', () => {
    // The signing trigger's gap used to run over the colon into "(a) the Agreement", past the sentence: no act at all.
    const text = [
      'JOINT COMMUNIQUE',
      '',
      '1. The Foreign Ministers of Malawi and Zambia met in Chipata on 9 and 10 April 2025.',
      '',
      '2. The two Ministers witnessed the signing of the following documents:',
      '(a) the Agreement on the Mwami-Mchinji one-stop border post;',
      '(b) the Memorandum of Understanding on fisheries in Lake Malawi.',
    ].join('\n');
    expect(listed(events(text, '2025-04-10'))).toEqual([
      ['agreement_signed', '2025-04-09/2025-04-10', 'AGREE', 107, 174, 'signing of the following documents', 'trigger+document-date+dateline-span+list-intro'],
      ['agreement_signed', '2025-04-09/2025-04-10', 'AGREE', 179, 234, 'the Agreement on the Mwami-Mchinji one-stop border post', 'trigger+document-date+dateline-span+list-item'],
      ['agreement_signed', '2025-04-09/2025-04-10', 'AGREE', 240, 299, 'the Memorandum of Understanding on fisheries in Lake Malawi', 'trigger+document-date+dateline-span+list-item'],
    ]);
  });

  it.each([
    // A list after a sentence that tells no act.
    'Malawi and Zambia held talks in Lilongwe on 14 May 2025. The agenda covered:\n- trade and transit;\n- the railway.',
    // Siblings of the same marker are no items of the one before ("1. … the following:", "2. …").
    '1. On 2 June 2022 Botswana and Namibia agreed on the following:\n2. The text of the border treaty was published.',
    // A colon inside a paragraph introduces no list.
    'On 14 May 2025 Malawi and Zambia signed two agreements: one on the Mchinji border post and one on power trade.',
  ])('gives no item an act of its own: %s', (text) => {
    expect(events(text).filter((e) => String(e[6]).includes('list-item'))).toEqual([]);
  });
});
