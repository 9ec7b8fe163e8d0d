import { createRequire } from 'node:module';
import type { Model, WinkMethods } from 'wink-nlp';

const require = createRequire(import.meta.url);

/** A table of the model's core that wink-nlp's cache grows: values (`list`) and their indexes (`hash`); `index` is the next. */
interface GrowingTable {
  list: unknown[];
  hash?: Record<string, number>;
  index?: number;
}

/** The part of the model's core (`core()`) this module reads: its feature tables. */
interface CoreTables {
  features: Record<string, GrowingTable>;
}

let shared: Model | undefined;

/**
 * A wink-nlp instance over its English model (`wink-eng-lite-web-model`) with the given
 * annotations (`pos`, `negation`, `sentiment` …). Both packages are required here, on the first
 * instance, not imported with the module: requiring the model parses its 3 MB core file
 * (120–150 ms of CPU), which a thread that never tags (the storing thread of a parallel ingest,
 * which imports the extraction modules for long documents) need not pay (DESIGN.md, Session 26).
 * Every instance shares one reading of the core (`sharedCore`).
 */
export function winkInstance(pipe: string[]): WinkMethods {
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  shared ??= sharedCore(require('wink-eng-lite-web-model') as Model);
  return winkNLP(shared, pipe);
}

/**
 * The model with its core read once: wink-nlp calls `core()` for each instance, and each call
 * parses the core file again (about 0.2 s of CPU and 10 MB; the tagger and the sentiment
 * reader are two instances, DESIGN.md, Session 34). The core is read-only but for the tables an
 * instance's cache grows with each word the model does not know (`GrowingTable`, wink-nlp's
 * `cache.js`): each instance is given its own of those (`ownTables`), so what one adds never
 * shows in the other, which numbers its own words from the same model size as before.
 */
function sharedCore(model: Model): Model {
  const read = model.core as () => CoreTables;
  let core: CoreTables | undefined;
  return { ...model, core: () => ownTables((core ??= read())) };
}

/**
 * The core with tables of its own where a cache writes: each growing table's values copied
 * (87,593 words: a copy of an array, under a millisecond) and its indexes a new object over the
 * shared ones (`Object.create`: a known word is found through it, a new one is written to it).
 */
function ownTables(core: CoreTables): CoreTables {
  const features: Record<string, GrowingTable> = {};
  for (const [name, table] of Object.entries(core.features)) {
    features[name] = table.hash ? { ...table, hash: Object.create(table.hash) as Record<string, number>, list: table.list.slice() } : table;
  }
  return { ...core, features };
}
