import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** A bill's explanatory memorandum written for these tests, tabled on 12 October 2026 (issue 10; `consultation-period.ts`). */
function events(text: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate: '2026-10-12' }).events.map((e) => [text.slice(e.trigger.start, e.trigger.end), e.date]);
}

const memo = [
  'Government Bill 2026/27:41',
  'Tabled on 12 October 2026 by the Minister for Infrastructure',
  '',
  '6. Consultation',
  '',
  'A draft of the bill was sent for consultation on 2 May 2026 with a deadline of 15 June 2026. Responses were received from 31 bodies.',
  '',
  'The Swedish Transport Administration supported the bill. The Farmers’ Federation protested against the route through the Torne valley.',
  '',
  'The Ministry has rejected this request, as the route follows the existing rail corridor.',
  '',
  '7. Relationship to EU law',
  '',
  'Finland protested against the tariff rules.',
].join('\n');

describe("a consultation's responses fall in its period", () => {
  it('dates the responses in the consultation section by the period, not by the day the bill was tabled', () => {
    const found = events(memo);
    expect(found.filter((e) => e[0] === 'protested against')[0]).toEqual(['protested against', '2026-05-02/2026-06-15']);
  });

  it("must not date the ministry's present perfect, nor an act under the next heading, by the period", () => {
    const found = events(memo);
    expect(found.filter((e) => e[0] === 'rejected')).toEqual([['rejected', '2026-10-12']]);
    expect(found.filter((e) => e[0] === 'protested against')).toEqual([
      ['protested against', '2026-05-02/2026-06-15'],
      ['protested against', '2026-10-12'],
    ]);
    // "after consultation with the regions" gives no period.
    const plain = memo.replace('was sent for consultation on 2 May 2026 with a deadline of 15 June 2026', 'was prepared after consultation with the regions');
    expect(events(plain).filter((e) => e[0] === 'protested against')[0]).toEqual(['protested against', '2026-10-12']);
  });
});

describe("only a consulted body's response takes the period (review fix, issue 10)", () => {
  /** News written for these tests, published on 10 July 2026. */
  function news(text: string) {
    const { blocks, sentences } = structure(text, segmentText(text));
    return extract({ text, blocks, sentences, documentDate: '2026-07-10' }).events.map((e) => [text.slice(e.trigger.start, e.trigger.end), e.date]);
  }

  it("must not give a state's acts told after a consultation the consultation's period", () => {
    const ran =
      'Ecuador and Colombia: tuna dispute deepens\n\nThe consultation on the catch limit ran from 4 June 2026 to 2 July 2026, Quito said.\n\nEcuador expelled two Colombian diplomats. Colombia protested against the expulsions.';
    expect(news(ran).filter((e) => e[0] === 'expelled')).toEqual([['expelled', '2026-07-10']]);
    const levy =
      'Ecuador and Colombia: row over port levy\n\nQuito put the levy out for consultation from 4 June 2026 to 2 July 2026.\n\nColombia summoned the Ecuadorian ambassador. Ecuador threatened to close the port of Esmeraldas.';
    const found = news(levy);
    expect(found.filter((e) => e[0] === 'summoned')).toEqual([['summoned', '2026-07-10']]);
    expect(found.filter((e) => e[0]!.startsWith('threatened')).map((e) => e[1])).toEqual(['2026-07-10']);
  });

  it('ends the consultation section at a plain title line', () => {
    const plain = memo.replace('6. Consultation', 'Consultation').replace('7. Relationship to EU law', 'Background');
    const found = events(plain).filter((e) => e[0] === 'protested against');
    expect(found).toEqual([
      ['protested against', '2026-05-02/2026-06-15'],
      ['protested against', '2026-10-12'],
    ]);
  });
});
