// Lists, for the TUNE parts (dev and every set's tune half), matched events whose mode differs from the gold's, and extras
// whose passage holds a word of denial, modality or condition (candidates for an unrealised act told as asserted), each with
// its passage; blind parts are refused (they are only scored). Usage: npm run build && node scripts/mode-misses.js [--part "fresh27 tune"].
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionParts } from '../dist/eval/sets.js';
import { engines, scorePart } from '../dist/eval/part.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--part') ? args[args.indexOf('--part') + 1] : undefined;
const { parts } = extractionParts(ROOT, join(ROOT, '../shared/eval'));
if (only && parts.some((p) => p.name === only && p.blind)) throw new Error(`${only} is blind: its items are never listed`);
const CUE = /\b(?:not|never|no|n't|would|could|might|may|should|will|if|unless|whether|plan(?:s|ned)?|expected|deni(?:ed|es)|refused|declined|failed)\b|n't/i;
for (const part of parts.filter((p) => !p.blind && (!only || p.name === only))) {
  const { ev } = await scorePart(part);
  console.log(`\n## ${part.name}`);
  for (const [x, y] of ev.matches) {
    const g = x.mode ?? 'asserted';
    if (g !== y.mode) console.log(`MODE gold ${g} got ${y.mode} | ${x.doc.slice(0, 24)} ${x.date} ${x.plover ?? ''} | ${x.quote.replace(/\s+/g, ' ').slice(0, 220)}`);
  }
  for (const y of ev.extras) {
    const q = y.mentions[0].quote.replace(/\s+/g, ' ');
    if (CUE.test(q)) console.log(`EXTRA ${y.mode} | ${y.doc.slice(0, 24)} ${y.date} ${y.plover?.type ?? ''} | ${q.slice(0, 220)}`);
  }
}
for (const e of engines.values()) await e.close();
