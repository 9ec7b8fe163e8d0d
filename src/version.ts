/**
 * Version of the ingest and extraction pipeline. Stored with every document; a document
 * stored by another version is processed again when it is ingested again.
 */
export const PIPELINE_VERSION = 'ingest-1+extract-6';

/** Dyad's own version. */
export const DYAD_VERSION = '0.1.0';
