// Lists the events of the TUNE parts (dev and every set's tune half) that `npm run eval` counts as missed or
// as matching nothing, each with its cause (src/eval/causes.ts) and, for a miss, the predictions overlapping its
// passage; blind parts are refused (they are only scored). Usage: npm run build && node scripts/event-misses.js
// [--part "dev-c tune"] [--cause no-mention] [--counts] [--rules]. `--rules`: after each extra, the rule and trigger words of the
// stored event annotations it came from (same passage, date, type and PLOVER category), to count extras by the rule that made them.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionParts } from '../dist/eval/sets.js';
import { engines, scorePart } from '../dist/eval/part.js';
import { extraCause, missCause } from '../dist/eval/causes.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = opt('--part');
const cause = opt('--cause');
const countsOnly = args.includes('--counts');
const withRules = args.includes('--rules');
const { parts } = extractionParts(ROOT, join(ROOT, '../shared/eval'));
if (only && !parts.some((p) => p.name === only)) throw new Error(`${only} is no part: the parts are ${parts.map((p) => p.name).join(', ')}`);
if (only && parts.some((p) => p.name === only && p.blind)) throw new Error(`${only} is blind: its items are never listed`);
for (const part of parts.filter((p) => !p.blind && (!only || p.name === only))) {
  const { ev, causes } = await scorePart(part);
  // The predicted events of the part, for the causes of the misses: every match and extra.
  const predicted = [...ev.matches.map(([, y]) => y), ...ev.extras];
  const gold = [...ev.matches.map(([x]) => x), ...ev.misses];
  const matchOf = new Map(ev.matches.map(([x, y]) => [y, x]));
  console.log(`\n## ${part.name}: misses ${JSON.stringify(causes.misses)} extras ${JSON.stringify(causes.extras)}`);
  if (countsOnly) continue;
  const near = (g) =>
    predicted
      .filter((p) => p.doc === g.doc && p.mentions.some((m) => m.start < g.end && g.start < m.end))
      .map((p) => `${p.date} ${p.type}`)
      .join('; ');
  for (const m of ev.misses) {
    const c = missCause(m, predicted, matchOf);
    if (!cause || c === cause) console.log(`MISS ${c} | ${m.doc.slice(0, 20)} ${m.date} ${m.type} | ${m.quote.replace(/\s+/g, ' ').slice(0, 160)}${c === 'no-mention' ? '' : ` | got ${near(m)}`}`);
  }
  const docs = new Map();
  // The annotations an extra came from: triggers inside one of its mentions, with its date, type and PLOVER category.
  const rulesOf = async (x) => {
    if (!docs.has(x.doc)) docs.set(x.doc, await engines.get(part.texts).document(x.doc));
    const d = docs.get(x.doc);
    return (d.annotations?.events ?? [])
      .filter((a) => a.type === x.type && a.plover.type === x.plover.type && x.mentions.some((m) => m.start <= a.trigger.start && a.trigger.end <= m.end && a.date === m.date))
      .map((a) => `${a.rule} "${d.text.slice(a.trigger.start, a.trigger.end).slice(0, 60)}"`)
      .join('; ');
  };
  for (const x of ev.extras) {
    const c = extraCause(x, gold);
    if (cause && c !== cause) continue;
    console.log(`EXTRA ${c} | ${x.doc.slice(0, 20)} ${x.date} ${x.type} | ${x.mentions[0].quote.replace(/\s+/g, ' ').slice(0, 160)}${withRules ? ` | rule ${await rulesOf(x)}` : ''}`);
  }
}
for (const e of engines.values()) await e.close();
