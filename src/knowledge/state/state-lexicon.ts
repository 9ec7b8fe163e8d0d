import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import { eventTypes } from '../../extract/events/event-types.js';

/** A named pattern of lexicon/state.json, compiled (case-insensitive, on folded text). */
export interface Pattern {
  id: string;
  re: RegExp;
}

/** The vocabulary of `dyad state` (lexicon/state.json): levels, mechanism and agreement words, offices. */
export interface StateLexicon {
  partnership: { events: string[]; levels: Pattern[] };
  mechanisms: { events: string[]; heads: string[]; levels: Pattern[]; frequencies: Pattern[] };
  visits: { events: string[]; offices: Pattern[] };
  agreements: { events: Record<string, string>; heads: string[] };
}

function regex(file: string, entry: string, source: unknown): RegExp {
  if (typeof source !== 'string' || !source) lexiconInvalid(file, entry, 'needs a pattern (a regular expression)');
  try {
    return new RegExp(source, 'giu');
  } catch (err) {
    return lexiconInvalid(file, entry, `"${source}" is no valid regular expression (${(err as Error).message})`);
  }
}

function patterns(file: string, section: string, list: unknown): Pattern[] {
  if (!Array.isArray(list)) lexiconInvalid(file, section, 'must be a list of {id, pattern}');
  const seen = new Set<string>();
  return list.map((p: { id?: unknown; pattern?: unknown }, i: number) => {
    if (typeof p?.id !== 'string' || !p.id) lexiconInvalid(file, `${section}[${i}]`, 'needs an id');
    if (seen.has(p.id)) lexiconInvalid(file, `${section} "${p.id}"`, 'is given twice');
    seen.add(p.id);
    return { id: p.id, re: regex(file, `${section} "${p.id}"`, p.pattern) };
  });
}

function words(file: string, section: string, list: unknown): string[] {
  if (!Array.isArray(list) || !list.length || list.some((w) => typeof w !== 'string' || !w)) lexiconInvalid(file, section, 'must be a non-empty list of words');
  for (const w of list as string[]) regex(file, `${section} "${w}"`, w);
  return list as string[];
}

function eventList(file: string, section: string, list: unknown): string[] {
  const known = new Set(eventTypes().types.map((t) => t.id));
  const ids = words(file, section, list);
  for (const id of ids) if (!known.has(id)) lexiconInvalid(file, `${section} "${id}"`, `is no event type of event-types.json (${[...known].join(', ')})`);
  return ids;
}

/**
 * Checks and compiles lexicon/state.json: a missing section, an unknown event type or a bad
 * regular expression is LEXICON_INVALID naming the file and the entry.
 * @example compileStateLexicon(readLexicon('state.json'), 'state.json').visits.events // → ['leader_visit']
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lexicon file's JSON, checked field by field below
export function compileStateLexicon(raw: any, file: string): StateLexicon {
  for (const s of ['partnership', 'mechanisms', 'visits', 'agreements']) if (typeof raw?.[s] !== 'object' || raw[s] === null) lexiconInvalid(file, s, 'section is missing');
  const status = raw.agreements.events;
  if (typeof status !== 'object' || status === null || Array.isArray(status)) lexiconInvalid(file, 'agreements.events', 'must map event types to a status');
  eventList(file, 'agreements.events', Object.keys(status));
  for (const [k, v] of Object.entries(status)) if (typeof v !== 'string' || !v) lexiconInvalid(file, `agreements.events "${k}"`, 'needs a status (signed, in_force, …)');
  return {
    partnership: { events: eventList(file, 'partnership.events', raw.partnership.events), levels: patterns(file, 'partnership.levels', raw.partnership.levels) },
    mechanisms: {
      events: eventList(file, 'mechanisms.events', raw.mechanisms.events),
      heads: words(file, 'mechanisms.heads', raw.mechanisms.heads),
      levels: patterns(file, 'mechanisms.levels', raw.mechanisms.levels),
      frequencies: patterns(file, 'mechanisms.frequencies', raw.mechanisms.frequencies),
    },
    visits: { events: eventList(file, 'visits.events', raw.visits.events), offices: patterns(file, 'visits.offices', raw.visits.offices) },
    agreements: { events: status as Record<string, string>, heads: words(file, 'agreements.heads', raw.agreements.heads) },
  };
}

let cached: StateLexicon | undefined;

/** lexicon/state.json, read and checked once. */
export function stateLexicon(): StateLexicon {
  cached ??= compileStateLexicon(readLexicon('state.json'), lexiconPath('state.json'));
  return cached;
}

/** The id and the matched words of the first pattern that matches `text` (folded), with the match's offsets. */
export function firstMatch(list: Pattern[], folded: string): { id: string; index: number; text: string } | undefined {
  for (const p of list) {
    p.re.lastIndex = 0;
    const m = p.re.exec(folded);
    if (m) return { id: p.id, index: m.index, text: m[0] };
  }
  return undefined;
}
