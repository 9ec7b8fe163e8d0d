import { fold } from '../../extract/fold.js';
import type { KnowledgeEvent } from '../annotation-queries.js';
import { byDate, cite, pairOf, tidy, type PairCodes } from './common.js';
import { firstMatch, stateLexicon } from './state-lexicon.js';
import type { PartnershipStep } from './types.js';

/**
 * The level a passage names and the words it names it with: a quoted title holding the level
 * ("Towards a Strategic Partnership for Growth and Security in the Pacific"), else the level's own words
 * as written ("Extensive Strategic Partnership").
 * @example levelIn('In 2018 the two countries upgraded ties to a "Strategic Partnership for Growth and Security in the Pacific".') // → { level: 'strategic-partnership', name: 'Strategic Partnership for Growth and Security in the Pacific' }
 */
export function levelIn(quote: string): { level: string; name: string } | undefined {
  const found = firstMatch(stateLexicon().partnership.levels, fold(quote));
  if (!found) return undefined;
  // A title, not a clause the source quotes: it opens with a capital.
  for (const q of quote.matchAll(/(?:^|[\s(])["“‘']([A-Z\p{Lu}][^"“”‘’]{5,199}?)["”’']/gu)) {
    const at = q.index! + q[0].length - q[1]!.length - 1;
    if (at <= found.index && found.index + found.text.length <= at + q[1]!.length) return { level: found.id, name: tidy(q[1]!) };
  }
  return { level: found.id, name: tidy(quote.slice(found.index, found.index + found.text.length)) };
}

/** The same date, or a date and a finer one within it ("2006", "2006-10"). */
const sameTime = (a: string, b: string) => a === b || (!a.includes('/') && !b.includes('/') && (a.startsWith(`${b}-`) || b.startsWith(`${a}-`)));

/**
 * The level of the relationship over time: each event of the lexicon's partnership types between
 * both states of a pair whose passage names a level is a step, dated as the event, named as its
 * first passage that names one; steps of one level and date (or a date within it), or of one level and name told again
 * later, are one step (the earliest) with every citation.
 */
export function partnershipSteps(events: KnowledgeEvent[], pairs: PairCodes[]): PartnershipStep[] {
  const types = new Set(stateLexicon().partnership.events);
  const steps: PartnershipStep[] = [];
  for (const e of [...events].sort(byDate)) {
    if (!types.has(e.type) || e.mode !== 'asserted') continue;
    const pair = pairOf(e, pairs, true);
    if (!pair) continue;
    const named = e.mentions.map((m) => ({ m, level: levelIn(m.quote) })).filter((x) => x.level);
    if (!named.length) continue;
    const { level, name } = named[0]!.level!;
    // The same level on the same date, or told again later under the same name (an anniversary of it), is one step.
    const same = steps.find((s) => s.level === level && s.pair.join() === pair.join() && (sameTime(s.date, e.date) || fold(s.name) === fold(name)));
    const citations = named.map((x) => cite(x.m));
    // "In 2014" and "in March 2014" tell one step; it takes the finer date.
    if (same && sameTime(same.date, e.date) && e.date.length > same.date.length) same.date = e.date;
    if (same) same.citations.push(...citations.filter((c) => !same.citations.some((d) => d.doc === c.doc && d.start === c.start)));
    else steps.push({ date: e.date, name, level, pair, citations });
  }
  return steps.sort(byDate);
}
