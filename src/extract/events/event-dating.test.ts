import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Events of a text with their dates, in paragraphs written in the manner of government histories and wire reports. */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, ...(documentDate ? { documentDate } : {}) }).events.map((e) => ({
    date: e.date,
    dateSource: e.dateSource,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    type: e.type,
  }));
}

describe("an act set on an occasion takes the occasion's date (session 10)", () => {
  it('"During the president\'s visit" is the visit\'s date, not the last date told before it', () => {
    const text =
      "President Ruto paid a state visit to Indonesia on 12–14 May 2023. He also attended the regional forum held in Jakarta on 2–3 May 2023. During President Ruto's visit, four bilateral agreements were signed.";
    const signed = events(text).find((e) => e.type === 'agreement_signed');
    expect(signed).toMatchObject({ date: '2023-05-12/2023-05-14', dateSource: 'context' });
  });

  it('"During the stand-off" is the stand-off\'s day in news', () => {
    const text =
      'The standoff occurred on Saturday near the disputed atoll. Manila lodged a protest on Monday.\n\nDuring the stand-off, one patrol boat was rammed by a Vietnamese fishing vessel, the coast guard said.';
    const rammed = events(text, '2022-06-14').filter((e) => e.trigger === 'rammed');
    expect(rammed.map((e) => [e.date, e.dateSource])).toEqual([['2022-06-11', 'context']]);
  });
});

describe('"at the time" points back to the act told just before (session 10)', () => {
  it('takes the date of the main clause before, not a date it mentions after it', () => {
    const text = 'Lima recalled its ambassador from Santiago on March 3, accusing Chile of backing smugglers it blames for a fuel shortage in February. Santiago rejected the accusations at the time.';
    const rejected = events(text, '2022-04-20').find((e) => e.trigger === 'rejected');
    expect(rejected).toMatchObject({ date: '2022-03-03', dateSource: 'context' });
  });
});
