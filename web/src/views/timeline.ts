import { DataSet } from 'vis-data/peer';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { get } from '../api.js';
import { append, citationView, h, notice, select } from '../dom.js';
import { citeKey, conflictKeys, edtfRange } from '../data.js';
import { update } from '../route.js';
import { exportLinks } from '../exports.js';
import type { DocSummary, DyadEvent } from '../types.js';

let timeline: Timeline | undefined;
let holder: HTMLElement | undefined;

/** One label for an event: its type and actors. */
const label = (e: DyadEvent) => `${e.type.replace(/_/g, ' ')}: ${e.actors.map((a) => a.name).join(', ') || '—'}`;

/**
 * Events drawn at once, and the most a `limit` in the URL may ask: vis-timeline's stacking costs
 * far more than linear time in its items, so a knowledge base of 60,000 events (100,000
 * paragraphs) drawn whole never became ready; the rest is paged, with the filters sent to the API.
 */
export const TIMELINE_PAGE = 500;

/** A page of events (in the API's order: oldest first) with the filters pushed to the store, each id once (see allEvents). */
async function eventPage(q: Record<string, string | number | undefined>): Promise<{ events: DyadEvent[]; total: number }> {
  const { data, meta } = await get<DyadEvent[]>('/api/events', q);
  const seen = new Set<string>();
  return { events: data.filter((e) => !seen.has(e.id) && !!seen.add(e.id)), total: meta?.total ?? data.length };
}

/** Names to filter by: the most mentioned actors, those of the page shown, and the one selected. */
function actorNames(top: { name: string }[], events: DyadEvent[], selected: string): string[] {
  return [...new Set([...top.map((e) => e.name), ...events.flatMap((e) => e.actors.map((a) => a.name)), ...(selected ? [selected] : [])])].sort();
}

/**
 * The events on a zoomable axis (vis-timeline), a page of at most TIMELINE_PAGE at a time, oldest
 * first: EDTF intervals drawn as ranges, uncertain or approximate dates dashed, conflicting dates
 * in red. Filters by type, actor, document and dates (sent to the API) and by mode (on the page);
 * selecting an event shows its passages with the quote highlighted. URL: type, actor, doc, from,
 * to, mode, offset, limit, event.
 */
export async function renderTimeline(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const f = {
    type: params.get('type') ?? '',
    actor: params.get('actor') ?? '',
    doc: params.get('doc') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    mode: params.get('mode') ?? '',
  };
  const limit = Math.min(TIMELINE_PAGE, Math.max(1, Math.floor(Number(params.get('limit'))) || TIMELINE_PAGE));
  const offset = Math.max(0, Math.floor(Number(params.get('offset'))) || 0);
  const [{ events, total }, conflicts, docs, actors] = await Promise.all([
    eventPage({ type: f.type, actor: f.actor, doc: f.doc, from: f.from, to: f.to, offset, limit }),
    conflictKeys(),
    get<DocSummary[]>('/api/docs'),
    get<{ name: string }[]>('/api/entities', { limit: 200 }),
  ]);
  const selected = params.get('event') ?? '';
  const shown = events.filter((e) => e.date && edtfRange(e.date) && (!f.mode || e.mode === f.mode));
  const isConflict = (e: DyadEvent) => e.mentions.some((m) => conflicts.has(citeKey(m)));

  const filters = h(
    'div',
    { class: 'filters' },
    select('type', [...new Set([...events.map((e) => e.type), ...(f.type ? [f.type] : [])])].sort(), f.type, (v) => update({ type: v, event: undefined, offset: undefined })),
    select('actor', actorNames(actors.data, events, f.actor), f.actor, (v) => update({ actor: v, event: undefined, offset: undefined })),
    select(
      'document',
      docs.data.map((d) => d.name),
      f.doc,
      (v) => update({ doc: v, event: undefined, offset: undefined }),
    ),
    select('mode', [...new Set([...events.map((e) => e.mode), ...(f.mode ? [f.mode] : [])])].sort(), f.mode, (v) => update({ mode: v, event: undefined })),
  );
  const pageLink = (text: string, to: number) => h('button', { type: 'button', class: 'page', onclick: () => update({ offset: to ? String(to) : undefined, event: undefined }) }, text);
  const pager = h(
    'p',
    { class: 'count' },
    total > limit || offset > 0
      ? `Events ${offset < total ? offset + 1 : 0}–${Math.min(total, offset + limit)} of ${total}, oldest first; ${shown.length} drawn`
      : `${shown.length} of ${total} events`,
    offset > 0 ? pageLink('Earlier', Math.max(0, offset - limit)) : '',
    offset + limit < total ? pageLink('Later', offset + limit) : '',
  );
  const detail = h('aside', { class: 'detail', 'aria-live': 'polite' });
  if (!holder || !root.contains(holder)) {
    timeline?.destroy();
    timeline = undefined;
    holder = h('div', { class: 'timeline', 'aria-hidden': 'true' });
  }
  const list = h(
    'ol',
    { class: 'event-list', 'aria-label': 'Events, oldest first' },
    ...shown
      .sort((a, b) => edtfRange(a.date!)!.start.getTime() - edtfRange(b.date!)!.start.getTime())
      .map((e) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', 'data-event': e.id, class: isConflict(e) ? 'conflict' : '', 'aria-pressed': e.id === selected ? 'true' : 'false', onclick: () => update({ event: e.id }) },
            h('time', {}, e.date!),
            ` ${label(e)}`,
            e.mode !== 'asserted' ? ` (${e.mode})` : '',
            isConflict(e) ? ' — conflicting dates' : '',
          ),
        ),
      ),
  );
  root.replaceChildren(
    h('h1', {}, 'Timeline'),
    filters,
    pager,
    exportLinks('events', { type: f.type, actor: f.actor, doc: f.doc, from: f.from, to: f.to }, f.mode ? 'of every mode: exports take no mode filter' : ''),
    holder,
    h('div', { class: 'split' }, h('div', { class: 'list-wrap' }, list), detail),
  );

  const items: DataItem[] = shown.map((e) => {
    const r = edtfRange(e.date!)!;
    const cls = [`t-${e.type}`, r.uncertain ? 'uncertain' : '', isConflict(e) ? 'conflict' : '', e.mode !== 'asserted' ? 'not-asserted' : ''].filter(Boolean).join(' ');
    // A string content is set with textContent by vis-timeline's xss filter; a node is safer still.
    const content = h('span', {}, label(e));
    return r.interval
      ? { id: e.id, start: r.start, end: r.end, type: 'range', content, className: cls, title: `${e.date} ${label(e)}` }
      : { id: e.id, start: r.start, type: 'point', content, className: cls, title: `${e.date} ${label(e)}` };
  }) as unknown as DataItem[];
  const options: TimelineOptions = {
    height: '420px',
    verticalScroll: true,
    zoomMin: 1000 * 60 * 60 * 24 * 7,
    zoomMax: 1000 * 60 * 60 * 24 * 365 * 400,
    stack: true,
    selectable: true,
    showTooltips: false,
    xss: { disabled: false },
  };
  if (!timeline) {
    timeline = new Timeline(holder, new DataSet(items), options);
    timeline.on('select', (p: { items: string[] }) => {
      if (p.items[0]) update({ event: String(p.items[0]) });
    });
  } else timeline.setItems(new DataSet(items));
  if (selected) timeline.setSelection(selected, { focus: true, animation: { animation: false } });

  const e = events.find((x) => x.id === selected);
  if (e) {
    append(
      detail,
      h('h2', {}, label(e)),
      h('p', { class: 'meta' }, `${e.date ?? 'undated'} · ${e.mode} · PLOVER ${e.plover.type}${e.plover.mode ? `/${e.plover.mode}` : ''}`),
      isConflict(e) ? notice('Other passages date this event differently (see Overview, conflicts).', 'error') : null,
      ...e.mentions.map((m) => citationView(m, m.date ?? undefined)),
    );
  } else detail.append(notice(shown.length ? 'Select an event to read the passages that state it.' : 'No event matches these filters.'));
}
