import type { AskCorpus } from './corpus.js';
import { find, cite, type Found } from './find.js';
import type { ParsedQuestion } from './question.js';
import { matches } from './retrieve.js';
import { near, sidesOf, speaker } from './stances.js';
import type { Claim } from './types.js';

// One side of a report dates an act one way, the other side another way nearby: "Libreville said the attack began at dawn on Saturday.
// Yaoundé said the shooting started late on Friday night." Both claims, each cited.

/** Whether two EDTF dates are one date told at two precisions (2025-10 and 2025-10-04), not two. */
const nested = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
/** A day of the act a side tells: a date of its own (no interval), not the report's or the passage's date an answer falls back on. */
const ownDay = (s: { value: string; text: string }) => /^\d{4}-\d\d/.test(s.value) && !s.value.includes('/') && !/\(date of the (?:report|passage)\)$/.test(s.text);

/**
 * The claims of the two sides of a report that date the act asked differently: the answer's date read after a side's verb of saying,
 * and a date read after the other side's verb within three sentences, each after a word of the question's act (its verb or a word of
 * what it asks) told after the verb of saying. Not two dates nested one in the other, more than a year apart, or the report's own date ("on Monday, … accused each other").
 * @example (await sidesOnDate(q, found, corpus))?.map((c) => c.answer) // → ['Gabon: Saturday morning (4 October 2025)', 'Cameroon: Friday night (3 October 2025)']
 */
export async function sidesOnDate(q: ParsedQuestion, found: Found, corpus: AskCorpus): Promise<Claim[] | undefined> {
  const mine = found.spans[0];
  if (!mine || !ownDay(mine)) return undefined;
  const pair = await sidesOf(q, [found.scored], corpus);
  const one = await speaker(found.doc, found.at, pair, corpus);
  const asked = q.terms.filter((t) => !t.name);
  // The act is told before its date, after the verb of saying: "said the attack began at dawn on Saturday", not "accused each other on
  // Monday of starting a clash" (the day of the saying).
  const dated = (words: Found['at']['words'], from: number, at: number) => words.some((w) => w.start >= from && w.end <= at && asked.some((t) => matches(t, w)));
  if (!one || !dated(found.at.words, one.from, mine.start)) return undefined;
  const d = (await corpus.timed(found.at.doc))!;
  for (const p of near(corpus, d, found.at.index)) {
    const other = await speaker(
      found.doc,
      p,
      pair.filter((c) => c !== one.country),
      corpus,
    );
    if (!other) continue;
    const theirs = await find(q.wants[0]!, q, { ...found.scored, passage: p, matched: [] }, corpus);
    const o = theirs?.at === p ? theirs.spans.find((s) => dated(p.words, other.from, s.start) && ownDay(s)) : undefined;
    if (!o || nested(o.value, mine.value) || Math.abs(Number(o.value.slice(0, 4)) - Number(mine.value.slice(0, 4))) > 1) continue;
    return [
      { answer: `${one.name}: ${mine.text}`, citations: [cite(found.doc, found.at)] },
      { answer: `${other.name}: ${o.text}`, citations: [cite(found.doc, p)] },
    ];
  }
  return undefined;
}
