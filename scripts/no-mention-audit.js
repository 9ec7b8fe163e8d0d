// Why the TUNE parts' `no-mention` misses (a gold event no predicted mention overlaps) were missed: for each, the first
// that applies of: an act listed only with `--third-party` overlaps it (`third-party`); an event annotation has its
// trigger in the passage but no listed event kept it (`annotated-dropped`); the verb finder refused a word of its
// vocabulary in the passage (the check: `present`, `no-subject-or-object`, `undated` …, from `traceRefusals` in
// src/extract/events/verb-finder.ts) or the passage's sentence (`no-actor`); a trigger pattern matches in it and its
// sentence gave no act (`pattern-unreached`); a word of the vocabularies (hand-kept or WordNet's, by lemma and part of
// speech) stands in it but its sentence never reached the finder (`vocab-unreached`: undated, a heading, a period, a
// denial an undated sentence tells); else no such word (`no-vocabulary`), counted by the passage's head
// word (its first verb, else its first noun: lemma/POS). Blind parts are refused. Usage: npm run build &&
// node scripts/no-mention-audit.js [--part "dev-c tune"] [--items]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionParts } from '../dist/eval/sets.js';
import { engines, scorePart } from '../dist/eval/part.js';
import { missCause } from '../dist/eval/causes.js';
import { traceRefusals } from '../dist/extract/events/verb-finder.js';
import { tag } from '../dist/extract/nlp/tagger.js';
import { eventTypes, findTriggers } from '../dist/extract/events/event-types.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = opt('--part');
const items = args.includes('--items');
const { parts } = extractionParts(ROOT, join(ROOT, '../shared/eval'));
if (only && !parts.some((p) => p.name === only)) throw new Error(`${only} is no part: the parts are ${parts.map((p) => p.name).join(', ')}`);
if (only && parts.some((p) => p.name === only && p.blind)) throw new Error(`${only} is blind: its items are never listed`);

/**
 * Refusals by the text they were heard in (a part's documents are extracted one by one in this thread). Keyed by the text
 * itself, not its length: the engine of a tune part also ingests the set's blind documents, whose refusals must never be
 * read for a tune document of the same length.
 */
let refusals = new Map();
traceRefusals((text, start, end, why) => {
  if (!refusals.has(text)) refusals.set(text, []);
  refusals.get(text).push({ start, end, why, word: text.slice(start, end) });
});

const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
const byCause = new Map();
const byCheckWord = new Map();
const byHead = new Map();
let total = 0;
const { verbs, nouns, wordnet } = eventTypes();
const inVocabulary = (t) =>
  (t.pos === 'VERB' && (verbs.lemmas.has(t.lemma) || wordnet.verbs.lemmas.has(t.lemma))) || (t.pos === 'NOUN' && (nouns.lemmas.has(t.lemma) || wordnet.nouns.lemmas.has(t.lemma)));
for (const part of parts.filter((p) => !p.blind && (!only || p.name === only))) {
  refusals = new Map();
  const { ev } = await scorePart(part);
  const engine = engines.get(part.texts);
  const predicted = [...ev.matches.map(([, y]) => y), ...ev.extras];
  const matchOf = new Map(ev.matches.map(([x, y]) => [y, x]));
  const docs = new Map();
  for (const g of ev.misses) {
    if (missCause(g, predicted, matchOf) !== 'no-mention') continue;
    total++;
    if (!docs.has(g.doc)) {
      const d = await engine.document(g.doc);
      const third = (await engine.events({ doc: [g.doc], thirdParty: true })).filter((e) => e.thirdParty);
      docs.set(g.doc, { d, third });
    }
    const { d, third } = docs.get(g.doc);
    const inside = (x) => x.start < g.end && g.start < x.end;
    const sentences = (d.sentences ?? []).filter(inside);
    const heard = refusals.get(d.text) ?? [];
    let cause;
    let detail = '';
    if (third.some((e) => e.mentions.some(inside))) cause = 'third-party';
    else if ((d.annotations?.events ?? []).some((a) => inside(a.trigger))) cause = 'annotated-dropped';
    else {
      const words = heard.filter((r) => r.why !== 'no-stem' && r.why !== 'no-actor' && inside(r));
      const sentence = heard.find((r) => r.why === 'no-actor' && inside(r));
      const tokens = sentences.flatMap((s) => tag(d.text.slice(s.start, s.end), s.start)).filter(inside);
      const patterned = sentences.flatMap((s) => findTriggers(d.text.slice(s.start, s.end), s.start)).filter(inside);
      if (words.length) {
        cause = words[0].why;
        detail = words.map((w) => `${w.word}:${w.why}`).join(' ');
        for (const w of words) count(byCheckWord, `${w.why} ${w.word.toLowerCase()}`);
      } else if (sentence) cause = 'no-actor';
      else if (patterned.length) {
        cause = 'pattern-unreached';
        detail = patterned.map((t) => d.text.slice(t.start, t.end)).join(' | ');
      } else if (tokens.some(inVocabulary)) {
        cause = 'vocab-unreached';
        detail = tokens
          .filter(inVocabulary)
          .map((t) => `${t.lemma}/${t.pos}`)
          .join(' ');
      } else {
        cause = 'no-vocabulary';
        const head = tokens.find((t) => t.pos === 'VERB') ?? tokens.find((t) => t.pos === 'NOUN');
        detail = head ? `${head.lemma}/${head.pos}` : '-';
        count(byHead, detail);
      }
    }
    count(byCause, cause);
    if (items) console.log(`${part.name} | ${cause} | ${detail} | ${g.date} ${g.type} | ${g.quote.replace(/\s+/g, ' ').slice(0, 150)}`);
  }
}
const table = (title, map, limit = 60) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit)) console.log(`${String(v).padStart(5)}  ${k}`);
};
console.log(`\nno-mention misses (tune): ${total}`);
table('by cause', byCause);
table('refused words (check, word)', byCheckWord, 40);
table('head word of passages with no vocabulary word (lemma/POS)', byHead, 60);
for (const e of engines.values()) await e.close();
