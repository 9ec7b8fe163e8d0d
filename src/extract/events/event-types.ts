import { existsSync } from 'node:fs';
import { ENTITY_KINDS, type EventMode } from '../../model/annotation.js';
import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import { PatternSet } from '../pattern-set.js';
import { firstNotBefore } from '../../model/sorted.js';

export interface Plover {
  type: string;
  mode: string;
}

export interface EventType {
  id: string;
  plover: Plover;
  triggers: RegExp[];
  /** The triggers are nouns statistics count ("students"): a clause with a quantity is a statistic. */
  countedNoun?: boolean;
  /** A sentence with a trigger but no date takes the last date of its paragraph. */
  fromContext?: boolean;
}

/** A trigger as the lexicon writes it: a pattern, or one that ranks just before another type or is matched with case. */
type RawTrigger = string | { pattern: string; before?: string; caseSensitive?: boolean };
/** A type as the lexicon writes it; `groups` are triggers of the type whose PLOVER category is their own ("summoned the ambassador": DISAPPROVE). */
type RawType = Omit<EventType, 'triggers'> & { triggers?: RawTrigger[]; groups?: { plover: Plover; triggers: RawTrigger[] }[] };
/** One compiled trigger: its type, rank and the PLOVER category it signals. */
export interface TriggerRule {
  type: EventType;
  priority: number;
  re: RegExp;
  plover: Plover;
}

export interface EventTypes {
  types: EventType[];
  modes: Record<Exclude<EventMode, 'asserted'>, RegExp[]>;
  /** PLOVER categories whose acts a clause tells one by one: each is an event beside the clause's main one. */
  separate: Set<string>;
  /** Cooperative PLOVER categories whose acts a clause tells one by one beside a main act of another of them ("met in Lima and signed a loan": CONSULT and AGREE). */
  apart: Set<string>;
  /** Types a clause groups under another category than PLOVER's (`clauseCategories`: an agreement in force, COOPERATE, told as AGREE beside its signing or a meeting). */
  clauseCategories: Map<string, string>;
  /** Lemmas of verbs that state a situation, a quantity or a saying, not an event ("be", "reach", "say"). */
  notEventVerbs: Set<string>;
  /** Lemmas of verbs that record or count a figure (`measureVerbs`: "record", "count"): with a figure for object or passive subject, a statistic. */
  measureVerbs: Set<string>;
  /** Lemmas of verbs of staying, arriving or visiting (`populationVerbs`: "live", "visit", "welcome"): a figure of people as their subject or object is a statistic. */
  populationVerbs: Set<string>;
  /** Plural nouns of a population that statistics count over a year (`statisticNouns`: "tourists", "students"), one whole-word pattern; never a state's organs, officials, ships or troops. */
  statisticNouns: RegExp;
  /** Nouns of a state of affairs (`stateNouns`: "war", "crisis"): named alone in a sentence with no date of its own, no act (`standing-states.ts`). */
  stateNouns: Set<string>;
  /** Lemmas of `notEventVerbs` that in the simple past of a dated clause tell a change, an event ("Kenya became independent in 1963"). */
  pastEventVerbs: Set<string>;
  /** Lemmas of `notEventVerbs` that head an act through their object ("held talks", "gave a loan", "led the delegation"; `lightActVerbs`): the learned acceptor weighs them, the finders do not. */
  lightActVerbs: Set<string>;
  /**
   * Lemmas of `notEventVerbs` whose past passive, with people for subject and an actor of the pair named after it in its
   * clause, tells an act done to them (`passiveActVerbs`: "two Kenyan traders were taken to a Ugandan police post",
   * `predicate-finder.ts`, session 35).
   */
  passiveActVerbs: Set<string>;
  /** Past participles written as their lemma (`bareParticiples`: "set", "put", "hit"): after "was", "were", "been" or "be" a passive ("were set up on 1 January 1993"). */
  bareParticiples: Set<string>;
  /**
   * Passives that tell a state, a feeling or divided opinion, no act (`passiveIdioms`: "take ill", "hold in regard", "split
   * over"): a verb's lemma and the words after it, adjectives and adverbs between them skipped ("were held in high regard").
   */
  passiveIdioms: { lemma: string; words: string[] }[];
  /** Lemmas of verbs of saying whose content clause tells an act of the speaker's ("said it had recalled …"; `sayingVerbs`). */
  sayingVerbs: Set<string>;
  /** Lemmas of verbs of knowing or showing (`knowingVerbs`: "know", "prove"): denied, like a denied verb of saying, they leave the act they report unsettled ("could not prove that Uganda shelled …"; `event-mode.ts`, session 44). */
  knowingVerbs: Set<string>;
  /** Head nouns of a state's offices and bodies (`subjectBodies`: "ministry", "embassy", "officials", "side"): a subject of one after an actor's demonym or possessive is that actor's (the learned acceptor, session 29). */
  subjectBodies: Set<string>;
  /** Head nouns of a state's offices and bodies a definite subject of which ("the ministry", "The Minister") stands for the state a sentence before named (`referringBodies`; `discourse-context.ts`). */
  referringBodies: Set<string>;
  /** Plurals of people and firms no state is (`privateSubjects`: "protesters", "traders", "companies"): a "they" after a sentence they open stands for them, not for a state (`discourse-context.ts`). */
  privateSubjects: Set<string>;
  /** The words a subject of states is written with beside states' names (`stateSubjectWords`: "both", "the", "two", "countries", "it"): a subject of "became members of" with any other word is of people (`member-subjects.ts`, session 39). */
  stateSubjectWords: Set<string>;
  /** Nouns of a group that visits or meets for its state (`delegationNouns`: "delegation", "mission"): with a person, what a visit or a meeting told by a verb of the category table needs. */
  delegationNouns: Set<string>;
  /** Adverbs that deny an act or say it fell short (`denialAdverbs`: "not", "never", "almost", "barely"): an agentless passive after one tells no act (`verb-finder.ts`, session 33). */
  denialAdverbs: Set<string>;
  /**
   * A verb of saying or of attitude and the preposition that names its topic or cause (`denialAsides`: "apologised for",
   * "commented on", "responded to"): a noun of an act in that phrase is not what a denial of the verb denies ("has not
   * apologised for the raid" asserts the raid; `event-mode.ts`, session 44).
   */
  denialAsides: RegExp[];
  /** Headers of a table column that holds an act's title (`tableTitleHeaders`: "title", "name", "agreement"): the cell a row's act is quoted by (`table-acts.ts`, session 32). */
  tableTitleHeaders: Set<string>;
  /** Types a table row's title cell names as the instrument itself (`tableTitleTypes`: "joint_statement"): kept, dated by the row, never replaced by its signing (session 46 review). */
  tableTitleTypes: Set<string>;
  /** Words of a thing between two states (`bilateralNouns`: "agreement", "crossing", "embassy", "joint"): an agentless past passive whose subject names one is the pair's act (`pair-passive.ts`, session 32). */
  bilateralNouns: Set<string>;
  /** Head nouns of bodies neither state is (`thirdPartyBodies`: "tribunal", "court", "agency"): a subject of its own kind for the learned acceptor. */
  thirdPartyBodies: Set<string>;
  /** Acts whose PLOVER category follows their doer ("captured by rebels": ASSAULT, not COERCE) or their polarity ("had no apologies": REJECT). */
  recategorise: { byAgent: { from: Set<string>; to: Plover; agents?: RegExp; kinds?: Set<string>; trigger?: RegExp }[]; negated: { from: Set<string>; to: Plover }[] };
  /** Verbs that tell an act by their lemma (`verbs` in event-types.json), each with its type, PLOVER category and rank. */
  verbs: VerbLexicon;
  /** Nouns that name an act by their lemma (`nouns` in event-types.json: "closure", "dissolution", "election"), found with an actor for argument. */
  nouns: VerbLexicon;
  /** Head nouns of acts told by their name with a date of their own (`namedActs` in event-types.json: "the Treaty of Valdor (1602)", `named-acts.ts`). */
  namedActs: VerbLexicon;
  /** Words that make a `namedActs` head right after them a body or an era, not an act (`namedActs.notAfter`: "the National Convention of 2016", "the Green Revolution"), lower-cased. */
  namedActsNotAfter: Set<string>;
  /** The vocabulary from WordNet (`wordnet-events.json`, written by `npm run lexicon:wordnet`): verbs and nouns read behind the hand-kept ones, which win where both name a lemma. */
  wordnet: { verbs: VerbLexicon; nouns: VerbLexicon };
  /** Every trigger, at its type's place or ranked before another type, searched together. */
  all: TriggerRule[];
  search: PatternSet;
}

/** The verb vocabulary: each lemma's type, category and rank; the stems and forms a sentence must hold for its verbs to be tagged. */
export interface VerbLexicon {
  /** `table`: the verb is the category table's (wordnet-plover.json), read behind both vocabularies. */
  lemmas: Map<string, { type: EventType; plover: Plover; priority: number; table?: true }>;
  /** Lower-case beginnings of the lemmas' inflected forms ("apologi" for apologise/apologize, "detain"), and irregular forms ("met"). */
  stems: Set<string>;
  /** The irregular forms, past tense or participle: a form the same as its lemma ("shut", "cut") is past when listed here. */
  forms: Set<string>;
}

let cached: EventTypes | undefined;

/** A mode pattern is tested, not scanned: `test` on a global regex would move its `lastIndex`. */
const withoutGlobal = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));

/** PLOVER's event categories (and OTHER, for what PLOVER does not code). */
export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'DEMAND',
  'DISAPPROVE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'FIGHT',
  'INVESTIGATE',
  'OTHER',
];
const MODES = ['planned', 'hypothetical', 'negated'];

/**
 * Compiles the data of an event-types file, checking it as it goes: a type with no id or a
 * PLOVER category PLOVER does not have, a trigger that is not a valid regular expression or
 * ranks before a type the file does not have, is LEXICON_INVALID naming the file and the entry.
 * @example compileEventTypes({ types: [{ id: 'x', plover: { type: 'AGREE', mode: '' }, triggers: ['\\bsigned\\b'] }], modes: {} }, 'e.json').all.length // → 1
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lexicon file's JSON, checked field by field below
export function compileEventTypes(raw: any, file: string, wordnet?: { raw: any; file: string }, table?: { raw: any; file: string }): EventTypes {
  if (!Array.isArray(raw?.types)) lexiconInvalid(file, '(top)', 'needs a "types" list');
  const rawTypes = raw.types as RawType[];
  const ids = new Set<string>();
  const checkPlover = (entry: string, p: Plover | undefined) => {
    if (!p || !PLOVER_CATEGORIES.includes(p.type) || typeof p.mode !== 'string') lexiconInvalid(file, entry, `"plover" must be {type, mode} with type one of ${PLOVER_CATEGORIES.join(', ')}`);
  };
  const compile = (entry: string, x: RawTrigger): RegExp => {
    const pattern = typeof x === 'string' ? x : x?.pattern;
    if (typeof pattern !== 'string' || !pattern) return lexiconInvalid(file, entry, `a trigger must be a pattern or {pattern, before?, caseSensitive?}, not ${JSON.stringify(x)}`);
    try {
      return new RegExp(pattern, typeof x !== 'string' && x.caseSensitive ? 'g' : 'gi');
    } catch (err) {
      return lexiconInvalid(file, entry, `trigger ${JSON.stringify(pattern)} is not a valid regular expression (${(err as Error).message})`);
    }
  };
  for (const t of rawTypes) {
    if (typeof t?.id !== 'string' || !t.id) lexiconInvalid(file, JSON.stringify(t).slice(0, 60), 'a type needs an "id"');
    if (ids.has(t.id)) lexiconInvalid(file, `type "${t.id}"`, 'listed twice');
    ids.add(t.id);
    checkPlover(`type "${t.id}"`, t.plover);
    for (const [k, g] of (t.groups ?? []).entries()) checkPlover(`type "${t.id}" groups[${k}]`, g.plover);
  }
  const types: EventType[] = rawTypes.map(({ groups: _groups, ...t }) => ({ ...t, triggers: (t.triggers ?? []).map((x) => compile(`type "${t.id}"`, x)) }));
  const all = rawTypes.flatMap((t, i) =>
    [{ plover: t.plover, triggers: t.triggers ?? [] }, ...(t.groups ?? [])].flatMap(({ plover, triggers }) =>
      triggers.map((x) => {
        const before = typeof x === 'string' || x.before === undefined ? i : rawTypes.findIndex((o) => o.id === x.before) - 0.5;
        if (before < 0) lexiconInvalid(file, `type "${t.id}"`, `a trigger ranks before unknown type "${(x as { before: string }).before}"`);
        return { type: types[i]!, priority: before, re: compile(`type "${t.id}"`, x), plover };
      }),
    ),
  );
  const separate = (raw.separateCategories ?? []) as string[];
  for (const c of separate) if (!PLOVER_CATEGORIES.includes(c)) lexiconInvalid(file, 'separateCategories', `"${c}" is no PLOVER category`);
  const apart = (raw.apartCategories ?? []) as string[];
  for (const c of apart) if (!PLOVER_CATEGORIES.includes(c)) lexiconInvalid(file, 'apartCategories', `"${c}" is no PLOVER category`);
  for (const id of (raw.tableTitleTypes ?? []) as string[]) if (!types.some((t) => t.id === id)) lexiconInvalid(file, 'tableTitleTypes', `"${id}" is no type`);
  const clauseCategories = new Map(Object.entries((raw.clauseCategories ?? {}) as Record<string, string>));
  for (const [id, c] of clauseCategories) {
    if (!PLOVER_CATEGORIES.includes(c)) lexiconInvalid(file, `clauseCategories.${id}`, `"${c}" is no PLOVER category`);
    if (!types.some((t) => t.id === id)) lexiconInvalid(file, `clauseCategories.${id}`, 'no such type');
  }
  for (const k of Object.keys(raw.modes ?? {})) if (!MODES.includes(k)) lexiconInvalid(file, `modes.${k}`, `a mode is one of ${MODES.join(', ')}`);
  const notEventVerbs = new Set(((raw.notEventVerbs ?? []) as string[]).map((v) => v.toLowerCase()));
  const measureVerbs = lemmaSet(raw, 'measureVerbs', file);
  const populationVerbs = lemmaSet(raw, 'populationVerbs', file);
  const statisticNouns = (raw.statisticNouns ?? []) as unknown[];
  if (!Array.isArray(statisticNouns) || statisticNouns.some((n) => typeof n !== 'string' || !/^[a-z?[\] -]+$/.test(n)))
    lexiconInvalid(file, 'statisticNouns', 'must list lower-case plural nouns (patterns of letters, spaces, "?" and [ ] only)');
  const pastEventVerbs = (raw.pastEventVerbs ?? []) as string[];
  for (const v of pastEventVerbs) if (!notEventVerbs.has(v)) lexiconInvalid(file, 'pastEventVerbs', `"${v}" is no lemma of notEventVerbs`);
  const lightActVerbs = lemmaSet(raw, 'lightActVerbs', file);
  for (const v of lightActVerbs) if (!notEventVerbs.has(v)) lexiconInvalid(file, 'lightActVerbs', `"${v}" is no lemma of notEventVerbs`);
  const sayingVerbs = lemmaSet(raw, 'sayingVerbs', file);
  const passiveActVerbs = lemmaSet(raw, 'passiveActVerbs', file);
  for (const v of passiveActVerbs) if (!notEventVerbs.has(v)) lexiconInvalid(file, 'passiveActVerbs', `"${v}" is no lemma of notEventVerbs`);
  const recategorise = compileRecategorise(raw.recategorise ?? {}, file, checkPlover);
  const verbs = compileVerbs(raw.verbs ?? {}, file, types, checkPlover);
  const nouns = compileVerbs(raw.nouns ?? {}, file, types, checkPlover, 'nouns');
  // A name ranks after the verbs and nouns of its type: "signed the Treaty of Lisbon (1668)" is the signing.
  const namedActs = compileVerbs(raw.namedActs ?? {}, file, types, checkPlover, 'namedActs', 0.45);
  // WordNet's verbs and nouns rank after the hand-kept ones of their type: a lemma chosen by hand for a type says more.
  const fromWordnet = (key: 'verbs' | 'nouns') =>
    wordnet ? compileVerbs(wordnet.raw?.[key] ?? {}, wordnet.file, types, checkPlover, key, 0.35) : { lemmas: new Map(), stems: new Set<string>(), forms: new Set<string>() };
  const wordnetVerbs = fromWordnet('verbs');
  // The category table's verbs (wordnet-plover.json) that neither vocabulary names find acts too, ranked after WordNet's
  // and under the same clause checks: "thanked Manila", "summoned", "occupied" are acts of a category; a verb of
  // `notEventVerbs` stays none.
  if (table) {
    const extra = compileVerbs(table.raw?.verbs ?? {}, table.file, types, checkPlover, 'verbs', 0.4);
    for (const [lemma, entry] of extra.lemmas) {
      if (verbs.lemmas.has(lemma) || wordnetVerbs.lemmas.has(lemma) || notEventVerbs.has(lemma)) continue;
      wordnetVerbs.lemmas.set(lemma, { ...entry, table: true });
      wordnetVerbs.stems.add(verbStem(lemma));
    }
  }
  return {
    types,
    all,
    verbs,
    nouns,
    namedActs,
    namedActsNotAfter: new Set(((raw.namedActs?.notAfter ?? []) as string[]).map((w) => w.toLowerCase())),
    wordnet: { verbs: wordnetVerbs, nouns: fromWordnet('nouns') },
    recategorise,
    separate: new Set(separate),
    apart: new Set(apart),
    clauseCategories,
    notEventVerbs,
    measureVerbs,
    populationVerbs,
    stateNouns: lemmaSet(raw, 'stateNouns', file),
    statisticNouns: new RegExp(`^(?:${statisticNouns.join('|') || '(?!)'})$`, 'i'),
    pastEventVerbs: new Set(pastEventVerbs),
    lightActVerbs,
    passiveActVerbs,
    bareParticiples: lemmaSet(raw, 'bareParticiples', file),
    passiveIdioms: idioms(raw, 'passiveIdioms', file),
    sayingVerbs,
    subjectBodies: lemmaSet(raw, 'subjectBodies', file),
    thirdPartyBodies: lemmaSet(raw, 'thirdPartyBodies', file),
    tableTitleHeaders: lemmaSet(raw, 'tableTitleHeaders', file),
    tableTitleTypes: new Set((raw.tableTitleTypes ?? []) as string[]),
    bilateralNouns: lemmaSet(raw, 'bilateralNouns', file),
    delegationNouns: lemmaSet(raw, 'delegationNouns', file),
    denialAdverbs: lemmaSet(raw, 'denialAdverbs', file),
    knowingVerbs: lemmaSet(raw, 'knowingVerbs', file),
    denialAsides: ((raw.denialAsides ?? []) as RawTrigger[]).map((x) => compile('denialAsides', x)),
    referringBodies: lemmaSet(raw, 'referringBodies', file),
    privateSubjects: lemmaSet(raw, 'privateSubjects', file),
    stateSubjectWords: lemmaSet(raw, 'stateSubjectWords', file),
    search: new PatternSet(all.map((t) => t.re)),
    modes: Object.fromEntries(MODES.map((k) => [k, ((raw.modes ?? {})[k] ?? []).map((x: RawTrigger) => withoutGlobal(compile(`modes.${k}`, x)))])) as EventTypes['modes'],
  };
}

/** The beginning every inflected form of a lemma shares: "apologize" → "apologi" (apologised, apologizing), "deny" → "den", "close" → "clos". */
export function verbStem(lemma: string): string {
  const stem = lemma.replace(/[iy]ze$/, 'i').replace(/[ey]$/, '');
  return stem.length >= 3 ? stem : lemma;
}

/** The `verbs` (or `nouns`) entry of an event-types file, checked: groups of known types and PLOVER categories, lemmas as lower-case words. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lexicon file's JSON, checked field by field below
export function compileVerbs(raw: any, file: string, types: EventType[], checkPlover: (entry: string, p: Plover | undefined) => void, key = 'verbs', rank = 0.25): VerbLexicon {
  const lemmas: VerbLexicon['lemmas'] = new Map();
  const stems = new Set<string>();
  const forms = new Set<string>();
  const word = (x: unknown) => typeof x === 'string' && /^[a-z]+(?:-[a-z]+)*$/.test(x);
  if (raw.groups !== undefined && !Array.isArray(raw.groups)) lexiconInvalid(file, `${key}.groups`, 'must be a list of {type, plover, lemmas, forms?}');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries checked field by field
  for (const [k, g] of ((raw.groups ?? []) as any[]).entries()) {
    const entry = `${key}.groups[${k}]`;
    const index = types.findIndex((t) => t.id === g?.type);
    if (index < 0) lexiconInvalid(file, entry, `"type" must be one of the file's types, not ${JSON.stringify(g?.type)}`);
    checkPlover(entry, g.plover);
    if (!Array.isArray(g.lemmas) || !g.lemmas.length || !g.lemmas.every(word)) lexiconInvalid(file, entry, '"lemmas" must be a list of lower-case words');
    if (g.forms !== undefined && (!Array.isArray(g.forms) || !g.forms.every(word))) lexiconInvalid(file, entry, '"forms" must be a list of lower-case words');
    for (const lemma of g.lemmas as string[]) {
      if (lemmas.has(lemma)) lexiconInvalid(file, entry, `lemma "${lemma}" is in two groups`);
      // A verb ranks just after its type's trigger patterns: a pattern that names the act says more than the verb.
      lemmas.set(lemma, { type: types[index]!, plover: g.plover as Plover, priority: index + rank });
      stems.add(verbStem(lemma));
    }
    for (const f of (g.forms ?? []) as string[]) {
      stems.add(f);
      forms.add(f);
    }
  }
  return { lemmas, stems, forms };
}

/** The `recategorise` entry of an event-types file, checked: categories PLOVER has, agents that are valid patterns. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lexicon file's JSON, checked field by field below
function compileRecategorise(raw: any, file: string, checkPlover: (entry: string, p: Plover | undefined) => void): EventTypes['recategorise'] {
  const from = (entry: string, x: unknown) => {
    if (!Array.isArray(x) || !x.every((c) => PLOVER_CATEGORIES.includes(c))) lexiconInvalid(file, entry, `"from" must list PLOVER categories (${PLOVER_CATEGORIES.join(', ')})`);
    return new Set(x as string[]);
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries checked field by field
  const byAgent = ((raw.byAgent ?? []) as any[]).map((r, k) => {
    const entry = `recategorise.byAgent[${k}]`;
    checkPlover(entry, r?.to);
    if (r.agents === undefined && r.agentKinds === undefined) lexiconInvalid(file, entry, 'needs "agents" (patterns) or "agentKinds" (entity kinds)');
    if (r.agents !== undefined && (!Array.isArray(r.agents) || !r.agents.length || !r.agents.every((a: unknown) => typeof a === 'string' && a)))
      lexiconInvalid(file, entry, '"agents" must be a list of patterns');
    if (r.agentKinds !== undefined && (!Array.isArray(r.agentKinds) || !r.agentKinds.every((k: unknown) => typeof k === 'string' && (ENTITY_KINDS as readonly string[]).includes(k))))
      lexiconInvalid(file, entry, `"agentKinds" must list entity kinds (${ENTITY_KINDS.join(', ')})`);
    let agents: RegExp | undefined;
    try {
      if (r.agents) agents = new RegExp(`\\b(?:${(r.agents as string[]).join('|')})\\b`, 'i');
    } catch (err) {
      return lexiconInvalid(file, entry, `an agent is not a valid regular expression (${(err as Error).message})`);
    }
    let trigger: RegExp | undefined;
    try {
      if (r.trigger !== undefined) trigger = new RegExp(String(r.trigger), 'i');
    } catch (err) {
      return lexiconInvalid(file, entry, `"trigger" is not a valid regular expression (${(err as Error).message})`);
    }
    return { from: from(entry, r.from), to: r.to as Plover, ...(agents ? { agents } : {}), ...(r.agentKinds ? { kinds: new Set<string>(r.agentKinds) } : {}), ...(trigger ? { trigger } : {}) };
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries checked field by field
  const negated = ((raw.negated ?? []) as any[]).map((r, k) => {
    checkPlover(`recategorise.negated[${k}]`, r?.to);
    return { from: from(`recategorise.negated[${k}]`, r.from), to: r.to as Plover };
  });
  return { byAgent, negated };
}

/** The event types of lexicon/event-types.json, in priority order, with compiled triggers, and the WordNet vocabulary of wordnet-events.json with the verbs of the category table wordnet-plover.json behind it (none in a lexicon folder without them); read and checked once. */
export function eventTypes(): EventTypes {
  // Asked tens of thousands of times a megabyte (each finder and refiner asks for it): the kept types come back before any path is built.
  if (cached) return cached;
  const wordnet = lexiconPath(WORDNET_FILE);
  const table = lexiconPath(TABLE_FILE);
  const read = (file: string) => (existsSync(file) ? { raw: readLexicon(file), file } : undefined);
  cached = compileEventTypes(readLexicon('event-types.json'), lexiconPath('event-types.json'), read(wordnet), read(table));
  return cached;
}

/**
 * The category a clause groups an act under (`clauseCategories` in event-types.json): an agreement in force, COOPERATE,
 * is told with its signing as one act of agreeing and beside a meeting as an act apart, as when it was AGREE (session 46
 * review); an act whose category a rule changed (a penalty in force, SANCTION) keeps that one.
 * @example clauseCategory('agreement_in_force', { type: 'COOPERATE', mode: 'in-force' }) // → 'AGREE'
 */
export function clauseCategory(type: string, plover: Plover): string {
  const { clauseCategories, types } = eventTypes();
  const as = clauseCategories.get(type);
  return as && types.find((t) => t.id === type)?.plover.type === plover.type ? as : plover.type;
}

/** The file `npm run lexicon:wordnet` writes. */
export const WORDNET_FILE = 'wordnet-events.json';

/** The category table `npm run lexicon:wordnet` writes beside it (`PLOVER_LEMMAS_FILE` of plover-lemmas.ts). */
const TABLE_FILE = 'wordnet-plover.json';

/** A trigger found in a text: which type, where. */
export interface Trigger {
  type: EventType;
  priority: number;
  plover: Plover;
  start: number;
  end: number;
  /** Found by the verb finder (a verb of the vocabulary by its lemma), not by a pattern. */
  verb?: true;
  /** Found by the verb finder as an event noun of the vocabulary (`nouns`) with an actor for argument. */
  noun?: true;
  /** Found as the head of an act's name with a date of its own ("the Northern Pact (1951)", `named-acts.ts`). */
  named?: true;
  /** The verb or noun is WordNet's (`wordnet-events.json`), not the hand-kept vocabulary's. */
  wordnet?: true;
  /** An agentless passive of a thing between the pair in a sentence that names no actor: the pair's act (`pair-passive.ts`). */
  pair?: true;
}

/** Which finder a trigger came from, as rules name it: "verb", "noun", "named-act" or "trigger" (a pattern); "wordnet-verb", "wordnet-noun" for WordNet's vocabulary. */
export const finderOf = (t: Trigger): string => `${t.wordnet ? 'wordnet-' : ''}${t.verb ? 'verb' : t.noun ? 'noun' : t.named ? 'named-act' : 'trigger'}`;

/** Every trigger of every type in `text`, with offsets relative to `base`. */
export function findTriggers(text: string, base = 0): Trigger[] {
  const out: Trigger[] = [];
  const { all, search } = eventTypes();
  search.matchAll(text).forEach((matches, i) => {
    const { type, priority, plover } = all[i]!;
    for (const m of matches) out.push({ type, priority, plover, start: base + m.index, end: base + m.index + m[0].length });
  });
  return withoutNested(withoutOuter(out));
}

/**
 * Triggers less those inside a longer one of the same type that signals another PLOVER
 * category: "lifted its sanctions" is a retreat, and the "sanctions" inside it are none.
 */
function withoutNested(triggers: Trigger[]): Trigger[] {
  // A trigger that holds t starts at or before t and no earlier than t's end less the longest
  // trigger's length: only those are compared, so a long document is not quadratic.
  const byStart = [...triggers].sort((a, b) => a.start - b.start);
  const longest = triggers.reduce((n, o) => Math.max(n, o.end - o.start), 0);
  return triggers.filter((t) => {
    for (let k = firstNotBefore(byStart.length, (i) => byStart[i]!.start < t.end - longest); k < byStart.length && byStart[k]!.start <= t.start; k++) {
      const o = byStart[k]!;
      if (o !== t && o.type === t.type && o.plover.type !== t.plover.type && o.end >= t.end && o.end - o.start > t.end - t.start) return false;
    }
    return true;
  });
}

/**
 * Triggers less those that reach over another type's trigger to the same noun: in "did not
 * raise the issue in talks on the establishment of diplomatic ties", "establishment … ties"
 * names the event, not "raise … ties". The verb nearest the noun governs it.
 */
function withoutOuter(triggers: Trigger[]): Trigger[] {
  const byEnd = new Map<number, Trigger[]>();
  for (const t of triggers) {
    const same = byEnd.get(t.end);
    if (same) same.push(t);
    else byEnd.set(t.end, [t]);
  }
  return triggers.filter((t) => !byEnd.get(t.end)!.some((o) => o.type !== t.type && o.start > t.start));
}

/** A list of lower-case verb lemmas the file gives under `key` (`measureVerbs`, `sayingVerbs`), refused with its key otherwise. */
/** A list of phrases, a lemma then lower-case words ("take ill"), as `{lemma, words}`; anything else is `LEXICON_INVALID`. */
function idioms(raw: Record<string, unknown>, key: string, file: string): { lemma: string; words: string[] }[] {
  const phrases = (raw[key] ?? []) as unknown[];
  if (!Array.isArray(phrases) || phrases.some((v) => typeof v !== 'string' || !/^[a-z]+(?: [a-z]+)+$/.test(v)))
    lexiconInvalid(file, key, 'must list phrases of a lower-case lemma and the words after it');
  return (phrases as string[]).map((p) => {
    const [lemma, ...words] = p.split(' ');
    return { lemma: lemma!, words };
  });
}

function lemmaSet(raw: Record<string, unknown>, key: string, file: string): Set<string> {
  const lemmas = (raw[key] ?? []) as unknown[];
  if (!Array.isArray(lemmas) || lemmas.some((v) => typeof v !== 'string' || !/^[a-z]+$/.test(v))) lexiconInvalid(file, key, 'must list lower-case verb lemmas');
  return new Set(lemmas as string[]);
}
