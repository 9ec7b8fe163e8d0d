import type { DocumentRecord } from '../../model/document.js';
import type { EntityMention } from '../../model/annotation.js';
import { fold } from '../../extract/fold.js';
import { actorLexicon } from '../../extract/actors/actor-lexicon.js';
import { ORG_HEADS } from '../../extract/actors/entity-finder.js';
import { answerWords } from './lexicon.js';
import type { AnswerKind, ParsedQuestion } from './question.js';
import type { Passage } from './corpus.js';
import { tokens, type Token } from './text.js';
import { askedTitle, carriesTitle, titleOfPattern } from './answer-types.js';
import { distance, inQuestion } from './nearness.js';
import { ownerRuns, stateOfWord, stateRuns } from './states.js';
import type { Span } from './spans.js';
import { asksSpeaker, closingSource, inLabel } from './speakers.js';

/** Words of a question that ask for states ("which countries"). */
const STATE_HEAD = /\b(country|countries|state|states|nation|nations)\b/;

const NAME_KINDS: Record<string, string[]> = {
  person: ['person', 'organisation', 'group', 'country', 'other'],
  place: ['place', 'other', 'country'],
  entity: ['country', 'organisation', 'group', 'agreement', 'person', 'place', 'other'],
};

/** Names in the passage the question does not give, of the kinds it asks for, people before bodies; `stored`: the passage's entity mentions, in document order. */
export function names(kind: AnswerKind, q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[], stored: EntityMention[]): Span[] {
  // "Which ambassador", "the names of": people (or titled names the lexicon does not know, `titledPeople`), not a name of another kind the
  // lexicon does not know ("Understanding" of a memorandum, "Air Force", "the two Prime Ministers"); "who" may be a body or a state.
  // "Which countries were guarantors": states first.
  const statesHead = kind === 'place' && STATE_HEAD.test(fold(q.text));
  const kinds = q.onlyPeople || q.personHead ? ['person'] : statesHead ? ['country', 'place', 'other'] : (NAME_KINDS[kind] ?? NAME_KINDS.entity!);
  const seen = new Set<string>();
  // "Which Vietnamese prime minister": people of that country first.
  const adjective = q.personAdjective
    ? actorLexicon()
        .byText.get(q.personAdjective)
        ?.find((a) => a.entity.id.startsWith('country:'))
        ?.entity.id.slice(8)
    : undefined;
  // A person's state: the lexicon's, else the state the title right before the name is of ("Minister of Foreign Affairs of the Republic of
  // Palau, Mr. Tomas Reyes"; not "Ambassador to Palau …", another state's envoy).
  const titleOf = stateOfTitle(doc.text, p, stored);
  const foreign = (e: { start: number; country?: string }) => {
    const country = e.country ?? titleOf(e);
    return Number(adjective !== undefined && country !== undefined && country !== adjective);
  };
  const title = kind === 'person' ? askedTitle(q) : undefined;
  const owners = kind === 'person' ? ownerRuns(q.text).map((r) => r.id) : [];
  const inPassage = [...stored.filter((e) => kinds.includes(e.kind)), ...(kinds.includes('person') ? titledPeople(q, doc, p, stored) : [])]
    // "Who was the British prime minister…": only a person the passage gives that title ("Prime Minister David Cameron"), not any name in it.
    .filter((e) => !title || (e.kind === 'person' && carriesTitle(doc.text, p, e, title, q.text)));
  // "Where will the Chile-Peru talks be held?": with no other place, one of the question's own states after "in" ("the talks in Peru").
  const named =
    kind === 'place' && !inPassage.some((e) => !inQuestion(q, e.text, e.name)) ? inPassage.filter((e) => /\bin\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(p.start, e.start - 8), e.start))) : [];
  // "Where did it happen" is answered by the place as written; "which countries" by the states.
  const asWritten = kind === 'place' && !statesHead;
  // "Where was the talk held?": a capital the lexicon reads as its state ("held in Hanoi") is a place as good as a name it does not know
  // ("in Tangier"), the nearer the question's words first; "which countries" is answered by states.
  const kindOf = (e: { kind: string; rule?: string }) => (asWritten && e.kind === 'country' && e.rule === 'lexicon-capital' ? 'other' : e.kind);
  const ofState = clauseOfState(q, doc.text, p);
  // "Which Malawian minister met Tanzania's ambassador": a person given the title the question asks first ("Foreign Minister Grace Phiri").
  const headTitle = q.personHead ? whichTitle(q) : undefined;
  const untitled = (e: { start: number; end: number; kind: string }) => Number(!!headTitle && !(e.kind === 'person' && carriesTitle(doc.text, p, e, headTitle, q.text)));
  const sayers = kind === 'person' && asksSpeaker(q);
  const found = inPassage
    // A capital of a state the question names is no word of the question ("held in Hanoi" for "the Vietnam–Japan talk").
    .filter((e) => !inQuestion(q, e.text, kindOf(e) === e.kind ? e.name : undefined) || named.includes(e))
    // "Which Vietnamese prime minister": not a Japanese one.
    .filter((e) => !(kind === 'person' && foreign(e)))
    // "Who led the Swazi delegation?": the state that owns the thing asked about is not who did it.
    .filter((e) => !(kind === 'person' && e.kind === 'country' && owners.includes(e.entity)))
    // A transcript's speaker label ("QUESTION (Anadolu Agency, Selin Ateş):") or the source closing the sentence ("…, Foreign Minister
    // Maxime Prévot said") tells who says it, not who did it, unless the question asks who said it (speakers.ts).
    .filter((e) => kind !== 'person' || sayers || !(inLabel(doc.text, e.start) || closingSource(doc.text, e.start, e.end)))
    .sort(
      (a, b) => foreign(a) - foreign(b) || kinds.indexOf(kindOf(a)) - kinds.indexOf(kindOf(b)) || untitled(a) - untitled(b) || ofState(a) - ofState(b) || distance(a, matched) - distance(b, matched),
    );
  // Only names of the best kind present ("Abe and Dung", not "Abe, Dung and Tokyo").
  const best = found[0];
  return found
    .filter((e) => kindOf(e) === kindOf(best!) && foreign(e) === foreign(best!))
    .filter((e) => !seen.has(e.entity) && !!seen.add(e.entity))
    .map((e) => ({ kind, start: e.start, end: e.end, text: shownName(asWritten, e, doc.text.slice(e.start, e.end)), value: e.entity, structured: true }));
}

/** The state a title right before a name is of: "… of the Republic of Palau, Mr. Tomas Reyes" → PLW. */
function stateOfTitle(text: string, p: Passage, stored: EntityMention[]): (e: { start: number }) => string | undefined {
  const countries = stored.filter((c) => c.kind === 'country');
  const between = new RegExp(`^[\\s,]*(?:(?:${answerWords().honorifics.join('|')})\\.?\\s+)?$`, 'i');
  return (e) =>
    countries
      .filter((c) => c.end <= e.start && between.test(text.slice(c.end, e.start)))
      .filter((c) => /\bof\s+(?:the\s+)?(?:[\p{L}-]+\s+of\s+(?:the\s+)?)?$/iu.test(text.slice(Math.max(p.start, c.start - 40), c.start)))
      .at(-1)
      ?.entity.replace(/^country:/, '');
}

/** The title a which question's head noun names, the first of its words ("which Belizean *minister* met Guatemala's ambassador"), if any. */
function whichTitle(q: ParsedQuestion): string | undefined {
  const phrase = /\b(?:which|what)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u.exec(fold(q.text))?.[1] ?? '';
  const at = (t: string) => phrase.search(new RegExp(`(?:^|\\s)${t}s?(?:\\s|$)`));
  return answerWords()
    .personTitles.filter((t) => at(t) >= 0)
    .sort((a, b) => at(a) - at(b) || b.length - a.length)[0];
}

/**
 * How a name's clause tells the noun a state of the question qualifies ("who headed the *Malawian delegation*"): -1 when the clause before the
 * name, back to a comma or semicolon, holds that state before the noun ("and the Malawian delegation by … Patrick Mwale"), 1 when it holds
 * another state before it ("the Tanzanian delegation was headed by … Neema Kilonzo"), else 0.
 */
function clauseOfState(q: ParsedQuestion, text: string, p: Passage): (e: { start: number }) => number {
  const asked = stateRuns(q.text)
    .map((r) => ({ id: r.id, noun: /^\s+(\p{Ll}[\p{L}-]+)/u.exec(q.text.slice(r.end))?.[1] }))
    .filter((r): r is { id: string; noun: string } => !!r.noun && !answerWords().notHeads.includes(r.noun));
  if (!asked.length) return () => 0;
  return (e) => {
    const from = Math.max(p.start, text.lastIndexOf(',', e.start - 1) + 1, text.lastIndexOf(';', e.start - 1) + 1);
    const clause = text.slice(from, e.start);
    let held = 0;
    for (const { id, noun } of asked) {
      for (const m of clause.matchAll(new RegExp(`([\\p{L}'’-]+)\\s+${noun}\\b`, 'giu'))) {
        const state = stateOfWord(m[1]!.replace(/['’]s$/, ''));
        if (state) held = state === id ? -1 : Math.max(held, 1);
        if (held < 0) return held;
      }
    }
    return held;
  };
}

/** A name as the answer shows it: a person or a state by its name in the lexicon; a place asked for as written, with its state when the lexicon reads it as one ("London (United Kingdom)"). */
function shownName(asWritten: boolean, e: { entity: string; kind: string; name: string }, written: string): string {
  if (asWritten && e.kind === 'country' && fold(written) !== fold(e.name) && /^\p{Lu}\p{Ll}/u.test(written)) return `${written} (${e.name})`;
  return e.entity.startsWith('person:') || e.kind === 'country' ? e.name : written;
}

/**
 * A word that heads a body's name: an organisation's head word (`ORG_HEADS` of the entity finder: "Commission", "Agency") or a
 * `notNames` word of people.json ("Secretariat", "Authority") that is no title's word ("King", "Minister").
 */
const BODY_HEAD = new RegExp(`^(?:${ORG_HEADS})$`);
const bodyHead = (word: string): boolean => {
  const lex = actorLexicon();
  return BODY_HEAD.test(word) || (lex.notNameWords.has(word) && !lex.titles.some((t) => t.split(' ').includes(word)));
};

const PROPER = String.raw`\p{Lu}[\p{Ll}'’-]+`;
let titled: RegExp | undefined;
/** A title, what it is of ("Ambassador to Ireland"), then two or three capitalised words: a person ("British Ambassador to Ireland Julian Hart said"). */
function titledPattern(): RegExp {
  const titles = answerWords()
    .personTitles.map((t) =>
      t
        .split(' ')
        .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
        .join(String.raw`\s+`),
    )
    .join('|');
  const honorifics = answerWords()
    .honorifics.map((h) => `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1)}`)
    .join('|');
  // Case is read as written: the title's first letter in either case, the name's words capitalised. What the title is of may take up to
  // three phrases ("Minister of Foreign Affairs of the Republic of Palau"), and an honorific may stand before the name (", Mr. Tomas Reyes").
  titled ??= new RegExp(String.raw`\b(?:${titles})\.?${titleOfPattern(PROPER)},?\s+(?:(?:${honorifics})\.?\s+)?(${PROPER}(?:\s+${PROPER}){1,2})\b`, 'gu');
  return titled;
}
/** Two or three capitalised words followed by a description of a person (", an ex-KGB officer") or a verb of saying. */
const APPOSED = new RegExp(String.raw`(?:^|[^\p{L}])(${PROPER}(?:\s+${PROPER}){1,2})(?=,\s+(?:a|an)\s|\s+(?:said|says|told|tells|added|wrote)\b)`, 'gu');

/**
 * People the actor stage does not know, named by the passage's own words: after a title
 * ("spokesperson Ana Costa told"), or before a description of a person or a verb of saying
 * ("Marek Nowak, a former officer"); not a name the store holds as a state, body or agreement.
 * @example titledPeople(parseQuestion('Who is the ambassador?'), doc, passage, entities)[0].name // → 'Julian Hart' (from "British Ambassador to Ireland Julian Hart said")
 */
function titledPeople(q: ParsedQuestion, doc: DocumentRecord, p: Passage, stored: { start: number; end: number; kind: string; entity: string }[]) {
  const text = doc.text.slice(p.start, p.end);
  const out: { start: number; end: number; kind: string; entity: string; name: string; text: string; country?: string }[] = [];
  const asked = new Set(q.terms.filter((t) => !t.name).flatMap((t) => t.stems));
  // The person asked for carries the title the question names ("who was the *ambassador*…"), or speaks as the question asks ("who *said*…").
  const saying = /\bwho\s+(?:said|says|told|tells|wrote|writes|warned|stated|added)\b/.test(fold(q.text));
  // "Who was the target of the attempt?" asks a person the question gives no title of: any titled person serves, when the store holds none in the passage.
  const anyTitle = q.type === 'who' && !stored.some((e) => e.kind === 'person');
  for (const re of [titledPattern(), ...(saying ? [APPOSED] : [])]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      // "secretary of the Malawi Boundaries Commission": a name ending in a body's head word (`bodyHead`) is no person's; a
      // title's word may end one ("Julian King").
      if (bodyHead(name.split(/\s+/).at(-1)!)) continue;
      if (re !== APPOSED && !anyTitle && !tokens(m[0].slice(0, m[0].lastIndexOf(name))).some((t) => asked.has(t.stem))) continue;
      const start = p.start + m.index + m[0].lastIndexOf(name);
      const end = start + name.length;
      // A name the store already holds: a known person is there already; a state, body or agreement is not a person.
      if (stored.some((e) => e.start < end && start < e.end && e.kind !== 'other')) continue;
      if (out.some((e) => e.start === start)) continue;
      out.push({ start, end, kind: 'person', entity: `person:~${fold(name).replace(/\s+/g, '-')}`, name, text: name });
    }
  }
  return out;
}
