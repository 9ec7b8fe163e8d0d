import { readFileSync } from 'node:fs';
import type { EventMode } from '../../model/annotation.js';
import { lexiconPath } from '../../lexicon.js';

export interface EventType {
  id: string;
  plover: { type: string; mode: string };
  triggers: RegExp[];
  /** The triggers are nouns statistics count ("students"): a clause with a quantity is a statistic. */
  countedNoun?: boolean;
}

export interface EventTypes {
  types: EventType[];
  modes: Record<Exclude<EventMode, 'asserted'>, RegExp[]>;
}

let cached: EventTypes | undefined;

/** The event types of lexicon/event-types.json, in priority order, with compiled triggers. */
export function eventTypes(): EventTypes {
  if (!cached) {
    const raw = JSON.parse(readFileSync(lexiconPath('event-types.json'), 'utf8'));
    cached = {
      types: raw.types.map((t: { id: string; plover: EventType['plover']; triggers: string[] }) => ({ ...t, triggers: t.triggers.map((s) => new RegExp(s, 'gi')) })),
      modes: Object.fromEntries(Object.entries(raw.modes as Record<string, string[]>).map(([k, v]) => [k, v.map((s) => new RegExp(s, 'i'))])) as EventTypes['modes'],
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
  eventTypes().types.forEach((type, priority) => {
    for (const re of type.triggers) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) out.push({ type, priority, start: base + m.index!, end: base + m.index! + m[0].length });
    }
  });
  return out;
}
