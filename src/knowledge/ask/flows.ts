import type { DocumentRecord } from '../../model/document.js';
import type { AskCorpus } from './corpus.js';
import { clauseOf } from './estimates.js';
import type { Found } from './find.js';
import { answerWords } from './lexicon.js';

// Two sides' figures of a flow between them may each be of the flow the other way: "Kenya's exports to Uganda reached $720 million …
// The Bank of Uganda put Uganda's exports to Kenya at $540 million over the same year", "230,000 arrivals from Uganda … 190,000 arrivals
// from Kenya in the same year". They measure two things and are no sources' disagreement, however alike their words.

/** The states a figure's flow leaves and reaches, as its clause writes them (alpha-3 entity ids); either may be unwritten. */
export interface Flow {
  from?: string;
  to?: string;
}

/** Words before "from X" that make X the figure's source, not the flow's origin ("figures *from* Uganda", "officials from Kenya"). */
const SOURCE_BEFORE = /\b(?:figures?|data|statistics|estimates?|officials?|sources?|authorities|reports?|ministers?|delegation)\s+from\s+(?:the\s+)?$/iu;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/iu;
const TO_BEFORE = /\b(?:to|into)\s+(?:the\s+)?$/iu;
const ACCORDING_BEFORE = /\baccording\s+to\s+(?:the\s+)?$/iu;

/**
 * A state's possessive or adjective right before a noun of the list, at most one word between ("Uganda's exports", "Kenyan fuel
 * imports"); a bare name only right before it ("Kenya exports"), so "Ugandan officials put exports" and "Uganda put exports" set nothing.
 */
const nounAfter = (nouns: string[], between: 0 | 1) => new RegExp(`^(?:['’]s?)?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,${between}}(?:${nouns.join('|')})(?![\\p{L}])`, 'u');

/**
 * The flow a span (a figure's clause) tells: a state after "from" is its origin, after "to"/"into" its destination (not "according to"),
 * a state whose possessive or adjective modifies an outflow noun (`outflowNouns` in lexicon/ask.json) its origin, an inflow noun
 * (`inflowNouns`) its destination. The first state of each role counts, and an explicit "from"/"to" state wins over a possessive or an
 * adjective: "Uganda's ministry put exports from Kenya" leaves Kenya. Nouns whose possessor may be their people, "Kenyan arrivals",
 * "Uganda's remittances", are in neither list: only "from"/"to" gives their direction.
 * @example await flowOf(corpus, doc, s, e) // "The Bank of Uganda put Uganda's exports to Kenya at $540 million" → { from: 'country:UGA', to: 'country:KEN' }
 */
export async function flowOf(corpus: AskCorpus, doc: DocumentRecord, start: number, end: number): Promise<Flow> {
  const flow: Flow = {};
  const modified: Flow = {};
  if (end <= start) return flow;
  const { outflowNouns, inflowNouns } = answerWords();
  const [out, into] = [
    [nounAfter(outflowNouns, 0), nounAfter(outflowNouns, 1)],
    [nounAfter(inflowNouns, 0), nounAfter(inflowNouns, 1)],
  ];
  for (const m of await corpus.entitiesWithin(doc, start, end)) {
    if (m.start < start || m.end > end || m.kind !== 'country') continue;
    const before = doc.text.slice(Math.max(start, m.start - 40), m.start);
    const after = doc.text.slice(m.end, Math.min(end, m.end + 60));
    // A possessive or an adjective ("Kenyan", not the name) may modify the noun over one word; a bare name only right before it.
    const between = /^['’]/u.test(after) || m.text !== m.name ? 1 : 0;
    if (FROM_BEFORE.test(before)) {
      if (!SOURCE_BEFORE.test(before)) flow.from ??= m.entity;
    } else if (TO_BEFORE.test(before)) {
      if (!ACCORDING_BEFORE.test(before)) flow.to ??= m.entity;
    } else if (out[between]!.test(after)) modified.from ??= m.entity;
    else if (into[between]!.test(after)) modified.to ??= m.entity;
  }
  flow.from ??= modified.from;
  flow.to ??= modified.to;
  return flow;
}

/**
 * Whether two flows run between different states: both leave, or both reach, a state and the two differ. A flow whose clause writes no
 * state of a role says nothing of it.
 * @example opposite({ from: 'country:KEN', to: 'country:UGA' }, { from: 'country:UGA', to: 'country:KEN' }) // → true
 */
export const opposite = (a: Flow, b: Flow): boolean => (!!a.from && !!b.from && a.from !== b.from) || (!!a.to && !!b.to && a.to !== b.to);

/** Whether two flows leave and reach the same states, each written in both. */
export const sameFlowAs = (a: Flow, b: Flow): boolean => !!a.from && !!a.to && a.from === b.from && a.to === b.to;

/** The flow of a found figure's clause in its sentence. */
async function flowAt(found: Found, corpus: AskCorpus): Promise<Flow> {
  const span = found.spans[0];
  if (!span) return {};
  const [a, b] = clauseOf(found.doc.text.slice(found.at.start, found.at.end), found.at, span);
  return flowOf(corpus, found.doc, found.at.start + a, found.at.start + b);
}

/** Whether two found figures measure flows between different states (`opposite`): a rival passage's figure of the flow the other way is none. */
export async function flowsOpposite(a: Found, b: Found, corpus: AskCorpus): Promise<boolean> {
  return opposite(await flowAt(a, corpus), await flowAt(b, corpus));
}
