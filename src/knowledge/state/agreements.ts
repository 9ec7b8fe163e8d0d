import type { KnowledgeEvent } from '../annotation-queries.js';
import { byDate, cite, namesEndingWith, pairOf, tidy, type PairCodes } from './common.js';
import { stateLexicon } from './state-lexicon.js';
import type { Agreement } from './types.js';
import { mechanismKey } from './mechanisms.js';

/**
 * The agreement a passage names: a capitalised name ending with a head of lexicon/state.json
 * ("the Australia-Indonesia Economic Partnership Agreement"), else the lowercase phrase a head ends ("a reparations agreement").
 * With the event's date, a passage listing several takes the one named before that year.
 * @example agreementIn('In March 2019, the Australia-Indonesia Economic Partnership Agreement was signed in Jakarta.') // → 'Australia-Indonesia Economic Partnership Agreement'
 */
export function agreementIn(quote: string, date?: string): string | undefined {
  const heads = stateLexicon().agreements.heads;
  const names = namesEndingWith(quote, heads);
  // A list of agreements with their years ("the Trade Agreement (1975), the Air Services Agreement (1979)"): the name before the event's year.
  const year = date ? quote.search(new RegExp(`\\b${date.slice(0, 4)}\\b`)) : -1;
  const named = (year >= 0 ? names.filter((n) => n.index < year).at(-1) : undefined) ?? names[0];
  if (named) return named.name;
  const plain = new RegExp(`\\b(?:an?|the)\\s+((?:[\\p{Ll}-]+\\s+){0,3}(?:${heads.join('|')}))\\b`, 'iu').exec(quote);
  return plain ? tidy(plain[1]!) : undefined;
}

/**
 * Agreements of a pair, signed or in force (lexicon/state.json maps event types to a status):
 * one item per agreement, status and date, with every passage that tells it.
 */
export function agreementsOf(events: KnowledgeEvent[], pairs: PairCodes[]): Agreement[] {
  const status = stateLexicon().agreements.events;
  const out: Agreement[] = [];
  for (const e of [...events].sort(byDate)) {
    const s = status[e.type];
    if (!s || e.mode !== 'asserted') continue;
    const pair = pairOf(e, pairs, false);
    if (!pair) continue;
    const name = e.mentions.map((m) => agreementIn(m.quote, e.date)).find(Boolean);
    if (!name) continue;
    const same = out.find((a) => a.status === s && a.date === e.date && mechanismKey(a.name) === mechanismKey(name));
    if (same) same.citations.push(...e.mentions.map(cite));
    else out.push({ date: e.date, name, status: s, pair, citations: e.mentions.map(cite) });
  }
  return out;
}
