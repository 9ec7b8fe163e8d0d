import { lexiconHash } from './lexicon.js';

/**
 * The mode of the learned acceptor of event candidates (`src/extract/events/learned-acceptor.ts`): `on` (default), `off`
 * (`DYAD_LEARNED=off`: the rules alone), or `dump` (the training script's: candidates collected, none accepted). Part of
 * `PIPELINE_VERSION`, so a document stored in one mode is extracted again when ingested in another.
 */
export function learnedMode(): 'off' | 'on' | 'dump' {
  const v = process.env.DYAD_LEARNED;
  return v === 'off' || v === 'dump' ? v : 'on';
}

/**
 * Version of the ingest and extraction pipeline, with a hash of the lexicon in use. Stored with
 * every document; a document stored by another version (new code or an edited lexicon) is
 * processed again when it is ingested again. extract-10: a figure whose passage names no country stores its document's pair as
 * scope (`documentPair`), so documents stored by extract-9 (empty scope) must be extracted again to be compared with new ones.
 * ingest-2: a file with no manifest date takes its own metadata's or its dateline's (`ingest/document-date.ts`), which anchors its
 * relative dates, so a document stored by ingest-1 is read again. extract-11 (session 42): a bare amount of money takes its paragraph's
 * currency or is no fact, and a recording's timecodes are no amounts, so figures stored by extract-10 are read again.
 */
export const PIPELINE_VERSION = `ingest-2+extract-11+lexicon-${lexiconHash()}+learned-${learnedMode()}${widePool()}`;

/** The learned acceptor's candidate pool when `DYAD_WIDE` narrows it (`+wide-none`, for measuring); nothing by default (session 41). */
function widePool(): string {
  const v = process.env.DYAD_WIDE;
  return v === undefined ? '' : `+wide-${v}`;
}

/** Dyad's own version. */
export const DYAD_VERSION = '0.1.0';
