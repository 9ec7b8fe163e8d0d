import type { EventAnnotation } from '../../model/annotation.js';
import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import { PLOVER_CATEGORIES, type Plover } from './event-types.js';
import { classPattern, ploverRules } from './plover-rules.js';
import { tag, type Token } from '../nlp/tagger.js';

/**
 * The PLOVER category of an act no trigger word categorised, from a decision table of its verb's
 * class and its object's class (lexicon/plover-table.json): PLOVER tells sending forces (MOBILIZE)
 * from sending inspectors (INVESTIGATE) or relief (AID), and stopping a boat (COERCE) from stopping
 * gas (SANCTION), by what is done to what. One cell stands for every verb of its class with every
 * noun of its classes, where a rule of plover.json names one phrase.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** A cell of the table: a verb of `verbs` whose object matches `object` and not `unless` makes the act `to`. */
export interface TableCell {
  id: string;
  verbs: Set<string>;
  object: RegExp;
  unless?: RegExp;
  to: Plover;
}

/** A cell of the table's `named` list: an act whose clause names a noun of `object` (and not `unless`) is `to`. */
export interface NamedCell {
  id: string;
  object: RegExp;
  unless?: RegExp;
  to: Plover;
}

/** The table's file in the lexicon folder. */
export const PLOVER_TABLE_FILE = 'plover-table.json';

/**
 * Checks and compiles the table: a cell naming an unknown verb or object class, or an unknown
 * category, is LEXICON_INVALID naming the file and the cell. Object classes are the file's own and
 * plover.json's `objects`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lexicon file's JSON, checked field by field below
export function compilePloverTable(raw: any, file: string, shared: Map<string, string>): TableCell[] & { named?: NamedCell[] } {
  const verbClasses = new Map<string, string[]>(Object.entries(raw?.verbs ?? {}).filter(([k]) => !k.startsWith('$')) as [string, string[]][]);
  for (const [name, lemmas] of verbClasses)
    if (!Array.isArray(lemmas) || !lemmas.length || !lemmas.every((l) => typeof l === 'string' && /^[a-z-]+$/.test(l))) lexiconInvalid(file, `verbs.${name}`, 'must list lower-case lemmas');
  const objects = new Map(shared);
  for (const [name, nouns] of Object.entries((raw?.objects ?? {}) as Record<string, unknown>)) {
    if (name.startsWith('$')) continue;
    if (objects.has(name)) lexiconInvalid(file, `objects.${name}`, 'a class plover.json already has');
    if (!Array.isArray(nouns) || !nouns.length || !nouns.every((n) => typeof n === 'string' && n.trim())) lexiconInvalid(file, `objects.${name}`, 'must list its nouns as strings');
    objects.set(name, classPattern(nouns as string[]));
  }
  if (!Array.isArray(raw?.cells)) lexiconInvalid(file, '(top)', 'needs a "cells" list');
  if (raw.named !== undefined && !Array.isArray(raw.named)) lexiconInvalid(file, 'named', 'must be a list of cells');
  const ids = new Set<string>();
  const objectOf = (entry: string, c: { objects?: unknown }, flags: string) => {
    const objectNames: unknown[] = Array.isArray(c.objects) && c.objects.length ? c.objects : lexiconInvalid(file, entry, '"objects" must list classes');
    return new RegExp(objectNames.map((o) => objects.get(o as string) ?? lexiconInvalid(file, entry, `${JSON.stringify(o)} names no object class`)).join('|'), flags);
  };
  const unlessOf = (entry: string, c: { unless?: unknown }) => {
    try {
      return c.unless === undefined ? undefined : new RegExp(c.unless as string, 'i');
    } catch (err) {
      return lexiconInvalid(file, entry, `"unless" is not a valid regular expression (${(err as Error).message})`);
    }
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries checked field by field
  const named = ((raw.named ?? []) as any[]).map((c, k): NamedCell => {
    const entry = `named[${k}]${typeof c?.id === 'string' ? ` "${c.id}"` : ''}`;
    if (typeof c?.id !== 'string' || ids.has(c.id)) lexiconInvalid(file, entry, 'needs an "id" no other cell has');
    ids.add(c.id);
    if (!c.to || !PLOVER_CATEGORIES.includes(c.to.type) || typeof c.to.mode !== 'string') lexiconInvalid(file, entry, `"to" must be {type, mode} with type one of ${PLOVER_CATEGORIES.join(', ')}`);
    const unless = unlessOf(entry, c);
    return { id: c.id, object: objectOf(entry, c, 'gi'), ...(unless ? { unless } : {}), to: c.to as Plover };
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries checked field by field
  const cells = (raw.cells as any[]).map((c, k): TableCell => {
    const entry = `cells[${k}]${typeof c?.id === 'string' ? ` "${c.id}"` : ''}`;
    if (typeof c?.id !== 'string' || ids.has(c.id)) lexiconInvalid(file, entry, 'needs an "id" no other cell has');
    ids.add(c.id);
    const verbNames: unknown[] = Array.isArray(c.verbs) ? c.verbs : [c.verbs];
    const verbs = new Set(verbNames.flatMap((v) => verbClasses.get(v as string) ?? lexiconInvalid(file, entry, `${JSON.stringify(v)} names no class of "verbs"`)));
    const object = objectOf(entry, c, 'i');
    if (!c.to || !PLOVER_CATEGORIES.includes(c.to.type) || typeof c.to.mode !== 'string') lexiconInvalid(file, entry, `"to" must be {type, mode} with type one of ${PLOVER_CATEGORIES.join(', ')}`);
    const unless = unlessOf(entry, c);
    return { id: c.id, verbs, object, ...(unless ? { unless } : {}), to: c.to as Plover };
  });
  return Object.assign(cells, { named });
}

let cached: (TableCell[] & { named?: NamedCell[] }) | undefined;

/** lexicon/plover-table.json, read and checked once. */
export function ploverTable(): TableCell[] & { named?: NamedCell[] } {
  cached ??= compilePloverTable(readLexicon(PLOVER_TABLE_FILE), lexiconPath(PLOVER_TABLE_FILE), ploverRules().objects);
  return cached;
}

/**
 * What bounds the clause a trigger stands in: a semicolon, a sentence's end, a line break, a dash of a chronology entry, or a
 * comma before another clause (", and", ", but", ", when", ", where", ", while", ", after", ", before", ", although").
 * Not the dot of an initial or an abbreviation ("U.S. troops", "Gen. Banda", "Art. 4") or inside a number ("3.5 tonnes").
 */
const CLAUSE_BOUND =
  /[;!?\n]|(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Gov|Sen|Prof|No|Art|Sec|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.(?!\d)|\s[–—-]\s|,\s+(?:and|but|when|where|while|after|before|although|though)\s/;

/** The clause of the event's passage that holds its trigger: from the last bound before the trigger to the first after it. */
export function triggerClause(text: string, e: Pick<Event, 'start' | 'end' | 'trigger'>): { start: number; end: number } {
  const lead = text.slice(e.start, e.trigger.start);
  const before = [...lead.matchAll(new RegExp(CLAUSE_BOUND.source, 'g'))].pop();
  const start = before ? e.start + before.index! + before[0].length : e.start;
  const after = CLAUSE_BOUND.exec(text.slice(e.trigger.end, e.end));
  return { start, end: after ? e.trigger.end + after.index : e.end };
}

/** A relative clause with a subject of its own between its pronoun and its verb ("…, which Slovenia opposed"): another's act. */
const OWN_SUBJECT_RELATIVE = /\b(?:which|that|who|whom)\s+(?!(?:(?:was|were|is|are|had|has|have|been|being|also|later|then|would|will|did)\s+)*$)\S.*$/i;

/** Auxiliaries and verbs of being or saying, which name no act of their own. */
export const NO_ACT = new Set(['be', 'have', 'do', 'say', 'tell', 'state', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);

/**
 * The words of the event's clause of a part of speech (verbs by default) that may name its act, nearest its trigger first (the
 * trigger's own at distance 0): not an auxiliary, nor a word of a relative clause with a subject of its own after the trigger
 * ("the bridge, which Slovenia opposed").
 */
export function clauseWords(text: string, e: Pick<Event, 'start' | 'end' | 'trigger'>, pos = 'VERB'): { clause: { start: number; end: number }; words: Token[] } {
  const clause = triggerClause(text, e);
  const near = (t: Token) => (t.end <= e.trigger.start ? e.trigger.start - t.end : Math.max(0, t.start - e.trigger.end));
  const words = tag(text.slice(clause.start, clause.end), clause.start)
    .filter((t) => t.pos === pos && !NO_ACT.has(t.lemma))
    .filter((t) => t.start < e.trigger.end || !OWN_SUBJECT_RELATIVE.test(text.slice(e.trigger.end, t.start)))
    .sort((a, b) => near(a) - near(b));
  return { clause, words };
}

/** Where a verb's object noun phrase ends: a preposition or a comma after it. */
const OBJECT_END = /,|\b(?:to|for|from|with|in|on|at|into|by|over|against|after|before|near|along|across|because)\b/i;

/** "was boarded", "were freed": a passive verb, whose subject is what was done to. */
const PASSIVE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i;

/**
 * The event with the category of the first cell a verb of its clause and that verb's object fill (`+plover-table:<cell>`), for an
 * event still OTHER; else itself.
 * @example refineByTable('In 2019 Zambian police boarded two Malawian fishing boats on the lake.', ev).plover.type // → 'COERCE'
 */
export function refineByTable<E extends Event>(text: string, e: E): E {
  if (e.plover.type !== 'OTHER') return e;
  const { clause, words } = clauseWords(text, e);
  for (const t of words) {
    const lead = text.slice(clause.start, t.start);
    const object = PASSIVE.test(lead) ? lead : text.slice(t.end, Math.min(clause.end, t.end + 80));
    // The object named is the verb's own noun phrase, before a preposition ("held Malawi to blame for the capture of soldiers" holds no soldiers).
    const head = PASSIVE.test(lead) ? object : object.split(OBJECT_END)[0]!;
    const cell = ploverTable().find((c) => c.verbs.has(t.lemma) && c.object.test(head) && !c.unless?.test(object));
    if (cell) return { ...e, plover: cell.to, rule: `${e.rule}+plover-table:${cell.id}` };
  }
  return e;
}

/**
 * A preposition of means or of a topic at most three words before a noun: the noun is the means or the matter of another act
 * ("ended the dispute with a treaty", "under a sale agreement", "quarrelled over the agreement", "protested against the sanctions").
 */
const PREPOSITION_BEFORE = /\b(?:under|with|by|through|via|per|over|against|about)\s+(?:[\w'’-]+\s+){0,3}$/i;

/**
 * The event with the category of the `named` cell whose noun its clause (`triggerClause`) names nearest its trigger
 * (`+plover-named:<cell>`), for an event still OTHER after every other refiner, a statement's saying aside; else itself. A noun
 * after a preposition is another act's means or setting, not what the act is ("ended their dispute with a treaty"). No verb of
 * the clause named a category and its words lean neither way, so what it names is the only evidence: a chronology's
 * "1904 – Treaty of Ulaangom on borders and river navigation" is an agreement concluded, "the arms embargo of 1992" a sanction.
 * @example refineByNamed('1996 – Treaty of Ulaanbaatar on the border.', ev).plover.type // → 'AGREE'
 */
export function refineByNamed<E extends Event>(text: string, e: E): E {
  if (e.plover.type !== 'OTHER' || /\+statement\b/.test(e.rule)) return e;
  const clause = triggerClause(text, e);
  const words = text.slice(clause.start, clause.end);
  let best: { cell: NamedCell; distance: number } | undefined;
  for (const cell of ploverTable().named ?? []) {
    if (cell.unless?.test(words)) continue;
    for (const m of words.matchAll(cell.object)) {
      if (PREPOSITION_BEFORE.test(words.slice(0, m.index))) continue;
      const start = clause.start + m.index!;
      const end = start + m[0].length;
      const distance = end <= e.trigger.start ? e.trigger.start - end : Math.max(0, start - e.trigger.end);
      if (!best || distance < best.distance) best = { cell, distance };
    }
  }
  return best ? { ...e, plover: best.cell.to, rule: `${e.rule}+plover-named:${best.cell.id}` } : e;
}
