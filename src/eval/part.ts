/** One part of a gold set scored: by `npm run eval` (src/eval/run.ts) and `scripts/event-misses.js`. */
import { Engine } from '../knowledge/engine.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { readGold, locate, type GoldEvent, type GoldFact } from './gold.js';
import { score } from './score.js';
import { causeCounts } from './causes.js';
import type { EvalPart } from './sets.js';
import type { KnowledgeEvent, KnowledgeFact } from '../knowledge/annotation-queries.js';

export type Placed<T> = T & { start: number; end: number };
export type GoldEventP = Placed<GoldEvent & { plover?: string; mode?: string }>;

/** Engines by texts folder: each folder is ingested once into memory. */
export const engines = new Map<string, Engine>();
export async function engineFor(texts: string): Promise<Engine> {
  let engine = engines.get(texts);
  if (!engine) {
    engine = new Engine(openSqliteStore(':memory:'));
    const report = await engine.ingest([texts]);
    if (report.totals.failed) throw new Error(`${texts} did not ingest: ${JSON.stringify(report.items.filter((i) => i.error))}`);
    engines.set(texts, engine);
  }
  return engine;
}

/** Scores one part: events and facts as `dyad events --doc` and `dyad facts --doc` return them. */
export async function scorePart(part: EvalPart) {
  const engine = await engineFor(part.texts);
  const gold = readGold(part.gold);
  const docs = part.docs ?? [...new Set([...gold.events, ...gold.facts].map((g) => g.doc))].sort();
  const g = { events: [] as GoldEventP[], facts: [] as Placed<GoldFact>[] };
  const p = { events: [] as (KnowledgeEvent & { doc: string })[], facts: [] as (KnowledgeFact & { doc: string })[] };
  // What `dyad events --third-party` lists too: the acts the document tells of other states only.
  const thirdParty: (KnowledgeEvent & { doc: string })[] = [];
  for (const name of docs) {
    const doc = await engine.document(name);
    const place = <T extends { quote: string; id?: string }>(items: T[]) =>
      items.flatMap((x) => {
        const at = locate(doc.text, x.quote);
        if (!at) {
          // A blind part's items are never printed: its record is named by id only.
          console.error(part.blind ? `gold quote not found in ${part.name}: ${x.id ?? '(no id)'}` : `gold quote not found in ${name}: ${x.quote.slice(0, 60)}`);
          return [];
        }
        return [{ ...x, ...at, doc: name }];
      });
    g.events.push(...place(gold.events.filter((x) => x.doc === name)));
    g.facts.push(...place(gold.facts.filter((x) => x.doc === name)));
    p.events.push(...(await engine.events({ doc: [name] })).map((e) => ({ ...e, doc: name })));
    thirdParty.push(...(await engine.events({ doc: [name], thirdParty: true })).filter((e) => e.thirdParty).map((e) => ({ ...e, doc: name })));
    p.facts.push(...(await engine.facts({ doc: [name] })).map((f) => ({ ...f, doc: name })));
  }
  // An event matches through a passage that overlaps the gold one and gives its date; a fact through its value.
  // Of the events a gold one could match, one of its type and PLOVER category is taken first (a
  // passage that tells a summons and a seizure gives two events); type accuracy counts type alone.
  const matches = (x: GoldEventP, y: KnowledgeEvent & { doc: string }) => x.doc === y.doc && y.mentions.some((m) => m.date === x.date && m.start < x.end && x.start < m.end);
  const preferred = (x: GoldEventP, y: KnowledgeEvent) => x.type === y.type && (!x.plover || y.plover.type === x.plover);
  const ev = score(g.events, p.events, matches, preferred);
  // GUIDELINES.md annotates every dated event "whoever its actors are"; `dyad events` lists the pair's by default. The
  // same gold scored against the list with `--third-party` says what the default leaves out (a second line, not the measure).
  const withThirdParty = score(g.events, [...p.events, ...thirdParty], matches, preferred);
  ev.typeAccuracy = ev.matches.length ? ev.matches.filter(([x, y]) => x.type === y.type).length / ev.matches.length : 0;
  const fa = score(
    g.facts,
    p.facts,
    (x, y) => x.doc === y.doc && Math.abs(x.value - y.value) <= 1e-6 * Math.max(1, Math.abs(x.value)),
    (x, y) => x.unit === y.unit,
  );
  // PLOVER category: of the matched gold events that carry one, the share whose event has it.
  const withPlover = g.events.filter((x) => x.plover);
  const found = withPlover.filter((x) => !ev.misses.includes(x));
  const pairs = ev.matches.filter(([x]) => x.plover);
  const plover = pairs.length ? pairs.filter(([x, y]) => y.plover.type === x.plover).length / pairs.length : undefined;
  // Detection with the right category, over every gold event that has one (what the 0.80 target reads).
  const ploverRecall = withPlover.length ? pairs.filter(([x, y]) => y.plover.type === x.plover).length / withPlover.length : undefined;
  // Why gold events were missed and predictions matched nothing: counts, printable for blind parts too.
  const causes = causeCounts(ev.misses, ev.extras, g.events, p.events, ev.matches);
  // Mode (GUIDELINES.md: planned, hypothetical, negated, else asserted): of the matched events, the share whose event tells it in the gold's mode.
  const modeAccuracy = ev.matches.length ? ev.matches.filter(([x, y]) => (x.mode ?? 'asserted') === y.mode).length / ev.matches.length : undefined;
  return { part, docs, ev, fa, plover, ploverRecall, modeAccuracy, found: found.length, causes, withThirdParty };
}
