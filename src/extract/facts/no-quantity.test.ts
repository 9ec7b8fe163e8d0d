import { describe, expect, it } from 'vitest';
import { noQuantitySpans } from './no-quantity.js';

/** The quotes of a sentence's spans of no quantity, the sentence placed at offset 10 of a text. */
function spans(sentence: string): [string, number, number][] {
  return noQuantitySpans(sentence, 10).map(([a, b]) => [sentence.slice(a - 10, b - 10), a, b]);
}

// Sentences written for these tests, on Ghana and Togo. Each pattern runs only over a sentence
// that holds a part every match of it needs (a month, "+", a scale word, "far", "(" or "unit"):
// each case below has that part and nothing else the others need.
describe('noQuantitySpans', () => {
  it.each([
    [
      'Accra said the new power line would run from 1 July to 30 June, weeks after Lomé tabled its plan.',
      [
        ['1 July', 55, 61],
        ['30 June', 65, 72],
      ],
    ],
    [
      'Togo and Ghana held their first 2+2 talks, and 10 + 1 delegations attended in Accra.',
      [
        ['2+2', 42, 45],
        ['10 + 1', 57, 63],
      ],
    ],
    [
      'Several hundred traders crossed at Aflao, and a few thousand more waited on the Togolese side.',
      [
        ['Several hundred', 10, 25],
        ['a few thousand', 56, 70],
      ],
    ],
    [
      'The Togolese delegation reached Accra at 09:14 and talks on the border began at 10:30.',
      [
        ['09:14', 51, 56],
        ['10:30', 90, 95],
      ],
    ],
    // A recording's timecodes, with seconds and their fraction (WebVTT's ".", SubRip's ","), whole.
    [
      '00:01:12.400 --> 00:01:17.950 >> the minister said 40 trucks crossed at Aflao on monday',
      [
        ['00:01:12.400', 10, 22],
        ['00:01:17.950', 27, 39],
      ],
    ],
    [
      '00:00:04,200 --> 00:00:07,800',
      [
        ['00:00:04,200', 10, 22],
        ['00:00:07,800', 27, 39],
      ],
    ],
    ['The toll would cost Accra far more than a hundred complaints from Lomé hauliers.', [['far more than a hundred', 36, 59]]],
    // A unit line opened by a bracket names no "unit".
    ['Cross-border trade with Togo (in 100 million cedis) rose, the ministry said.', [['(in 100 million', 39, 54]]],
    ['Unit: 1,000 persons. Arrivals from Togo in 2023 reached 412.', [['Unit: 1,000', 10, 21]]],
    // The one unit an exchange rate values is no amount (the rate after "=" is: it is not in the span).
    ['Figures in cedis at the central bank average, GHS 1 = XOF 52.4 (2025).', [['GHS 1 =', 56, 63]]],
    ['Converted at US$1 = 11.9 cedis, Togo’s purchases from Ghana reached US$180 million.', [['US$1 =', 23, 29]]],
    ['At 1 EUR = 655.957 XOF, the grant to Lomé stood at 20 million euros.', [['1 EUR =', 13, 20]]],
    // Numbered clauses and items of a run-in list order a text; they measure nothing.
    ['4.2 The Joint Commission on the Volta shall meet twice a year in Accra or Lomé.', [['4.2', 10, 13]]],
    ['2.1 TOGOLESE carriers may operate up to 21 services a week to Kotoka.', [['2.1', 10, 13]]],
    ['Payments under 5.3.2 of the protocol reach Lomé in cedis.', [['5.3.2', 25, 30]]],
    [
      'The ministers will sign: (1) a protocol on the Aflao post, (2) the Volta ferry agreement and (3) a customs memorandum.',
      [
        [': (1)', 33, 38],
        [', (2)', 67, 72],
        ['and (3)', 99, 106],
      ],
    ],
    ['SCOPE 2.1 This notice applies to all services between Accra and Lomé.', [['SCOPE 2.1', 10, 19]]],
    // A label's plural names its list, and no figure after it (session 45, after review).
    ['Under Articles 3 and 5, 200 Ugandan traders were deported by Kenya in 2023.', [['Articles 3 and 5', 16, 32]]],
    ['Japan raised its loan to Vietnam for Phases 1 and 2 to 3.2 billion yen in 2019.', [['Phases 1 and 2', 47, 61]]],
    ['Under Sections 4 to 6, 1,200 Kenyan troops were sent to Uganda in 2023.', [['Sections 4 to 6', 16, 31]]],
    [
      'The ministers agreed on: (1) a loan of US$ 40 million to Uganda, (2) a grant of EUR 5 million and (3) 200 scholarships for Ugandan students in 2024.',
      [
        [': (1)', 33, 38],
        [', (2)', 73, 78],
        ['and (3)', 104, 111],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });

  it.each([
    'Ghana sold 400 megawatts of power to Togo in 2023.',
    'Lomé and Accra are 200 kilometres apart, far from 2 hours by road.',
    'The 12 units of the Akosombo plant feed Togo, the authority said.',
    'Ghana and Togo split the cost 3:1, with 2024: 143 crossings counted (report 12:4).',
    // "=" between amounts that are no rate of one unit: figures, kept.
    'Togo’s share of the line (GHS 40 million = 25 percent of the cost) was paid in 2024.',
    'Exports to Togo: US$12 million = 3 percent of Ghana’s total.',
    // A figure opening a sentence is no clause number; a bracketed count inside a clause is no list item.
    '2.5 million Togolese crossed into Ghana in 2024, the service said.',
    '4.5 MW of the line’s capacity is reserved for Lomé.',
    'The report counts the posts on the border (12) and the officers posted there.',
    // Figures at a sentence's head: a scale word in any case, a currency, a unit after them (session 45, after review).
    '2.5 Million Kenyans Visited Uganda in 2023',
    '2.5 MILLION KENYANS CROSSED INTO UGANDA IN 2023',
    '28.5 Ugandan shillings bought one Kenyan shilling in December 2023.',
    '1.5 Million Ugandans live in Kenya, the census of 2019 found.',
    'Kenya’s trade surplus widened: the rate stood at\n28.5 Ugandan shillings to the Kenyan shilling in 2023.',
    'GHANA 2.5 MILLION VISITORS CAME FROM TOGO IN 2024',
    // A bracketed count with no neighbour of its sequence; "figures" in lower case is no label.
    'In 2023 Kenya funded roads and (12) projects in northern Uganda, the embassy said.',
    'The embassy listed the projects funded by Kenya in Uganda in 2023: (12) projects in health and 5 in water.',
    "Kenya's GDP figures 2022 and 2023, 5.6 per cent and 4.8 per cent, were revised.",
  ])('finds nothing in "%s"', (sentence) => {
    expect(spans(sentence)).toEqual([]);
  });
});
