import { describe, expect, it } from 'vitest';
import { directionText, edtfRange, seriesFromFacts, seriesKey } from '../web/src/data.js';
import type { Fact } from '../web/src/types.js';

const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe('the web app reads EDTF dates as ranges on the timeline', () => {
  const cases: [string, string, string, boolean, boolean][] = [
    // edtf, start, end (exclusive), interval, uncertain
    ['1973-09-21', '1973-09-21', '1973-09-22', false, false],
    ['1992-04', '1992-04-01', '1992-05-01', false, false],
    ['2014', '2014-01-01', '2015-01-01', false, false],
    ['199X', '1990-01-01', '2000-01-01', false, true],
    ['2014?', '2014-01-01', '2015-01-01', false, true],
    ['2001/2005', '2001-01-01', '2006-01-01', true, false],
    ['2023-11/..', '2023-11-01', '2024-01-01', true, true],
  ];
  it.each(cases)('%s → %s to %s', (edtf, start, end, interval, uncertain) => {
    const r = edtfRange(edtf);
    expect([iso(r?.start), iso(r?.end), r?.interval, r?.uncertain]).toEqual([start, end, interval, uncertain]);
  });
  it('gives null for what is not a date', () => {
    for (const s of ['', 'soon', '../..']) expect(edtfRange(s), s).toBeNull();
  });
});

describe('the charts fall back to facts grouped by indicator, unit and subject', () => {
  const fact = (over: Partial<Fact>): Fact => ({
    id: 'f',
    indicator: 'trade',
    value: 1,
    unit: 'USD',
    period: '2010',
    subject: 'Japan',
    direction: null,
    qualifier: 'exact',
    confidence: 0.8,
    thirdParty: false,
    mentions: [{ doc: 'a.txt', start: 0, end: 5, quote: 'trade' }],
    ...over,
  });
  it('orders points by period, keeps subjects apart, and marks two values for one period as a conflict', () => {
    const series = seriesFromFacts([
      fact({ period: '2012', value: 30 }),
      fact({ period: '2010', value: 10 }),
      fact({ period: '2012', value: 31 }),
      fact({ subject: 'Vietnam', period: '2012', value: 5 }),
      fact({ period: null, value: 99 }),
    ]);
    const japan = series.find((s) => s.subject === 'Japan')!;
    expect(japan.points.map((p) => [p.period, p.value, p.conflict])).toEqual([
      ['2010', 10, false],
      ['2012', 30, true],
      ['2012', 31, true],
    ]);
    expect(series.find((s) => s.subject === 'Vietnam')!.points.map((p) => p.conflict)).toEqual([false]);
    expect(series.flatMap((s) => s.points).some((p) => p.value === 99)).toBe(false);
  });
  it('names a flow by its direction in the series key', () => {
    expect(directionText({ from: 'Japan', to: 'Vietnam' })).toBe('Japan → Vietnam');
    expect(seriesKey({ indicator: 'oda', unit: 'JPY', direction: { from: 'Japan', to: 'Vietnam' }, points: [] })).toBe('oda~JPY~~~Japan → Vietnam');
  });
});

describe("the web app's export links", () => {
  it('offer every format the server writes, kind by kind', async () => {
    const { EXPORT_FORMATS } = await import('../web/src/exports.js');
    const { EXPORTS } = await import('../src/export/registry.js');
    const server: Record<string, string[]> = {};
    for (const e of EXPORTS) (server[e.kind] ??= []).push(e.format);
    expect(EXPORT_FORMATS).toEqual(server);
  });

  it("carry a view's filters, leaving out the empty ones", async () => {
    const { exportHref } = await import('../web/src/exports.js');
    expect(exportHref('events', 'csv', { type: 'leader_visit', actor: '', doc: 'a b.txt' })).toBe('/api/export/events?format=csv&type=leader_visit&doc=a+b.txt');
    expect(exportHref('sources', 'bibtex')).toBe('/api/export/sources?format=bibtex');
  });
});
