import { fold } from '../../extract/fold.js';
import type { DocumentRecord } from '../../model/document.js';
import type { EntityMention } from '../../model/annotation.js';
import { countriesIn } from '../state/common.js';
import type { AskCorpus, Passage } from './corpus.js';
import { answerWords } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import type { Scored } from './retrieve.js';
import type { Answer, Claim } from './types.js';
import { PAIR_LEAD } from './states.js';
import type { Found } from './find.js';

/** The longest part of a claim's words shown (what the side said, from its verb). */
export const CLAIM_WORDS = 140;
/** A side's passage must cover at least this share of the best passage's score. */
const SIDE_WITHIN = 0.4;
/** How many sentences either side of one side's account the other side's may stand, in the same report. */
const NEARBY = 3;

/** How many sentences either side the other side may deny or reject what one side says, in the same report ("Kigali denied…", paragraphs on). */
const DENIED_WITHIN = 8;

/** The passages of a document from `from` to `to` sentences either side of one (`from` ≥ 1), in document order, itself left out. */
export function* near(corpus: AskCorpus, d: DocumentRecord, index: number, to = NEARBY, from = 1): Generator<Passage> {
  for (let i = index - to; i <= index + to; i++) {
    const p = Math.abs(i - index) < from ? undefined : corpus.passage(d, i);
    if (p) yield p;
  }
}
/** A side's words in the sentence beside a candidate weigh this much of its score. */
const BESIDE = 0.9;

/**
 * Whether a question asks how two sides tell a matter ("according to each side", "how did A and B
 * describe…", "was A responsible…", "who started…") and names two states or more.
 * @example stanceAsked(parseQuestion('How did Chile and Peru describe the incident?')) // → true
 */
export function stanceAsked(q: ParsedQuestion): boolean {
  const f = fold(q.text);
  const { stanceCues, pairStanceCues, blameCues } = answerWords();
  const has = (cues: string[]) => cues.some((c) => new RegExp(`(^|[^\\p{L}])${c}($|[^\\p{L}])`, 'u').test(f));
  // "Who opened fire first?": each side tells it against the other, whatever the question names.
  if (q.type === 'who' && has(blameCues)) return true;
  // "Who was responsible for the clash, according to each side?" names no state: the sides are the pair of the report that answers (`sidesOf`).
  if (countriesIn(q.text).length < 2) return EACH_SIDE.test(f) && has(stanceCues);
  return has(stanceCues) || (has(pairStanceCues) && pairAsked(q));
}

/** "Each side", "both sides", "both governments": the question asks the accounts of the two states whatever it names. */
const EACH_SIDE = /\b(?:each|both) (?:side|sides|party|parties|government|governments|country|countries)\b/;

/**
 * The states whose accounts are asked: those the question names, else, when it names fewer than
 * two ("according to each side"), the two the opening of the best passage's report names.
 */
export async function sidesOf(q: ParsedQuestion, candidates: Scored[], corpus: AskCorpus): Promise<string[]> {
  const named = countriesIn(q.text);
  const best = candidates[0];
  if (named.length >= 2 || !best) return named;
  const doc = await corpus.timed(best.passage.doc);
  const pair = countriesIn(doc?.text.slice(0, PAIR_LEAD) ?? '');
  return pair.length >= 2 ? pair.slice(0, 2) : named;
}

/**
 * Whether the question names two states together as the ones whose accounts it asks ("how did
 * *Rwanda and Uganda* explain…", "according to *each side*", "*both* sides"): then each side's
 * account is wanted, and the other side's may be read near the first's in the same report.
 */
function pairAsked(q: ParsedQuestion): boolean {
  const f = fold(q.text);
  if (EACH_SIDE.test(f)) return true;
  return [...f.matchAll(/([\p{L}'’-]+)\s+and\s+([\p{L}'’-]+)/gu)].some((m) => countriesIn(m[1]!).length === 1 && countriesIn(m[2]!).length === 1 && countriesIn(`${m[1]} ${m[2]}`).length === 2);
}

/** Whether a side's words open with a verb that accuses, denies or rejects (`strongStanceVerbs`), not a plain "said". */
function strongVerb(s: Pick<Side, 'doc' | 'from'>): boolean {
  return answerWords().strongStanceVerbs.some((v) => fold(s.doc.text.slice(s.from, s.from + v.length)) === v);
}

interface Side {
  country: string;
  name: string;
  scored: Scored;
  doc: DocumentRecord;
  /** Where the side's words start: its verb of saying, accusing or denying. */
  from: number;
  to: number;
}

/**
 * Whether an offset of a sentence stands inside double quotation marks (straight or curly): an odd
 * number of them between the sentence's start and it. Single quotes are not counted: an apostrophe
 * ("Malawi's", "the ministers'") is the same mark.
 */
function insideQuote(text: string, from: number, at: number): boolean {
  const marks = text.slice(from, at).match(/["“”]/g)?.length ?? 0;
  return marks % 2 === 1;
}

/** How far back in its paragraph a sentence whose speaker is "its" or "their" ("Its second-in-command … said") looks for the state that owns it. */
const OWNER_BACK = 300;

/**
 * The state a speaker introduced by "its" or "their" belongs to: the last state of the pair asked named as an owner ("*Zambia's* Border Police
 * said in a statement. Its second-in-command … said on national radio") in the paragraph's words just before the sentence.
 */
async function ownerBefore(doc: DocumentRecord, p: Passage, asked: string[], corpus: AskCorpus): Promise<EntityMention | undefined> {
  if (!/^\s*(?:its|their)\s/i.test(doc.text.slice(p.start, p.start + 8))) return undefined;
  const from = Math.max(doc.text.lastIndexOf('\n', p.start - 1) + 1, p.start - OWNER_BACK);
  const owners = (await corpus.entitiesWithin(doc, from, p.start, true)).filter(
    (e) => e.kind === 'country' && e.start >= from && e.end <= p.start && asked.includes(e.entity.slice(8)) && /^['’]s\b/.test(doc.text.slice(e.end, e.end + 3)),
  );
  return owners.at(-1);
}

/** The side that speaks in a passage: the state (or a person or body of it) named nearest before a verb of saying, accusing or denying. */
export async function speaker(doc: DocumentRecord, p: Passage, asked: string[], corpus: AskCorpus): Promise<Omit<Side, 'scored'> | undefined> {
  const { stanceVerbs } = answerWords();
  const verb = p.words.find((w) => stanceVerbs.includes(w.folded));
  if (!verb) return undefined;
  // A state named inside quoted words is what the speaker said, not the speaker ('"They came from the Malawian shore," a spokesman told…').
  // The sentence's mentions are read from the store by place, not by a scan of the document's whole entities layer.
  const before = (await corpus.entitiesWithin(doc, p.start, verb.start)).filter((e) => !insideQuote(doc.text, p.start, e.start));
  const stateOf = (e: { kind: string; entity: string; country?: string }) => (e.kind === 'country' ? e.entity.slice(8) : (e.country ?? ''));
  // The subject comes first in its clause ("Algiers severed ties with Rabat, accusing…" is Algiers speaking).
  const clauseStart = Math.max(p.start, doc.text.lastIndexOf(';', verb.start) + 1);
  const who = before.find((e) => e.start >= clauseStart && asked.includes(stateOf(e))) ?? (await ownerBefore(doc, p, asked, corpus));
  if (!who) return undefined;
  const country = stateOf(who);
  // "A and B blamed each other": both sides speak together, neither gives its own account.
  if (new Set(before.map(stateOf).filter((c) => asked.includes(c))).size > 1 && !/,\s*$/.test(doc.text.slice(who.end, verb.start))) {
    if (/\b(?:each other|one another)\b/.test(doc.text.slice(verb.end, p.end)) || /\band\b/.test(doc.text.slice(before[0]!.end, who.start))) return undefined;
  }
  // What the side says: from the verb to the end of its clause, at most CLAIM_WORDS characters, cut at a word.
  const rest = doc.text.slice(verb.start, p.end);
  const clause = /^[^;:.]*?(?=,\s+(?:\p{L}+ing|while|which|and|but)\b|[;:]|\.\s|\.$|$)/u.exec(rest)?.[0] ?? rest;
  // Cut at a word, and not after a word that leads to the next ("and said the").
  const words = (clause.length <= CLAIM_WORDS ? clause : clause.slice(0, CLAIM_WORDS).replace(/\s+\S*$/, '')).replace(/(?:[\s,]+(?:the|a|an|and|of|to|that|as|in|on|for|with))*[\s,]*$/u, '');
  const name = who.kind === 'country' ? who.name : (before.find((e) => e.kind === 'country' && e.entity.slice(8) === country)?.name ?? who.name);
  // "…, officials in both countries said.": what was said stands before the verb, nothing after it.
  if (!/\p{L}/u.test(words.slice(verb.end - verb.start))) return undefined;
  return { country, name, doc, from: verb.start, to: verb.start + words.length };
}

/**
 * The two sides' accounts of what the question asks, each from the best passage in which that
 * side speaks (a passage cited per side); undefined when fewer than two of the states the
 * question names speak in the passages that answer it.
 * @example (await sidesDisagree(q, candidates, corpus))?.claims.map((c) => c.answer) // → ['Chile: said the boat had strayed…', 'Peru: rejected the account…']
 */
export async function sidesDisagree(q: ParsedQuestion, candidates: Scored[], corpus: AskCorpus, id: string | null): Promise<Answer | undefined> {
  const asked = await sidesOf(q, candidates, corpus);
  const best = candidates[0]?.score ?? 0;
  const sides = new Map<string, Side>();
  const strong = (s: Side) => Number(strongVerb(s));
  const quotes = (s: Side) => Number(/["“”]/.test(s.doc.text.slice(s.from, s.to)));
  // An accusation, a denial or a rejection tells a side's account better than a plain "said"; then words the side is quoted as
  // saying ("called the arrests 'a new act of intimidation'") better than a report of what it did; then the better passage.
  const rank = (x: Side) => [strong(x), quotes(x)];
  const keep = (side: Side) => {
    const had = sides.get(side.country);
    const [a, b] = [rank(side), rank(had ?? side)];
    if (!had || a[0]! > b[0]! || (a[0] === b[0] && (a[1]! > b[1]! || (a[1] === b[1] && side.scored.score > had.scored.score)))) sides.set(side.country, side);
  };
  for (const c of candidates) {
    if (c.score < SIDE_WITHIN * best) break;
    const doc = (await corpus.document(c.passage.doc))!;
    // A side's answer may be the sentence beside ("Algiers severed ties…, accusing its neighbour… Morocco rejected the accusations").
    for (const p of [c.passage, ...(await corpus.neighbours(c.passage))]) {
      const s = await speaker(doc, p, asked, corpus);
      if (!s) continue;
      const side: Side = { ...s, scored: p === c.passage ? c : { ...c, passage: p, score: c.score * BESIDE } };
      keep(side);
    }
  }
  // One side only: the other's account may be told nearby in the same report in its own words ("Uganda's foreign ministry dismissed the
  // explanation…", two sentences after "Rwanda's foreign minister said the crossing was shut…"), holding none of the question's words.
  // No side in the passages that answer ("Zambia and Malawi traded accusations on Friday over a clash…"): both may speak in the sentences after
  // the best, in their own words.
  const [one] = [...sides.values()];
  // With one side found, the other is read near it; with none, both near each passage that answers in turn, from one report.
  const anchors = one ? [one.scored] : sides.size ? [] : candidates.filter((c) => c.score >= SIDE_WITHIN * best);
  for (const anchor of pairAsked(q) ? anchors : []) {
    if (sides.size >= 2) break;
    if (!one) sides.clear();
    const d = (await corpus.timed(anchor.passage.doc))!;
    const doc = one?.doc ?? (await corpus.document(anchor.passage.doc))!;
    const missing = asked.filter((c) => !sides.has(c));
    for (const p of near(corpus, d, anchor.passage.index)) {
      const s = await speaker(doc, p, missing, corpus);
      // Of one side's sentences nearby, the one that accuses or rejects ("rejected the claim and said…"), as above.
      if (s) keep({ ...s, scored: { ...anchor, passage: p, score: anchor.score * BESIDE } });
    }
  }
  if (sides.size < 2) return undefined;
  const claims: Claim[] = [...sides.values()].slice(0, 2).map((s) => ({
    answer: `${s.name}: ${s.doc.text.slice(s.from, s.to)}`,
    citations: [{ doc: s.doc.name, start: s.scored.passage.start, end: s.scored.passage.end, quote: s.doc.text.slice(s.scored.passage.start, s.scored.passage.end) }],
  }));
  return accounts(id, q, claims, best);
}

/**
 * A yes or no read from what one side of the report's pair says ("Malawi's foreign ministry … said Zambian officers had fired on
 * unarmed traders"), when the other side gives its own account within three sentences ("Zambia's home affairs minister said
 * Malawian smugglers had attacked a customs patrol"): the sides disagree, each claim cited. Not when the passage's words are the
 * report's own (no side speaks in it), nor when the question is a comparison of figures.
 */
export async function sidesOnYesNo(q: ParsedQuestion, found: Found, verdict: string, corpus: AskCorpus, id: string | null): Promise<Answer | undefined> {
  if (q.compare) return undefined;
  const pair = await sidesOf(q, [found.scored], corpus);
  const one = await speaker(found.doc, found.at, pair, corpus);
  if (!one) return undefined;
  const d = (await corpus.timed(found.at.doc))!;
  let other: Omit<Side, 'scored'> | undefined;
  let at: Passage | undefined;
  const others = pair.filter((c) => c !== one.country);
  for (const p of near(corpus, d, found.at.index)) {
    other = await speaker(found.doc, p, others, corpus);
    at = p;
    if (other) break;
  }
  // Further on in the report, only a side that denies, rejects or accuses in turn, of the matter asked: the first side's words or its own hold a
  // word of the question other than a state's ("accused Malawi of arming the smugglers behind a raid … on *Lake Tesoni*" … "Malawi's
  // spokesperson dismissed the accusation"); not when the question asks of another act the first side's sentence tells ("and recalled its envoy").
  const asked = new Set(q.terms.filter((t) => !countriesIn(t.word).length).flatMap((t) => t.stems));
  const tells = (p: Passage, s: { from: number; to: number }) => p.words.some((w) => w.start >= s.from && w.end <= s.to && asked.has(w.stem));
  for (const p of other || !tells(found.at, one) ? [] : near(corpus, d, found.at.index, DENIED_WITHIN, NEARBY + 1)) {
    const s = await speaker(found.doc, p, others, corpus);
    if (s && strongVerb(s)) [other, at] = [s, p];
    if (other) break;
  }
  if (!other || !at) return undefined;
  const cited = (p: Passage) => ({ doc: found.doc.name, start: p.start, end: p.end, quote: found.doc.text.slice(p.start, p.end) });
  const claims: Claim[] = [
    { answer: `${one.name}: ${verdict}, ${found.doc.text.slice(one.from, one.to)}`, citations: [cited(found.at)] },
    { answer: `${other.name}: ${found.doc.text.slice(other.from, other.to)}`, citations: [cited(at)] },
  ];
  return accounts(id, q, claims, found.scored.score);
}

/** The answer of two sides' accounts: each claim with its citation, all cited, the claims joined. */
export function accounts(id: string | null, q: ParsedQuestion, claims: Claim[], score: number): Answer {
  const answer = claims.map((c) => c.answer).join('; ');
  return { id, question: q.text, status: 'conflict', answer, claims, citations: claims.flatMap((c) => c.citations), confidence: +Math.min(1, score).toFixed(3), route: 'passage' };
}
