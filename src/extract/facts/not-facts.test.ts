import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2025-10-02' }).facts;
}

/**
 * Numbers that GUIDELINES.md says are no facts (years, page, section and article numbers,
 * footnote markers, durations, targets), and the numbers of prose that measure nothing about
 * the states (ages, ordinals of congresses and meetings, dates, labels, telephone numbers, "the
 * two sides", rhetoric): sentences written for this test in the manner of reports and overviews.
 */
describe('numbers that are not facts', () => {
  it.each([
    // Years and dates.
    'Diplomatic relations between Portugal and Iceland were opened in 1948.',
    'The two leaders spoke by telephone on 3 March 2024.',
    'Zambia ratified the water convention on 4 May 2018, Malawi on 9 August 2018.',
    // Days listed before their month are all parts of the date.
    'Residents of Latvian and Portuguese border towns met on 8 and 9 October in Riga.',
    'Senior officials of Iceland and Malta met on 3, 4 and 5 May to prepare the visit.',
    // Page, article, section and resolution numbers; a road's.
    'See page 14 of the 2019 annual report of the Kenyan trade ministry.',
    'Article 5 of the treaty binds Peru and Ecuador to settle disputes peacefully.',
    'Under Resolution 242, Israel was asked to withdraw from the occupied territories.',
    'Section 3.2 of the agreement covers customs cooperation between Ghana and Togo.',
    'Route 9 links Santa Cruz in Bolivia with the Brazilian border.',
    // Ages, after a name or a noun of a person.
    'The Ghanaian president, 64, met his Togolese counterpart in Lomé.',
    'President Ruto, 56, met the Ugandan envoy in Kampala.',
    // Durations.
    'Belgium and the Netherlands have shared river gauge data for twelve years.',
    'The talks between Chile and Argentina lasted three days.',
    // Targets.
    'Trade between Peru and Bolivia should reach $5 billion by 2030.',
    'The two countries aim to raise bilateral trade to USD 10 billion within five years.',
    // Ordinals of congresses, meetings and anniversaries; parts of a year.
    'The 19th Party Congress in Hanoi set out the foreign policy line.',
    'The first meeting of the joint commission took place in Quito.',
    'The summit was held on the 50th anniversary of diplomatic relations.',
    'Both sides agreed to meet again in the second half of the year.',
    // A number after "the" points back at people already counted.
    'Malta agreed to free the 23 Tunisians it held.',
    // … and is read by no other pattern: "traders" names no trade figure (value-reader.ts, COUNTED).
    'Lilongwe demanded the release of the 12 Malawians, most of them traders held at a Zambian market.',
    // The parties themselves, and "one of".
    'The three countries signed the declaration in Brasília.',
    'One of the main topics was the border between Peru and Ecuador.',
    // Rhetoric: a figure an intensified comparison names.
    'Shutting the ferry line would cost Lisbon far more than a hundred protest letters from Reykjavik.',
    // A telephone number.
    'Call the embassy of Ghana on +233 30 221 1234 for visas.',
    // A bare number near a word of money with no currency stated in its paragraph: no amount in that indicator's usual currency.
    'Loan agreement No. 2417 between Korea and Ghana entered into force in 2025.',
    'Peru and Chile signed the loan protocol in Lima, and 14 of its 31 articles concern the port.',
    // A caption file's timecodes (WebVTT) around a line that names a loan.
    '00:02:16.400 --> 00:02:22.900\n>> last tuesday the guatemalan congress approved the loan for the border post',
  ])('%s', (sentence) => {
    expect(facts(sentence)).toEqual([]);
  });
});

describe('a number in digits after "the" whose group is told by whose it is counts (value-reader.ts COUNTED)', () => {
  it('reads "the 1,500 troops of its contingent" as a first mention', () => {
    const text = 'In 2019 Lesotho sent the 1,500 troops of its contingent to Eswatini.';
    expect(facts(text).map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit])).toEqual([['1,500', 1500, 'persons']]);
  });
});

describe('a figure in a would/could/might or forecast clause is kept, marked projected (fact-finder.ts HYPOTHETICAL)', () => {
  it.each([
    ['Lesotho said the accord would cut tariffs on Eswatini sugar by US$40 million in 2028.', 'US$40 million', 'projected'],
    ['Exports from Lesotho to Eswatini are expected to reach US$90 million in 2029.', 'US$90 million', 'projected'],
    ['Exports from Lesotho to Eswatini reached US$70 million in 2024.', 'US$70 million', 'exact'],
  ])('%s', (text, value, qualifier) => {
    expect(facts(text).map((f) => [text.slice(f.valueStart, f.valueEnd), f.qualifier])).toEqual([[value, qualifier]]);
  });
});

describe('an intensified comparison with a number in digits keeps its figure (no-quantity.ts RHETORIC)', () => {
  it('reads "far more than 500 troops" as a lower bound', () => {
    const text = 'Zambia has sent far more than 500 troops to the Malawi border since 2019.';
    expect(facts(text).map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.qualifier])).toEqual([['500', 500, 'persons', 'more_than']]);
  });
});
