import { readFileSync } from 'node:fs';
import type { EventMode } from '../../model/annotation.js';
import { lexiconPath } from '../../lexicon.js';
import { PatternSet } from '../pattern-set.js';

export interface Plover { type: string; mode: string }

export interface EventType {
  id: string;
  plover: Plover;
  triggers: RegExp[];
  /** The triggers are nouns statistics count ("students"): a clause with a quantity is a statistic. */
  countedNoun?: boolean;
  /** A sentence with a trigger but no date takes the last date of its paragraph. */
  fromContext?: boolean;
}

/** A trigger as the lexicon writes it: a pattern, or one that ranks just before another type or is matched with case. */
type RawTrigger = string | { pattern: string; before?: string; caseSensitive?: boolean };
/** A type as the lexicon writes it; `groups` are triggers of the type whose PLOVER category is their own ("summoned the ambassador": DISAPPROVE). */
type RawType = Omit<EventType, 'triggers'> & { triggers?: RawTrigger[]; groups?: { plover: Plover; triggers: RawTrigger[] }[] };
/** One compiled trigger: its type, rank and the PLOVER category it signals. */
export interface TriggerRule { type: EventType; priority: number; re: RegExp; plover: Plover }

export interface EventTypes {
  types: EventType[];
  modes: Record<Exclude<EventMode, 'asserted'>, RegExp[]>;
  /** PLOVER categories whose acts a clause tells one by one: each is an event beside the clause's main one. */
  separate: Set<string>;
  /** Every trigger, at its type's place or ranked before another type, searched together. */
  all: TriggerRule[];
  search: PatternSet;
}

let cached: EventTypes | undefined;

/** A mode pattern is tested, not scanned: `test` on a global regex would move its `lastIndex`. */
const withoutGlobal = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));

/** The event types of lexicon/event-types.json, in priority order, with compiled triggers. */
export function eventTypes(): EventTypes {
  if (!cached) {
    const raw = JSON.parse(readFileSync(lexiconPath('event-types.json'), 'utf8'));
    const rawTypes = raw.types as RawType[];
    const compile = (x: RawTrigger) => (typeof x === 'string' ? new RegExp(x, 'gi') : new RegExp(x.pattern, x.caseSensitive ? 'g' : 'gi'));
    const types: EventType[] = rawTypes.map(({ groups: _groups, ...t }) => ({ ...t, triggers: (t.triggers ?? []).map(compile) }));
    const all = rawTypes.flatMap((t, i) =>
      [{ plover: t.plover, triggers: t.triggers ?? [] }, ...(t.groups ?? [])].flatMap(({ plover, triggers }) =>
        triggers.map((x) => {
          const before = typeof x === 'string' || x.before === undefined ? i : rawTypes.findIndex((o) => o.id === x.before) - 0.5;
          if (before < 0) throw new Error(`lexicon/event-types.json: trigger of "${t.id}" ranks before unknown type "${(x as { before: string }).before}"`);
          return { type: types[i]!, priority: before, re: compile(x), plover };
        }),
      ),
    );
    cached = {
      types,
      all,
      separate: new Set(raw.separateCategories as string[] ?? []),
      search: new PatternSet(all.map((t) => t.re)),
      modes: Object.fromEntries(Object.entries(raw.modes as Record<string, RawTrigger[]>).map(([k, v]) => [k, v.map((x) => withoutGlobal(compile(x)))])) as EventTypes['modes'],
    };
  }
  return cached;
}

/** A trigger found in a text: which type, where. */
export interface Trigger {
  type: EventType;
  priority: number;
  plover: Plover;
  start: number;
  end: number;
}

/** Every trigger of every type in `text`, with offsets relative to `base`. */
export function findTriggers(text: string, base = 0): Trigger[] {
  const out: Trigger[] = [];
  const { all, search } = eventTypes();
  search.matchAll(text).forEach((matches, i) => {
    const { type, priority, plover } = all[i]!;
    for (const m of matches) out.push({ type, priority, plover, start: base + m.index, end: base + m.index + m[0].length });
  });
  return withoutNested(withoutOuter(out));
}

/**
 * Triggers less those inside a longer one of the same type that signals another PLOVER
 * category: "lifted its sanctions" is a retreat, and the "sanctions" inside it are none.
 */
function withoutNested(triggers: Trigger[]): Trigger[] {
  return triggers.filter((t) => !triggers.some((o) => o !== t && o.type === t.type && o.plover.type !== t.plover.type && o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start));
}

/**
 * Triggers less those that reach over another type's trigger to the same noun: in "did not
 * raise the issue in talks on the establishment of diplomatic ties", "establishment … ties"
 * names the event, not "raise … ties". The verb nearest the noun governs it.
 */
function withoutOuter(triggers: Trigger[]): Trigger[] {
  const byEnd = new Map<number, Trigger[]>();
  for (const t of triggers) {
    const same = byEnd.get(t.end);
    if (same) same.push(t);
    else byEnd.set(t.end, [t]);
  }
  return triggers.filter((t) => !byEnd.get(t.end)!.some((o) => o.type !== t.type && o.start > t.start));
}
