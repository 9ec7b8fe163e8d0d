import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseTimeML, scoreTimeML, scoreTimexes } from './timeml.js';
import { timex3Of } from '../extract/time/timex.js';
import { findTimes } from '../extract/time/time-stage.js';

const dir = new URL('../../test/data/timeml/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.tml'));

describe('TimeML test files', () => {
  it.each(files)('%s parses: every TIMEX3 extent is its text in <TEXT>', (f) => {
    const doc = parseTimeML(readFileSync(new URL(f, dir), 'utf8'));
    expect(doc.dct).toMatch(/^\d{4}/);
    expect(doc.timexes.length).toBeGreaterThan(0);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('TIMEX3 export', () => {
  it('leaves signals out of the extent and tags each end of a worded range', () => {
    const text = 'Since 2017, Vietnam has had to accept ODA loans. From 2000 to 2014, Japan supported Vietnam.';
    const spans = findTimes(text)
      .flatMap(timex3Of)
      .map((t) => [t.text, t.start, t.type, t.value, t.mod ?? '']);
    expect(spans).toEqual([
      ['2017', 6, 'DATE', '2017', 'ON_OR_AFTER'],
      ['2000', 54, 'DATE', '2000', ''],
      ['2014', 62, 'DATE', '2014', ''],
    ]);
  });
});

describe('TIMEX3 scorer', () => {
  const xml = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2014">2014</TIMEX3></DCT><TEXT>In <TIMEX3 tid="t1" type="DATE" value="2012" mod="END">late 2012</TIMEX3>, with the relaxing of Japan's arms export restrictions, former defense minister Kitazawa indicated that Japan is considering selling submarines to Vietnam. Mr. Tsuno gives three reasons as to why Japan continues to be the most generous donor to Vietnam over <TIMEX3 tid="t2" type="DURATION" value="P20Y">the past twenty years</TIMEX3>.</TEXT></TimeML>`;

  it('scores strict and relaxed extents and values', () => {
    const doc = parseTimeML(xml);
    expect(doc.timexes.map((t) => [t.text, t.start])).toEqual([
      ['late 2012', 3],
      ['the past twenty years', 271],
    ]);
    const s = scoreTimeML([doc]);
    expect([s.gold, s.predicted, s.strict.matched, s.relaxed.matched, s.valueAccuracy]).toEqual([2, 2, 2, 2, 1]);
  });

  it('counts an overlapping extent as a relaxed match only, and a wrong value against value accuracy', () => {
    const gold = [{ start: 3, end: 12, text: 'late 2012', type: 'DATE' as const, value: '2012' }];
    const predicted = [{ start: 0, end: 12, text: 'In late 2012', type: 'DATE' as const, value: '2012-09' }];
    const s = scoreTimexes(gold, predicted);
    expect([s.strict.matched, s.relaxed.matched, s.valueAccuracy, s.misses.length, s.extras.length]).toEqual([0, 1, 0, 0, 0]);
    expect(scoreTimexes(gold, []).relaxed.recall).toBe(0);
  });
});
