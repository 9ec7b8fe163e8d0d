import { describe, expect, it } from 'vitest';
import { edtfRange } from './edtf-parts.js';
import { cslDate } from './sources.js';
import { timelineEvent } from './timelinejs.js';
import type { KnowledgeEvent } from '../knowledge/annotation-queries.js';

/** Each EDTF form Dyad stores (levels 0 and 1), its TimelineJS start and end, and its CSL date. */
const CASES: [string, object, object | undefined, object | undefined][] = [
  ['1973-09-21', { year: 1973, month: 9, day: 21 }, undefined, { 'date-parts': [[1973, 9, 21]] }],
  ['2014', { year: 2014 }, undefined, { 'date-parts': [[2014]] }],
  ['2014?', { year: 2014, display_date: '2014 (uncertain)' }, undefined, { 'date-parts': [[2014]], circa: true }],
  ['2016-05~', { year: 2016, month: 5, display_date: 'May 2016 (approximate)' }, undefined, { 'date-parts': [[2016, 5]], circa: true }],
  [
    '2018-05/2018-06',
    { year: 2018, month: 5, display_date: 'May 2018 – June 2018' },
    { year: 2018, month: 6 },
    {
      'date-parts': [
        [2018, 5],
        [2018, 6],
      ],
    },
  ],
  ['197X', { year: 1970, display_date: '197X' }, { year: 1979 }, { 'date-parts': [[1970], [1979]] }],
  ['19XX', { year: 1900, display_date: '19XX' }, { year: 1999 }, { 'date-parts': [[1900], [1999]] }],
  ['2012-21', { year: 2012, display_date: 'spring 2012' }, undefined, { 'date-parts': [[2012]] }],
  ['2012-XX', { year: 2012, display_date: '2012-XX' }, undefined, { 'date-parts': [[2012]] }],
  ['1986/..', { year: 1986, display_date: '1986 – …' }, undefined, { 'date-parts': [[1986]] }],
  ['2023-11/..', { year: 2023, month: 11, display_date: 'November 2023 – …' }, undefined, { 'date-parts': [[2023, 11]] }],
  ['../1990', { year: 1990, display_date: '… – 1990' }, undefined, { 'date-parts': [[1990]] }],
];

const event = (date: string): KnowledgeEvent => ({
  id: 'ev-1',
  type: 'leader_visit',
  plover: { type: 'CONSULT', mode: 'visit' },
  date,
  dateSource: 'sentence',
  actors: [{ name: 'Shinzo Abe', role: 'agent' }],
  location: null,
  mode: 'asserted',
  confidence: 0.8,
  thirdParty: false,
  mentions: [{ doc: 'a & b', start: 0, end: 10, quote: 'He came <b>' }],
});

describe('EDTF dates in calendar parts', () => {
  it.each(CASES)('%s', (edtf, start, end, csl) => {
    const slide = timelineEvent(event(edtf));
    expect(slide.start_date).toEqual(start);
    expect(slide.end_date).toEqual(end);
    expect(cslDate(edtf)).toEqual(csl);
  });

  it('keeps an unparseable value out rather than inventing a date', () => {
    expect(edtfRange('sometime')).toEqual({ start: null, end: null, uncertain: false, approximate: false });
    expect(cslDate('sometime')).toBeUndefined();
  });

  it('escapes the quote, the document name and the names in the slide', () => {
    const slide = timelineEvent(event('2014'));
    expect(slide.text.text).toBe('<p>CONSULT · asserted</p><blockquote>He came &lt;b&gt;</blockquote><p><cite>a &amp; b</cite> [0–10]</p>');
    expect(slide.text.headline).toBe('Leader visit: Shinzo Abe');
  });
});
