import { createRequire } from 'node:module';
import type { WinkMethods } from 'wink-nlp';

const require = createRequire(import.meta.url);

/**
 * A wink-nlp instance over its English model (`wink-eng-lite-web-model`) with the given
 * annotations (`pos`, `negation`, `sentiment` …). Both packages are required here, on the first
 * instance, not imported with the module: requiring the model parses its 3 MB core file
 * (120–150 ms of CPU), which a thread that never tags (the storing thread of a parallel ingest,
 * which imports the extraction modules for long documents) need not pay (DESIGN.md, Session 26).
 */
export function winkInstance(pipe: string[]): WinkMethods {
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  return winkNLP(require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0], pipe);
}
