import { fold } from '../../extract/fold.js';
import type { AskCorpus } from './corpus.js';
import type { ParsedQuestion } from './question.js';
import type { Scored } from './retrieve.js';
import { cite, find, type Found } from './find.js';
import { accounts } from './stances.js';
import { stateRuns } from './states.js';
import type { Answer } from './types.js';

// "How close did the ship come, according to Cyprus and according to Turkey?": the question names two sources, so it asks each one's figure.

/** A source's passage is read down to this score: each source tells the matter in its own words, holding fewer of the question's. */
const SOURCE_BELOW = 0.3;

/**
 * The states a question names as its sources, two or more: "according to Cyprus and according to Turkey", "according to Cyprus and Turkey".
 * @example sourcesAsked(parseQuestion('How far out was the ship, according to Cyprus and according to Turkey?')) // → ['CYP', 'TUR']
 */
export function sourcesAsked(q: ParsedQuestion): string[] {
  const at = fold(q.text).indexOf('according to ');
  if (at < 0) return [];
  const ids = stateRuns(q.text.slice(at)).map((r) => r.id.replace(/^country:/, ''));
  return [...new Set(ids)].length >= 2 ? [...new Set(ids)] : [];
}

/**
 * Each source's answer, from the best passage (down to `SOURCE_BELOW`) that names that source's state and none of the other sources', its
 * span of the kind asked; a `conflict` with a claim per source when two sources give different values, else undefined. A passage naming
 * both sources tells neither's account alone.
 */
export async function answerSources(q: ParsedQuestion, candidates: Scored[], corpus: AskCorpus, id: string | null): Promise<Answer | undefined> {
  const sources = sourcesAsked(q);
  const main = q.wants[0];
  if (sources.length < 2 || (main !== 'number' && main !== 'date')) return undefined;
  const told = new Map<string, Found>();
  for (const c of candidates) {
    if (c.score < SOURCE_BELOW || told.size === sources.length) break;
    const doc = await corpus.document(c.passage.doc);
    if (!doc) continue;
    const named = new Set((await corpus.entitiesWithin(doc, c.passage.start, c.passage.end, true)).filter((e) => e.kind === 'country').map((e) => e.entity.slice(8)));
    const own = sources.filter((s) => named.has(s));
    if (own.length !== 1 || told.has(own[0]!)) continue;
    const f = await find(main, q, c, corpus);
    if (f?.spans[0]) told.set(own[0]!, f);
  }
  const claims = [...told.entries()];
  if (claims.length < 2 || new Set(claims.map(([, f]) => f.spans[0]!.value)).size < 2) return undefined;
  const names = new Map(stateRuns(q.text).map((r) => [r.id.replace(/^country:/, ''), r.text]));
  const shown = sources
    .filter((s) => told.has(s))
    .map((s) => {
      const f = told.get(s)!;
      return { answer: `${names.get(s) ?? s}: ${f.spans[0]!.text}`, citations: [cite(f.doc, f.at)] };
    });
  return accounts(id, q, shown, claims[0]![1].scored.score);
}
