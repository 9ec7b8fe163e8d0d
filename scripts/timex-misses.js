// Prints the TIMEX3 errors of TimeBank+AQUAINT's TUNE half only (the blind half is never read), each gold TIMEX3
// beside Dyad's value with its sentence, grouped by the kind of error, so the largest classes can be fixed by rule.
// Usage: npm run build && node scripts/timex-misses.js [--class NAME] [--counts]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timebankParts } from '../dist/eval/sets.js';
import { parseTimeML, scoreTimexes } from '../dist/eval/timeml.js';
import { findTimes } from '../dist/extract/time/time-stage.js';
import { timex3Of } from '../dist/extract/time/timex.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--class') ? args[args.indexOf('--class') + 1] : undefined;
const countsOnly = args.includes('--counts');
const parts = timebankParts(ROOT, join(ROOT, '../shared/eval'));
if (!parts) throw new Error('../shared/eval/timebank not found');

/** The kind of a wrong value, from the gold and predicted values (first that applies). */
function classOf(gold, got) {
  const g = gold.value;
  const p = got?.value;
  if (!got) return `miss ${gold.type}`;
  if (/_REF$/.test(g) || /_REF$/.test(p ?? '')) return 'REF';
  if (gold.type === 'SET' || got.type === 'SET') return 'SET';
  if (gold.type === 'DURATION' || got.type === 'DURATION') return /X/.test(g) || /X/.test(p) ? 'duration PX' : 'duration';
  if (/Q|H\d/.test(g) || /Q|H\d/.test(p)) return 'quarter/half';
  if (/SP|SU|FA|WI/.test(g) || /SP|SU|FA|WI/.test(p)) return 'season';
  if (/FY/.test(g) || /FY/.test(p)) return 'fiscal';
  if (/T/.test(g) || /T/.test(p)) return 'time of day';
  if (/W/.test(g) || /W/.test(p)) return 'week';
  if (g.length !== p.length) return 'granularity';
  return 'anchor';
}

const groups = new Map();
const add = (cls, line) => {
  if (!groups.has(cls)) groups.set(cls, []);
  groups.get(cls).push(line);
};
for (const file of parts.tune) {
  const doc = parseTimeML(readFileSync(file, 'utf8'));
  const predicted = findTimes(doc.text, doc.dct).flatMap(timex3Of);
  const s = scoreTimexes(doc.timexes, predicted);
  const name = file.slice(file.lastIndexOf('/') + 1);
  const around = (t) => doc.text.slice(Math.max(0, t.start - 70), t.end + 50).replace(/\s+/g, ' ');
  const extent = (gold, got) => (got && (got.start !== gold.start || got.end !== gold.end) ? ` [extent: "${got.text}"]` : '');
  for (const m of s.misses) add(classOf(m), `${name} dct ${doc.dct} | "${m.text}" gold ${m.type} ${m.value} | ${around(m)}`);
  for (const w of s.wrongValues)
    add(
      classOf(w.gold, w.predicted),
      `${name} dct ${doc.dct} | "${w.gold.text}" gold ${w.gold.type} ${w.gold.value} got ${w.predicted.type} ${w.predicted.value}${extent(w.gold, w.predicted)} | ${around(w.gold)}`,
    );
  for (const x of s.extras) add(`extra ${x.type}`, `${name} dct ${doc.dct} | "${x.text}" got ${x.type} ${x.value} | ${around(x)}`);
}
const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
for (const [cls, lines] of sorted) console.log(`${cls}: ${lines.length}`);
if (!countsOnly)
  for (const [cls, lines] of sorted) {
    if (only && cls !== only) continue;
    console.log(`\n## ${cls} (${lines.length})`);
    for (const l of lines) console.log(l);
  }
