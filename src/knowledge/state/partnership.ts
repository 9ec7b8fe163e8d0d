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
 * both states of a pair whose passage names a level dates a step, named as its first passage that
 * names one. A step is the first dating of each level: the same level told again (on a finer date
 * within it, an anniversary, a later title restating it: "under the Extensive Strategic Partnership
 * they launched …" years on) adds its passages to the step's citations, never a new step.
 * @example partnershipSteps([upgrade2014, restated2019], [{ codes: ['CHL', 'PER'], docs }]) // → [{ date: '2014-03', level: 'strategic-partnership', citations: [2014's, 2019's] }]
 */
export function partnershipSteps(events: KnowledgeEvent[], pairs: PairCodes[]): PartnershipStep[] {
  const types = new Set(stateLexicon().partnership.events);
  const steps = new Map<string, PartnershipStep>();
  for (const e of [...events].sort(byDate)) {
    if (!types.has(e.type) || e.mode !== 'asserted') continue;
    const pair = pairOf(e, pairs, true);
    if (!pair) continue;
    const named = e.mentions.map((m) => ({ m, level: levelIn(m.quote) })).filter((x) => x.level);
    if (!named.length) continue;
    const { level, name } = named[0]!.level!;
    const key = `${pair.join()}|${level}`;
    const same = steps.get(key);
    const citations = named.map((x) => cite(x.m));
    // "In 2014" and "in March 2014" tell one step; it takes the finer date.
    if (same && sameTime(same.date, e.date) && e.date.length > same.date.length) same.date = e.date;
    if (same) same.citations.push(...citations.filter((c) => !same.citations.some((d) => d.doc === c.doc && d.start === c.start)));
    else steps.set(key, { date: e.date, name, level, pair, citations });
  }
  return [...steps.values()].sort(byDate);
}
