import { readFileSync } from 'node:fs';
import type { EventMode } from '../../model/annotation.js';
import { lexiconPath } from '../../lexicon.js';
import { PatternSet } from '../pattern-set.js';

export interface EventType {
  id: string;
  plover: { type: string; mode: string };
  triggers: RegExp[];
  /** The triggers are nouns statistics count ("students"): a clause with a quantity is a statistic. */
  countedNoun?: boolean;
  /** A sentence with a trigger but no date takes the last date of its paragraph. */
  fromContext?: boolean;
}

/** A trigger as the lexicon writes it: a pattern, or one that ranks just before another type or is matched with case. */
type RawTrigger = string | { pattern: string; before?: string; caseSensitive?: boolean };

export interface EventTypes {
  types: EventType[];
  /** Triggers that rank before another type than their own, with their rank. */
  ranked: { type: EventType; priority: number; re: RegExp }[];
  modes: Record<Exclude<EventMode, 'asserted'>, RegExp[]>;
  /** Every trigger, own place or ranked, searched together. */
  all: { type: EventType; priority: number; re: RegExp }[];
  search: PatternSet;
}

let cached: EventTypes | undefined;

/** A mode pattern is tested, not scanned: `test` on a global regex would move its `lastIndex`. */
const withoutGlobal = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));

/** The event types of lexicon/event-types.json, in priority order, with compiled triggers. */
export function eventTypes(): EventTypes {
  if (!cached) {
    const raw = JSON.parse(readFileSync(lexiconPath('event-types.json'), 'utf8'));
    const rawTypes = raw.types as (Omit<EventType, 'triggers'> & { triggers: RawTrigger[] })[];
    const compile = (x: RawTrigger) => (typeof x === 'string' ? new RegExp(x, 'gi') : new RegExp(x.pattern, x.caseSensitive ? 'g' : 'gi'));
    const ownPlace = (x: RawTrigger) => typeof x === 'string' || x.before === undefined;
    const types: EventType[] = rawTypes.map((t) => ({ ...t, triggers: t.triggers.filter(ownPlace).map(compile) }));
    const ranked = rawTypes.flatMap((t, i) =>
      t.triggers.flatMap((x) => {
        if (ownPlace(x) || typeof x === 'string') return [];
        const before = rawTypes.findIndex((o) => o.id === x.before);
        if (before < 0) throw new Error(`lexicon/event-types.json: trigger of "${t.id}" ranks before unknown type "${x.before}"`);
        return [{ type: types[i]!, priority: before - 0.5, re: compile(x) }];
      }),
    );
    const all = [...types.flatMap((type, priority) => type.triggers.map((re) => ({ type, priority, re }))), ...ranked];
    cached = {
      types,
      ranked,
      all,
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
  start: number;
  end: number;
}

/** Every trigger of every type in `text`, with offsets relative to `base`. */
export function findTriggers(text: string, base = 0): Trigger[] {
  const out: Trigger[] = [];
  const { all, search } = eventTypes();
  search.matchAll(text).forEach((matches, i) => {
    const { type, priority } = all[i]!;
    for (const m of matches) out.push({ type, priority, start: base + m.index, end: base + m.index + m[0].length });
  });
  return withoutOuter(out);
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
