import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import { eventTypes, PLOVER_CATEGORIES, type Plover } from './event-types.js';

/** An act's PLOVER category by its trigger's word and what it is done to (`byArguments` in lexicon/plover.json). */
export interface ArgumentRule {
  id: string;
  from?: Set<string>;
  trigger: RegExp;
  /** What the act is done to: the trigger with the words after it in its clause, or the subject of a passive. */
  object: RegExp;
  /** Words of that span that keep the trigger's category ("sent troops to the UN mission": peacekeeping, not a show of force). */
  unless?: RegExp;
  /**
   * `object` is read with the words before the trigger in its clause (up to 60 characters): one rule reads an act whether its verb or
   * its object is the trigger ("handed over three patrol boats": "handed" or "patrol boats").
   */
  withLead?: boolean;
  to: Plover;
  /** The Dyad event type the act then has. */
  type?: string;
  /** `trigger`, `object` and `unless` are matched with case (`caseSensitive`: a bare capitalised name, "seized Goma", is a place). */
  caseSensitive?: boolean;
}

/** An act's PLOVER category by the mode its passage tells it in (`byMode`): a planned aid is a promise, AGREE. */
export interface ModeRule {
  id: string;
  mode: string;
  from: Set<string>;
  to: Plover;
}

/** An act's PLOVER category by the words right before its trigger (`byLead`): "must withdraw" is a demand. */
export interface LeadRule {
  id: string;
  /** Matched against the clause up to the trigger (anchored at its end by the pattern's `$`): its last 60 characters, or with `clause` all its passage before the trigger. */
  lead: RegExp;
  /** The lead is read over the trigger's whole passage before it, not its last 60 characters ("released the journalist … on 3 March 2024 after a year in detention"). */
  clause?: boolean;
  /** The trigger's own words, when the rule is for acts a trigger of a kind names ("sent two patrol boats": a vessel). */
  trigger?: RegExp;
  from: Set<string>;
  to: Plover;
  /** The new act is told as done ("must withdraw" is a demand made; "offered to hold talks" an offer made): mode asserted. */
  asserts: boolean;
  /** The Dyad event type the act then has. */
  type?: string;
  /** Words of the trigger and the rest of its clause that keep the category ("sent two frigates … for joint exercises"). */
  unless?: RegExp;
}

/** The category and type of an event no trigger typed (`forOther`), by the words of its passage. */
export interface OtherRule {
  id: string;
  words: RegExp;
  /** The act's own trigger must match this too ("force" of "in force 1 May 2005"), when given: the passage's words alone may name another act. */
  trigger?: RegExp;
  /** Words of the passage that keep the act as it is ("Reuters" beside "by telephone": an interview, not a call). */
  unless?: RegExp;
  to: Plover;
  type: string;
}

export interface PloverRules {
  /** The field's nouns by class (`objects`: diplomats, people, troops, warships, …), each an alternation `{class}` stands for in a pattern. */
  objects: Map<string, string>;
  byArguments: ArgumentRule[];
  byMode: ModeRule[];
  byLead: LeadRule[];
  /** Categories whose acts are made by telling them (`toldAsMade`: a threat): told as planned or hypothetical, they are asserted. */
  toldAsMade: Set<string>;
  forOther: OtherRule[];
}

const MODES = ['planned', 'hypothetical', 'negated'];

/** `{people}` in a pattern: a class of `objects`. Letters only, so a quantifier (`{0,50}`) is never one. */
const CLASS_REF = /\{([a-z][a-z-]*)\}/g;

/** A noun of a class as a pattern: its words escaped, any run of spaces between them. */
const nounPattern = (noun: string) => noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A class of nouns as one alternation, longest first, so that "navy ships" is tried before "navy"; bounded by no word character either side (not `\b`, which after "attaché" or "communiqué" would need a letter to follow). */
export const classPattern = (nouns: string[]) =>
  `(?<!\\w)(?:${[...nouns]
    .sort((a, b) => b.length - a.length)
    .map(nounPattern)
    .join('|')})(?!\\w)`;

/**
 * Checks and compiles the data of a plover file: an unknown category, event type or mode, or a
 * pattern that is no regular expression, is LEXICON_INVALID naming the file and the rule.
 * @example compilePloverRules({ byArguments: [], byMode: [{ id: 'p', mode: 'planned', from: ['AID'], to: { type: 'AGREE', mode: 'promise' } }] }, 'p.json').byMode[0].from // → Set {'AID'}
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lexicon file's JSON, checked field by field below
export function compilePloverRules(raw: any, file: string, types: Set<string>): PloverRules {
  if (!Array.isArray(raw?.byArguments) || !Array.isArray(raw?.byMode)) lexiconInvalid(file, '(top)', 'needs "byArguments" and "byMode" lists');
  const category = (entry: string, p: Plover | undefined) => {
    if (!p || !PLOVER_CATEGORIES.includes(p.type) || typeof p.mode !== 'string') lexiconInvalid(file, entry, `"to" must be {type, mode} with type one of ${PLOVER_CATEGORIES.join(', ')}`);
    return p;
  };
  const categories = (entry: string, x: unknown) => {
    if (!Array.isArray(x) || !x.length || !x.every((c) => PLOVER_CATEGORIES.includes(c))) lexiconInvalid(file, entry, '"from" must list PLOVER categories');
    return new Set(x as string[]);
  };
  if (raw.objects !== undefined && (typeof raw.objects !== 'object' || Array.isArray(raw.objects))) lexiconInvalid(file, 'objects', 'must map class names to lists of nouns');
  const objects = new Map<string, string>();
  for (const [name, nouns] of Object.entries((raw.objects ?? {}) as Record<string, unknown>)) {
    if (name.startsWith('$')) continue;
    if (!/^[a-z][a-z-]*$/.test(name)) lexiconInvalid(file, `objects.${name}`, 'a class name is lower-case letters and hyphens');
    if (!Array.isArray(nouns) || !nouns.length || !nouns.every((n) => typeof n === 'string' && n.trim())) lexiconInvalid(file, `objects.${name}`, 'must list its nouns as strings');
    objects.set(name, classPattern(nouns as string[]));
  }
  const pattern = (entry: string, x: unknown, flags = 'i') => {
    if (typeof x !== 'string' || !x) return lexiconInvalid(file, entry, 'needs its patterns ("trigger" and "object", or "words")');
    const source = x.replace(CLASS_REF, (_, name: string) => objects.get(name) ?? lexiconInvalid(file, entry, `{${name}} names no class of "objects" (${[...objects.keys()].join(', ')})`));
    try {
      return new RegExp(source, flags);
    } catch (err) {
      return lexiconInvalid(file, entry, `${JSON.stringify(x)} is not a valid regular expression (${(err as Error).message})`);
    }
  };
  const ids = new Set<string>();
  const id = (entry: string, x: unknown) => {
    if (typeof x !== 'string' || !x || ids.has(x)) lexiconInvalid(file, entry, 'needs an "id" no other rule has');
    ids.add(x as string);
    return x as string;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries checked field by field
  const byArguments = (raw.byArguments as any[]).map((r, k): ArgumentRule => {
    const entry = `byArguments[${k}]${typeof r?.id === 'string' ? ` "${r.id}"` : ''}`;
    if (r.type !== undefined && !types.has(r.type)) lexiconInvalid(file, entry, `"type" must be an event type of event-types.json, not ${JSON.stringify(r.type)}`);
    if (r.caseSensitive !== undefined && typeof r.caseSensitive !== 'boolean') lexiconInvalid(file, entry, '"caseSensitive" must be true or false');
    const flags = r.caseSensitive === true ? '' : 'i';
    return {
      id: id(entry, r.id),
      ...(r.from !== undefined ? { from: categories(entry, r.from) } : {}),
      trigger: pattern(entry, r.trigger, flags),
      object: pattern(entry, r.object, flags),
      ...(r.unless !== undefined ? { unless: pattern(entry, r.unless, flags) } : {}),
      ...(r.withLead === true ? { withLead: true } : {}),
      to: category(entry, r.to),
      ...(r.type !== undefined ? { type: r.type as string } : {}),
      ...(r.caseSensitive === true ? { caseSensitive: true } : {}),
    };
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries checked field by field
  const byMode = (raw.byMode as any[]).map((r, k): ModeRule => {
    const entry = `byMode[${k}]`;
    if (!MODES.includes(r?.mode)) lexiconInvalid(file, entry, `"mode" must be one of ${MODES.join(', ')}`);
    return { id: id(entry, r.id), mode: r.mode, from: categories(entry, r.from), to: category(entry, r.to) };
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries checked field by field
  const byLead = ((raw.byLead ?? []) as any[]).map((r, k): LeadRule => {
    const entry = `byLead[${k}]`;
    if (r?.asserts !== undefined && typeof r.asserts !== 'boolean') lexiconInvalid(file, entry, '"asserts" must be true or false');
    if (r?.clause !== undefined && typeof r.clause !== 'boolean') lexiconInvalid(file, entry, '"clause" must be true or false');
    if (r?.type !== undefined && !types.has(r.type)) lexiconInvalid(file, entry, `"type" must be an event type of event-types.json, not ${JSON.stringify(r.type)}`);
    return {
      id: id(entry, r?.id),
      lead: pattern(entry, r?.lead),
      ...(r?.trigger !== undefined ? { trigger: pattern(entry, r.trigger) } : {}),
      from: categories(entry, r?.from),
      to: category(entry, r?.to),
      asserts: r?.asserts === true,
      ...(r?.clause === true ? { clause: true } : {}),
      ...(r?.type !== undefined ? { type: r.type as string } : {}),
      ...(r?.unless !== undefined ? { unless: pattern(entry, r.unless) } : {}),
    };
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries checked field by field
  const forOther = ((raw.forOther ?? []) as any[]).map((r, k): OtherRule => {
    const entry = `forOther[${k}]`;
    if (!types.has(r?.type)) lexiconInvalid(file, entry, `"type" must be an event type of event-types.json, not ${JSON.stringify(r?.type)}`);
    // forOther patterns are read with the `u` flag, so that `\p{L}` stands for any letter ("Erdoğan", "Gnassingbé").
    return {
      id: id(entry, r.id),
      words: pattern(entry, r.words, 'iu'),
      ...(r?.trigger !== undefined ? { trigger: pattern(entry, r.trigger, 'iu') } : {}),
      ...(r?.unless !== undefined ? { unless: pattern(entry, r.unless, 'iu') } : {}),
      to: category(entry, r.to),
      type: r.type,
    };
  });
  const toldAsMade = raw.toldAsMade === undefined ? new Set<string>() : categories('toldAsMade', raw.toldAsMade?.categories);
  return { objects, byArguments, byMode, byLead, toldAsMade, forOther };
}

/** More keys than this and a set of rules' answers are dropped and gathered again (a long-running worker meets ever new triggers). */
const ADMITTED_KEPT = 10_000;
const admittedBy = new WeakMap<PloverRules, Map<string, readonly ArgumentRule[]>>();

/**
 * The `byArguments` rules, in order, whose `from` admits an act of `category` and whose `trigger` pattern matches the trigger's
 * words: what is left to try on the act's object. Both tests depend on the category and the trigger's words alone (the
 * patterns are neither global nor sticky), and acts share them (the eval's tune texts: 2,626 acts, 1,130 pairs of category and words), so the answer is
 * kept for the next act with the same ones; the rules tried, their order and so the rule chosen are the same.
 * @example admittedRules(ploverRules(), 'OTHER', 'severed')[0].id // → 'break-relations'
 */
export function admittedRules(rules: PloverRules, category: string, trigger: string): readonly ArgumentRule[] {
  let kept = admittedBy.get(rules);
  if (!kept) admittedBy.set(rules, (kept = new Map()));
  const key = `${category}\u0000${trigger}`;
  let admitted = kept.get(key);
  if (!admitted) {
    if (kept.size >= ADMITTED_KEPT) kept.clear();
    admitted = Object.freeze(rules.byArguments.filter((x) => (!x.from || x.from.has(category)) && x.trigger.test(trigger)));
    kept.set(key, admitted);
  }
  return admitted;
}

let cached: PloverRules | undefined;

/** lexicon/plover.json, read and checked once. */
export function ploverRules(): PloverRules {
  cached ??= compilePloverRules(readLexicon('plover.json'), lexiconPath('plover.json'), new Set(eventTypes().types.map((t) => t.id)));
  return cached;
}
