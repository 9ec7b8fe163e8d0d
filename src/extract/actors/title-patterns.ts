/**
 * Title patterns of lexicon/titles.json: the forms of a title before a person's name that the
 * plain `titles` of people.json cannot list one by one ("Consul-General", "chargé d'affaires",
 * "Lieutenant Colonel", "Minister of Industry and Commerce", "Defence Secretary", "police
 * chief"). The entity finder reads a name after one (or in apposition after it) as a person's.
 */
import { existsSync } from 'node:fs';
import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';

export interface TitlePattern {
  id: string;
  pattern: string;
  /** Sentences in which the name after the title is a person (title-patterns.test.ts runs them). */
  cases: string[];
}

let cached: { entries: TitlePattern[]; alternation: string } | undefined;

/** The entries of lexicon/titles.json, checked, and one alternation of their patterns (`(?:…)` each); none when the file is absent. */
export function titlePatterns(): { entries: TitlePattern[]; alternation: string } {
  if (cached) return cached;
  const path = lexiconPath('titles.json');
  if (!existsSync(path)) return (cached = { entries: [], alternation: '' });
  const raw = readLexicon(path) as { patterns?: unknown };
  if (!Array.isArray(raw.patterns)) lexiconInvalid(path, '"patterns"', 'must be a list of {id, pattern, cases}');
  const entries = raw.patterns as TitlePattern[];
  const ids = new Set<string>();
  for (const [i, e] of entries.entries()) {
    const at = `patterns[${i}]${typeof e?.id === 'string' ? ` (${e.id})` : ''}`;
    if (typeof e?.id !== 'string' || !e.id || ids.has(e.id)) lexiconInvalid(path, at, '"id" must be a non-empty string used once');
    ids.add(e.id);
    if (typeof e.pattern !== 'string' || !e.pattern) lexiconInvalid(path, at, '"pattern" must be a non-empty regular expression');
    try {
      new RegExp(e.pattern, 'u');
    } catch (err) {
      lexiconInvalid(path, at, `"${e.pattern}" is no regular expression: ${(err as Error).message}`);
    }
    if (!Array.isArray(e.cases) || !e.cases.length || e.cases.some((c) => typeof c !== 'string' || !c.trim())) lexiconInvalid(path, at, '"cases" must be a non-empty list of sentences');
  }
  cached = { entries, alternation: entries.map((e) => `(?:${e.pattern})`).join('|') };
  return cached;
}
