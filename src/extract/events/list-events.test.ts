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

describe('a list a sentence introduces with a colon tells one act per item (listedActs, session 18)', () => {
  it('"signed two agreements on 14 May 2021:" then "1. …", "2. …": two signings, each quoted by its item', () => {
    const text = 'Kenya and Uganda signed two agreements in Kampala on 14 May 2021:\n1. an agreement on the standard gauge railway;\n2. a memorandum on energy.';
    expect(events(text)).toEqual([
      ['agreement_signed', '2021-05-14', 'AGREE', 69, 111, 'an agreement on the standard gauge railway', 'trigger+date+list-item'],
      ['agreement_signed', '2021-05-14', 'AGREE', 116, 138, 'a memorandum on energy', 'trigger+date+list-item'],
    ]);
  });

  it('a numbered paragraph that introduces a lettered list: the letters are its items, the next number is not', () => {
    const text = [
      'Accra, 4 March 2025',
      '',
      '1. The President of Ghana paid a state visit to Togo on 3-4 March 2025.',
      '',
      '2. During the visit the following documents were signed:',
      'a) Agreement on the joint management of the Volta basin;',
      'b) Protocol on a second border crossing at Aflao.',
      '',
      '3. The two Presidents agreed to meet again in 2026.',
    ].join('\n');
    const signed = events(text, '2025-03-04').filter((e) => e[0] === 'agreement_signed');
    expect(signed).toEqual([
      ['agreement_signed', '2025-03-03/2025-03-04', 'AGREE', 154, 206, 'Agreement on the joint management of the Volta basin', 'trigger+context-date+list-item'],
      ['agreement_signed', '2025-03-03/2025-03-04', 'AGREE', 211, 256, 'Protocol on a second border crossing at Aflao', 'trigger+context-date+list-item'],
    ]);
  });

  it.each([
    // A list after a sentence that tells no act.
    'Kenya and Uganda held talks in Kampala on 14 May 2021. The agenda covered:\n- trade and transit;\n- the railway.',
    // Siblings of the same marker are no items of the one before ("1. … the following:", "2. …").
    '1. On 2 June 2022 Kenya and Uganda agreed on the following:\n2. The text of the border treaty was published.',
  ])('gives no item an act of its own: %s', (text) => {
    expect(events(text).filter((e) => String(e[6]).includes('list-item'))).toEqual([]);
  });
});
