/**
 * Counts of any plural noun, read from the sentence's words and their parts of speech (wink-nlp,
 * through the event stage's tagger) rather than from a list of counted nouns: "About 1,400
 * Lithuanian lorries are stranded", "seized 18,000 packs of cigarettes", "closed four of its six
 * crossings", "killed 649 Argentine and 255 British servicemen". A number is a count when a plural
 * noun heads the words after it (up to three adjectives, proper adjectives and nouns before it);
 * "four of its six crossings" counts the crossings twice, and "649 Argentine and 255 British
 * servicemen" gives the first number the noun of the second. The unit is `persons` for a noun
 * that names people (lexicon/wordnet-persons.json, from WordNet's noun.person; the `unitNouns`
 * persons of indicators.json and the plurals of country adjectives), else `count`. Nouns of time
 * and of manner, and the parties of multilateral frames ("years", "times", "sides", "countries":
 * `uncountedNouns` of indicators.json) count nothing. A number written as a word ("two
 * sessions", "three main groups") is prose more often than a measure: it counts people, or
 * things an act of the sentence governs (a verb or noun of the event vocabulary: "seized",
 * "the seizure of two boats").
 */
import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import { tag, type Token } from '../nlp/tagger.js';
import { unitOfNoun } from './unit-nouns.js';
import { eventTypes } from '../events/event-types.js';
import { namesCountingAction } from './counted-finder.js';

/** Words between a number and what it counts that may stand in the noun phrase ("six other Spanish sailors"). */
const MODIFIER = new Set(['ADJ', 'PROPN', 'NOUN', 'VERB']);

let nouns: { persons: Set<string>; uncounted: Set<string> } | undefined;

/** Lowercase single words of a lexicon list, checked. */
function words(file: string, key: string, list: unknown): Set<string> {
  if (!Array.isArray(list) || list.some((x: unknown) => typeof x !== 'string' || !/^[a-z]+$/.test(x))) lexiconInvalid(lexiconPath(file), key, 'must be a list of lowercase single-word nouns');
  return new Set(list as string[]);
}

/** The person nouns of lexicon/wordnet-persons.json and `uncountedNouns` of indicators.json, read and checked once. */
function nounLists(): { persons: Set<string>; uncounted: Set<string> } {
  nouns ??= {
    persons: words('wordnet-persons.json', 'persons', readLexicon('wordnet-persons.json').persons),
    uncounted: words('indicators.json', 'uncountedNouns', readLexicon('indicators.json').uncountedNouns ?? []),
  };
  return nouns;
}

/** Whether a word is a noun of a person (lexicon/wordnet-persons.json, lemmas): "president", "minister". */
export function personNoun(word: string): boolean {
  return nounLists().persons.has(word.toLowerCase());
}

/** A plural noun: a lowercase word the tagger calls a noun whose lemma is another word ("lorries" → "lorry", "servicemen" → "serviceman"). */
const plural = (t: Token, word: string) => t.pos === 'NOUN' && /^[a-z]/.test(word) && t.lemma !== word.toLowerCase() && !nounLists().uncounted.has(t.lemma);

/** Whether a word of the sentence is an act of the event vocabulary ("seized", "closure"). */
function act(tokens: Token[]): boolean {
  const { verbs, nouns: acts, wordnet, notEventVerbs } = eventTypes();
  return tokens.some(
    (t) =>
      !notEventVerbs.has(t.lemma) &&
      ((t.pos === 'VERB' && (verbs.lemmas.has(t.lemma) || wordnet.verbs.lemmas.has(t.lemma))) || (t.pos === 'NOUN' && (acts.lemmas.has(t.lemma) || wordnet.nouns.lemmas.has(t.lemma)))),
  );
}

export interface CountedNoun {
  /** The noun phrase's end (the head noun's end), in text offsets. */
  phraseEnd: number;
  unit: 'persons' | 'count';
  /** The counted words as an indicator id: "lithuanian_lorries", "fishing_boats". */
  noun: string;
}

/**
 * What the number at `start`–`end` of a sentence (at `base` in the text) counts, when a plural
 * noun heads the words after it; undefined when it counts nothing ("the two sides", "in 2023",
 * "the two captains", which points back at people already named).
 * @example countedNoun('Guards seized 18,000 packs of cigarettes.', 0, 14, 20) // → { phraseEnd: 26, unit: 'count', noun: 'packs' }
 */
export function countedNoun(sentence: string, base: number, start: number, end: number): CountedNoun | undefined {
  const tokens = tag(sentence, base);
  const word = (t: Token) => sentence.slice(t.start - base, t.end - base);
  let i = tokens.findIndex((t) => t.start >= end);
  const at = tokens.findIndex((t) => t.end > start);
  if (i < 0 || at < 0) return undefined;
  // "the two captains", "the century's two world wars" point back; "like two estranged siblings", "as two nations" compare.
  const before = tokens[at - 1];
  // … but "160 of the 162 seats" counts the whole the first number is part of.
  const whole = before && word(before).toLowerCase() === 'the' && tokens[at - 2] && word(tokens[at - 2]!) === 'of' && tokens[at - 3]?.pos === 'NUM';
  if (before && !whole && /^(?:the|these|those|both|all|['’]s|like|as)$/i.test(word(before))) return undefined;
  // "the last two disputed segments", "the remaining three crossings": a part of a whole already known, picked, not counted.
  if (before && /^(?:last|first|remaining)$/i.test(word(before)) && tokens[at - 2] && /^the$/i.test(word(tokens[at - 2]!))) return undefined;
  // "Resolution 242 calls", "Clause 7 states": a number after a name is a label.
  // A capitalised determiner opening the sentence ("Their two boats") is no name.
  const label = before && (before.pos === 'PROPN' || (/^\p{Lu}/u.test(word(before)) && !['PRON', 'DET'].includes(before.pos)));
  if (label && at > 0 && !/^(?:About|Some|Nearly|Almost|Over|Around)$/.test(word(before!))) return undefined;
  // "a loan to provide six new patrol boats": what an infinitive would bring is a purpose, no count of what is;
  // but the people it acts on are there ("to train 60 officers", "plans to try 195 officers").
  const purpose = before?.pos === 'VERB' && tokens[at - 2] && word(tokens[at - 2]!).toLowerCase() === 'to';
  // "four of its six crossings", "eleven of the crew members": the count of what the rest counts.
  if (tokens[i] && word(tokens[i]!) === 'of' && tokens[i + 1] && ['DET', 'PRON'].includes(tokens[i + 1]!.pos)) {
    if (/^one$/i.test(sentence.slice(start - base, end - base))) return undefined;
    // "two of the largest exporters" picks from a ranking; it counts nothing.
    if (tokens[i + 2] && /(?:est|^most)$/i.test(word(tokens[i + 2]!)) && tokens[i + 2]!.pos === 'ADJ') return undefined;
    i += 2;
    if (tokens[i]?.pos === 'NUM') i++;
  }
  // "including one waiving visas": "one" before a verb stands for a thing named before; it counts nothing.
  if (/^one$/i.test(sentence.slice(start - base, end - base)) && tokens[i]?.pos === 'VERB') return undefined;
  const head = headFrom(tokens, i, word, 0);
  if (purpose && head?.unit !== 'persons') return undefined;
  // Digits, or words with a scale ("two dozen", "a million"), state a quantity; a lone number word needs an act.
  if (!head || /\d|\s\p{L}/u.test(sentence.slice(start - base, end - base)) || head.unit === 'persons') return head;
  // "at least six cartridge cases", "more than three border posts": a bounded number measures, as digits do.
  const qualified = QUALIFIED.test(sentence.slice(Math.max(0, start - base - 16), start - base));
  return qualified || act(tokens) || namesCountingAction(sentence) ? head : undefined;
}

/**
 * The plural noun phrase heading the words right after `end` (text offsets) of a sentence at `base`, whatever stands before
 * the number: what an amount written after a code or a currency's name that is a word too would count ("SOS 2,300 families",
 * "a Korean won 2,000 votes"). Undefined when no plural noun heads them ("GEL 45,000 in grants").
 * @example countsAfter('ALL 1,200 schools reopened.', 0, 9) // → { phraseEnd: 17, unit: 'count', noun: 'schools' }
 */
export function countsAfter(sentence: string, base: number, end: number): CountedNoun | undefined {
  const tokens = tag(sentence, base);
  const i = tokens.findIndex((t) => t.start >= end);
  return i < 0 ? undefined : headFrom(tokens, i, (t) => sentence.slice(t.start - base, t.end - base), 0);
}

/** A bound right before a number: "at least", "more than", "as many as" ("some", "about", "over" open prose too: "over two days"). */
const QUALIFIED = /\b(?:at least|at most|more than|fewer than|as many as)\s+$/i;

/** The plural head of the noun phrase from token `i`: up to three modifiers, then the head; through "and 255 British" to the next number's head. */
function headFrom(tokens: Token[], i: number, word: (t: Token) => string, depth: number): CountedNoun | undefined {
  const from = i;
  // A hyphen joins the words of one modifier ("Guardian-class patrol boats"): it and the word after it count as one word.
  let last = i + 3;
  for (let k = i; k < tokens.length && k <= last; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (k > i && word(t) === '-' && t.end === next?.start && tokens[k - 1]!.end === t.start) {
      last += 2;
      continue;
    }
    // A noun after the plural makes it a modifier ("arms shipments"), unless it is a participle the tagger calls a noun ("seats allotted to").
    if (plural(t, word(t)) && !(next && next.pos === 'NOUN' && /^[a-z]/.test(word(next)) && !/ed$/.test(word(next)))) {
      const words = tokens.slice(from, k + 1).map((x) =>
        word(x)
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '_'),
      );
      const unit = nounLists().persons.has(t.lemma) || unitOfNoun(word(t)) === 'persons' ? 'persons' : 'count';
      return { phraseEnd: t.end, unit, noun: words.join('_').replace(/_+/g, '_').replace(/^_|_$/g, '') };
    }
    // "649 Argentine and 255 British servicemen": the noun of the next number of the list.
    if (depth === 0 && t.pos === 'CCONJ' && next?.pos === 'NUM' && k > i) {
      const head = headFrom(tokens, k + 2, word, 1);
      return head && { ...head, noun: head.noun };
    }
    // A participle right after the number qualifies the noun: "six used vessels", "19 suspected rebels" (not "8 countries started talks").
    if (!MODIFIER.has(t.pos) || (t.pos === 'VERB' && !/ing$/.test(word(t)) && !(k === from && /ed$/.test(word(t))))) return undefined;
  }
  return undefined;
}
