import { get } from '../api.js';
import { compact, h, notice } from '../dom.js';
import { edtfRange, loadHeadline, loadPartnership, loadVisitsByDecade, loadPair, seriesTitle } from '../data.js';
import { href } from '../route.js';
import type { Conflict, DocSummary } from '../types.js';
import { lineChart } from './plot.js';
import { exportLinks } from '../exports.js';

/** The last `n` conflicts told, newest first, and how many there are: two pages of the API, never the whole list. */
async function latestConflicts(n: number): Promise<{ latest: Conflict[]; total: number }> {
  const total = (await get<Conflict[]>('/api/conflicts', { limit: 1 })).meta?.total ?? 0;
  if (!total) return { latest: [], total };
  const { data } = await get<Conflict[]>('/api/conflicts', { offset: Math.max(0, total - n), limit: n });
  return { latest: [...data].reverse(), total };
}

/** The pair, the documents, counts, the partnership on a time axis, headline series, latest conflicts. */
export async function renderOverview(root: HTMLElement): Promise<void> {
  if (root.dataset.drawn) return;
  const [docs, countries, events, facts, entities, conflicts, partnership, series, visits] = await Promise.all([
    get<DocSummary[]>('/api/docs'),
    loadPair(),
    get<unknown[]>('/api/events', { limit: 1 }),
    get<unknown[]>('/api/facts', { limit: 1 }),
    get<unknown[]>('/api/entities', { limit: 1 }),
    latestConflicts(5),
    loadPartnership(),
    loadHeadline(4),
    loadVisitsByDecade(),
  ]);
  const pair = countries;
  root.replaceChildren(
    h('h1', {}, pair.length === 2 ? `${pair[0]} – ${pair[1]}` : 'Dyad'),
    h('p', { class: 'lead' }, `A knowledge base built from ${docs.data.length} document${docs.data.length === 1 ? '' : 's'}; every item links to the passage that states it.`),
    h(
      'ul',
      { class: 'counts' },
      ...(
        [
          ['documents', docs.data.length, href('documents')],
          ['events', events.meta?.total ?? 0, href('timeline')],
          ['facts', facts.meta?.total ?? 0, href('charts')],
          ['actors', entities.meta?.total ?? 0, href('actors')],
          ['conflicts', conflicts.total, '#conflicts'],
        ] as const
      ).map(([label, n, link]) => h('li', {}, h('a', { href: link }, h('strong', {}, String(n)), ` ${label}`))),
    ),
  );

  const axis = h('section', { class: 'partnership', 'aria-labelledby': 'pl' }, h('h2', { id: 'pl' }, 'Partnership level'));
  const dated = partnership.map((p) => ({ ...p, range: edtfRange(p.date) })).filter((p) => p.range);
  if (dated.length) {
    const t0 = Math.min(...dated.map((p) => p.range!.start.getTime()));
    const t1 = Math.max(...dated.map((p) => p.range!.end.getTime()));
    const line = h('ol', { class: 'axis' });
    for (const p of dated) {
      const text = p.level ? p.level.replace(/-/g, ' ') : p.name.length > 60 ? `${p.name.slice(0, 60)}…` : p.name;
      const li = h(
        'li',
        {},
        h(
          'a',
          { href: `#/documents?doc=${encodeURIComponent(p.citations[0]?.doc ?? '')}&at=${p.citations[0]?.start ?? 0}`, title: `${p.date}: ${p.name}` },
          h('time', {}, p.date),
          h('span', {}, text),
        ),
      );
      li.style.setProperty('--at', String((p.range!.start.getTime() - t0) / Math.max(1, t1 - t0)));
      line.append(li);
    }
    axis.append(line);
  } else axis.append(notice('No partnership steps found in these documents.'));
  root.append(axis);

  const headline = h('section', { class: 'headline', 'aria-labelledby': 'hs' }, h('h2', { id: 'hs' }, 'Headline series'));
  const grid = h('div', { class: 'chart-grid' });
  for (const s of series) {
    const fig = h('figure', {}, h('figcaption', {}, h('a', { href: href('charts', { indicator: s.indicator, unit: s.unit }) }, seriesTitle(s))));
    grid.append(fig);
    lineChart(fig, s, { width: 320, height: 160 });
  }
  headline.append(grid.children.length ? grid : notice('No indicator has three dated values yet.'));
  root.append(headline);
  if (visits && Object.keys(visits).length) {
    const most = Math.max(...Object.values(visits));
    root.append(
      h(
        'section',
        { 'aria-labelledby': 'vd' },
        h('h2', { id: 'vd' }, 'Visits by decade'),
        h(
          'dl',
          { class: 'bars' },
          ...Object.entries(visits).flatMap(([decade, n]) => {
            const bar = h('span', { class: 'bar' });
            bar.style.setProperty('--w', String(n / most));
            return [h('dt', {}, decade), h('dd', {}, bar, ` ${n}`)];
          }),
        ),
      ),
    );
  }

  const latest = conflicts.latest;
  root.append(
    h(
      'section',
      { id: 'conflicts', 'aria-labelledby': 'lc' },
      h('h2', { id: 'lc' }, 'Latest conflicts'),
      exportLinks('conflicts'),
      latest.length
        ? h(
            'ul',
            { class: 'conflicts' },
            ...latest.map((c) =>
              h(
                'li',
                {},
                h('strong', {}, c.about),
                ': ',
                c.claims.map((cl) => cl.answer).join(' or '),
                ' ',
                ...c.claims.flatMap((cl) => cl.citations.slice(0, 1).map((ci) => h('a', { href: `#/documents?doc=${encodeURIComponent(ci.doc)}&at=${ci.start}` }, `[${ci.doc}]`))),
              ),
            ),
          )
        : notice('The sources do not contradict each other anywhere.'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'ld' },
      h('h2', { id: 'ld' }, 'Documents'),
      h(
        'ul',
        { class: 'doclist' },
        ...docs.data.map((d) => h('li', {}, h('a', { href: href('documents', { doc: d.name }) }, d.title || d.name), ` — ${d.meta.date ?? 'undated'} · ${compact(d.counts.paragraphs)} paragraphs`)),
      ),
    ),
  );
  root.dataset.drawn = 'true';
}
