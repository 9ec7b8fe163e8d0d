/**
 * The tense of the clause around a time expression, read from the verb nearest it. News places
 * a bare "Friday" or "in March" by tense: "said Friday" is the Friday before the report, "will
 * meet Friday" the one after.
 */

export type Tense = 'past' | 'present' | 'future';

/**
 * "planned for Saturday", "scheduled for Monday": the day a plan is for lies ahead (session 27), as after "planned to". So it does
 * after a present "be" with "expected" or "due" and a place or a time (session 41): "is expected in Lomé in November", "are due
 * at the summit on Friday" tell a plan; "was expected in November" is the past's.
 */
const FUTURE =
  /\b(?:will|won't|wo n't|'ll|shall|going to|is to|are to|set to|scheduled to|due to (?:be|meet|arrive|begin|start|resume|visit|vote|leave)|plans? to|planning to|planned to|(?:planned|scheduled|slated) for|expected to|(?:is|are)\s+(?:now\s+|also\s+|still\s+)?(?:expected|due)\s+(?:in|at|on|for)|as soon as|next(?!\s+to\b))\b/gi;
const PRESENT = /\b(?:is|are|am|has|have|does)\b/gi;
/** Irregular past forms of verbs news tells events with ("-ed" covers the rest). */
export const IRREGULAR_PAST =
  'told came went met began took made gave left broke found held brought bought sold sought fought caught thought won lost ran became saw knew grew drew threw flew fell felt kept led paid sent spent spoke stood struck wrote rose chose got shot sank stole swore tore froze drove forgot built lent meant heard withdrew overthrew undertook underwent foresaw';
/** Past forms: "-ed" and the irregular ones. */
const PAST = new RegExp(`\\b(?:said|says|say|was|were|had|did|been|ago|last|earlier|[a-z]{2,}ed|${IRREGULAR_PAST.split(' ').join('|')})\\b`, 'gi');

/** Markers nearer than this many characters on either side count; the rest is another clause. */
const REACH = 80;

/**
 * The tense nearest a span, within its sentence: the closest marker of future, present or past.
 * Past when nothing marks it (news reports what happened). `reach`: how far to look, in characters.
 * @example tenseAt('Talks will resume Monday.', 18, 24) // → 'future'
 */
export function tenseAt(text: string, start: number, end: number, reach = REACH): Tense {
  return markedTenseAt(text, start, end, reach) ?? 'past';
}

/** The tense nearest a span within `reach` characters of its sentence, or null when no word marks one. */
export function markedTenseAt(text: string, start: number, end: number, reach = REACH): Tense | null {
  const from = Math.max(0, start - reach);
  const to = Math.min(text.length, end + reach);
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  // A sentence ends at a full stop followed by a space and a capital, or at a blank line.
  const cut = before.search(/[.!?]["'”]?\s+[A-Z`"“][^.!?]*$|\n\s*\n(?![\s\S]*\n\s*\n)/);
  if (cut >= 0) before = before.slice(before.slice(cut).search(/\s/) + cut);
  const stop = after.search(/[.!?](?=["'”]?\s+[A-Z`"“])|\n\s*\n/);
  if (stop >= 0) after = after.slice(0, stop);
  // "raised them in February and I will raise them again": a conjunction and a subject pronoun open another clause, whose tense is its own.
  const other = after.search(/[\s,](?:and|but|while|whereas)\s+(?:I|we|he|she|they|you)\s/);
  if (other >= 0) after = after.slice(0, other);
  // ", officials said": the reporting verb's tense says when it was said, not when.
  after = after.replace(/,\s*(?:[\w'’-]+\s+){0,3}(?:said|says|told|added|announced)\b.*$/s, '');
  let best: { d: number; tense: Tense } | null = null;
  const scan = (s: string, offset: number, tense: Tense, re: RegExp) => {
    for (const m of s.matchAll(re)) {
      const d = offset < 0 ? s.length - m.index! - m[0].length : m.index!;
      let t = tense;
      // "The talks, originally scheduled for Monday, were cancelled", "The vote planned for Monday was postponed": a plan
      // told as past (a past auxiliary or "originally" before it, a past main verb after its day) is no future.
      if (tense === 'future' && /^(?:planned|scheduled|slated)\s/i.test(m[0]) && planPast(s.slice(0, m.index!), offset < 0 ? after : '')) continue;
      // "new markets untouched by the crisis", "a truce brokered by Qatar": a participle after its noun, agent following, describes; it is no verb of the clause.
      if (tense === 'past' && /ed$/i.test(m[0]) && /^\s+by\b/i.test(s.slice(m.index! + m[0].length, m.index! + m[0].length + 4)) && !AUX_BEFORE.test(s.slice(Math.max(0, m.index! - 30), m.index!)))
        continue;
      if (tense === 'past') {
        // A participle inside a verb group takes the group's tense: "will be named" is future, "has gained" past, "is expected" present.
        const aux = AUX_BEFORE.exec(s.slice(Math.max(0, m.index! - 30), m.index!))?.[1]!.toLowerCase();
        if (aux) t = /^(?:will|shall|'ll|wo)/.test(aux) ? 'future' : /^(?:is|are|am)$/.test(aux) ? 'present' : 'past';
      }
      if (tense === 'present' && /^ha(?:s|ve)$/i.test(m[0]) && PARTICIPLE_AFTER.test(s.slice(m.index! + m[0].length, m.index! + m[0].length + 30))) t = 'past';
      // Future markers usually come before the verb they govern ("will ... meet"): they win ties.
      if (!best || d < best.d || (d === best.d && t === 'future')) best = { d, tense: t };
    }
  };
  for (const [re, tense] of [
    [FUTURE, 'future'],
    [PRESENT, 'present'],
    [PAST, 'past'],
  ] as const) {
    scan(before, -1, tense, re);
    scan(after, 1, tense, re);
  }
  return (best as { tense: Tense } | null)?.tense ?? null;
}

/** What before "planned for" tells the plan as past: "was scheduled for", "had been planned for", "originally scheduled for". */
const PLAN_PAST_BEFORE = /\b(?:was|were|had\s+been|originally|initially|previously|first)\s+$/i;
/** A past main verb right after the planned day: "planned for Monday was postponed", "scheduled for Monday, were cancelled". */
const PAST_VERB_AFTER = new RegExp(`^[\\s,]*(?:(?:also|then|later|eventually)\\s+)?(?:was|were|had|did|[a-z]{3,}ed(?!\\s+by\\b)|${IRREGULAR_PAST.split(' ').join('|')})\\b`, 'i');

/** Whether "planned/scheduled/slated for" is told as past, by what stands before it and what follows its day. */
function planPast(before: string, after: string): boolean {
  return PLAN_PAST_BEFORE.test(before) || PAST_VERB_AFTER.test(after);
}

/** The auxiliaries of a verb group ending right before a participle: "will be", "has", "are", "will have been". */
const AUX_BEFORE = /\b(will|shall|'ll|wo n't|won't|is|are|am|has|have|had|was|were)(?:\s+(?:not|n't|also|already|just|now|since))?(?:\s+(?:be|been|have|have been|being))?\s+$/i;
/** A participle right after "has"/"have": the present perfect tells what is done ("have gained", "has been"). */
const PARTICIPLE_AFTER =
  /^\s+(?:(?:not|also|already|just|since|now)\s+)?(?:been|[a-z]{2,}ed|said|told|made|met|held|taken|given|gone|left|won|lost|seen|done|begun|found|brought|built|sent|shot|struck)\b/i;
