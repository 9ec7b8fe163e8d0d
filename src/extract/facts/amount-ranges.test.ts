import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Every fact of a text as [quote of the value at its exact offsets, value, unit, qualifier]. */
function read(text: string, documentDate = '2026-08-20') {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.qualifier]);
}

describe('a range of amounts told with its currency once', () => {
  it('gives the second end of "EUR 78 to 86 million" the first end’s currency, not the indicator’s default', () => {
    const text = 'The Danish Energy Agency confirmed a grant of EUR 78 to 86 million for the Reykjavik shore-power project.';
    expect(read(text)).toEqual([
      ['EUR 78', 78000000, 'EUR', 'exact'],
      ['86 million', 86000000, 'EUR', 'exact'],
    ]);
  });

  it('gives the first end of "between ISK 40 and 45 billion" the second end’s scale, and each end its bound', () => {
    const text = 'Reykjavik expects trade with Denmark of between ISK 40 and 45 billion in 2026.';
    expect(read(text)).toEqual([
      ['ISK 40', 40000000000, 'ISK', 'at_least'],
      ['45 billion', 45000000000, 'ISK', 'at_most'],
    ]);
  });

  it('keeps a count after "to" a count, and a first amount with its own scale as written', () => {
    expect(read('Norway gave grants of NOK 12 million to 40 schools in Finland in 2025.')).toEqual([
      ['NOK 12 million', 12000000, 'NOK', 'exact'],
      ['40', 40, 'count', 'exact'],
    ]);
    // A second end with no scale word is not read as money: "EUR 45 to 60" may end in anything.
    expect(read('Ferry fares between Reykjavik and Aarhus ran at EUR 45 to 60 a head in 2025.').map((f) => f[0])).not.toContain('60');
    // "and" with no "between" joins two figures, not the ends of one range: the first keeps no borrowed scale.
    expect(read('Denmark paid ISK 40 and 45 billion in grants to Iceland in 2024.').map((f) => f[1])).not.toContain(40000000000);
    // "between the 5 and …" is no currency code: the three-letter word before the first end must be written in capitals.
    expect(read('Grants to Iceland rose between the 5 and 12 schools in 2024, a Danish grant of EUR 2 million said.').map((f) => f[3])).not.toContain('at_most');
  });
});
