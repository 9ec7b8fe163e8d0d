import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { engineFor, engines, scorePart, type GoldEventP } from './part.js';
import { EXTRA_CAUSES, MISS_CAUSES } from './causes.js';
import { parseTimeML, scoreTimeML } from './timeml.js';
import { extractionParts, SPLIT_SETS, timebankParts } from './sets.js';
import { qaParts, scoreAnswer, type QaResult } from './qa.js';
import { addConfusions, confusedItems, confusion, confusionRows, type MatchedPair } from './confusion.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string, def: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : def);
const SHARED = arg('--shared', join(ROOT, '../shared/eval'));
const TIMEML = arg('--timeml', join(ROOT, 'test/data/timeml'));
/** `--verbose` lists misses and extras of the parts that are not blind; `--only NAME` scores one part ("dev-c tune"). */
const VERBOSE = args.includes('--verbose');
const ONLY = arg('--only', '');
/** `--qa` scores only the answers. */
const QA_ONLY = args.includes('--qa');
/** `--sweep` prints the tune parts' right+cited for each refusal threshold (how REFUSE_BELOW was chosen). */
const SWEEP = args.includes('--sweep');
/** `--confusion` prints gold × predicted PLOVER categories and modes of matched events per part (counts; tune items with `--verbose`). */
const CONFUSION = args.includes('--confusion');
const pct = (x: number) => (100 * x).toFixed(1);

/** Prints rows as a Markdown table, columns padded to their widest cell. */
function printTable(rows: string[][]): void {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log('| ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ') + ' |');
}

/** Answers to the questions of every part, per category: right, right with a right citation, refused, conflict. */
async function qa(): Promise<void> {
  console.log('\nAnswers (dyad ask): right = the answer holds an accepted string within the length rule; cited = right with a citation overlapping an evidence quote;');
  console.log('unanswerable: right = refused (not_in_corpus); disagreement: conflict = answered as a conflict with both claims. Split of dev-b/dev-c questions: src/eval/qa.ts.\n');
  const rows = [['part', 'category', 'questions', 'right', 'right+cited', 'refused', 'conflict']];
  const pctOf = (xs: QaResult[], f: (r: QaResult) => boolean) => (xs.length ? pct(xs.filter(f).length / xs.length) : '—');
  const pooled = { tune: [] as QaResult[], blind: [] as QaResult[] };
  for (const part of qaParts(ROOT, SHARED).filter((x) => !ONLY || x.name === ONLY)) {
    const engine = await engineFor(part.texts);
    const results: QaResult[] = [];
    for (const q of part.questions) results.push(await scoreAnswer(engine, q, await engine.ask(q.question, q.id)));
    if (part.name !== 'dev') pooled[part.blind ? 'blind' : 'tune'].push(...results);
    for (const cat of ['all', 'standard', 'disagreement', 'ambiguous', 'unanswerable']) {
      const xs = results.filter((r) => cat === 'all' || r.q.category === cat);
      if (xs.length) rows.push([part.name, cat, String(xs.length), pctOf(xs, (r) => r.right), pctOf(xs, (r) => r.cited), pctOf(xs, (r) => r.refused), pctOf(xs, (r) => r.conflict)]);
    }
    // Questions added later are also scored on their own ("batch 2": written before the engine was run on them).
    for (const batch of [...new Set(results.map((r) => r.q.batch).filter((b) => b !== undefined))]) {
      const xs = results.filter((r) => r.q.batch === batch);
      rows.push([part.name, `batch ${batch}`, String(xs.length), pctOf(xs, (r) => r.right), pctOf(xs, (r) => r.cited), pctOf(xs, (r) => r.refused), pctOf(xs, (r) => r.conflict)]);
    }
    if (VERBOSE && !part.blind) {
      for (const r of results) {
        console.log(
          `${r.cited ? 'OK  ' : r.right ? 'NOCIT' : 'MISS'} ${r.q.id} ${r.q.category} ${r.a.status} ${r.a.confidence} | ${r.q.question} | got: ${r.a.answer} | want: ${r.q.accept.join(' / ')}`,
        );
        for (const c of r.a.citations) console.log(`      ${c.doc.slice(0, 20)} ${part.hidden.has(c.doc) ? '(other half)' : c.quote.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    }
  }
  printTable(rows);
  for (const [half, xs] of Object.entries(pooled)) if (xs.length) console.log(`all ${half} parts pooled (dev excluded): ${xs.length} questions, right+cited ${pctOf(xs, (r) => r.cited)}`);
}

/** Right with a right citation on the tune parts (never the blind ones) for each refusal threshold. */
async function sweep(): Promise<void> {
  const parts = qaParts(ROOT, SHARED).filter((p) => !p.blind);
  const rows = [['threshold', ...parts.map((p) => p.name), 'all tune']];
  for (let t = 0.3; t <= 0.701; t += 0.05) {
    const cells: string[] = [];
    let good = 0;
    let n = 0;
    for (const part of parts) {
      const engine = await engineFor(part.texts);
      let ok = 0;
      for (const q of part.questions) if ((await scoreAnswer(engine, q, await engine.ask(q.question, q.id, { refuseBelow: t }))).cited) ok++;
      cells.push(pct(ok / part.questions.length));
      good += ok;
      n += part.questions.length;
    }
    rows.push([t.toFixed(2), ...cells, pct(good / n)]);
  }
  printTable(rows);
}

async function main(): Promise<void> {
  if (SWEEP) {
    await sweep();
    for (const e of engines.values()) await e.close();
    return;
  }
  if (QA_ONLY) {
    await qa();
    for (const e of engines.values()) await e.close();
    return;
  }
  const { parts, missing } = extractionParts(ROOT, SHARED);
  for (const m of missing) console.log(`(skipped: ${m} not found)`);
  const results = [];
  for (const part of parts.filter((x) => !ONLY || x.name === ONLY)) results.push(await scorePart(part));

  console.log('Dyad extraction eval: a match is an overlapping passage with the same date (events) or value (facts).');
  console.log('Blind parts are scored only: nobody reads their items while writing rules (test/data/eval/splits.json).\n');
  const head = ['part', 'docs', 'gold', 'predicted', 'matched', 'precision', 'recall', 'F1'];
  printTable(
    [
      [...head, 'type acc.', 'PLOVER acc.', 'PLOVER recall', 'mode acc.'],
      ...results.map(({ part, docs, ev, plover, ploverRecall, modeAccuracy }) => [
        part.name,
        String(docs.length),
        String(ev.gold),
        String(ev.predicted),
        String(ev.matched),
        pct(ev.precision),
        pct(ev.recall),
        pct(ev.f1),
        pct(ev.typeAccuracy),
        plover === undefined ? '—' : pct(plover),
        ploverRecall === undefined ? '—' : pct(ploverRecall),
        modeAccuracy === undefined ? '—' : pct(modeAccuracy),
      ]),
    ].map((r, i) => (i === 0 ? r.map((c) => (c === 'part' ? 'events' : c)) : r)),
  );
  console.log('');
  printTable([
    [...head, 'unit acc.'].map((c) => (c === 'part' ? 'facts' : c)),
    ...results.map(({ part, docs, fa }) => [
      part.name,
      String(docs.length),
      String(fa.gold),
      String(fa.predicted),
      String(fa.matched),
      pct(fa.precision),
      pct(fa.recall),
      pct(fa.f1),
      pct(fa.typeAccuracy),
    ]),
  ]);
  console.log('\nWhy events were missed (gold) and matched nothing (predicted), counts only (src/eval/causes.ts; tune items: scripts/event-misses.js):\n');
  printTable([
    ['events', ...MISS_CAUSES.map((c) => `miss ${c}`), ...EXTRA_CAUSES.map((c) => `extra ${c}`)],
    ...results.map(({ part, causes }) => [part.name, ...MISS_CAUSES.map((c) => String(causes.misses[c])), ...EXTRA_CAUSES.map((c) => String(causes.extras[c]))]),
  ]);
  for (const set of SPLIT_SETS) {
    const tune = results.find((r) => r.part.name === `${set} tune`);
    const blind = results.find((r) => r.part.name === `${set} blind`);
    if (tune && blind) console.log(`${set}: tune − blind F1 gap ${(100 * (tune.ev.f1 - blind.ev.f1)).toFixed(1)} (events), ${(100 * (tune.fa.f1 - blind.fa.f1)).toFixed(1)} (facts)`);
  }
  for (const blind of [false, true]) {
    const pool = results.filter((r) => r.part.blind === blind && r.part.name !== 'dev');
    const total = (k: 'ev' | 'fa' | 'withThirdParty', n: 'gold' | 'predicted' | 'matched') => pool.reduce((sum, r) => sum + r[k][n], 0);
    const f1 = (k: 'ev' | 'fa' | 'withThirdParty'): string => {
      const [predicted, gold, matched] = [total(k, 'predicted'), total(k, 'gold'), total(k, 'matched')];
      return pct(predicted && gold ? (2 * matched) / (predicted + gold) : 0);
    };
    // PLOVER: matched events whose gold carries a category, and of those the ones given it.
    const withPlover = pool.flatMap((r) => r.ev.matches.filter(([x]) => x.plover));
    const ploverRight = withPlover.filter(([x, y]) => y.plover.type === x.plover).length;
    const plover = withPlover.length ? `, PLOVER acc. ${pct(ploverRight / withPlover.length)} (${ploverRight}/${withPlover.length})` : '';
    if (pool.length) console.log(`all ${blind ? 'blind' : 'tune'} parts pooled (${pool.length}, dev excluded): events F1 ${f1('ev')}, facts F1 ${f1('fa')}${plover}`);
    if (pool.length)
      console.log(
        `  with third parties' acts (as \`dyad events --third-party\` lists them): events F1 ${f1('withThirdParty')} (${total('withThirdParty', 'matched')} of ${total('withThirdParty', 'gold')} gold, ${total('withThirdParty', 'predicted')} predicted)`,
      );
  }
  if (CONFUSION) printConfusions(results);
  if (VERBOSE) {
    for (const { part, ev, fa } of results.filter((r) => !r.part.blind)) {
      console.log(`\n## ${part.name}`);
      for (const m of ev.misses) console.log('MISS event', m.doc.slice(0, 24), m.date, m.type, (m as GoldEventP).plover ?? '', '|', m.quote.slice(0, 120));
      for (const [x, y] of ev.matches) if (x.plover && x.plover !== y.plover.type) console.log('PLOVER gold', x.plover, 'got', y.plover.type, `(${y.type})`, '|', x.quote.slice(0, 100));
      for (const [x, y] of ev.mistyped) console.log('TYPE event gold', x.type, 'got', y.type, '|', x.quote.slice(0, 100));
      for (const x of ev.extras) console.log('EXTRA event', x.doc.slice(0, 24), x.date, x.type, '|', x.mentions[0]!.quote.slice(0, 120));
      for (const m of fa.misses) console.log('MISS fact', m.doc.slice(0, 24), m.value, m.unit, m.period, '|', m.quote.slice(0, 120));
      for (const [x, y] of fa.mistyped) console.log('UNIT fact gold', x.unit, 'got', y.unit, x.value, '|', x.quote.slice(0, 100));
      for (const x of fa.extras) console.log('EXTRA fact', x.doc.slice(0, 24), x.value, x.unit, x.period, x.indicator, '|', x.mentions[0]!.quote.slice(0, 120));
    }
  }
  await qa();
  for (const e of engines.values()) await e.close();
  if (!ONLY) timeml();
}

/** Gold × predicted PLOVER category and mode per part with a category, then summed over the tune and the blind parts; items of tune parts only. */
function printConfusions(results: { part: { name: string; blind: boolean }; ev: { matches: [GoldEventP, MatchedPair['predicted']][] } }[]): void {
  const withPlover = results.filter((r) => r.ev.matches.some(([x]) => x.plover));
  const pairs = (r: (typeof results)[number]): MatchedPair[] => r.ev.matches.map(([gold, predicted]) => ({ gold, predicted }));
  for (const field of ['plover', 'mode'] as const) {
    const byPart = withPlover.map((r) => ({ r, c: confusion(pairs(r), field) }));
    const sums = [false, true].map((blind) => ({ name: blind ? 'all blind' : 'all tune', c: addConfusions(byPart.filter((x) => x.r.part.blind === blind).map((x) => x.c)) }));
    for (const { name, c } of [...byPart.map((x) => ({ name: x.r.part.name, c: x.c })), ...sums]) {
      console.log(`\n${field === 'plover' ? 'PLOVER category' : 'Mode'} confusion, ${name} (matched events; gold down, predicted across): ${c.right}/${c.total} right`);
      printTable(confusionRows(c));
    }
    if (VERBOSE) for (const { r } of byPart.filter((x) => !x.r.part.blind)) for (const line of confusedItems(pairs(r), field)) console.log(`${r.part.name}: ${line}`);
  }
}

/** The time stage on TimeML files: Dyad's own, then TimeBank/AQUAINT's tune and blind halves. */
function timeml(): void {
  const own = readdirTml(TIMEML);
  const tb = timebankParts(ROOT, SHARED);
  const sets: [string, string[], boolean][] = [['own (corpus sentences)', own, false]];
  if (tb) sets.push(['TimeBank+AQUAINT tune', tb.tune, false], ['TimeBank+AQUAINT blind', tb.blind, true]);
  else console.log(`\n(skipped: ${join(SHARED, 'timebank')} not found)`);
  console.log('\nTIMEX3 (TempEval-3 measures: value F1 and type F1 = accuracy over relaxed matches × relaxed F1)');
  const rows = [['set', 'files', 'gold', 'predicted', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'value F1', 'type F1']];
  for (const [name, files, blind] of sets) {
    const t = scoreTimeML(files.map((f) => parseTimeML(readFileSync(f, 'utf8'))));
    rows.push([
      name,
      String(files.length),
      String(t.gold),
      String(t.predicted),
      pct(t.strict.f1),
      pct(t.relaxed.precision),
      pct(t.relaxed.recall),
      pct(t.relaxed.f1),
      pct(t.valueAccuracy * t.relaxed.f1),
      pct(t.typeAccuracy * t.relaxed.f1),
    ]);
    if (VERBOSE && !blind) {
      for (const m of t.misses) console.log('MISS timex', m.type, m.value, '|', m.text);
      for (const x of t.extras) console.log('EXTRA timex', x.type, x.value, '|', x.text);
      for (const v of t.wrongValues) console.log('VALUE', v.gold.text, 'gold', v.gold.type, v.gold.value, 'got', v.predicted.type, v.predicted.value, `(${v.predicted.text})`);
    }
  }
  printTable(rows);
}

function readdirTml(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .filter((f) => f.endsWith('.tml'))
    .map((f) => join(dir, f));
}

await main();
