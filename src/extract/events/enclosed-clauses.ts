import { tag, type Token } from '../nlp/tagger.js';
import { PARTICIPLE } from './back-reference.js';

/** Which stretches of a sentence set off by commas tell a thing of their own, with its own date (issue 10, session 30). */

type Span = { start: number; end: number };
/**
 * A stretch, `sealed` when its date reaches no trigger outside it, before it or after (a past perfect run to the sentence's end),
 * but its `antecedent`: the noun right before its comma that the relative clause tells of ("condemned the raid, which had killed …").
 */
export type Stretch = Span & { sealed?: true; antecedent?: Span };

/**
 * A relative clause in the past perfect (", who had arrived in Harare in March 2024."): its time lies before the main
 * clause's (Reichenbach: the event before the reference time), so it dates the thing the clause tells of, never the act of
 * the main clause, even when it runs to the sentence's end (session 40).
 */
const PAST_PERFECT_RELATIVE = /^\s*(?:who|which|whom|whose)\b[^,;.]{0,40}?\bhad\s+(?:(?:not|never|already|just|\p{L}+ly)\s+)?(?:been\s+)?\p{L}+(?:ed|en|wn|ne|t)\b/iu;

/** A relative pronoun opening the stretch: ", who visited Accra in 2019", ", which Lima ratified in May". */
const RELATIVE = /^\s*(?:who|which|whom|whose)\b/i;
/** What ends a stretch opened by a comma: the next comma, a semicolon, a bracket or a dash. */
const STRETCH_END = /[,;()\u2013\u2014]/g;
/** Parts of speech that may open an appositive: "a former envoy", "Kenya's minister", "then ambassador". */
const APPOSITIVE_OPENS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
/** The head of the noun phrase before the opening comma: the subject the stretch describes. */
const SUBJECT_HEAD = new Set(['NOUN', 'PROPN']);

/**
 * The stretches of sentence `s` that commas set off from its main clause to tell of a thing of their own, each holding
 * one of `dates` and closed by a comma: a relative clause (", who visited Kampala in 2019,") and,
 * between a noun and the verb it is the subject of, an appositive or a participle (", ambassador to Uganda in 2019,",
 * ", signed in 2019,"). A date inside one is its own verb's, not the main clause's: "Kenya's foreign minister, who
 * visited Kampala in 2019, summoned the Ugandan ambassador" dates the summons by anything but 2019. A stretch that opens
 * with a preposition or an "-ing" participle ("Kenya, in 2019, opened …", "The two sides, meeting on 4 May, signed …")
 * sets the main clause's time, and a comma inside a date ("on Tuesday, May 14,") opens nothing.
 * A relative clause in the past perfect run to the sentence's end is a sealed stretch (session 40), its antecedent one of
 * `triggers`; only when `seal` (the paragraph or the report has a date for the main clause's act) or a date stands before it.
 * @example enclosedClauses('Ali, who left in 2019, met Ida.', { start: 0, end: 31 }, [{ start: 17, end: 21 }]) // → [{ start: 3, end: 21 }]
 */
export function enclosedClauses(text: string, s: Span, dates: Span[], triggers: Span[] = [], seal = true): Stretch[] {
  const inDate = (at: number) => dates.some((d) => d.start <= at && at < d.end);
  const out: Stretch[] = [];
  let tokens: Token[] | undefined;
  for (let c = text.indexOf(',', s.start); c >= 0 && c < s.end; c = text.indexOf(',', c + 1)) {
    if (inDate(c)) continue;
    const close = stretchEnd(text, c + 1, s.end, inDate);
    if (!dates.some((d) => d.start > c && d.end <= close)) continue;
    // A stretch that runs to the sentence's end interrupts nothing ("resumed the talks, which opened on Saturday"), unless
    // it tells in the past perfect of a time before the main clause's, also after a date ("ratified it in July 2021, which …").
    if (text[close] !== ',') {
      if ((seal || dates.some((d) => d.end <= c)) && PAST_PERFECT_RELATIVE.test(text.slice(c + 1, close)) && /^\s*(?:[.!?"”)]|$)/.test(text.slice(close, s.end)))
        out.push({ start: c, end: close, sealed: true, ...antecedentOf(text, s, c, triggers) });
      continue;
    }
    if (dates.some((d) => d.end === c)) continue;
    if (RELATIVE.test(text.slice(c + 1, close))) {
      out.push({ start: c, end: close });
      continue;
    }
    tokens ??= tag(text.slice(s.start, s.end), s.start);
    if (setOffNoun(text, tokens, c, close, dates)) out.push({ start: c, end: close });
  }
  return out;
}

/**
 * The noun right before comma `c` that a sealed relative clause tells of, when a trigger names it and another trigger before it
 * tells the main clause's act: "Togo condemned the raid, which had killed three soldiers on 3 June" dates the raid by 3 June,
 * the condemnation not. A noun that is the only act the main clause names ("resumed the talks, which had broken down in 2022")
 * stands for that act and is no antecedent.
 */
function antecedentOf(text: string, s: Span, c: number, triggers: Span[]): { antecedent?: Span } {
  const word = /[\p{L}\p{N}'’-]+$/u.exec(text.slice(s.start, c));
  if (!word) return {};
  const head = { start: s.start + word.index, end: c };
  const named = triggers.some((t) => t.start >= head.start && t.end <= head.end);
  const main = triggers.some((t) => t.end <= head.start && t.start >= s.start);
  return named && main ? { antecedent: head } : {};
}

/** Where a stretch opened at `from` ends: the next comma, semicolon, bracket or dash outside a date, else the sentence's end. */
function stretchEnd(text: string, from: number, end: number, inDate: (at: number) => boolean): number {
  STRETCH_END.lastIndex = from;
  for (let m = STRETCH_END.exec(text); m && m.index < end; m = STRETCH_END.exec(text)) if (!inDate(m.index)) return m.index;
  return end;
}

/**
 * Whether the stretch between commas `open` and `close` is an appositive or a participle set between a subject and its
 * verb: a noun before the opening comma, a verb (adverbs skipped) after the closing one, and a noun phrase or a past
 * participle opening the stretch, which holds no verb of its own but after a relative pronoun.
 */
function setOffNoun(text: string, tokens: Token[], open: number, close: number, dates: Span[]): boolean {
  const word = (t: Token) => text.slice(t.start, t.end);
  const before = tokens.findLast((t) => t.end <= open);
  if (!before || !SUBJECT_HEAD.has(before.pos)) return false;
  const after = tokens.filter((t) => t.start > close);
  const verb = after.find((t) => t.pos !== 'ADV');
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  const inside = tokens.filter((t) => t.start > open && t.end <= close);
  const first = inside[0];
  if (!first || dates.some((d) => d.start <= first.start && first.start < d.end)) return false;
  if (/ing$/i.test(word(first))) return false;
  const participle = first.pos === 'VERB' && PARTICIPLE.test(word(first).toLowerCase());
  if (!participle && !APPOSITIVE_OPENS.has(first.pos)) return false;
  const relative = inside.findIndex((t) => RELATIVE.test(word(t)));
  const own = relative < 0 ? inside.slice(1) : inside.slice(1, relative);
  return !own.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * The triggers outside every stretch set off by commas (`enclosed`, of `enclosedClauses`) when those stretches hold all of a
 * sentence's `dates`, and no event `told` has them: the main clause's acts, which no date of the sentence dates ("Kenya's foreign minister, who
 * visited Kampala in 2019, summoned the Ugandan ambassador": the summons). Empty when a date stands in the main clause.
 */
export function outsideEnclosed<T extends Span>(triggers: T[], dates: Span[], told: { trigger: Span }[], enclosed: Stretch[]): T[] {
  if (!enclosed.length) return [];
  return triggers.filter((t) => dates.every((d) => !reaches(t, d, enclosed)) && !told.some((e) => e.trigger.start < t.end && t.start < e.trigger.end));
}

const within = (t: Span, e: Span) => t.start >= e.start && t.end <= e.end;

/**
 * Whether a date may date a trigger: not when it stands in a stretch set off by commas (`enclosedClauses`) that ends
 * before the trigger ("…, who visited Kampala in 2019, summoned"). A trigger before the stretch, or reaching into it, may take it;
 * of a sealed stretch, only a trigger inside it or its antecedent ("the raid, which had killed …").
 */
export const reaches = (t: Span, d: Span, enclosed: Stretch[]) =>
  !enclosed.some((e) => d.start >= e.start && d.end <= e.end && (t.start >= e.end || (e.sealed === true && !within(t, e) && !(e.antecedent && within(t, e.antecedent)))));
