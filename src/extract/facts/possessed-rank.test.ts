import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.period ?? '', f.valueStart]);
}

/** Session 48: an ordinal after a possessive and before a noun of a ranking is a place in it ("Togo remains Ghana's first trading partner"). */
describe('an ordinal after a possessive before a noun of a ranking', () => {
  it('reads the rank, held at the document’s year', () => {
    const a = 'Ghana and Togo\n\nTogo remains Ghana’s first trading partner.\n';
    expect(facts(a)).toEqual([['first', 1, 'rank', '2026', a.indexOf('first')]]);
    const b = 'Ghana and Togo\n\nTogo is our second partner after Nigeria.\n';
    expect(facts(b)).toEqual([['second', 2, 'rank', '2026', b.indexOf('second')]]);
  });

  it('reads a third or later place after a verb of standing or before a noun of trade', () => {
    const a = 'Ghana and Togo\n\nBenin is Ghana’s fourth trading partner in the region.\n';
    expect(facts(a)).toEqual([['fourth', 4, 'rank', '2026', a.indexOf('fourth')]]);
  });

  it('must not read an order: a first to act, partner countries, a visit, no possessive', () => {
    for (const text of [
      'Ghana and Togo\n\nTogo was Ghana’s first trading partner to sign the protocol.\n',
      'Ghana and Togo\n\nOur first partner countries in this programme were Togo and Benin.\n',
      'Ghana and Togo\n\nIt was Ghana’s second visit to the site this year.\n',
      'Ghana and Togo\n\nTogo’s first foreign investor in the zone was a Ghanaian bank.\n',
      'Ghana and Togo\n\nThe first trading partner to reply was Togo.\n',
      'Ghana and Togo\n\nHis first customers were Togolese traders.\n',
      'Ghana and Togo\n\nIt was Togo’s first donor conference since 2019.\n',
      'Ghana and Togo\n\nTogo hosted its second investor summit in Lomé.\n',
      'Ghana and Togo\n\nTogo’s third investor in the port zone came in 2021.\n',
      'Ghana and Togo\n\nOur fourth donor, a Danish foundation, pulled out in April.\n',
      'Ghana and Togo\n\nThe bank’s sixth customer in Lomé opened an account last week.\n',
    ])
      expect(facts(text), text).toEqual([]);
  });
});
