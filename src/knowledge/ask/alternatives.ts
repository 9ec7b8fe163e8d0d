import { fold } from '../../extract/fold.js';
import { actorLexicon } from '../../extract/actors/actor-lexicon.js';
import type { DocumentRecord } from '../../model/document.js';
import type { EntityMention } from '../../model/annotation.js';
import type { AskCorpus } from './corpus.js';
import { answerWords } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import type { Scored } from './retrieve.js';
import { stem } from './text.js';
import type { Answer, Claim } from './types.js';
import { cite } from './find.js';
import { disagreement } from './rivals.js';

// "Were the boats fishing in Moroccan or Spanish waters?": a question that offers two answers. Each is looked for in the clauses of the
// passages that answer; two sides that each claim one ("Rabat says … Moroccan waters; Madrid insists … Spanish jurisdiction") are a conflict.

/** A passage scoring at least this share of the best's may hold one of the alternatives. */
const WITHIN = 0.4;
/** The most of a clause shown for a claim. */
const CLAIM_WORDS = 60;
/** How many words before the alternative's word its claim starts ("were in waters under *Spanish* jurisdiction"). */
const LEAD_WORDS = 3;

/**
 * The two alternatives a yes/no question offers, each a word ("Moroccan or Spanish waters" →
 * moroccan, spanish), or undefined.
 * @example alternativesOf(parseQuestion('Was the loan in euros or dollars?')) // → ['euros', 'dollars']
 */
export function alternativesOf(q: ParsedQuestion): [string, string] | undefined {
  // "Where were the boats seized: in Trinidadian or in Venezuelan waters?": the preposition may be told again after "or".
  const m = /([\p{L}'’-]+) or (?:(?:in|on|at|from|to|by|with|under|inside|within)\s+)?([\p{L}'’-]+)(?:\s+[\p{L}'’-]+)?\s*\??\s*$/u.exec(fold(q.text));
  if (!m || m[1] === m[2] || answerWords().notHeads.includes(m[1]!) || /^(not|no|either|whether)$/.test(m[1]!)) return undefined;
  const alts: [string, string] = [m[1]!, m[2]!];
  // Another question ("where", "which") offers alternatives only when they name two states: "killed or wounded" offers no choice of answer.
  if (q.type !== 'yes_no' && !twoStates(alts)) return undefined;
  return alts;
}

/** Whether two alternatives name two different states ("Trinidadian", "Venezuelan"). */
function twoStates(alts: [string, string]): boolean {
  const [a, b] = alts.map(states);
  return a!.length > 0 && b!.length > 0 && !a!.some((s) => b!.includes(s));
}

/**
 * Whether the two alternatives name two different states ("Malawian or Tanzanian"): the question asks which,
 * so a yes or a no answers nothing.
 * @example choosesState(parseQuestion('Were the fishermen Malawian or Tanzanian?')) // → true
 */
export function choosesState(q: ParsedQuestion): boolean {
  const alts = alternativesOf(q);
  return !!alts && twoStates(alts);
}

/**
 * The noun the two alternatives qualify, as a stem ("Moroccan or Spanish *waters*" → water), or undefined.
 * @example alternativesHead(parseQuestion('Were the boats in Moroccan or Spanish waters?')) // → 'water'
 */
export function alternativesHead(q: ParsedQuestion): string | undefined {
  const m = /[\p{L}'’-]+ or (?:(?:in|on|at|from|to|by|with|under|inside|within)\s+)?[\p{L}'’-]+\s+([\p{L}'’-]+)\s*\??\s*$/u.exec(fold(q.text));
  return m ? stem(m[1]!) : undefined;
}

/** The states a word names or qualifies; not a capital ("told journalists in Lilongwe" claims no Malawian waters). */
const states = (word: string) =>
  (actorLexicon().byText.get(word) ?? [])
    .filter((a) => a.role !== 'capital')
    .map((a) => a.entity.id)
    .filter((id) => id.startsWith('country:'));

/** Whether a passage word is the alternative's: the same stem, or a form of the same state ("Morocco" for "Moroccan"). */
function isAlternative(alt: string, word: string): boolean {
  if (stem(word) === stem(alt)) return true;
  const mine = states(alt);
  return mine.length > 0 && states(word).some((s) => mine.includes(s));
}

interface Held {
  alt: number;
  /** The state of the side that claims it (the country or a body of it before a verb of saying in the clause), if any. */
  side?: string;
  name?: string;
  /** What the side says from a few words before the alternative's word; the word alone, as written, when no side says it. */
  claim: string;
  doc: DocumentRecord;
  at: { start: number; end: number };
}

/**
 * Of a clause's words, the index of the alternative it tells: the only one it holds; of both, the one within LEAD_WORDS words of the
 * noun the question's alternatives qualify ("patrolling in *waters* under *Tanzanian* jurisdiction and accused the Malawian canoes"); else -1.
 */
function toldAlternative(alts: [string, string], words: { f: string }[], head: string | undefined, from: number): number {
  const at = words.map((w, i) => (i >= from && alts.some((a) => isAlternative(a, w.f)) ? i : -1)).filter((i) => i >= 0);
  if (!at.length) return -1;
  const told = new Set(at.map((i) => alts.findIndex((a) => isAlternative(a, words[i]!.f))));
  const nearHead = at.filter((i) => head && words.slice(Math.max(0, i - LEAD_WORDS), i + LEAD_WORDS + 1).some((w) => stem(w.f) === head));
  // One alternative: its word nearest the noun ("Bolivia will not accept … seized in *Bolivian waters*").
  if (told.size === 1) return nearHead[0] ?? at[0]!;
  return new Set(nearHead.map((i) => alts.findIndex((a) => isAlternative(a, words[i]!.f)))).size === 1 ? nearHead[0]! : -1;
}

/**
 * The speaker of quoted words that hold an alternative: the name between the closing quotation mark and a verb of saying right after it
 * ('"… seized in Malawian waters …," Foreign Minister Grace Phiri told journalists'), a state or a person, or undefined.
 */
function quoteSpeaker(doc: DocumentRecord, from: number, end: number, word: number, mentions: EntityMention[]): EntityMention | undefined {
  const text = doc.text.slice(from, end);
  const open = text.slice(0, word - from).search(/["“][^"“”]*$/);
  const close = open < 0 ? -1 : text.slice(word - from).search(/[,.!?]?["”]/);
  if (close < 0) return undefined;
  const after = word + close;
  const said = new RegExp(`^[,.!?]?["”]\\s*,?\\s*((?:[\\p{L}'’.-]+\\s+){1,6}?)(?:${answerWords().stanceVerbs.join('|')})\\b`, 'u').exec(doc.text.slice(after, end));
  if (!said) return undefined;
  const by = after + said[0].length - said[0].trimStart().length + said[0].indexOf(said[1]!);
  return mentions.find((e) => e.start >= by && e.end <= by + said[1]!.length && (e.kind === 'country' || e.kind === 'person' || e.country));
}

/** First-person possessives a speaker claims a thing of its own state with ("our waters"). */
const OWN = /^(?:our|ours)$/;

/**
 * The state of a report's dateline ("PORT OF SPAIN, Nov 12 -": a place in capitals opening a line near the top, then a comma), when it is a
 * state or its capital.
 */
function datelineState(doc: DocumentRecord): string | undefined {
  const m = /(?:^|\n)\s*(\p{Lu}[\p{Lu} .'’-]{2,40}?)\s*,/u.exec(doc.text.slice(0, 400));
  const place = m && actorLexicon().byText.get(fold(m[1]!).toLowerCase());
  return place
    ?.map((a) => a.entity.id)
    .find((id) => id.startsWith('country:'))
    ?.slice(8);
}

/**
 * A claim told in the first person within quoted words ('"… in our waters," Foreign Minister Sean Sobers told reporters'): "our" within a
 * few words before the noun the alternatives qualify, the alternative the speaker's state's (the state of the speaker's office, else, for a
 * speaker of no known state, the report's dateline state); the word's index, the alternative, the speaker and its state, or undefined.
 */
function ownClaim(alts: [string, string], words: { w: string; f: string; at: number }[], head: string | undefined, doc: DocumentRecord, from: number, end: number, mentions: EntityMention[]) {
  if (!head) return undefined;
  const word = words.findIndex((w, i) => OWN.test(w.f) && words.slice(i + 1, i + 1 + LEAD_WORDS).some((x) => stem(x.f) === head));
  if (word < 0) return undefined;
  const speaker = quoteSpeaker(doc, from, end, words[word]!.at, mentions);
  const side = speaker && (speaker.kind === 'country' ? speaker.entity.slice(8) : (speaker.country ?? (speaker.kind === 'person' ? datelineState(doc) : undefined)));
  const alt = side ? alts.findIndex((a) => states(a).includes(`country:${side}`)) : -1;
  const noun = words.slice(word + 1, word + 1 + LEAD_WORDS).find((x) => stem(x.f) === head)!;
  return alt >= 0 ? { word, alt, speaker: speaker!, side: side!, noun: noun.w } : undefined;
}

/** The alternatives the clauses of a passage hold, each with the side that claims it; `mentions`: the passage's entity mentions, in document order. */
function held(alts: [string, string], head: string | undefined, doc: DocumentRecord, at: { start: number; end: number }, mentions: EntityMention[]): Held[] {
  const { stanceVerbs } = answerWords();
  const out: Held[] = [];
  const text = doc.text.slice(at.start, at.end);
  for (const m of text.matchAll(/[^;]+/g)) {
    const start = at.start + m.index;
    const words = [...m[0].matchAll(/[\p{L}'’-]+/gu)].map((w) => ({ w: w[0], f: fold(w[0]), at: start + w.index }));
    const said = words.find((w) => stanceVerbs.includes(w.f));
    // The alternative's word after a verb of saying is what a side says; before it or in a clause with none, what the passage says.
    const verb = said && words.some((w) => w.at > said.at && alts.some((a) => isAlternative(a, w.f))) ? said : undefined;
    // A clause that holds both tells neither, unless one of them qualifies the question's noun.
    const told = toldAlternative(alts, words, head, verb ? words.indexOf(verb) + 1 : 0);
    // '"Our fishermen were in our waters," Foreign Minister … told reporters': the speaker's own state's, quoted.
    const own = told < 0 ? ownClaim(alts, words, head, doc, start, start + m[0].length, mentions) : undefined;
    const i = own?.word ?? told;
    if (i < 0) continue;
    const alt = own?.alt ?? alts.findIndex((a) => isAlternative(a, words[i]!.f));
    // Quoted words are their speaker's, named after them ('"… in Malawian waters," Foreign Minister Grace Phiri told journalists').
    const quoted = own?.speaker ?? (verb ? undefined : quoteSpeaker(doc, start, start + m[0].length, words[i]!.at, mentions));
    const entity = quoted ?? (verb && mentions.find((e) => e.start >= start && e.end <= verb.at && (e.kind === 'country' || e.country)));
    const from = words[Math.max(0, i - LEAD_WORDS)]!.at;
    const clauseRest = doc.text.slice(from, start + m[0].length);
    // Quoted words end at their closing mark, before the speaker or the clause's next words ('"in waters under Malawian jurisdiction" and accused').
    const inside = (doc.text.slice(start, from).match(/["“”]/g)?.length ?? 0) % 2 === 1;
    const rest = (inside ? clauseRest.split(/[,.!?]?["”]/)[0]! : clauseRest).replace(/[\s.,]+$/, '');
    // Cut at a word, and not after a word that leads to the next ("north of the").
    const claim = (rest.length <= CLAIM_WORDS ? rest : rest.slice(0, CLAIM_WORDS).replace(/\s+\S*$/, '')).replace(/(?:\s+(?:the|a|an|and|of|to|that|as|in|on|for|with|by))+$/u, '');
    const side = own?.side ?? (entity ? (entity.kind === 'country' ? entity.entity.slice(8) : (entity.country ?? entity.entity)) : undefined);
    // A claim in the first person names the alternative it stands for: 'Trinidadian waters ("fishermen were in our waters…")'.
    const shown = own ? `${alts[alt]![0]!.toUpperCase()}${alts[alt]!.slice(1)} ${own.noun} ("${claim}")` : claim;
    out.push({ alt, claim: side ? shown : words[i]!.w, doc, at, ...(side ? { side, name: doc.text.slice(entity!.start, entity!.end) } : {}) });
  }
  return out;
}

/**
 * The answer to a question offering two alternatives: a conflict when two sides each claim one
 * (each claim cited by its passage), the one alternative the passages hold when only one is, else
 * undefined (the question goes on to the yes/no route).
 */
export async function answerAlternatives(q: ParsedQuestion, candidates: Scored[], corpus: AskCorpus, id: string | null): Promise<Answer | undefined> {
  const alts = alternativesOf(q);
  if (!alts) return undefined;
  const best = candidates[0]?.score ?? 0;
  const found: Held[] = [];
  for (const c of candidates) {
    if (c.score < WITHIN * best) break;
    const doc = (await corpus.document(c.passage.doc))!;
    // The passage's names read from the store by place, not from the document's whole entities layer.
    found.push(...held(alts, alternativesHead(q), doc, c.passage, await corpus.entitiesWithin(doc, c.passage.start, c.passage.end)));
  }
  const confidence = +Math.min(1, best).toFixed(3);
  const claimed = (alt: number) => found.find((h) => h.alt === alt && h.side);
  // One side claims one alternative: the other side's claim of the other may be told in its own words in its document ("in our waters"),
  // holding few of the question's, so the rest of that document's passages are read for it.
  const one = [claimed(0), claimed(1)].filter((h) => h);
  if (one.length === 1) {
    const missing = 1 - one[0]!.alt;
    for (const c of candidates) {
      if (c.score >= WITHIN * best || c.passage.doc !== one[0]!.doc.name) continue;
      const doc = one[0]!.doc;
      const other = held(alts, alternativesHead(q), doc, c.passage, await corpus.entitiesWithin(doc, c.passage.start, c.passage.end)).find((h) => h.alt === missing && h.side);
      if (other) {
        found.push(other);
        break;
      }
    }
  }
  const [a, b] = [claimed(0), claimed(1)];
  const shown = (h: Held): Claim => ({ answer: h.name ? `${h.name}: ${h.claim}` : h.claim, citations: [cite(h.doc, h.at)] });
  if (a && b && a.side !== b.side) return disagreement(id, q.text, [shown(a), shown(b)], confidence, 'passage');
  // No two sides: the best passage answers when it holds one alternative ("The skipper, a Malawian national, …"), not the others that hold a word of it elsewhere.
  const top = found.filter((h) => h.at === candidates[0]?.passage);
  if (new Set(top.map((h) => h.alt)).size !== 1) return undefined;
  const h = top[0]!;
  return { id, question: q.text, status: 'answered', answer: shown(h).answer, claims: [], citations: [cite(h.doc, h.at)], confidence, route: 'passage' };
}
