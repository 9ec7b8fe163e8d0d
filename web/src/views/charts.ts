import { append, citationView, compact, h, notice, select } from '../dom.js';
import { loadSeries, seriesKey, seriesTitle } from '../data.js';
import { update } from '../route.js';
import { get } from '../api.js';
import type { Fact, SeriesPoint } from '../types.js';
import { exportLinks } from '../exports.js';
import { lineChart } from './plot.js';

/** Each indicator's series as a chart; a point opens its passages; conflicting values in red. URL: indicator, unit, point. */
export async function renderCharts(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const all = await loadSeries();
  const indicator = params.get('indicator') ?? '';
  const unit = params.get('unit') ?? '';
  const point = params.get('point');
  const shown = all.filter((s) => (!indicator || s.indicator === indicator) && (!unit || s.unit === unit));
  root.replaceChildren(
    h('h1', {}, 'Charts'),
    h(
      'div',
      { class: 'filters' },
      select('indicator', [...new Set(all.map((s) => s.indicator))].sort(), indicator, (v) => update({ indicator: v, unit: undefined, point: undefined })),
      select('unit', [...new Set(all.filter((s) => !indicator || s.indicator === indicator).map((s) => s.unit))].sort(), unit, (v) => update({ unit: v, point: undefined })),
    ),
    exportLinks('facts', { type: indicator, unit }),
  );
  if (!shown.length) {
    root.append(notice('No dated values for this indicator and unit.'));
    return;
  }
  const detail = h('aside', { class: 'detail', 'aria-live': 'polite' });
  const grid = h('div', { class: 'chart-grid' });
  const width = Math.min(560, Math.max(280, (root.clientWidth || 600) - 24));
  for (const s of shown) {
    const key = seriesKey(s);
    const fig = h(
      'figure',
      { 'data-indicator': s.indicator, 'data-unit': s.unit },
      h('figcaption', {}, seriesTitle(s), s.points.some((p) => p.conflict) ? h('span', { class: 'badge conflict' }, 'conflicting values') : null),
    );
    grid.append(fig);
    lineChart(fig, s, { width, height: 220, onPoint: (i) => update({ point: `${key}|${i}` }) });
    // The same points as a list: keyboard and screen-reader access to every value and its passages.
    fig.append(
      h(
        'ol',
        { class: 'points' },
        ...s.points.map((p, i) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: p.conflict ? 'conflict' : '', 'aria-pressed': point === `${key}|${i}` ? 'true' : 'false', onclick: () => update({ point: `${key}|${i}` }) },
              `${p.period}: ${compact(p.value)} ${p.unit}${p.conflict ? ' (conflict)' : ''}`,
            ),
          ),
        ),
      ),
    );
  }
  root.append(h('div', { class: 'split' }, grid, detail));
  if (point) {
    const cut = point.lastIndexOf('|');
    const series = all.find((s) => seriesKey(s) === point.slice(0, cut));
    const p = series?.points[Number(point.slice(cut + 1))];
    if (series && p) {
      append(detail, h('h2', {}, `${seriesTitle(series)}, ${p.period}: ${compact(p.value)} ${p.unit}`), p.conflict ? notice('The sources give different values for this period.', 'error') : null);
      await passages(detail, p);
    }
  } else detail.append(notice('Select a point to read the passages that state it.'));
}

/** Passages shown at a time for a selected point; "More passages" reads the next page. */
const PAGE = 20;

/** A point's passages: its own citations, or pages of its fact's passages (`/api/facts/{fact}`) with a button for the next. */
async function passages(detail: HTMLElement, p: SeriesPoint, offset = 0): Promise<void> {
  if (!p.fact) {
    detail.append(...p.citations.map((c) => citationView(c)));
    return;
  }
  const { data, meta } = await get<Fact>(`/api/facts/${encodeURIComponent(p.fact)}`, { offset, limit: PAGE });
  detail.append(...data.mentions.map((c) => citationView(c)));
  const total = Number(meta?.total ?? 0);
  const next = offset + data.mentions.length;
  if (next < total) {
    const more: HTMLButtonElement = h('button', { type: 'button', class: 'more', onclick: () => (more.remove(), void passages(detail, p, next)) }, `More passages (${next} of ${total} shown)`);
    detail.append(more);
  }
}
