import type { Engine } from '../knowledge/engine.js';
import type { KnowledgeEvent } from '../knowledge/annotation-queries.js';
import { displayDate, edtfRange, type DateParts } from './edtf-parts.js';
import { pages } from './pages.js';
import type { ExportFilters } from './types.js';

/** A TimelineJS3 date: year, and month and day only when the source gives them. */
export interface TimelineDate extends DateParts {
  display_date?: string;
}

/** A TimelineJS3 slide (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineEvent {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}

/** TimelineJS renders `text` as HTML: every quote, name and type is escaped, so a document's markup stays text. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const typeLabel = (type: string) => type.charAt(0).toUpperCase() + type.slice(1).replace(/_/g, ' ');

/**
 * One event as a TimelineJS slide. An EDTF interval is its start and end date; precision is kept
 * by leaving out month and day ("2014" is a year, not 1 January 2014); a date that is not a plain
 * calendar date (an interval, "2014?", "197X") also carries `display_date`, the date as Dyad
 * writes it. An open start ("../1990") is shown at its end.
 * @example timelineEvent({ date: '2018-05/2018-06', … }) // → { start_date: { year: 2018, month: 5, display_date: 'May 2018 – June 2018' }, end_date: { year: 2018, month: 6 }, … }
 */
export function timelineEvent(e: KnowledgeEvent): TimelineEvent {
  const range = edtfRange(e.date);
  const start = range.start ?? range.end ?? { year: 0 };
  const plain = /^-?\d{4}(-(0[1-9]|1[0-2])(-\d\d)?)?$/.test(e.date);
  const display = `${displayDate(e.date)}${range.uncertain ? ' (uncertain)' : ''}${range.approximate ? ' (approximate)' : ''}`;
  const actors = e.actors.map((a) => a.name).join(', ');
  const quotes = e.mentions.map((m) => `<blockquote>${escapeHtml(m.quote)}</blockquote><p><cite>${escapeHtml(m.doc)}</cite> [${m.start}–${m.end}]</p>`);
  return {
    start_date: { ...start, ...(plain ? {} : { display_date: display }) },
    ...(range.start && range.end ? { end_date: { ...range.end } } : {}),
    text: {
      headline: escapeHtml(`${typeLabel(e.type)}${actors ? `: ${actors}` : ''}`),
      text: [`<p>${escapeHtml(`${e.plover.type} · ${e.mode}${e.location ? ` · ${e.location}` : ''}`)}</p>`, ...quotes].join(''),
    },
    group: e.type,
    unique_id: e.id,
  };
}

/**
 * TimelineJS3 JSON: `{title, events}`, written an event at a time (the file is one JSON object,
 * so it is streamed as its opening, each event, and its close).
 */
export async function* eventsTimeline(engine: Engine, q: ExportFilters): AsyncGenerator<string> {
  const title = {
    text: {
      headline: 'Events',
      text: escapeHtml(`Dated, typed events from Dyad${q.type ? `, type ${q.type}` : ''}${q.from || q.to ? `, ${q.from ?? '…'} to ${q.to ?? '…'}` : ''}; each with the passages that state it.`),
    },
  };
  const open = `{"title":${JSON.stringify(title)},"events":[`;
  let first = true;
  // The opening is sent with the first page, so a bad filter fails before any output.
  for await (const page of pages((p) => engine.eventPage(p), q)) {
    yield (first ? open : '') + page.map((e, i) => `${first && i === 0 ? '\n' : ',\n'}${JSON.stringify(timelineEvent(e))}`).join('');
    first = false;
  }
  yield `${first ? open : ''}\n]}\n`;
}
