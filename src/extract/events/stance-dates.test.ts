import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Events of a news text dated `day`: trigger, its offset, date and where the date came from. Sentences written for these tests. */
function events(text: string, day: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: day }).events.map((e) => ({
    trigger: text.slice(e.trigger.start, e.trigger.end),
    at: e.trigger.start,
    date: e.date,
    dateSource: e.dateSource,
  }));
}

describe("a disapproval whose date names the act it condemns is the report's (session 38)", () => {
  it('"condemned the bombing … on 2 February 2026": the bombing of that day, the condemnation of the report', () => {
    const text = 'The ministers condemned the bombing of a market in Chipata on 2 February 2026.';
    const got = events(text, '2026-03-14');
    expect(got).toContainEqual({ trigger: 'condemned', at: 14, date: '2026-03-14', dateSource: 'document' });
    expect(got).toContainEqual({ trigger: 'bombing', at: 28, date: '2026-02-02', dateSource: 'sentence' });
  });

  it('must not: a date before the verb dates the saying', () => {
    const text = 'On Friday Zambia condemned the shelling of a border village on Tuesday.';
    expect(events(text, '2026-03-14')).toContainEqual({ trigger: 'condemned', at: 17, date: '2026-03-13', dateSource: 'sentence' });
  });

  it('must not: a report dated by its year only gives no day', () => {
    const text = 'The ministers condemned the bombing of a market in Chipata on 2 February 2026.';
    expect(events(text, '2026')).toContainEqual({ trigger: 'condemned', at: 14, date: '2026-02-02', dateSource: 'sentence' });
  });

  it('must not: a protest over an act that is no violence keeps the date after its object', () => {
    const text = 'Zambia protested to Lilongwe over the closure of the Mwami border crossing on 3 March 2026.';
    expect(events(text, '2026-03-14').filter((e) => e.trigger.startsWith('protested'))).toEqual([{ trigger: 'protested to', at: 7, date: '2026-03-03', dateSource: 'sentence' }]);
  });

  it('must not: a date with no act of its own in the object dates the condemnation', () => {
    const text = "Zambia condemned Malawi's remarks about the border dispute on 2 March 2026.";
    expect(events(text, '2026-03-14').filter((e) => e.trigger === 'condemned')).toEqual([{ trigger: 'condemned', at: 7, date: '2026-03-02', dateSource: 'sentence' }]);
  });
});
