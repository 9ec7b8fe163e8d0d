import { existsSync } from 'node:fs';
import type { WinkMethods } from 'wink-nlp';
import type { EventAnnotation } from '../../model/annotation.js';
import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import { winkInstance } from '../nlp/wink-model.js';
import { compileVerbs, eventTypes, findTriggers, PLOVER_CATEGORIES, type EventType, type Plover, type VerbLexicon } from './event-types.js';
import { tag, type Token } from '../nlp/tagger.js';
import { clauseWords, NO_ACT, refineByTable, triggerClause } from './plover-table.js';

/**
 * The PLOVER category of an event no finder categorised (OTHER), from its predicate's lemma and,
 * for a statement issued, from what the statement says:
 * - **By lemma** (`+plover-lemma`): the first verb of the trigger ("exempted", "launched"), or
 *   its noun ("the cancellation"), looked up in the hand-kept vocabulary of event-types.json,
 *   then WordNet's (wordnet-events.json), then the category table (wordnet-plover.json, written
 *   by `npm run lexicon:wordnet`: any verb under an anchor sense chosen by the category
 *   definitions, and its nominalisations). A lemma of category OTHER names none.
 * - **By content** (`+plover-content`): a statement ("the minister said …") is the act its
 *   content's verb names ("said Seoul had denied the request": REJECT), else what the content's sentiment
 *   says of the other side (wink-nlp's sentiment, a lexicon of word polarities with negation):
 *   blame DISAPPROVE ("the decision was regrettable and unacceptable"), praise SUPPORT ("Chile was
 *   a reliable partner"); a neutral content keeps OTHER. PLOVER codes no comment as such: a
 *   statement is coded by what it does. Its Dyad type stays `other` (a statement issued).
 * An event typed `other` whose lemma names an act of conflict (PLOVER's verbal and material
 * conflict) takes the lemma's type, as the vocabularies type their own lemmas ("boycotted":
 * conflict_or_incident); a cooperative act keeps `other`, which the guidelines give it.
 * - **By polarity** (`+plover-polarity`, last, `refineByPolarity`): an untyped act still OTHER takes
 *   the side its clause's polarity words lean to (friction DISAPPROVE, goodwill COOPERATE), else
 *   stays OTHER.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** The file `npm run lexicon:wordnet` writes beside wordnet-events.json. */
export const PLOVER_LEMMAS_FILE = 'wordnet-plover.json';

/** A statement's content must lean this far (wink-nlp's sentiment, −1 to 1) to be blame or praise. */
const SENTIMENT = 0.25;

export interface LemmaCategories {
  verbs: VerbLexicon;
  nouns: VerbLexicon;
}

/** Checks and compiles a category table: groups of known types and PLOVER categories, lemmas as words (LEXICON_INVALID naming the file and the group otherwise). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lexicon file's JSON, checked by compileVerbs
export function compileLemmaCategories(raw: any, file: string, types: EventType[]): LemmaCategories {
  const checkPlover = (entry: string, p: Plover | undefined) => {
    if (!p || !PLOVER_CATEGORIES.includes(p.type) || typeof p.mode !== 'string') lexiconInvalid(file, entry, `"plover" must be {type, mode} with type one of ${PLOVER_CATEGORIES.join(', ')}`);
  };
  return { verbs: compileVerbs(raw?.verbs ?? {}, file, types, checkPlover, 'verbs'), nouns: compileVerbs(raw?.nouns ?? {}, file, types, checkPlover, 'nouns') };
}

let cached: LemmaCategories | undefined;

/** lexicon/wordnet-plover.json, read and checked once (empty in a lexicon folder without it). */
export function lemmaCategories(): LemmaCategories {
  if (!cached) {
    const file = lexiconPath(PLOVER_LEMMAS_FILE);
    const empty = { lemmas: new Map(), stems: new Set<string>(), forms: new Set<string>() };
    cached = existsSync(file) ? compileLemmaCategories(readLexicon(file), file, eventTypes().types) : { verbs: empty, nouns: empty };
  }
  return cached;
}

/** The category and type a verb's or noun's lemma names: the hand-kept vocabulary, then WordNet's, then the category table; none for OTHER. */
export function categoryOfLemma(lemma: string, noun: boolean): { plover: Plover; type: string } | undefined {
  const types = eventTypes();
  const table = lemmaCategories();
  const lists = noun ? [types.nouns, types.wordnet.nouns, table.nouns] : [types.verbs, types.wordnet.verbs, table.verbs];
  for (const list of lists) {
    const entry = list.lemmas.get(lemma);
    if (entry && entry.plover.type !== 'OTHER') return { plover: entry.plover, type: entry.type.id };
  }
  return undefined;
}

/**
 * The first token of a span whose lemma names a category: verbs first, then nouns, then a noun
 * before the span's first verb read as a verb — the tagger reads a chronology's or a headline's
 * present tense as a plural noun ("1982 - Argentine forces surrender in Stanley", "Britain lifts
 * remaining restrictions"); a noun after the verb is its object ("ended Costa Rica's lease").
 */
function firstCategorised(tokens: Token[]): { plover: Plover; type: string; lemma: string } | undefined {
  const firstVerb = tokens.findIndex((t) => t.pos === 'VERB');
  const beforeVerb = firstVerb < 0 ? tokens : tokens.slice(0, firstVerb);
  for (const [pos, noun, span] of [
    ['VERB', false, tokens],
    ['NOUN', true, tokens],
    ['NOUN', false, beforeVerb],
  ] as const) {
    for (const t of span) {
      if (t.pos !== pos || NO_ACT.has(t.lemma)) continue;
      const c = categoryOfLemma(t.lemma, noun);
      if (c) return { ...c, lemma: t.lemma };
    }
  }
  return undefined;
}

let sentimentNlp: WinkMethods | undefined;
/** wink-nlp's sentiment of a span (−1 to 1), negation read ("not acceptable" is blame). */
function sentimentOf(span: string): number {
  sentimentNlp ??= winkInstance(['negation', 'sentiment']);
  return sentimentNlp.readDoc(span).out(sentimentNlp.its.sentiment) as number;
}

/** PLOVER's verbal and material conflict (its quad classes): an act of these an event typed `other` takes the lemma's type for (conflict_or_incident). */
const CONFLICT = new Set(['DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'INVESTIGATE', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'FIGHT']);

const SUPPORT: Plover = { type: 'SUPPORT', mode: 'support' };
const DISAPPROVE: Plover = { type: 'DISAPPROVE', mode: 'disapproval' };
const COOPERATE: Plover = { type: 'COOPERATE', mode: 'cooperation' };

/** Negations, kept when the nouns are dropped ("no", "without"), so that wink-nlp's negation reads them. */
const NEGATION = new Set(['not', 'no', 'never', "n't", 'nor', 'without']);

/**
 * The words of the clause an event's trigger stands in (`triggerClause`: not another clause after ", and", nor after a
 * semicolon) that may say how the act stands, in order: all but its nouns and names, which tell what the act is about ("a
 * report on the border dispute", "ended their dispute with a treaty"), not whether it was friendly or hostile.
 */
function polarityWords(text: string, e: Event): string {
  const clause = triggerClause(text, e);
  return tag(text.slice(clause.start, clause.end), clause.start)
    .filter((t) => (t.pos !== 'NOUN' && t.pos !== 'PROPN') || NEGATION.has(t.lemma.toLowerCase()))
    .map((t) => text.slice(t.start, t.end))
    .join(' ');
}

/**
 * An untyped act (type `other`, not a statement) that no word of its trigger or clause categorised takes the side its
 * clause's polarity words lean to (`polarityWords`; wink-nlp's sentiment, a lexicon of word polarities with negation, at the
 * statements' threshold): friction ("violated", "hostile", "damaging") is PLOVER's mildest verbal conflict, DISAPPROVE;
 * goodwill ("welcomed", "grateful", "generous") its general cooperation, COOPERATE (`+plover-polarity:friction|goodwill`).
 * A clause that leans neither way keeps OTHER: nothing in the text decides. The event's type and mode stay; an act of
 * another type (a domestic act) is not read. The lexicon knows no sense: "charged a fee" reads as blame.
 * @example refineByPolarity('Latvia handed over the terminal to Finland, a hostile and damaging step.', ev).plover.type // → 'DISAPPROVE'
 */
export function refineByPolarity<E extends Event>(text: string, e: E): E {
  if (e.plover.type !== 'OTHER' || e.type !== 'other' || /\+statement\b/.test(e.rule)) return e;
  const s = sentimentOf(polarityWords(text, e));
  if (s <= -SENTIMENT) return { ...e, plover: DISAPPROVE, rule: `${e.rule}+plover-polarity:friction` };
  if (s >= SENTIMENT) return { ...e, plover: COOPERATE, rule: `${e.rule}+plover-polarity:goodwill` };
  return e;
}

/**
 * The event with the category its predicate's lemma, or a statement's content, gives, when it has
 * none (OTHER); else itself.
 * @example refineByLemma('In 2004, Hanoi exempted Japanese citizens from visas.', ev).plover.type // → 'CONCEDE'
 */
export function refineByLemma<E extends Event>(text: string, e: E): E {
  if (e.plover.type !== 'OTHER') return e;
  const statement = /\+statement\b/.test(e.rule);
  const span = text.slice(e.trigger.start, e.trigger.end);
  const tokens = tag(span, e.trigger.start);
  // A statement's own verb of saying is not its act: its content is.
  const content = statement ? tokens.slice(1) : tokens;
  const c = firstCategorised(content);
  if (c)
    return {
      ...e,
      plover: c.plover,
      ...(e.type === 'other' && !statement && CONFLICT.has(c.plover.type) ? { type: c.type } : {}),
      rule: `${e.rule}+plover-${statement ? 'content' : 'lemma'}:${c.lemma}`,
    };
  if (!statement || !content.length) return e;
  const s = bySentiment(text.slice(content[0]!.start, e.trigger.end));
  return s ? { ...e, plover: s.plover, rule: `${e.rule}+plover-content:${s.why}` } : e;
}

/** Blame (DISAPPROVE) or praise (SUPPORT) by a span's sentiment, or none when it leans neither way. */
function bySentiment(span: string): { plover: Plover; why: string } | undefined {
  const s = sentimentOf(span);
  if (s <= -SENTIMENT) return { plover: DISAPPROVE, why: 'blame' };
  if (s >= SENTIMENT) return { plover: SUPPORT, why: 'praise' };
  return undefined;
}

/** "told a news conference", "at a press briefing": where a saying was made (not "held a joint press conference"). */
const PRESS_SETTING = /\b(?:told|tells|telling|at|during|in)\s+(?:a|an|the|his|her|their|its)\s+(?:(?:weekly|regular|daily|separate)\s+)?(?:press|news)\s+(?:conference|briefing)s?$/i;

/**
 * An event whose trigger is the press or news conference a speaker told something at is a saying, not a consultation between
 * the parties (CONSULT is meeting, visiting, holding talks): it is coded, as a statement is, by what the passage says — the
 * first verb of the passage outside the trigger whose lemma names a category ("told a news conference that the ambassador
 * was summoned"), else blame or praise by its sentiment, else the first trigger after it that names one ("that the
 * ambassador, X, was summoned": a pattern, not a lemma), else OTHER (`+plover-said`); its type is `other`, a statement.
 */
export function refineBySetting<E extends Event>(text: string, e: E): E {
  if (!PRESS_SETTING.test(text.slice(Math.max(e.start, e.trigger.start - 40), e.trigger.end))) return e;
  const said = { ...e, type: 'other', plover: { type: 'OTHER', mode: 'other' } };
  for (const t of tag(text.slice(e.start, e.end), e.start)) {
    const c = t.pos === 'VERB' && !NO_ACT.has(t.lemma) && (t.end <= e.trigger.start - 12 || t.start >= e.trigger.end) ? categoryOfLemma(t.lemma, false) : undefined;
    if (c) return { ...said, plover: c.plover, rule: `${e.rule}+plover-said:${t.lemma}` };
  }
  const s = bySentiment(text.slice(e.start, e.end));
  if (s) return { ...said, plover: s.plover, rule: `${e.rule}+plover-said:${s.why}` };
  // An act its content names by a trigger pattern rather than a verb's lemma ("that the ambassador, X, was summoned").
  const told = findTriggers(text.slice(e.trigger.end, e.end), e.trigger.end).find((t) => t.plover.type !== 'OTHER');
  return { ...said, ...(told ? { plover: told.plover } : {}), rule: `${e.rule}+plover-said${told ? `:${text.slice(told.start, told.end).toLowerCase()}` : ''}` };
}

/**
 * An event its trigger's words leave OTHER takes the category the decision table of its clause's verb and object gives
 * (`refineByTable`, events/plover-table.ts), else that of the nearest verb of its clause whose lemma names one
 * (`+plover-clause`): the trigger found the act by a word that names no category ("a referendum", "responded by
 * building terminals, which opened in 2009"), and the clause's predicate says what was done. Not a verb of a relative
 * clause with a subject of its own ("the bridge, which Slovenia opposed": another's act). The type stays; verbs only.
 */
export function refineByClause<E extends Event>(text: string, e: E): E {
  if (e.plover.type !== 'OTHER' || /\+statement\b/.test(e.rule)) return e;
  const tabled = refineByTable(text, e);
  if (tabled !== e) return tabled;
  for (const noun of [false, true])
    for (const t of clauseWords(text, e, noun ? 'NOUN' : 'VERB').words) {
      if (t.start < e.trigger.end && t.end > e.trigger.start) continue;
      const c = categoryOfLemma(t.lemma, noun);
      if (c) return { ...e, plover: c.plover, rule: `${e.rule}+plover-clause:${t.lemma}` };
    }
  return e;
}
