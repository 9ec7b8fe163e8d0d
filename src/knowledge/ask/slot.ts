import { tag } from '../../extract/nlp/tagger.js';
import { fold } from '../../extract/fold.js';
import type { DocumentRecord } from '../../model/document.js';
import type { Passage } from './corpus.js';
import type { ParsedQuestion } from './question.js';
import type { Span } from './spans.js';
import { stem } from './text.js';

/**
 * Where the answer stands against the question's verb in a passage that uses the same verb: a
 * question whose wh-word is the verb's subject ("who *occupies* the ship?") is answered by the
 * words before the verb ("a contingent of marines occupies the ship"), one whose wh-word is the
 * object ("what did the commission *replace*?", "how did Pakistan *respond*?") by the words after
 * it, and one whose wh-word follows a preposition ("over which sea would the flights be
 * *rerouted*?") by the words after that preposition beside the verb ("rerouted over the
 * Mediterranean").
 */
export interface Slot {
  role: 'subject' | 'object' | 'prep';
  /** The stem of the question's verb. */
  verb: string;
  /** The preposition of a `prep` slot ("over", "between"). */
  prep?: string;
}

const AUX = /^(did|does|do|will|would|can|could|should|may|might|has|have|had|is|was|are|were|be)$/;
const BE = /^(is|was|are|were|be)$/;
/** Words that open the subject of a question after its auxiliary ("did *the* ministers…", "does *India*…"). */
const SUBJECT_START = /^(the|a|an|its|their|his|her|it|they|he|she|this|that|these|those|each|both)$/;
const PREPOSITIONS = ['over', 'between', 'through', 'across', 'into', 'onto', 'towards', 'toward', 'under', 'against', 'with', 'from', 'to', 'by', 'for', 'on', 'at', 'in'];

/**
 * The slot a question's wh-word fills, when its verb can be read from the words alone; none for
 * questions about a state ("what was the value of…", "who is the ambassador"), whose verb is "be".
 * @example questionSlot('What did the commission replace?', 'replac') // → { role: 'object', verb: 'replac' }
 * @example questionSlot('Who occupies the ship?') // → { role: 'subject', verb: 'occupi' }
 */
export function questionSlot(question: string, verb?: string): Slot | undefined {
  const words = fold(question)
    .replace(/[?!.]+\s*$/, '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
  const written = question.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const capital = (i: number) => /^\p{Lu}/u.test(written[i] ?? '');
  let i = 0;
  let prep: string | undefined;
  if (PREPOSITIONS.includes(words[0]!) && /^(which|what|whom)$/.test(words[1] ?? '')) {
    prep = words[0];
    i = 1;
  }
  const wh = words[i];
  if (!wh || !/^(who|whom|what|which|how)$/.test(wh)) return undefined;
  i++;
  // "which Egyptian firm", "what agreement": the head noun phrase, up to the auxiliary or the verb.
  if (wh === 'which' || wh === 'what') while (i < words.length && i < 5 && !AUX.test(words[i]!)) i++;
  if (wh === 'how' && !AUX.test(words[i] ?? '')) return undefined;
  const aux = AUX.test(words[i] ?? '') ? words[i++] : undefined;
  const verbAt = (j: number) => (j < words.length && !capital(j) && !SUBJECT_START.test(words[j]!) && !AUX.test(words[j]!) && words[j]!.length > 2 ? j : -1);
  if (!aux) {
    // "Who occupies the ship?": the word after "who" is the verb.
    const j = wh === 'who' && !prep ? verbAt(i) : -1;
    return j >= 0 ? { role: 'subject', verb: stem(words[j]!) } : undefined;
  }
  // "Which firm will receive the gas?", "who was elected": the verb right after the auxiliary, the wh-word its subject.
  if (!prep && wh !== 'how' && wh !== 'whom') {
    const j = verbAt(i);
    if (j >= 0) return BE.test(aux) && !/(ed|en)$/.test(words[j]!) ? undefined : { role: 'subject', verb: stem(words[j]!) };
  }
  // "What did the commission replace?", "over which sea would the flights be rerouted?": the subject, then the verb (a copula question has none).
  if (BE.test(aux) && !prep) return undefined;
  // The verb the question parser read ("…be *rerouted*", "did the commission *replace*") before the first word that may be one.
  if (verb) return { role: prep ? 'prep' : 'object', verb, ...(prep ? { prep } : {}) };
  for (let j = i + 1; j < words.length; j++) {
    if (verbAt(j) >= 0 && !PREPOSITIONS.includes(words[j]!) && words[j] !== 'been') return { role: prep ? 'prep' : 'object', verb: stem(words[j]!), ...(prep ? { prep } : {}) };
  }
  return undefined;
}

/** Where a slot's words end: a clause's punctuation, or a conjunction or relative word that opens a new clause. */
const CLAUSE_END = /[,;:.()"“”]|\s(?:and|but|while|which|who|whom|whose|that|where|when|after|before|because|as|if|to)\s+(?!(?:the|a|an|its|their|his|her)\s)/u;
const LEAD = /^(?:(?:also|then|now|later|jointly|formally|officially|today|yesterday)\s+)+/;
/** Words before a verb that are not its subject: auxiliaries and adverbs. */
const BEFORE_VERB =
  /\s*(?:(?:has|have|had|is|was|are|were|will|would|could|should|can|may|might|must|did|does|do|been|be|also|then|now|later|jointly|not|never|already|still|reportedly|formally|officially)\s+)*$/;
const MAX = 80;
/** An apposition's opening words ("Mette Holm, *a* senior adviser to …, dismissed"): a noun phrase that renames the subject before it. */
const APPOSITION = /^\s*(?:the|a|an|his|her|its|their)\s/iu;
/** A name between commas right before a verb, after a common noun it renames ("the UN peacekeeping force, UNFICYP,"). */
const NAME_APPOSED = /\p{Ll}[\p{L}-]*,\s+(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*){0,3}),\s*$/u;

/** Where a clause opens before a noun phrase: a subordinator or a semicolon, colon or bracket (else the sentence's start). */
const CLAUSE_OPEN = /[;:(]|\b(?:after|before|when|while|as|because|since|until|once|where|which|who|that|although|whereas|if)\s/giu;

/**
 * Whether a name apposed between commas renames its clause's subject: the noun phrase before the commas opens its clause (no verb
 * between it and the sentence's start or a subordinator: "…*after* the joint border commission, JBC Paga-Dakola, intervened"), and the
 * name is no place ("troops crossed into the border village, Kpalsi, seized": the village is the object of "crossed").
 */
function renamesSubject(doc: DocumentRecord, told: string, base: number, name: { start: number; end: number }): boolean {
  const noun = told.slice(0, name.start - base).replace(/,\s*$/, '');
  const from = Math.max(0, ...[...noun.matchAll(CLAUSE_OPEN)].map((m) => m.index + m[0].length));
  if (tag(noun.slice(from), base + from).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  const places = (doc.annotations?.entities ?? []).filter((m) => m.kind === 'place' || m.kind === 'country');
  return !places.some((m) => m.start < name.end && name.start < m.end);
}

/**
 * The words before a verb without an apposition that ends them: "Mette Holm, a senior adviser to Prime Minister Lars Eriksen," is
 * "Mette Holm", the subject the apposition renames.
 * @example withoutApposition('On Friday, Mette Holm, a senior adviser to Prime Minister Lars Eriksen,') // → 'On Friday, Mette Holm'
 */
export function withoutApposition(before: string): string {
  const m = /,\s*$/.exec(before);
  if (!m) return before;
  const open = before.lastIndexOf(',', m.index - 1);
  return open > 0 && APPOSITION.test(before.slice(open + 1, m.index)) ? before.slice(0, open) : before;
}

/**
 * The words of a passage that fill the question's slot against the passage's use of its verb
 * ("where a contingent of Philippine marines occupies the BRP…" → "a contingent of Philippine
 * marines" for "who occupies the BRP…?"), none when the passage does not use the verb or the
 * words are all the question's own.
 */
export function slotSpans(q: ParsedQuestion, doc: DocumentRecord, p: Passage, roles: Slot['role'][] = ['subject', 'object', 'prep']): Span[] {
  const slot = questionSlot(q.text, q.terms.find((t) => t.verb)?.stems[0]);
  if (!slot || !roles.includes(slot.role)) return [];
  const text = doc.text;
  const out: Span[] = [];
  const span = (start: number, end: number): Span | undefined => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const e = s + raw.trim().replace(/[\s,;:]+$/, '').length;
    if (e - s < 3) return undefined;
    const words = fold(text.slice(s, e))
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2);
    const asked = new Set(q.terms.flatMap((t) => t.stems));
    if (!words.length || words.every((w) => asked.has(stem(w)) || /^(the|and|its|their|his|her)$/.test(w))) return undefined;
    return { kind: 'span', start: s, end: e, text: text.slice(s, e), value: fold(text.slice(s, e)), structured: false };
  };
  const forward = (from: number): Span | undefined => {
    const rest = text.slice(from, Math.min(p.end, from + MAX + 40));
    const lead = LEAD.exec(fold(rest).trimStart())?.[0].length ?? 0;
    const skip = rest.length - rest.trimStart().length + lead;
    const body = rest.slice(skip);
    const cut = CLAUSE_END.exec(body.slice(1));
    let end = cut ? cut.index + 1 : body.length;
    if (end > MAX) end = body.slice(0, MAX).replace(/\s+\S*$/, '').length;
    return span(from + skip, from + skip + end);
  };
  const qWords = fold(q.text).split(/[^\p{L}]+/u);
  const askedPassive = qWords.some((x, i) => i > 0 && stem(x) === slot.verb && /^(?:is|was|are|were|be|been|being)$/.test(qWords[i - 1]!));
  for (const w of p.words) {
    if (w.stem !== slot.verb) continue;
    if (slot.role === 'object') {
      const s = forward(w.end);
      if (s) out.push(s);
    } else if (slot.role === 'prep') {
      // The preposition within three words after the verb ("rerouted over the Mediterranean", "signed between the Bundestag…").
      const after = p.words.filter((x) => x.start >= w.end).slice(0, 4);
      const at = after.find((x) => x.folded === slot.prep);
      const s = at && forward(at.end);
      if (s) out.push(s);
    } else {
      // A passive verb names its agent after "by" ("accompanied by her husband Prince Philip"), as does a participle after a comma ("a feasibility
      // study, financed by the African Development Bank"); without "by" it names none, and the words before it are what was done, not who did it
      // ("an audit of the claim, commissioned in 2025").
      const next = p.words.find((x) => x.start >= w.end);
      const lead = text.slice(Math.max(p.start, w.start - 12), w.start);
      const told = text.slice(p.start, w.start).replace(BEFORE_VERB, '');
      // A comma that closes an apposition ("Mette Holm, the adviser to …, dismissed") leaves the verb active, unless "by" follows ("…, a
      // two-year project, financed by the Bank").
      const before = withoutApposition(told);
      // "…after the UN peacekeeping force, UNFICYP, intervened": a name between commas renames the noun before it, the verb's subject, and
      // the verb is active; the name answers.
      const named = next?.folded === 'by' || (/\b(?:is|was|are|were|be|been|being)\s+$/i.test(lead) && !askedPassive) ? null : NAME_APPOSED.exec(told);
      const at = named ? p.start + named.index + named[0].indexOf(named[1]!) : 0;
      if (named && renamesSubject(doc, told, p.start, { start: at, end: at + named[1]!.length })) {
        const s = span(at, at + named[1]!.length);
        if (s) out.push(s);
        continue;
      }
      const passive = /\b(?:is|was|are|were|be|been|being)\s+$/i.test(lead) || (/,\s*$/.test(lead) && /(?:ed|en)$/.test(w.folded) && (before === told || next?.folded === 'by'));
      if (passive && next?.folded === 'by') {
        const s = forward(next.end);
        if (s) out.push(s);
        continue;
      }
      // "Who was elected…" asks the passive's subject itself: the words before serve.
      if (passive && !askedPassive) continue;
      const from = Math.max(before.length - MAX, ...[...before.matchAll(/[,;:(“"]|\b(?:where|which|who|that|and|but|while|when|after|before|because)\s/giu)].map((m) => m.index! + m[0].length));
      const s = span(p.start + Math.max(0, from), p.start + before.length);
      if (s) out.push(s);
    }
  }
  return out;
}
