import type { EventActor, EventAnnotation, EventMode } from '../../model/annotation.js';
import { eventTypes, finderOf, type Trigger } from './event-types.js';
import { tag, type Token } from '../nlp/tagger.js';
import { besideMain } from './event-refiners.js';
import { inflected } from './verb-finder.js';

type Event = Omit<EventAnnotation, 'stage'>;

/** Words that may stand between a coordinator and the verb it joins: "and also closed", "and then expelled". */
const LINK_ADVERBS = /^(?:also|then|later|subsequently|immediately|swiftly|further)$/i;
/** Pronouns that open a relative clause: its verb is no act of the clause's subject ("Peru, which protested, recalled …"). */
const RELATIVE = /^(?:which|who|whom|that)$/i;
/** Stops a series of verb phrases does not cross. */
const STOP = /^[;:()"“”]$/;

/**
 * The verbs of a sentence joined in series to one subject: each inflected verb whose phrase
 * follows a comma or "and" after the verb before it ("cut diplomatic ties with Doha, shut their
 * airspace to Qatari aircraft and ordered Qatari citizens to leave": cut, shut, ordered). A
 * series ends at a stop, a subordinate or relative clause's verb, or any inflected verb not so
 * joined; an infinitive ("to leave") or a verb after an auxiliary stays inside its phrase.
 */
export function verbSeries(text: string, tokens: Token[]): Token[][] {
  const series: Token[][] = [];
  let current: Token[] = [];
  const close = () => {
    if (current.length > 1) series.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i]!;
    const word = text.slice(k.start, k.end);
    if ((k.pos === 'PUNCT' && STOP.test(word)) || k.pos === 'SCONJ') {
      close();
      continue;
    }
    // Past forms only: a present third person ("commits each country … and allows") states what a text provides.
    if (k.pos !== 'VERB' || !((inflected(text, k) && !/s$/i.test(word)) || pastForm(word))) continue;
    const before = previousWord(text, tokens, i);
    // Inside a verb group or a phrase ("has closed", "to leave"): no member of a series.
    if (before && (before.pos === 'AUX' || before.pos === 'PART')) continue;
    const joined = !!before && /^(?:and|,)$/i.test(text.slice(before.start, before.end));
    if (joined && current.length) {
      current.push(k);
      continue;
    }
    close();
    // A relative clause's verb heads no series of the subject's acts.
    if (before && RELATIVE.test(text.slice(before.start, before.end))) continue;
    current = [k];
  }
  close();
  return series;
}

/** Whether a word is an irregular past of a verb of either vocabulary written as its lemma ("cut", "shut"). */
function pastForm(word: string): boolean {
  const { verbs, wordnet } = eventTypes();
  const w = word.toLowerCase();
  return verbs.forms.has(w) || wordnet.verbs.forms.has(w);
}

/** Whether a token opens a subordinate or complement clause: a subordinating conjunction, or "that" not as a determiner ("that it cut ties", not "that decision"). */
function opensClause(text: string, k: Token): boolean {
  return k.pos === 'SCONJ' || (k.pos !== 'DET' && /^that$/i.test(text.slice(k.start, k.end)));
}

/** Pronouns that take up the object of the act before: "handed him a note", "released them". */
const OBJECT_PRONOUN = /^(?:him|her|them|it)$/i;

/** Whether the verb's object opens with a pronoun that names again whom the act before it was done to. */
function backReference(text: string, tokens: Token[], verb: Token): boolean {
  const next = tokens[tokens.indexOf(verb) + 1];
  return !!next && OBJECT_PRONOUN.test(text.slice(next.start, next.end));
}

/** The token before the i-th, past the adverbs that may follow a coordinator ("and then"). */
function previousWord(text: string, tokens: Token[], i: number): Token | undefined {
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV' && LINK_ADVERBS.test(text.slice(tokens[j]!.start, tokens[j]!.end))) j--;
  return tokens[j];
}

/**
 * Acts told by verbs in series with the act of a clause, each an event of its own whatever its
 * category (GUIDELINES.md: one event per thing that happened): "Saudi Arabia … cut diplomatic
 * ties with Doha, shut their airspace to Qatari aircraft and ordered Qatari citizens to leave"
 * is three acts of one day. A verb some trigger of the clause types gives that trigger's event;
 * the events told already (`told`: the main one, its co-, part-, conjoined and participle events)
 * keep theirs, and a verb whose lemma one of them tells again is no new act. Rule `+series-…`.
 */
export function coordinatedActs(text: string, main: Event, pool: Trigger[], told: Event[], actorsOf: (t: Trigger) => EventActor[], modeOf: (t: Trigger) => EventMode): Event[] {
  const tokens = tag(text.slice(main.start, main.end), main.start);
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const spans = told.map((e) => e.trigger);
  const out: Event[] = [];
  const { separate } = eventTypes();
  for (const series of verbSeries(text, tokens)) {
    // The series opens with an act ("cut ties …, shut …"), not with a state ("the war lasted a month and killed …").
    if (!pool.some((p) => overlaps(p, series[0]!))) continue;
    // A series in a clause a conjunction opens after the act ("denied … that it cut ties, shut … and expelled …") tells what the act is about, not acts of its own.
    if (tokens.some((o) => o.start >= main.trigger.end && o.end <= series[0]!.start && opensClause(text, o))) continue;
    const lemmas = new Set(series.filter((k) => spans.some((s) => overlaps(s, k))).map((k) => k.lemma));
    for (const [j, k] of series.entries()) {
      if (spans.some((s) => overlaps(s, k)) || lemmas.has(k.lemma)) continue;
      // An act done to the person the act before it named is the same encounter ("summoned the envoy and handed him a protest note").
      const next = series[j + 1];
      if ((j > 0 && backReference(text, tokens, k)) || (next && backReference(text, tokens, next))) continue;
      // An act told already by a word of the verb's phrase ("suspended the fisheries talks", told by "talks") is no new one.
      const phraseEnd = next?.start ?? tokens.find((o) => o.start >= k.end && o.pos === 'PUNCT')?.start ?? main.end;
      if (spans.some((s) => s.start >= k.end && s.start < phraseEnd)) continue;
      const t = pool.filter((p) => overlaps(p, k) && !spans.some((s) => overlaps(s, p))).sort((a, b) => a.priority - b.priority)[0];
      if (!t) continue;
      // Two cooperative acts in series ("visited Hanoi and met the prime minister") are facets of one occasion,
      const kinds = [...told, ...out];
      if (!separate.has(t.plover.type) && !kinds.some((e) => separate.has(e.plover.type))) continue;
      lemmas.add(k.lemma);
      spans.push(t);
      out.push(besideMain(main, t, actorsOf, modeOf, `series-${finderOf(t)}`));
    }
  }
  return out;
}
