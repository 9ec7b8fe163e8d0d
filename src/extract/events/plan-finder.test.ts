import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Events of a text with their modes, in sentences written in the manner of wire reports and joint statements. */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, ...(documentDate ? { documentDate } : {}) }).events.map((e) => ({
    trigger: text.slice(e.trigger.start, e.trigger.end),
    date: e.date,
    mode: e.mode,
    plover: e.plover.type,
  }));
}

describe('plans: acts dated after the report, futures a speaker reports (session 16)', () => {
  it('"said they would hold … in May" is planned, dated May', () => {
    const text = 'The two governments said they would hold the next round of border talks in Hanoi in May 2024.';
    expect(events(text, '2024-03-01').find((e) => e.trigger === 'talks')).toMatchObject({ date: '2024-05', mode: 'planned' });
  });

  it('an act agreed for a year after the statement is planned', () => {
    const text = 'The prime ministers recalled the treaty of 1905 and agreed to hold the next joint commission meeting in Nairobi in 2025.';
    const marked = events(text, '2024-04-20').filter((e) => e.date === '2025');
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((e) => e.mode === 'planned')).toBe(true);
  });

  it('an act dated after the report is planned even without a word of the future', () => {
    const text = 'Foreign Minister Okafor accepted an invitation to visit Accra on 12 June 2024.';
    expect(events(text, '2024-05-02').find((e) => e.trigger === 'visit')).toMatchObject({ date: '2024-06-12', mode: 'planned' });
  });
});

describe('a plan takes the date it is planned for (session 16)', () => {
  it('"said on Monday he would visit Abuja in July" is a visit in July', () => {
    const text = "Ghana's foreign minister said on Monday he would visit Abuja in July.";
    expect(events(text, '2024-05-16').find((e) => e.trigger === 'visit')).toMatchObject({ date: '2024-07', mode: 'planned' });
  });

  it('a date after the trigger that lies before the saying does not date the plan', () => {
    const text = "Ghana's foreign minister said on Monday he would visit Abuja, which he last visited in 2019.";
    expect(events(text, '2024-05-16').find((e) => e.trigger === 'visit')).toMatchObject({ date: '2024-05-13', mode: 'planned' });
  });
});

describe('what is not a plan', () => {
  it('an act after an uncertain report date ("2014?") keeps the mode its words give', () => {
    const text = 'Prime Minister Tanaka visited Lusaka in February 2017 and held talks with President Banda.';
    expect(events(text, '2014?').find((e) => e.trigger === 'visited')).toMatchObject({ date: '2017-02', mode: 'asserted' });
  });

  it('"said they would not attend" stays negated', () => {
    const text = 'Officials in Quito said they would not attend the regional summit in Lima on 5 June 2024.';
    const modes = events(text, '2024-05-01').map((e) => e.mode);
    expect(modes).not.toContain('planned');
  });

  it('"would expel … if" stays hypothetical', () => {
    const text = 'On 3 May 2024 the minister said Vilnius would expel Belarusian diplomats if the incidents continued.';
    const expelled = events(text, '2024-05-04').find((e) => e.trigger.startsWith('expel'));
    expect(expelled?.mode).not.toBe('planned');
  });

  it('an act of a past year, in a report with no date, is asserted', () => {
    const text = 'In 1992 Seoul and Hanoi agreed to establish diplomatic relations.';
    expect(events(text).map((e) => e.mode)).not.toContain('planned');
  });

  it('a meeting two days before the report is asserted', () => {
    const text = 'The foreign ministers of Morocco and Spain met in Rabat on 3 March 2024.';
    expect(events(text, '2024-03-05').map((e) => e.mode)).toEqual(['asserted']);
  });

  it('a threat of an act dated after the report is a threat made now', () => {
    const text = 'On 2 May 2024 Baku threatened to close the border crossing on 1 June 2024.';
    expect(
      events(text, '2024-05-03')
        .filter((e) => e.plover === 'THREATEN')
        .map((e) => [e.trigger, e.mode]),
    ).toEqual([['threatened', 'asserted']]);
  });
});

describe('what a participle or a second verb tells keeps its mode to itself (session 16, event-mode.ts)', () => {
  it.each([
    ['Around 200 people rallied in Salcininkai on 29 October 2025 against the closure, saying it would cut families off.', 'rallied'],
    ['Deputy Foreign Minister Savitski dismissed the complaints on 28 October 2025, saying Vilnius should guard its own airspace.', 'dismissed'],
  ])('%s', (text, trigger) => {
    expect(events(text, '2025-10-30').find((e) => e.trigger === trigger)?.mode).toBe('asserted');
  });
});
