import { DataSet } from 'vis-data/peer';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { get } from '../api.js';
import { append, citationView, h, notice, select } from '../dom.js';
import { allEvents, citeKey, conflictKeys, edtfRange } from '../data.js';
import { update } from '../route.js';
import { exportLinks } from '../exports.js';
import type { DocSummary, DyadEvent } from '../types.js';

let timeline: Timeline | undefined;
let holder: HTMLElement | undefined;

/** One label for an event: its type and actors. */
const label = (e: DyadEvent) => `${e.type.replace(/_/g, ' ')}: ${e.actors.map((a) => a.name).join(', ') || '—'}`;

/**
 * Every event on a zoomable axis (vis-timeline): EDTF intervals drawn as ranges, uncertain or
 * approximate dates dashed, conflicting dates in red. Filters by type, actor, document and mode;
 * selecting an event shows its passages with the quote highlighted. URL: type, actor, doc, mode, event.
 */
export async function renderTimeline(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const [events, conflicts, docs] = await Promise.all([allEvents(), conflictKeys(), get<DocSummary[]>('/api/docs')]);
  const f = { type: params.get('type') ?? '', actor: params.get('actor') ?? '', doc: params.get('doc') ?? '', mode: params.get('mode') ?? '' };
  const selected = params.get('event') ?? '';
  const shown = events.filter(
    (e) =>
      e.date &&
      edtfRange(e.date) &&
      (!f.type || e.type === f.type) &&
      (!f.actor || e.actors.some((a) => a.name === f.actor)) &&
      (!f.doc || e.mentions.some((m) => m.doc === f.doc)) &&
      (!f.mode || e.mode === f.mode),
  );
  const isConflict = (e: DyadEvent) => e.mentions.some((m) => conflicts.has(citeKey(m)));

  const filters = h(
    'div',
    { class: 'filters' },
    select('type', [...new Set(events.map((e) => e.type))].sort(), f.type, (v) => update({ type: v, event: undefined })),
    select('actor', [...new Set(events.flatMap((e) => e.actors.map((a) => a.name)))].sort(), f.actor, (v) => update({ actor: v, event: undefined })),
    select(
      'document',
      docs.data.map((d) => d.name),
      f.doc,
      (v) => update({ doc: v, event: undefined }),
    ),
    select('mode', [...new Set(events.map((e) => e.mode))].sort(), f.mode, (v) => update({ mode: v, event: undefined })),
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
    h('p', { class: 'count' }, `${shown.length} of ${events.length} events`),
    exportLinks('events', { type: f.type, actor: f.actor, doc: f.doc }, f.mode ? 'of every mode: exports take no mode filter' : ''),
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
