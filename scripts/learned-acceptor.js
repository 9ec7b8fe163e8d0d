// Trains the learned acceptor of event candidates (src/extract/events/learned-acceptor.ts) on the TUNE halves' gold and dev
// only, and writes lexicon/learned-acceptor.json. Blind documents are ingested with their folder (the eval's engines read
// whole folders) but their candidates are dropped here unread. A candidate is labelled 1 when a gold event the rules missed
// overlaps its sentence with its date (the eval's matching; `--labels verb|clause`: only the verb the gold event quotes, or for
// a verbless quote its clause, `src/eval/acceptor-labels.ts`: measured in session 30, not adopted). The threshold is the one
// that maximises the pooled tune events F1 under leave-one-set-out cross-validation, groups (sentence and date) scored as the
// eval matches them; thresholds are compared by that F1 rounded to two decimals, as printed, and a tie goes to the higher
// threshold, so the file is written as the script chose (never edited by hand). Usage: npm run build && node scripts/learned-acceptor.js [--l2 0.01] [--labels sentence|clause|verb]
// [--out lexicon/learned-acceptor.json] [--dry]
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.env.DYAD_LEARNED = 'dump';
const { extractionParts } = await import('../dist/eval/sets.js');
const { engineFor, scorePart } = await import('../dist/eval/part.js');
const { collected, scoreOf } = await import('../dist/extract/events/learned-acceptor.js');
const { clausesOf } = await import('../dist/extract/events/sentence-clauses.js');
const { candidateLabel } = await import('../dist/eval/acceptor-labels.js');

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const L2 = Number(opt('--l2', '0.01'));
/** How a candidate is labelled (`src/eval/acceptor-labels.ts`): `sentence` (default, the committed model's), `clause` or `verb`. */
const LABELS = opt('--labels', 'sentence');
if (!['verb', 'clause', 'sentence'].includes(LABELS)) throw new Error(`--labels ${LABELS}: verb, clause or sentence`);
/**
 * The sets trained on, by name: an explicit list, so a set added to `src/eval/sets.ts` (a held-out one) is not trained on
 * until it is named here. Their tune halves only (and dev, which has no blind half: its score is then no independent measure).
 */
const TRAINED_ON = [
  'dev',
  'dev-b',
  'dev-c',
  'own',
  'fresh3',
  'fresh4',
  'fresh5',
  'fresh6',
  'fresh7',
  'fresh8',
  'fresh9',
  'fresh10',
  'fresh11',
  'fresh12',
  'fresh13',
  'fresh14',
  'fresh15',
  'fresh16',
  'fresh17',
  'fresh18',
  'fresh19',
  'fresh20',
  'fresh21',
  'fresh22',
  'fresh23',
  'fresh24',
  'fresh25',
  'fresh26',
  'fresh27',
];
const EPOCHS = 300;
const { parts } = extractionParts(ROOT, join(ROOT, '../shared/eval'));

/** Examples: { set, doc, group (sentence and date), features, label }; and per set the rules' counts. */
const examples = [];
const base = new Map();
const missing = TRAINED_ON.filter((s) => !parts.some((p) => !p.blind && p.name.split(' ')[0] === s));
if (missing.length) throw new Error(`no tune part of ${missing.join(', ')}`);
for (const part of parts.filter((p) => !p.blind && TRAINED_ON.includes(p.name.split(' ')[0]))) {
  const { ev } = await scorePart(part);
  const set = part.name.split(' ')[0];
  const b = base.get(set) ?? { gold: 0, predicted: 0, matched: 0 };
  base.set(set, { gold: b.gold + ev.gold, predicted: b.predicted + ev.predicted, matched: b.matched + ev.matched });
  const engine = await engineFor(part.texts);
  const docs = part.docs ?? [...new Set([...ev.misses, ...ev.matches.map(([g]) => g)].map((g) => g.doc))];
  for (const name of docs) {
    const text = (await engine.document(name)).text;
    const dumped = collected.filter((c) => c.text.length === text.length && c.text.slice(0, 300) === text.slice(0, 300));
    if (dumped.length !== 1) {
      console.error(`${part.name} ${name}: ${dumped.length} dumps`);
      continue;
    }
    const misses = ev.misses.filter((g) => g.doc === name);
    const candidates = dumped[0].candidates.filter((c) => !c.features.includes('rule:same-date') && !c.features.includes('verb:rule-event'));
    const clauses = new Map();
    const clauseOf = (c) => {
      if (!clauses.has(c.start)) clauses.set(c.start, clausesOf(text, { start: c.start, end: c.end }));
      return clauses.get(c.start).find((k) => k.start <= c.verb.start && c.verb.end <= k.end) ?? c;
    };
    for (const c of candidates) {
      const group = `${set}|${name}|${c.start}|${c.date}`;
      // The eval matches a sentence's event to a gold one its sentence overlaps with its date: `hits` is what the group can match.
      const hits = misses.filter((g) => g.date === c.date && g.start < c.end && c.start < g.end).length;
      const label = candidateLabel(c, candidates, misses, clauseOf(c), LABELS);
      examples.push({ set, group, features: c.features, label: label ? 1 : 0, hits });
    }
  }
}
console.log(`labels by ${LABELS}: ${examples.length} candidates, ${examples.filter((e) => e.label).length} positive, ${new Set(examples.map((e) => e.group)).size} sentence-dates`);

/** Logistic regression over binary features: full-batch gradient descent with AdaGrad steps and L2, no randomness. */
function train(xs) {
  const w = { bias: 0 };
  const g2 = {};
  for (const x of xs) for (const f of x.features) w[f] ??= 0;
  const names = Object.keys(w);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = Object.fromEntries(names.map((f) => [f, f === 'bias' ? 0 : L2 * w[f] * xs.length]));
    for (const x of xs) {
      const err = scoreOf(x.features, w) - x.label;
      grad.bias += err;
      for (const f of x.features) grad[f] += err;
    }
    for (const f of names) {
      const g = grad[f] / xs.length;
      g2[f] = (g2[f] ?? 0) + g * g;
      w[f] -= (0.5 * g) / Math.sqrt(g2[f] + 1e-8);
    }
  }
  return w;
}

/** Per group (sentence and date) its best score and how many gold misses it can match (at most one: one event a group). */
function groups(xs, w) {
  const best = new Map();
  for (const x of xs) {
    const p = scoreOf(x.features, w);
    const g = best.get(x.group);
    if (!g || g.p < p) best.set(x.group, { p, hit: Math.min(1, x.hits), set: x.set });
  }
  return [...best.values()];
}

const tuneSets = [...base.keys()].filter((s) => s !== 'dev');
const pooled = tuneSets.reduce((a, s) => ({ gold: a.gold + base.get(s).gold, predicted: a.predicted + base.get(s).predicted, matched: a.matched + base.get(s).matched }), {
  gold: 0,
  predicted: 0,
  matched: 0,
});
const f1 = (m, p, g) => (2 * m) / (p + g);
// Leave one set out: each set's groups scored by a model trained on the others.
const held = [];
for (const s of [...base.keys()])
  held.push(
    ...groups(
      examples.filter((x) => x.set === s),
      train(examples.filter((x) => x.set !== s)),
    ),
  );
const rows = [];
for (let t = 0.1; t <= 0.951; t += 0.05) {
  const taken = held.filter((g) => g.p >= t && g.set !== 'dev');
  const added = taken.filter((g) => g.hit).length;
  rows.push({ t: +t.toFixed(2), added: taken.length, matched: added, f1: f1(pooled.matched + added, pooled.predicted + taken.length, pooled.gold) });
}
console.log(`rules alone, tune pooled: ${pooled.matched}/${pooled.predicted} of ${pooled.gold}, F1 ${(100 * f1(pooled.matched, pooled.predicted, pooled.gold)).toFixed(2)}`);
for (const r of rows) console.log(`cv threshold ${r.t}: +${r.matched}/+${r.added}, tune F1 ${(100 * r.f1).toFixed(2)}`);
// Reproducible: thresholds compared by their CV F1 rounded as printed (two decimals); a tie goes to the higher threshold (fewer
// candidates taken for the same score).
const printed = (r) => +(100 * r.f1).toFixed(2);
const chosen = rows.reduce((a, b) => (printed(b) >= printed(a) ? b : a));
const weights = train(examples);
const rounded = Object.fromEntries(
  Object.entries(weights)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([f, v]) => [f, +v.toFixed(4)]),
);
const out = {
  $comment:
    'Weights of the learned acceptor of event candidates (src/extract/events/learned-acceptor.ts), a logistic regression over general cues of Dyad\u2019s own analysis (no word of any gold text); written by `node scripts/learned-acceptor.js` from the tune halves\u2019 gold of the sets in `trainedOn` (and dev, whole) only, not by hand. `threshold`: the score from which a candidate is accepted, chosen by leave-one-set-out cross-validation on tune (the pooled tune events F1 rounded to two decimals; a tie goes to the higher threshold), with `crossValidated` at that threshold. Not read with DYAD_LEARNED=off.',
  threshold: chosen.t,
  trainedOn: TRAINED_ON,
  crossValidated: { rulesF1: +(100 * f1(pooled.matched, pooled.predicted, pooled.gold)).toFixed(2), f1: +(100 * chosen.f1).toFixed(2), added: chosen.added, matched: chosen.matched },
  weights: rounded,
};
if (!args.includes('--dry')) writeFileSync(opt('--out', join(ROOT, 'lexicon/learned-acceptor.json')), JSON.stringify(out, null, 1) + '\n');
console.log(`threshold ${chosen.t}, cross-validated tune F1 ${(100 * chosen.f1).toFixed(2)}`);
process.exit(0);
