import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { compact } from '../dom.js';
import { edtfRange } from '../data.js';
import type { Series } from '../types.js';

/**
 * Draws one series with uPlot: values over time, conflicting values as red diamonds of their
 * own series. `onPoint(i)` is called with the index in `series.points` of a clicked point.
 */
export function lineChart(container: HTMLElement, series: Series, opts: { width: number; height: number; onPoint?: (i: number) => void }): uPlot | null {
  const pts = series.points.map((p, i) => ({ p, i, t: edtfRange(p.period)!.start.getTime() / 1000 })).filter((x) => Number.isFinite(x.t));
  if (!pts.length) return null;
  const xs = pts.map((x) => x.t);
  const ys = pts.map((x) => (x.p.conflict ? null : x.p.value));
  const cs = pts.map((x) => (x.p.conflict ? x.p.value : null));
  const u = new uPlot(
    {
      width: opts.width,
      height: opts.height,
      legend: { show: false },
      cursor: { points: { size: 8 } },
      scales: { x: { time: true } },
      axes: [{ stroke: '#555' }, { stroke: '#555', size: 56, values: (_u, ticks) => ticks.map((t) => compact(t)) }],
      series: [
        {},
        { label: `${series.indicator} (${series.unit})`, stroke: '#2f5fb3', width: 2, points: { show: true, size: 7, fill: '#2f5fb3' }, spanGaps: true },
        { label: 'conflicting values', stroke: '#c0392b', width: 0, paths: () => null, points: { show: true, size: 10, fill: '#c0392b' } },
      ],
    },
    [xs, ys, cs],
    container,
  );
  if (opts.onPoint) {
    u.over.addEventListener('click', () => {
      const idx = u.cursor.idx;
      if (idx !== null && idx !== undefined && pts[idx]) opts.onPoint!(pts[idx].i);
    });
  }
  return u;
}
