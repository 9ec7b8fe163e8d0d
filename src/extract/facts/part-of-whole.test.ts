import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.indicator, f.valueStart]);
}

/** Session 48: "Of the 52 seizures, 17 were …": the number opening the clause after the whole counts part of it. */
describe('a part of a whole the sentence opens with', () => {
  it('reads the part in the whole noun’s unit', () => {
    const text = 'Ghana and Togo\n\nOf the 52 seizures, 17 were of goods declared as bound for Togo.\n';
    expect(facts(text)).toEqual([['17', 17, 'count', 'seizures', text.indexOf('17')]]);
  });

  it('reads a part in words, and a whole with words after its noun', () => {
    const text = 'Ghana and Togo\n\nOf the 14 bids received, five were found technically compliant.\n';
    expect(facts(text)).toEqual([['five', 5, 'count', 'bids', text.indexOf('five')]]);
    const people = 'Ghana and Togo\n\nOf the 40 drivers questioned at Aflao, 22 had waited more than a day.\n';
    expect(facts(people)).toEqual([['22', 22, 'persons', 'drivers', people.indexOf('22')]]);
  });

  it('gives a list of parts the whole’s noun, bold or not', () => {
    const text = 'Ghana and Togo\n\nOf the 30 border posts, **8** are open, **12** are closed and **10** are under repair.\n';
    expect(facts(text)).toEqual([
      ['8', 8, 'count', 'border_posts', text.indexOf('8**')],
      ['12', 12, 'count', 'border_posts', text.indexOf('12')],
      ['10', 10, 'count', 'border_posts', text.indexOf('10**')],
    ]);
  });

  it('must not read a part with no verb after it, a pronoun, or a share of a budget', () => {
    for (const text of [
      'Ghana and Togo\n\nOf the two ministers, one arrived late.\n',
      'Ghana and Togo\n\nOf the 2025 budget, 40 went unspent.\n',
      'Ghana and Togo\n\nOf the 52 seizures, most were of rice.\n',
      'Ghana and Togo\n\nOf course 17 were of rice.\n',
    ])
      expect(facts(text), text).toEqual([]);
  });

  it('must not make a unit of measure the part counts: the part of a measured whole keeps the whole’s unit', () => {
    const a = 'Ghana and Togo\n\nOf the 60 tonnes impounded, 18 were cocoa beans.\n';
    expect(
      facts(a).every((f) => f[2] !== 'count' && f[3] !== 'tonnes'),
      JSON.stringify(facts(a)),
    ).toBe(true);
    const b = 'Ghana and Togo\n\nOf the 250 hectares allocated, 90 are under maize.\n';
    expect(
      facts(b).every((f) => f[2] !== 'count' && f[3] !== 'hectares'),
      JSON.stringify(facts(b)),
    ).toBe(true);
    const c = 'Ghana and Togo\n\nOf the 2,000 tonnes promised, 700 have arrived.\n';
    expect(
      facts(c).every((f) => f[2] !== 'count' && f[3] !== 'tonnes'),
      JSON.stringify(facts(c)),
    ).toBe(true);
  });
});
