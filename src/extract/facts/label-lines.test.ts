import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { labelBefore } from './label-lines.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.period ?? '', f.valueStart]);
}

/** Session 47: a bare number right after a "Label:" that names counted things in the plural is a fact of what the label names. */
describe('"Label: value" lines', () => {
  it('reads a list item whose label closes with a year', () => {
    const text = 'Kenya in Uganda\n\n- Cross-border commuters from Kenya to Uganda, 2025: about 21,000 (labour office).\n';
    expect(facts(text)).toEqual([['21,000', 21000, 'count', '2025', text.indexOf('21,000')]]);
  });

  it('reads a figure with a scale word, and a span of years in the label', () => {
    const a = 'Tourism\n\nOvernight stays by Kenyan guests, 2024: 3.1 million.\n';
    expect(facts(a)).toEqual([['3.1 million', 3100000, 'count', '2024', a.indexOf('3.1 million')]]);
    const b = 'Health\n\nAir ambulance missions across the border, 2019–2023: 412.\n';
    expect(facts(b)).toEqual([['412', 412, 'count', '2019/2023', b.indexOf('412')]]);
  });

  it('reads a label with no year, and a bold figure', () => {
    const a = 'The project\n\nExpected direct jobs during construction: 12,000.\n';
    expect(facts(a)).toEqual([['12,000', 12000, 'count', '2026-05-01', a.indexOf('12,000')]]);
    const b = 'Pilgrims\n\nUgandans who travelled to Namugongo in 2025: **about 480,000**.\n';
    expect(facts(b)).toEqual([['480,000', 480000, 'count', '2025', b.indexOf('480,000')]]);
  });

  it('finds the label a number stands after, and none for a field of a form', () => {
    const line = '- Cross-border commuters, 2025: about 21,000 (AMS).';
    expect(labelBefore(line, line.indexOf('21,000'))).toBe('Cross-border commuters, 2025');
    for (const l of ['Page: 12', 'Pages: 12', 'Tel: 555 0199', 'Case no.: 4411', 'Article: 5', 'Rooms: 7', 'Votes: 12', 'Print run: 40,000', 'Sheets: 20', 'Section 4 holdings: 14'])
      expect(labelBefore(l, l.indexOf(':') + 2), l).toBeUndefined();
  });

  it('must not read a field, a time, a phone number, a clause or a singular label', () => {
    for (const text of [
      'Contact\n\nTel: 555 0199\n',
      'Record\n\nCase no.: 4411\n',
      'Record\n\nPages: 212\n',
      'Schedule\n\nMeeting of the ministers: 14:30\n',
      'Schedule\n\nRoom of the delegations: 214\n',
      'Agreement\n\nArticles of the treaty: 5\n',
      'Issue\n\nPrint run: 40,000\n',
      'Budget\n\nThe figure quoted by the ministry: 2,400\n',
      'Text\n\nAs the minister said in Kampala: 3 of them came back.\n',
    ])
      expect(facts(text), text).toEqual([]);
  });
});

/** Session 47 review fixes: a label with a field, time, tally, age or contact word anywhere is none; a phone number is no value; the label's unit is the value's. */
describe('"Label: value" lines after review', () => {
  it('must not read a tally, a time, an age, a contact, a seniority or a phone number', () => {
    for (const text of [
      'Council record\n\n- Votes cast for the amendment: 41\n',
      'Council record\n\n- Votes against the amendment: 17\n',
      'Embassy\n\n- Emergency contacts at the consulate: 0711 304 552\n',
      'Staff\n\n- Years of service of the consul: 22\n',
      'Staff\n\n- Hours worked per week by clerks: 40\n',
      'Staff\n\n- Ages of the pupils who were moved: 9\n',
      'Record\n\n- Minutes of the previous session: 6\n',
      'Record\n\n- Judges of the tribunal, by seniority: 2\n',
      'Helpline\n\n- Calls answered by volunteers: 0800 330 210\n',
    ])
      expect(facts(text), text).toEqual([]);
  });

  it('takes a unit the label names: kilometres, tonnes, a currency', () => {
    const a = 'Roads\n\n- Kilometres of railway laid by Kenyan contractors, 2023: 215\n';
    expect(facts(a)).toEqual([['215', 215, 'km', '2023', a.indexOf('215')]]);
    const b = 'Trade\n\n- Tonnes of sugar shipped across the lake: 8,400\n';
    expect(facts(b)).toEqual([['8,400', 8400, 'tons', '2026-05-01', b.indexOf('8,400')]]);
    const c = 'Markets\n\n- Prices of beans in Ugandan shillings: 3,600\n';
    expect(facts(c)).toEqual([['3,600', 3600, 'UGX', '2026-05-01', c.indexOf('3,600')]]);
  });

  it('keeps the qualifier of the words after the colon', () => {
    const text = 'Kenya in Uganda\n\n- Seasonal farm workers from Kenya, 2024: about 7,300\n';
    const { blocks, sentences } = structure(text);
    expect(extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [f.value, f.qualifier])).toEqual([[7300, 'approx']]);
  });

  it('must not take a unit from a word inside the label: devices, goods by the pound, a currency paid (second reading)', () => {
    const a = 'Power\n\n- Meters fitted in Tororo homes under the joint grid scheme: 2,600\n';
    expect(facts(a)).toEqual([['2,600', 2600, 'count', '2026-05-01', a.indexOf('2,600')]]);
    const b = 'Customs\n\n- Pounds of tea impounded by border officers: 650\n';
    expect(facts(b).map((f) => f[2])).not.toContain('GBP');
    const c = 'Markets\n\n- Farmers paid in Ugandan shillings at the Busia market: 270\n';
    expect(facts(c).map((f) => f[2])).not.toContain('UGX');
  });

  it('takes a metres measure only spelled "metres" before "of" (second reading)', () => {
    const a = 'Border\n\n- Metres of fence rebuilt at the crossing: 900\n';
    expect(facts(a)).toEqual([['900', 900, 'm', '2026-05-01', a.indexOf('900')]]);
  });
});
