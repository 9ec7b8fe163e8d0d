import type { EntityMention } from '../../model/annotation.js';
import { fold } from '../fold.js';
import { escapeRegExp } from '../pattern-set.js';
import { actorLexicon, aliasesIn, type Alias, type Person } from './actor-lexicon.js';
import { MONTHS as MONTH_NAMES } from '../time/patterns.js';
import { titledAppositions } from './titled-apposition.js';
import { unknownPersonId } from './person-names.js';
import { holderAt, holds } from './office-holders.js';
import { namesCurrency } from './currency-names.js';
import { titlePatterns as titleForms } from './title-patterns.js';
import { matchesBeforeLastTail } from '../tail-bounded.js';

export const ACTOR_STAGE = 'actors';

type Found = EntityMention;

/** A mention of one shape (the country set only when there is one), made once: copying objects of mixed shapes to add a field took 1 µs each. */
function found(start: number, end: number, text: string, entity: string, name: string, kind: EntityMention['kind'], country: string | undefined, rule: string): Found {
  const m: Found = { start, end, text, entity, name, kind, stage: ACTOR_STAGE, rule };
  if (country) m.country = country;
  return m;
}

function mention(start: number, end: number, text: string, a: Alias | { entity: Alias['entity'] }, rule: string): Found {
  const e = a.entity;
  return found(start, end, text.slice(start, end), e.id, e.name, e.kind, e.country, rule);
}

/**
 * Finds actors known to the lexicon (countries and their adjectives and capitals,
 * organisations, groups, agreements, people by any spelling), resolving a family name or a
 * title ("Prime Minister Abe", "the Japanese prime minister") through who held the office at
 * the passage's date; `dateAt(offset)` gives that date.
 */
export function findKnownActors(text: string, dateAt: (offset: number) => string | undefined, folded = fold(text)): Found[] {
  const lex = actorLexicon();
  const out: Found[] = [];
  for (const m of aliasesIn(folded)) {
    const { start, end } = m;
    const original = text.slice(start, end);
    // "US$26 billion", "US\$": a currency, not the country.
    if (/^\\?\$/.test(text.slice(end, end + 2))) continue;
    // A short name names a person only after a title ("President Sang"), whose office then chooses among those who share it.
    const candidates = lex.byText.get(m.text) ?? [];
    // A family name shared by people is also read with its title: "Prime Minister Trudeau" is the one who was prime minister.
    const title = candidates.some((a) => a.role === 'short-name' || a.role === 'family-name') ? titleBefore(text, start) : undefined;
    const titleOffice = title ? titlePatterns().officeByTitle.get(title.toLowerCase()) : undefined;
    const options = candidates.filter((a) => {
      if (a.caseSensitive && original !== original.toUpperCase()) return false;
      if (a.role === 'short-name' && !title) return false;
      // "Doi Moi" is a policy, not Daniel arap Moi: a family name after a capitalised word that is no title, country or function word ends another name.
      if (a.role === 'family-name' && !title && endsOtherName(text, start)) return false;
      // "Chilean President Gabriel Boric" is not Sigmar Gabriel: a family name followed by a capitalised word that begins a name is a given name of another person.
      if (a.role === 'family-name' && opensOtherName(text, end)) return false;
      // "President Smith" is not the foreign minister called Smith: a short name needs a title of an office the person held.
      if (a.role === 'short-name' && titleOffice && !(a.entity as Person).offices.some((o) => holds(o, titleOffice))) return false;
      // Names and adjectives are capitalised ("the Philippines" counts: the article is not part
      // of the name): "polish" is a verb, "Polish" an adjective.
      if (!/^(?:the\s+)?[\p{Lu}\d]/u.test(original)) return false;
      if (a.ambiguous && besideName(text, start, end)) return false;
      return true;
    });
    if (!options.length) continue;
    const distinct = new Set(options.map((o) => o.entity.id));
    let chosen: Alias | undefined = distinct.size === 1 ? options[0] : undefined;
    if (!chosen) {
      // An ambiguous name ("Fukuda", "Prime Minister Chinh"): the one who held the title's
      // office, else any office, at the passage's date.
      const people = options.map((o) => o.entity as Person).filter((p) => p.kind === 'person');
      const date = dateAt(start);
      const holder = people.find((p) => p.offices.some((o) => (!titleOffice || holds(o, titleOffice)) && holderAt(o.office, o.country, date, [p])));
      chosen = options.find((o) => o.entity === holder);
    }
    const article = /^the\s+/.exec(original)?.[0].length ?? 0;
    // "Luís Montenegro", "Denzel Washington": a state's name or capital right after a given name is a family name; the two words name a person.
    const given = chosen?.entity.kind === 'country' && !article && (chosen.role === 'name' || chosen.role === 'capital') ? givenNameBefore(text, start) : undefined;
    if (given !== undefined) {
      const name = text.slice(given, end);
      out.push(found(given, end, name, unknownPersonId(name), name, 'person', undefined, 'given-name'));
      continue;
    }
    // "Thai baht", "in US dollars": the currency's name, not the state.
    if (chosen?.entity.kind === 'country' && namesCurrency(text, start + article, end, chosen.entity.country!, lex.countryWords.has(fold(original.slice(article))))) continue;
    // "the two ex-Soviet nations", "post-Soviet states", "a former British colony": other states, once of this one.
    if (chosen?.role === 'adjective' && formerStates(text, start, end)) continue;
    if (chosen) out.push(mention(start + article, end, text, chosen, chosen.role === 'name' ? 'lexicon-name' : `lexicon-${chosen.role}`));
  }
  return out;
}

const FORMER_BEFORE = /(?:\b(?:ex|post)[-‐‑–]|\bformer[ \t]+)$/i;
/** A title's or a body's word: between the adjective and "states" it makes them the state's own ("former Soviet army republics" is none). */
const OWN_WORDS =
  'space|agency|agencies|army|navy|military|forces?|government|ministry|ministries|state|leader|president|premier|chief|officials?|intelligence|security|defen[cs]e|foreign|programmes?|programs?';
const STATES_AFTER = new RegExp(`^[ \\t]+(?:(?!(?:${OWN_WORDS})\\b)[\\p{L}-]+[ \\t]+)?(?:nations|states|republics?|countries|neighbou?rs|colon(?:y|ies)|bloc)\\b`, 'iu');
/** "the post-Soviet space": the region, only right after "post-" or "ex-" and never a space agency's, programme's or forces' ("ex-Soviet space programme"). */
const SPACE_AFTER = new RegExp(`^[ \\t]+space\\b(?![ \\t]+(?:${OWN_WORDS}|station|stations|industry|flights?|launch(?:es)?|centre|center|research|technology|cooperation|co-operation)\\b)`, 'iu');
const PREFIX_BEFORE = /\b(?:ex|post)[-‐‑–]$/i;

/**
 * Whether a state's adjective after "ex-", "post-" or "former" qualifies states or a region that
 * were once that state's, so it names those, not the state: "the two ex-Soviet nations" are
 * Armenia and Azerbaijan, "post-Soviet states" no act of Russia's, "the post-Soviet space" a region;
 * "former Soviet leader", "former Russian space agency chief", "ex-Soviet space programme" keep it.
 * @example formerStates('the two ex-Soviet nations', 12, 18) // → true
 */
export function formerStates(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 40);
  return (FORMER_BEFORE.test(before) && STATES_AFTER.test(after)) || (PREFIX_BEFORE.test(before) && SPACE_AFTER.test(after));
}

/**
 * Whether a capitalised word stands right beside a name, making it part of a longer name:
 * "Chad Johnson", "Michael Jordan", "Georgia Tech", "Northern Ireland", "Latin America". A
 * function word ("In Jordan"), a sentence's first word ("Visiting Jordan") and a title or a known
 * name after it ("Jordan King Abdullah", "Chad Niger") do not count.
 */
function besideName(text: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]*)[ \t]$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before && !FUNCTION_WORDS.has(before[1]!)) {
    const at = start - before[0].length + (/^[^\p{L}]/u.test(before[0]) ? 1 : 0);
    if (!/(?:^|[.!?:;]\s*|\n\s*|["“(]\s*)$/u.test(text.slice(Math.max(0, at - 4), at))) return true;
  }
  // After a preposition the slot wants a place: "ambassador to Ireland Julian King".
  if (/\b(?:to|of|in|from|with|for|by|at|on|between|against|into|toward|towards)[ \t]+$/.test(text.slice(Math.max(0, start - 12), start))) return false;
  const after = /^[ \t](\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
  if (!after) return false;
  const word = after[1]!;
  const { titles, byText } = actorLexicon();
  // A title or a place the lexicon knows after it does not make a name of it ("Chad President", "Chad Niger"); a person's name does ("Chad Johnson").
  return !titles.some((t) => t === word || t.startsWith(`${word} `)) && !(byText.get(fold(word)) ?? []).some((a) => a.entity.kind !== 'person');
}

/** A regnal number after a monarch's or pope's name on the same line, II to XXXIX ("Harald V", "Leo XIV"); a lone "I" is the pronoun, a lone "X" the platform. */
const REGNAL = '(?:X{2,3}(?:IX|IV|V?I{0,3})|X(?:IX|IV|V|VI{1,3}|I{1,3})|IX|IV|VI{0,3}|I{2,3})(?![\\p{L}\\p{N}])';
const NAME = `(?:[\\p{Lu}][\\p{Ll}'’-]+|[\\p{Lu}]\\.)(?:\\s+(?:[\\p{Lu}][\\p{Ll}'’-]+|[\\p{Lu}]\\.)){0,3}(?:[ \\t]+${REGNAL})?`;
/** Head words that end an organisation's name ("Kenya-Korea Friendship *Association*"). */
export const ORG_HEADS =
  'Agency|Ministry|University|Bank|Association|Council|Committee|Forum|Institute|Party|Organi[sz]ation|Corporation|Company|Fund|Commission|Federation|Chamber|Assembly|Congress|Union|Foundation|Centre|Center';
/** An organisation by its head word: up to six capitalised words, the head, "of the …". */
const ORG = new RegExp(`\\b(?:[\\p{Lu}][\\p{L}&'’-]*\\s+){1,6}(?:${ORG_HEADS})(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’-]*\\s?){1,5})?`, 'uy');
const ORG_HEAD = new RegExp(`(?<=\\s)(?:${ORG_HEADS})`, 'g');
const NAME_RUN_CHAR = /[\p{L}&'’\-\s]/u;
const ORG_HEAD_WORD = new RegExp(`^(?:${ORG_HEADS})$`);

/** How many characters of a name after a title are words that begin no name (titles' words, organisations' heads, `notNames`): "Staff Do Ba Ty" → 6. */
function notNameLead(name: string): number {
  const { notNameWords } = actorLexicon();
  let at = 0;
  for (const w of name.split(' ')) {
    if (!notNameWords.has(w) && !ORG_HEAD_WORD.test(w)) break;
    at += w.length + 1;
  }
  return Math.min(at, name.length);
}
const CAPITAL = /\p{Lu}/u;

/**
 * The matches `ORG` would give scanning the whole text, found from the head words: a match
 * holds only name characters and spaces before its head, so it begins at a capital in the run
 * of those just before a head. ORG is tried (sticky) only there; scanning every capital of the
 * text for a run of words and a head took as long as the rest of the stage.
 */
function organisationsIn(text: string): RegExpExecArray[] {
  // Code points, so that a letter beyond U+FFFF (two units) counts as one.
  const charAt = (p: number) => String.fromCodePoint(text.codePointAt(p)!);
  const candidates: number[] = [];
  // The walk back stops at the previous head: the positions before it are candidates already.
  let previous = -1;
  for (const h of text.matchAll(ORG_HEAD)) {
    let from = h.index!;
    while (from > 0 && from !== previous) {
      const low = text.charCodeAt(from - 1);
      const step = low >= 0xdc00 && low <= 0xdfff && from > 1 ? 2 : 1;
      if (!NAME_RUN_CHAR.test(text.slice(from - step, from))) break;
      from -= step;
    }
    for (let p = from; p < h.index!; p++) if (CAPITAL.test(charAt(p))) candidates.push(p);
    previous = h.index!;
  }
  const out: RegExpExecArray[] = [];
  let end = 0;
  // Candidates come in order: each head adds positions after the previous head's.
  for (const p of candidates) {
    if (p < end) continue;
    ORG.lastIndex = p;
    const m = ORG.exec(text);
    if (m) {
      out.push(m);
      end = p + m[0].length;
    }
  }
  return out;
}

/** The tail of `titleOf` from the space before its "of": "of (the) Chile, Antonia …" (a capitalised place, a comma, a name). */
const TITLE_OF_TAIL = /(?=\sof\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3},\s+(?:[\p{Lu}][\p{Ll}'’-]+|[\p{Lu}]\.))/gu;

/** The matches of `titleOf` (its tail "of Chile, Antonia" holds the literal "of" V8 seeks fast). */
const titleOfMatches = (text: string) => matchesBeforeLastTail(titlePatterns().titleOf, TITLE_OF_TAIL, text);

let patterns: { titled: RegExp; titleOf: RegExp; titleBefore: RegExp; office: RegExp; officeByTitle: Map<string, string>; titleSet: Set<string>; titlesByFirstWord: Map<string, string[]> } | undefined;

/** The title just before an offset ("President " before "Sang"), if any. */
function titleBefore(text: string, at: number): string | undefined {
  return titlePatterns().titleBefore.exec(text.slice(Math.max(0, at - 60), at))?.[1];
}

/** Patterns made from the lexicon: a title before a name, and an office named by its country ("the Japanese prime minister"). */
function titlePatterns() {
  if (patterns) return patterns;
  const lex = actorLexicon();
  const longestFirst = (xs: string[]) =>
    [...xs]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  const officeByTitle = new Map<string, string>();
  for (const o of lex.offices) for (const t of o.titles) if (t.length > 2) officeByTitle.set(t.toLowerCase(), o.id);
  // A role's title names any of its offices ("the British foreign minister" is the Foreign Secretary); it wins over an office of the same title.
  for (const r of lex.roles) for (const t of r.titles) officeByTitle.set(t.toLowerCase(), r.id);
  // The plain titles of people.json, then the title patterns of titles.json ("Consul-General", "Minister of Industry and Commerce").
  const extra = titleForms().alternation;
  const titles = longestFirst(lex.titles) + (extra ? `|${extra}` : '');
  patterns = {
    titled: new RegExp(`\\b(?:${titles})\\s+(${NAME})`, 'gu'),
    titleOf: new RegExp(`\\b(${titles})\\s+of\\s+(?:the\\s+)?([\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,3}),\\s+(${NAME})`, 'gu'),
    titleBefore: new RegExp(`\\b(${longestFirst(lex.titles)})\\s+$`),
    // Matched on folded text: an office title; `countryBefore` then reads the country word
    // before it. Titles are few and country words many, so only titles are searched.
    office: new RegExp(`\\b(${longestFirst([...officeByTitle.keys()])})\\b`, 'g'),

    officeByTitle,
    titleSet: new Set(lex.titles),
    titlesByFirstWord: new Map(),
  };
  for (const t of lex.titles) {
    const first = t.split(' ')[0]!;
    if (first !== t) patterns.titlesByFirstWord.set(first, [...(patterns.titlesByFirstWord.get(first) ?? []), t]);
  }
  return patterns;
}

/**
 * Finds actors no lexicon file knows: people after a title ("Speaker Yamazaki Masaaki"),
 * organisations by their head word ("Kenya-Korea Friendship Association"), offices named
 * only by country ("the Japanese prime minister"), resolved to their holder at the date, and
 * any other run of capitalised words as a name of kind `other` ("Mombasa").
 */
export function findOtherActors(text: string, known: Found[], dateAt: (offset: number) => string | undefined, folded = fold(text)): Found[] {
  const lex = actorLexicon();
  const out: Found[] = [];
  // Characters already named, by a known actor or one found here.
  const named = new Uint8Array(text.length);
  const mark = (f: { start: number; end: number }) => named.fill(1, f.start, f.end);
  known.forEach(mark);
  const covered = (s: number, e: number) => named.subarray(s, e).includes(1);
  const push = (f: Found) => {
    out.push(f);
    mark(f);
  };
  const { titled, office, officeByTitle, titleSet } = titlePatterns();
  for (const m of text.matchAll(titled)) {
    // A possessive is not part of the name: "President Widodo's visit" names Widodo.
    const whole = m[1]!.replace(/\s+(?:of|and|in|visited|met)$/u, '').replace(POSSESSIVE, '');
    // "Chief of General Staff Do Ba Ty" names Do Ba Ty; "General Department", "General Secretary" name nobody.
    const lead = notNameLead(whole);
    const name = whole.slice(lead);
    const start = m.index! + m[0].length - m[1]!.length + lead;
    const end = start + name.length;
    if (!name || name.split(/\s+/).some((w) => ORG_HEAD_WORD.test(w) || lex.notNameWords.has(w))) continue;
    if (covered(start, end) || (name.split(/\s+/).length < 2 && !/^[\p{Lu}][\p{Ll}]{2,}$/u.test(name))) continue;
    // "the spokesman Tuesday declined": a day or month after a title is no name.
    if (MONTHS.test(name.split(/\s+/)[0]!)) continue;
    const words = name.split(/\s+/);
    if (words.some((w) => lex.byText.get(fold(w))?.some((a) => a.entity.kind === 'country'))) continue;
    // "Defence Minister Ignatius Mwale of Zambia": the state after the name when none stands before the title.
    const after = known.find((k) => k.kind === 'country' && k.country && k.start > end && k.start <= end + 9 && /^\s+of\s+(?:the\s+)?$/.test(text.slice(end, k.start)));
    push(found(start, end, name, unknownPersonId(name), name, 'person', stateOfTitle(text, m.index!, known) ?? after?.country, 'titled-name'));
    // The title's own capitalised words ("Minister of Industry and Commerce") make no other name.
    mark({ start: m.index!, end: start });
  }
  // "the Foreign Minister of Chile, Antonia Urrejola": the title's country, then the name in apposition.
  for (const m of titleOfMatches(text)) {
    const country = known.find((k) => k.kind === 'country' && k.start === m.index! + m[0].indexOf(m[2]!, m[1]!.length) && k.end === k.start + m[2]!.length);
    const name = m[3]!.replace(POSSESSIVE, '');
    const start = m.index! + m[0].length - m[3]!.length;
    const end = start + name.length;
    if (!country || covered(start, end) || name.split(/\s+/).length < 2) continue;
    push(found(start, end, name, unknownPersonId(name), name, 'person', country.country, 'titled-name'));
  }
  // "Moscow's ambassador to Kyiv, Igor Petrov,": the name in apposition, the state before the title.
  for (const a of titledAppositions(text, lex.titles, titleForms().alternation)) {
    if (covered(a.start, a.end) || a.name.split(/\s+/).some((w) => lex.byText.get(fold(w))?.some((x) => x.entity.kind === 'country'))) continue;
    push(found(a.start, a.end, a.name, unknownPersonId(a.name), a.name, 'person', stateOfTitle(text, a.titleStart, known), 'titled-apposition'));
  }
  for (const m of folded.matchAll(office)) {
    // Folding keeps length, so offsets carry over to the text. A name after the title makes it a titled name ("the Japanese Prime Minister Abe").
    const end = m.index! + m[0].length;
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 2))) continue;
    const c = countryBefore(folded, m.index!);
    if (!c) continue;
    const { start, country } = c;
    const holder = holderAt(officeByTitle.get(m[1]!.toLowerCase())!, country, dateAt(start));
    // The office phrase contains a known adjective ("Japanese"); the longer office mention wins later.
    if (!holder) continue;
    push(mention(start, end, text, { entity: holder }, 'office-holder'));
  }
  for (const m of organisationsIn(text)) {
    const s = m.index!;
    const t = m[0].trim().replace(/^(?:The|In|On|At|By|From|For|With)\s+/u, '');
    const start = s + m[0].indexOf(t);
    const end = start + t.length;
    if (covered(start, end)) continue;
    push(found(start, end, t, `organisation:unknown:${fold(t).replace(/[^a-z0-9]+/g, '-')}`, t, 'organisation', undefined, 'org-head-word'));
  }
  for (const m of text.matchAll(PROPER)) {
    const words = m[0].split(/\s+/);
    // Leading function words ("In Mombasa") and titles ("Prime Minister") are not names.
    let k = 0;
    while (k < words.length && (FUNCTION_WORDS.has(words[k]!) || MONTHS.test(words[k]!) || titleSet.has(words[k]!))) k++;
    const kept = words.slice(k);
    // "Widodo's", "Egypt’s": the possessive is not part of the name (else "Widodo's" would be an entity apart from "Widodo").
    const name = kept.join(' ').replace(POSSESSIVE, '');
    // Offsets from the words as written: words may be apart by more than one space or a tab ("Ho Chi  Minh").
    const written = m[0]
      .split(/([ \t]+)/)
      .slice(2 * k)
      .join('');
    const start = m.index! + m[0].length - written.length;
    const end = start + written.replace(POSSESSIVE, '').length;
    if (!kept.length || covered(start, end) || officeByTitle.has(name.toLowerCase()) || titleSet.has(name) || opensTitle(text, start, name)) continue;
    // A country's word the known actors left out ("the Thai baht": a currency's name) is no other name.
    // "Former Soviet republics such as Georgia": the adjective read as those states, "Former" before it names nothing.
    if (lex.byText.get(fold(name.replace(/^Former\s+/, '')))?.some((a) => a.entity.kind === 'country')) continue;
    // One capitalised word opening a sentence is an ordinary word ("Meanwhile", "Vietnamese-style").
    if (kept.length === 1 && (k > 0 || /(?:^|[.!?:]\s*|\n\s*|["“(]\s*)$/.test(text.slice(Math.max(0, start - 4), start)))) continue;
    push(found(start, end, text.slice(start, end), `other:${fold(name).replace(/[^a-z0-9]+/g, '-')}`, name, 'other', undefined, 'proper-name'));
  }
  return out;
}

/**
 * The state of a person named by a title no office of the lexicon resolves: a country word
 * (adjective, name, possessive: `known` mentions) right before the title, with up to three
 * capitalised words between ("Ugandan *Trade* Minister", "Peru's Foreign Minister", "his RoK
 * counterpart", "Kenyan *Deputy* Foreign Minister").
 */
function stateOfTitle(text: string, titleStart: number, known: Found[]): string | undefined {
  let at = titleStart;
  for (let words = 0; words <= 3; words++) {
    const country = known.find((k) => k.kind === 'country' && k.country && k.end <= at && k.end >= at - 4 && /^(?:['’]s)?[ \t]+$/.test(text.slice(k.end, at)));
    if (country) return country.country;
    const modifier = /(?:^|[^\p{L}])([\p{Lu}][\p{Ll}-]+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at));
    if (!modifier || FUNCTION_WORDS.has(modifier[1]!)) return undefined;
    at -= modifier[0].length - (/^[^\p{L}]/u.test(modifier[0]) ? 1 : 0);
  }
  return undefined;
}

/** A capitalised word and one space right before `at`, not inside a word. */
const GIVEN_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}\p{L}+) $/u;

/** Where a given name of the lexicon (`givenNames`) that stands right before `at` begins ("Luís |Montenegro"), if one does; a function word ("To") is none. */
function givenNameBefore(text: string, at: number): number | undefined {
  const m = GIVEN_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  if (!m || FUNCTION_WORDS.has(m[1]!) || !actorLexicon().givenNames.has(fold(m[1]!))) return undefined;
  return at - m[1]!.length - 1;
}

/** A capitalised word right before a place: after a space, a bracket or an opening quote ("'Doi Moi'"), not inside a word ("O'Neill"). */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’.-]|(?<![\p{L}\p{N}])['‘’])([\p{Lu}][\p{L}'’-]*)[ \t]+$/u;

/** Whether a capitalised word that is no function word, month or country word stands just before `at`, so a name there is part of a longer one. */
function endsOtherName(text: string, at: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return !!word && !FUNCTION_WORDS.has(word) && !MONTHS.test(word) && !actorLexicon().countryWords.has(fold(word));
}

const WORD_AFTER = /^[ \t]([\p{Lu}][\p{Ll}'’-]+)(?![\p{L}\p{N}])/u;

/**
 * Whether a capitalised word right after `at` goes on a name (the family name before it is another person's given
 * name): "Gabriel Boric", not a function word, month, weekday, country word, title word or `notNames` word ("Abe
 * Cabinet", "Merkel Government", "Putin Tuesday").
 */
function opensOtherName(text: string, at: number): boolean {
  const word = WORD_AFTER.exec(text.slice(at, at + 40))?.[1];
  if (!word) return false;
  const { countryWords, notNameWords } = actorLexicon();
  return !FUNCTION_WORDS.has(word) && !MONTHS.test(word) && !countryWords.has(fold(word)) && !notNameWords.has(word) && !inTitleCaseLine(text, at);
}

/**
 * Whether the line around `at` is written in title case, as headlines are ("Erdogan Visit Sparks Protests in Athens"): three
 * or more words of four letters or more, none of them lower-case. There a capitalised word after a name says nothing.
 */
function inTitleCaseLine(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end);
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Whether the name at `start` is the first word of a longer title ("Secretary" of "Secretary of State"). */
function opensTitle(text: string, start: number, name: string): boolean {
  const { titlesByFirstWord } = titlePatterns();
  return (titlesByFirstWord.get(name) ?? []).some((t) => text.startsWith(t, start));
}

const LAST_WORDS = /(?:^|\s)((?:[\p{L}\p{N}'’.-]+\s){0,5}[\p{L}\p{N}'’.-]+)\s+$/u;

/** The country word (with "the") that ends just before `at` in folded text: "the japanese |prime minister". */
function countryBefore(folded: string, at: number): { start: number; country: string | undefined } | undefined {
  const lead = folded.slice(Math.max(0, at - 80), at);
  const m = LAST_WORDS.exec(lead);
  if (!m) return undefined;
  const words = m[1]!.split(/\s/);
  // The match runs to the end of `lead`, so the words end where the spaces before `at` begin.
  const end = at - (m[0].length - m[0].trimEnd().length);
  for (let i = 0; i < words.length; i++) {
    const phrase = words.slice(i).join(' ');
    const entry = actorLexicon().countryWords.get(phrase);
    if (!entry) continue;
    const withArticle = i > 0 && words[i - 1] === 'the';
    return { start: end - phrase.length - (withArticle ? 4 : 0), country: entry.country };
  }
  return undefined;
}

/**
 * Runs of capitalised words: a proper name no file knows ("Mombasa", "Lamu"). The lookahead
 * (a capital is A–Z or beyond U+00BF) lets the scan pass other characters without testing the
 * lookbehind; it halves the time.
 */
const PROPER = /(?=[A-Z\u{C0}-\u{10FFFF}])(?<![\p{L}\p{N}'’-])[\p{Lu}]\p{Ll}+(?:['’]\p{Ll}+|-\p{L}+)?(?:[ \t]+[\p{Lu}]\p{Ll}+(?:['’]\p{Ll}+|-\p{L}+)?){0,4}(?![\p{L}\p{N}])/gu;
const POSSESSIVE = /['’]s$/u;
/** Month and day names opening a run of capitals ("In May Abe visited"): the months are the time stage's. */
const MONTHS = new RegExp(`^(?:${MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);
const FUNCTION_WORDS = new Set(
  'The A An In On At By From For With To Of And Or But As Since After Before When While During Until This That These Those Its It Their They His Her He She We Our Thus Then However Furthermore Moreover Meanwhile Also Although Though Because If Both Each Every Such Some Many Most Other Another Here There Where What Which Who Whose Why How Not No Yes According Regarding Despite Among Between Under Over Within Without Through Toward Towards Against Following First Second Third Finally Later Earlier Today Recently Shortly Starting Firstly Secondly Lastly'.split(
    ' ',
  ),
);
