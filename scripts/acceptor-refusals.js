// Why the learned acceptor (src/extract/events/learned-acceptor.ts) did not add the TUNE parts' `no-mention` misses (a gold
// event no predicted mention overlaps): for each, the first that applies of: a verb inside its passage was made a candidate
// and scored below the threshold or stood beside a rule's act (`candidate`); a verb inside it was refused by a filter (the
// filter's name, from `traceCandidateRefusals`: `noun-subject`, `present`, `state-verb` …; every refused verb is counted in
// the second table); its sentence was passed over whole (`no-actor`: no actor in it nor its paragraph, `undated`, `skipped`);
// else no verb in the passage (`no-verb`: an act a noun tells). Also the `taken` misses (a sentence-date's one prediction
// matched another gold act of the same sentence: the second act). Blind parts are refused.
// Usage: npm run build && node scripts/acceptor-refusals.js [--part "fresh27 tune"] [--items]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionParts } from '../dist/eval/sets.js';
import { engines, scorePart } from '../dist/eval/part.js';
import { missCause } from '../dist/eval/causes.js';
import { traceCandidateRefusals } from '../dist/extract/events/learned-acceptor.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = opt('--part');
const items = args.includes('--items');
const { parts } = extractionParts(ROOT, join(ROOT, '../shared/eval'));
if (only && !parts.some((p) => p.name === only)) throw new Error(`${only} is no part`);
if (only && parts.some((p) => p.name === only && p.blind)) throw new Error(`${only} is blind: its items are never listed`);

/** Refusals by the text they were heard in (keyed by the text itself: a tune part's engine also ingests its set's blind documents). */
let heard = new Map();
traceCandidateRefusals((text, start, end, why) => {
  if (!heard.has(text)) heard.set(text, []);
  heard.get(text).push({ start, end, why, word: text.slice(start, end).toLowerCase() });
});
const SENTENCE = new Set(['no-actor', 'undated', 'skipped']);
const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
const byCause = new Map();
const byFilter = new Map();
const byWord = new Map();
let total = 0;
let taken = 0;
let takenWithCandidate = 0;
for (const part of parts.filter((p) => !p.blind && p.name !== 'dev' && (!only || p.name === only))) {
  heard = new Map();
  const { ev } = await scorePart(part);
  const engine = engines.get(part.texts);
  const predicted = [...ev.matches.map(([, y]) => y), ...ev.extras];
  const matchOf = new Map(ev.matches.map(([x, y]) => [y, x]));
  const texts = new Map();
  for (const g of ev.misses) {
    const cause0 = missCause(g, predicted, matchOf);
    if (cause0 !== 'no-mention' && cause0 !== 'taken') continue;
    if (!texts.has(g.doc)) texts.set(g.doc, (await engine.document(g.doc)).text);
    const text = texts.get(g.doc);
    const inside = (x) => x.start < g.end && g.start < x.end;
    const here = (heard.get(text) ?? []).filter(inside);
    if (cause0 === 'taken') {
      taken++;
      if (here.some((r) => r.why === 'candidate')) takenWithCandidate++;
      continue;
    }
    total++;
    const verbs = here.filter((r) => !SENTENCE.has(r.why));
    const sentence = here.find((r) => SENTENCE.has(r.why));
    let cause;
    if (verbs.some((r) => r.why === 'candidate')) cause = 'candidate';
    else if (verbs.length) cause = verbs[0].why;
    else if (sentence) cause = sentence.why;
    else cause = 'no-verb';
    for (const r of verbs.filter((r) => r.why !== 'candidate')) {
      count(byFilter, r.why);
      count(byWord, `${r.why} ${r.word}`);
    }
    count(byCause, cause);
    if (items) console.log(`${part.name} | ${cause} | ${verbs.map((r) => `${r.word}:${r.why}`).join(' ')} | ${g.date} | ${g.quote.replace(/\s+/g, ' ').slice(0, 150)}`);
  }
}
const table = (title, map, limit = 60) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit)) console.log(`${String(v).padStart(5)}  ${k}`);
};
console.log(`\nno-mention misses (tune, dev excluded): ${total}`);
table('by cause (first that applies)', byCause);
table('refused verbs inside them, by filter', byFilter);
table('refused verbs (filter, word)', byWord, 40);
console.log(`\ntaken misses (a second act of a sentence-date whose one prediction matched another): ${taken}, of which a verb inside was a candidate: ${takenWithCandidate}`);
for (const e of engines.values()) await e.close();
process.exit(0);
