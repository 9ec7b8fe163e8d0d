import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldEvent {
  id: string;
  doc: string;
  quote: string;
  date: string;
  type: string;
  actors: string[];
}
export interface GoldFact {
  id: string;
  doc: string;
  quote: string;
  indicator: string;
  value: number;
  unit: string;
  period?: string;
  subject?: string;
  qualifier: string;
}

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Reads the gold set folder (events.jsonl, facts.jsonl). */
export function readGold(dir: string): { events: GoldEvent[]; facts: GoldFact[] } {
  return { events: jsonl<GoldEvent>(join(dir, 'events.jsonl')), facts: jsonl<GoldFact>(join(dir, 'facts.jsonl')) };
}

/** Where a gold quote lies in a text: exact first, then ignoring white-space differences. */
export function locate(text: string, quote: string): { start: number; end: number } | undefined {
  const i = text.indexOf(quote);
  if (i >= 0) return { start: i, end: i + quote.length };
  const pattern = new RegExp(
    quote
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
