import type { EntityMention } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { eventTypes, type Trigger } from './event-types.js';

/** A trigger of reported speech. */
export type StatementTrigger = Trigger & { statement: true };

/**
 * Reported speech in news as a statement issued: "Foreign Secretary Ana Ruiz told MPs Chile was a
 * reliable partner" is an act of the speaker's state toward the other state of the pair, though
 * no act word names it (the guidelines' "a statement issued"). Only where no trigger types the
 * sentence: a saying whose content holds an act word is that act ("said it would expel …").
 *
 * A statement is a verb of saying (`SAYING`) whose subject is a resolved actor of the document's
 * pair — a person by office, a government, a ministry, a state — standing right before it (only
 * "also", an auxiliary or a weekday between: "Ruiz also said", "the ministry said on Monday"), and
 * whose content, the rest of the sentence, names the other state of the pair. Its category is
 * OTHER: the content's verb ("was", "were under review") says nothing of its own, and a content
 * whose verb did say so ("urged", "condemned") has a trigger already. Not a statement: a saying
 * with no named speaker ("analysts said", "a customs official said"), a speaker of a third
 * country, content that names only the speaker's own state, a saying that states a figure.
 */

/** Verbs of saying in the past or present, the forms news reports use. */
const SAYING = /\b(?:said|says|told|stated|declared|warned)\b/g;
/** What may stand between a speaker and the verb: "also", an auxiliary, "on Wednesday", "later". */
const BETWEEN = /^(?:\s+(?:also|later|then|again|has|have|had|on\s+\p{Lu}\p{L}+))*\s+$/u;
const SPEAKER_KINDS = new Set(['country', 'person', 'organisation']);

/** The country an actor speaks for: its own, or that of its office or body. */
const countryOf = (e: EntityMention): string | undefined => e.country;

/** A statement the sentence reports, as a trigger of type `other` from the verb of saying to the end of the content's first clause (marked `statement`), or undefined. */
export function statementOf(
  text: string,
  s: Sentence,
  entities: EntityMention[],
  pair: Set<string> | undefined,
  quantities: { valueStart: number; valueEnd: number }[] = [],
): StatementTrigger | undefined {
  if (!pair || pair.size !== 2) return undefined;
  // A saying that quotes a figure reports a statistic or a forecast ("the official said trade would double to $2 billion").
  if (quantities.some((q) => q.valueStart >= s.start && q.valueEnd <= s.end && /\d/.test(text.slice(q.valueStart, q.valueEnd)))) return undefined;
  const other = eventTypes().types.find((t) => t.id === 'other');
  if (!other) return undefined;
  const actors = entities.filter((e) => e.start >= s.start && e.end <= s.end);
  for (const m of text.slice(s.start, s.end).matchAll(SAYING)) {
    const verb = s.start + m.index!;
    const speaker = actors.findLast((e) => e.end <= verb && SPEAKER_KINDS.has(e.kind) && BETWEEN.test(text.slice(e.end, verb)));
    const side = speaker && countryOf(speaker);
    if (!side || !pair.has(side)) continue;
    const named = actors.filter((e) => e.start >= verb + m[0].length).map(countryOf);
    if (!named.some((c) => c && c !== side && pair.has(c))) continue;
    const stop = /[.;:]/.exec(text.slice(verb, s.end));
    const end = stop ? verb + stop.index : s.end;
    return { type: other, priority: eventTypes().types.length, plover: other.plover, start: verb, end: Math.min(end, verb + 80), statement: true };
  }
  return undefined;
}
