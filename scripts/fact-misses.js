// Lists the facts of the TUNE parts (dev, dev-b tune, dev-c tune, own tune, fresh3 tune) that `npm run eval` counts
// as missed or as matching nothing: for a miss, the facts Dyad returned on its passage (value and unit); for an
// extra, whether it lies on a gold passage (a wrong value) or on none (no gold). Blind parts are refused (they are only
// scored). Usage: npm run build && node scripts/fact-misses.js [--part "fresh3 tune"] [--counts]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionParts } from '../dist/eval/sets.js';
import { engines, scorePart } from '../dist/eval/part.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = opt('--part');
const countsOnly = args.includes('--counts');
const { parts } = extractionParts(ROOT, join(ROOT, '../shared/eval'));
if (only && parts.some((p) => p.name === only && p.blind)) throw new Error(`${only} is blind: its items are never listed`);
const flat = (s) => s.replace(/\s+/g, ' ').slice(0, 170);
for (const part of parts.filter((p) => !p.blind && (!only || p.name === only))) {
  const { fa } = await scorePart(part);
  const predicted = [...fa.matches.map(([, y]) => y), ...fa.extras];
  const gold = [...fa.matches.map(([x]) => x), ...fa.misses];
  const on = (a, b) => a.doc === b.doc && b.mentions.some((m) => m.start < a.end && a.start < m.end);
  const onGold = fa.extras.filter((x) => gold.some((g) => on(g, x))).length;
  console.log(`\n## ${part.name}: missed ${fa.misses.length} of ${fa.gold}, extras ${fa.extras.length} (${onGold} on a gold passage)`);
  if (countsOnly) continue;
  for (const m of fa.misses) {
    const near = predicted.filter((p) => on(m, p)).map((p) => `${p.value} ${p.unit}`);
    console.log(`MISS | ${m.doc.slice(0, 20)} ${m.indicator} ${m.value} ${m.unit} ${m.period ?? ''} | ${flat(m.quote)} | got ${near.join('; ') || '-'}`);
  }
  for (const x of fa.extras) {
    const g = gold.some((g) => on(g, x)) ? 'on-gold' : 'no-gold';
    console.log(`EXTRA ${g} | ${x.doc.slice(0, 20)} ${x.indicator} ${x.value} ${x.unit} ${x.period ?? ''} | ${flat(x.mentions[0].quote)}`);
  }
}
for (const e of engines.values()) await e.close();
