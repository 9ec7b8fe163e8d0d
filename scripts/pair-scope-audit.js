// Lists the predictions of the TUNE parts (dev and every set's tune half) with what Dyad knew of their actors, to
// count extras by scope (session 37): `pair-only`, `pair+third-state`, `pair+body` (a body or a person of no known
// state beside the pair), `third-state`, `body-only`, `no-actor`; `pair-in-clause` when the trigger's clause names
// something of the pair; `WOULD` when every actor is a state or a body the lexicon knows outside the pair and the
// clause names nothing of it (the rule tried and dropped in DESIGN.md's session 37 section). `--third` adds the acts
// marked third-party (3P-MATCH / 3P-EXTRA against the gold); the last line pools the tune halves (dev excluded).
// Blind parts are refused. Usage: npm run build && node scripts/pair-scope-audit.js [--part dev] [--matched] [--third] [--counts]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionParts } from '../dist/eval/sets.js';
import { engines, scorePart } from '../dist/eval/part.js';
import { extraCause } from '../dist/eval/causes.js';
import { focalPair } from '../dist/extract/pipeline.js';
import { clausesOf } from '../dist/extract/events/sentence-clauses.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = opt('--part');
const withMatched = args.includes('--matched');
const countsOnly = args.includes('--counts');
const withThird = args.includes('--third');
const { parts } = extractionParts(ROOT, join(ROOT, '../shared/eval'));
if (only && !parts.some((p) => p.name === only)) throw new Error(`${only} is no part: the parts are ${parts.map((p) => p.name).join(', ')}`);
if (only && parts.some((p) => p.name === only && p.blind)) throw new Error(`${only} is blind: its items are never listed`);
const total = {};
const pooled = { gold: 0, predicted: 0, matched: 0 };
for (const part of parts.filter((p) => !p.blind && (!only || p.name === only))) {
  const { ev, withThirdParty } = await scorePart(part);
  const gold = [...ev.matches.map(([x]) => x), ...ev.misses];
  if (part.name !== 'dev') for (const k of Object.keys(pooled)) pooled[k] += ev[k];
  const docs = new Map();
  const doc = async (name) => {
    if (!docs.has(name)) {
      const d = await engines.get(part.texts).document(name);
      const ents = d.annotations?.entities ?? [];
      docs.set(name, { d, pair: focalPair(ents), countryOf: new Map(ents.map((m) => [m.entity, m.kind === 'country' ? m.entity.replace(/^country:/, '') : m.country])) });
    }
    return docs.get(name);
  };
  const scope = async (x) => {
    const { d, pair, countryOf } = await doc(x.doc);
    const anns = (d.annotations?.events ?? []).filter((a) => a.type === x.type && a.date === x.date && x.mentions.some((m) => m.start <= a.trigger.start && a.trigger.end <= m.end));
    const a = anns[0];
    if (!a) return { kind: '?', info: '' };
    const acts = a.actors.map((y) => ({ ...y, country: countryOf.get(y.entity) ?? (y.entity.startsWith('country:') ? y.entity.slice(8) : undefined) }));
    const inPair = acts.filter((y) => y.country && pair?.has(y.country));
    const third = acts.filter((y) => y.country && !pair?.has(y.country));
    const none = acts.filter((y) => !y.country);
    const kind = !acts.length
      ? 'no-actor'
      : inPair.length && !third.length && !none.length
        ? 'pair-only'
        : inPair.length && (third.length || none.length)
          ? third.length
            ? 'pair+third-state'
            : 'pair+body'
          : third.length
            ? 'third-state'
            : 'body-only';
    // The scope rule under study: every actor resolved to a state or a known body outside the pair, and no mention of the pair in the trigger's clause.
    const s = d.sentences.find((x) => x.start <= a.trigger.start && a.trigger.start < x.end);
    const clause = s ? clausesOf(d.text, s).find((c) => c.start <= a.trigger.start && a.trigger.start < c.end) : undefined;
    const pairInClause = clause ? (d.annotations?.entities ?? []).some((m) => m.start >= clause.start && m.end <= clause.end && pair?.has(countryOf.get(m.entity) ?? '')) : false;
    const resolved = acts.every((y) => y.country || (/^(?:organisation|group):/.test(y.entity) && !y.entity.includes(':unknown:')));
    const would = acts.length > 0 && resolved && !inPair.length && !pairInClause;
    const info = acts.map((y) => `${y.role[0]}:${y.name}${y.country ? `(${y.country})` : ''}`).join(', ');
    return {
      kind: `${kind}${would ? ' WOULD' : ''}${pairInClause ? ' pair-in-clause' : ''}`,
      info: `${info} | rule ${a.rule} "${d.text.slice(a.trigger.start, a.trigger.end)}" pair ${[...(pair ?? [])].join('-')}`,
    };
  };
  const rows = [];
  for (const x of ev.extras) rows.push(['EXTRA', extraCause(x, gold), x]);
  if (withMatched) for (const [, y] of ev.matches) rows.push(['MATCH', '', y]);
  if (withThird) {
    for (const [, y] of withThirdParty.matches) if (y.thirdParty) rows.push(['3P-MATCH', '', y]);
    for (const y of withThirdParty.extras) if (y.thirdParty) rows.push(['3P-EXTRA', '', y]);
  }
  const counts = {};
  for (const [what, cause, x] of rows) {
    const s = await scope(x);
    const key = `${what} ${s.kind}`;
    counts[key] = (counts[key] ?? 0) + 1;
    total[key] = (total[key] ?? 0) + 1;
    if (!countsOnly) console.log(`${what} ${cause} [${s.kind}] ${x.doc.slice(0, 24)} ${x.date} ${x.type}/${x.plover.type} | ${x.mentions[0].quote.replace(/\s+/g, ' ').slice(0, 150)} || ${s.info}`);
  }
  console.log(`## ${part.name}: ${JSON.stringify(counts)}`);
}
console.log(`## all: ${JSON.stringify(total)}`);
if (!only) console.log(`## tune pooled (dev excluded): ${JSON.stringify(pooled)} F1 ${((200 * pooled.matched) / (pooled.gold + pooled.predicted)).toFixed(2)}`);
for (const e of engines.values()) await e.close();
