import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** [quote of the value, value, unit, third party?] of each fact of a text, in order. */
function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2024-05-02' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.thirdParty === true]);
}

// A text on Ghana and Togo, written for this test: the pair is named most.
const opening = 'Ghana and Togo share a long border. Togo and Ghana signed a trade pact in 2019. Ghana exports power to Togo. ';

describe('figures about a third country', () => {
  it('keeps a third country in a sentence about one of the pair as the pair’s figure', () => {
    expect(facts(`${opening}In 1960 Togo was separated from Ghana by some 40 kilometres of Nigerian territory.`)).toEqual([['40 kilometres', 40, 'km', false]]);
  });

  it('marks the figures of a list of other states, each its own country’s, though the sentence names one of the pair', () => {
    expect(facts(`${opening}In 2019, Ghana's statistics office said, investment in the region came from China (US$1.2 billion), India (US$900 million) and Nigeria (US$300 million).`)).toEqual([
      ['US$1.2 billion', 1200000000, 'USD', true],
      ['US$900 million', 900000000, 'USD', true],
      ['US$300 million', 300000000, 'USD', true],
    ]);
  });

  it('marks a figure of a third country in a sentence that names neither of the pair', () => {
    expect(facts(`${opening}Nigeria exported US$5 billion of oil to China in 2019.`)).toEqual([['US$5 billion', 5000000000, 'USD', true]]);
  });
});
