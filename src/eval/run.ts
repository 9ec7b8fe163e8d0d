import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Engine } from '../knowledge/engine.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { readGold, locate } from './gold.js';
import { score } from './score.js';
import { readdirSync, readFileSync } from 'node:fs';
import { parseTimeML, scoreTimeML } from './timeml.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string, def: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : def);
const GOLD = arg('--gold', join(ROOT, 'test/data/eval/dev'));
const CORPUS = arg('--corpus', join(ROOT, 'corpus/vietnam-japan'));
const TIMEML = arg('--timeml', join(ROOT, 'test/data/timeml'));
const VERBOSE = args.includes('--verbose');

/** Prints rows as a Markdown table, columns padded to their widest cell. */
function printTable(rows: string[][]): void {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log('| ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ') + ' |');
}

/**
 * npm run eval: ingests the corpus into a fresh database and scores its events and facts, as the
 * API returns them, against the gold set.
 */
async function main(): Promise<void> {
  const engine = new Engine(openSqliteStore(':memory:'));
  const report = await engine.ingest([CORPUS]);
  if (report.totals.failed) throw new Error(`corpus did not ingest: ${JSON.stringify(report.items.filter((i) => i.error))}`);
  const gold = readGold(GOLD);
  const docs = [...new Set([...gold.events, ...gold.facts].map((g) => g.doc))].sort();
  const rows: string[][] = [];
  const totals = { events: { g: [] as any[], p: [] as any[] }, facts: { g: [] as any[], p: [] as any[] } };
  for (const name of docs) {
    const doc = await engine.document(name);
    const place = <T extends { quote: string }>(items: T[]) =>
      items.flatMap((g) => {
        const at = locate(doc.text, g.quote);
        if (!at) { console.error(`gold quote not found in ${name}: ${g.quote.slice(0, 60)}`); return []; }
        return [{ ...g, ...at, doc: name }];
      });
    totals.events.g.push(...place(gold.events.filter((g) => g.doc === name)));
    totals.facts.g.push(...place(gold.facts.filter((g) => g.doc === name)));
    // Scored as users get them (`dyad events --doc`): one item per event or fact, with every passage that states it.
    totals.events.p.push(...(await engine.events({ doc: [name] })).map((e) => ({ ...e, doc: name, quote: e.mentions[0]!.quote })));
    totals.facts.p.push(...(await engine.facts({ doc: [name] })).map((f) => ({ ...f, doc: name, quote: f.mentions[0]!.quote })));
  }
  // An event matches through a passage that overlaps the gold one and gives its date.
  const ev = score(totals.events.g, totals.events.p, (g, p) => g.doc === p.doc && p.mentions.some((m: any) => m.date === g.date && m.start < g.end && g.start < m.end), (g, p) => g.type === p.type);
  const fa = score(totals.facts.g, totals.facts.p, (g, p) => g.doc === p.doc && Math.abs(g.value - p.value) <= 1e-6 * Math.max(1, Math.abs(g.value)), (g, p) => g.unit === p.unit);
  const pct = (x: number) => (100 * x).toFixed(1);
  rows.push(['task', 'gold', 'predicted', 'matched', 'precision', 'recall', 'F1', 'type accuracy']);
  rows.push(['events', String(ev.gold), String(ev.predicted), String(ev.matched), pct(ev.precision), pct(ev.recall), pct(ev.f1), pct(ev.typeAccuracy) + ' (type)']);
  rows.push(['facts', String(fa.gold), String(fa.predicted), String(fa.matched), pct(fa.precision), pct(fa.recall), pct(fa.f1), pct(fa.typeAccuracy) + ' (unit)']);
  console.log(`Dyad extraction eval — gold ${GOLD} (${docs.length} documents); a match is an overlapping passage with the same date (events) or value (facts)`);
  printTable(rows);
  if (VERBOSE) {
    for (const m of ev.misses) console.log('MISS event', m.date, m.type, '|', m.quote.slice(0, 120));
    for (const [g, p] of ev.mistyped) console.log('TYPE event gold', g.type, 'got', p.type, '|', g.quote.slice(0, 100));
    for (const x of ev.extras) console.log('EXTRA event', x.date, x.type, '|', x.quote.slice(0, 120));
    for (const m of fa.misses) console.log('MISS fact', m.value, m.unit, m.period, '|', m.quote.slice(0, 120));
    for (const x of fa.extras) console.log('EXTRA fact', x.value, x.unit, x.period, x.indicator, '|', x.quote.slice(0, 120));
  }
  await engine.close();
  timeml();
}

/** The time stage against the TimeML files: TIMEX3 extent (strict, relaxed), value and type accuracy. */
function timeml(): void {
  const files = readdirSync(TIMEML).filter((f) => f.endsWith('.tml')).sort();
  const t = scoreTimeML(files.map((f) => parseTimeML(readFileSync(join(TIMEML, f), 'utf8'))));
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log('');
  console.log(`TimeML — ${files.length} files in ${TIMEML}, ${t.gold} gold TIMEX3, ${t.predicted} predicted`);
  const rows = [
    ['extent', 'matched', 'precision', 'recall', 'F1'],
    ['strict', String(t.strict.matched), pct(t.strict.precision), pct(t.strict.recall), pct(t.strict.f1)],
    ['relaxed', String(t.relaxed.matched), pct(t.relaxed.precision), pct(t.relaxed.recall), pct(t.relaxed.f1)],
  ];
  printTable(rows);
  console.log(`value accuracy ${pct(t.valueAccuracy)}%, type accuracy ${pct(t.typeAccuracy)}% (over relaxed matches)`);
  if (VERBOSE) {
    for (const m of t.misses) console.log('MISS timex', m.type, m.value, '|', m.text);
    for (const x of t.extras) console.log('EXTRA timex', x.type, x.value, '|', x.text);
    for (const v of t.wrongValues) console.log('VALUE', v.gold.text, 'gold', v.gold.value, 'got', v.predicted.value, `(${v.predicted.text})`);
  }
}

await main();
