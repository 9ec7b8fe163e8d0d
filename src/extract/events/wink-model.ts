import { createRequire } from 'node:module';
import type { WinkMethods } from 'wink-nlp';

const require = createRequire(import.meta.url);

/** wink-nlp's model object (`wink-eng-lite-web-model`): `core()` reads the core model, the other members load their parts. */
type WinkModel = Parameters<typeof import('wink-nlp').default>[0] & { core: () => unknown };

/** The core model's file, as the package's own `read-core-model.js` requires it (the same module, parsed once a thread). */
const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

interface FeatureData {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, FeatureData> & { lexeme: FeatureData; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** Base64 to a fresh `ArrayBuffer` of its own (what the package's `bufferFromBase64` returns), decoded natively. */
function bufferFromBase64(data: string): ArrayBuffer {
  const decoded = Buffer.from(data, 'base64');
  const bytes = new Uint8Array(decoded.length);
  bytes.set(decoded);
  return bytes.buffer;
}

/**
 * The core model, built as the package's `load-core-model.js` (over `read-core-model.js`) builds
 * it, member for member, but cheaper: the parsed file is copied by `structuredClone` rather than
 * through `JSON.parse(JSON.stringify(…))`, and its two base64 arrays are decoded by `Buffer`
 * rather than a character at a time. Every `winkNLP(…)` instance reads the core model once (it
 * grows the copy's vocabulary as it meets new words, so each needs its own), and each extracting
 * thread makes two (tagging, sentiment): the package's reading took 130–190 ms of CPU each, in
 * every worker (DESIGN.md, Session 26). The test compares the two models member for member.
 */
export function readCoreModel(): CoreModel {
  const model = structuredClone(require(CORE_JSON) as CoreModel);
  const { packing, features, pos } = model;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon as string));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions as string));
  // read-core-model.js: the features packed by index get a word → index table
  for (const [f, layout] of Object.entries(packing.layout)) {
    if (layout[3] !== 0) continue;
    const feature = features[f]!;
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < feature.list.length; k += 1) hash[feature.list[k]!] = k;
    feature.hash = hash;
  }
  const lexemes: Record<string, number> = Object.create(null);
  for (let k = 0; k < features.lexeme.list.length; k += 1) lexemes[features.lexeme.list[k]!] = k;
  features.lexeme.hash = lexemes;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  const efList: string[] = (packing.efList = []);
  for (const [f, layout] of Object.entries(packing.layout)) {
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

let model: WinkModel | undefined;

/**
 * wink-nlp's English model with `core` read by `readCoreModel`; loaded on the first call, so a
 * thread that never tags (the storing thread of a parallel ingest) never parses its 3 MB file.
 */
export function winkModel(): WinkModel {
  model ??= { ...(require('wink-eng-lite-web-model') as WinkModel), core: readCoreModel };
  return model;
}

/** A wink-nlp instance over `winkModel()` with the given annotations (`pos`, `negation`, `sentiment` …). */
export function winkInstance(pipe: string[]): WinkMethods {
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  return winkNLP(winkModel(), pipe);
}
