import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { MANIFEST_FILE, readManifest } from '../../src/ingest/manifest.js';
import { DyadError } from '../../src/model/errors.js';
import { FUZZ, mutated, onlyDyadErrors } from './arbitraries.js';

const folder = mkdtempSync(join(tmpdir(), 'dyad-fuzz-manifest-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const VALID = JSON.stringify({
  format: 'dyad-manifest',
  version: 1,
  title: 'Vietnam and Japan',
  documents: [
    { file: 'a.txt', name: 'a', title: 'A', date: '2023-11', authors: [{ family: 'Tran', given: 'Van' }, { literal: 'MOFA' }], kind: 'report' },
    { file: 'b.pdf', date: '2014?/..', pages: '1-10' },
  ],
});

/** Anything a field could hold: the right type, another type, or nothing. */
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constant(undefined));
const entry = fc.dictionary(fc.constantFrom('file', 'name', 'title', 'authors', 'date', 'kind', 'pages', 'url', 'other', '__proto__', 'constructor'), anyValue, { maxKeys: 6 });
const manifest = fc.record(
  { format: fc.oneof(fc.constant('dyad-manifest'), anyValue), version: fc.oneof(fc.constant(1), anyValue), documents: fc.oneof(fc.array(entry, { maxLength: 4 }), anyValue) },
  { requiredKeys: [] },
);

/** The manifest as bytes: structured, mutated from a valid one, or any JSON at all. */
const manifestText = fc.oneof(
  manifest.map((m) => JSON.stringify(m)),
  mutated([VALID]),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
);

describe('manifest validation, fuzzed', () => {
  it('reads a manifest or refuses it with MANIFEST_INVALID naming the file; what it reads is what the schema promises', () => {
    fc.assert(
      fc.property(manifestText, (text) => {
        writeFileSync(join(folder, MANIFEST_FILE), text);
        const r = onlyDyadErrors(() => readManifest(folder));
        if (r instanceof DyadError) {
          expect(r.code).toBe('MANIFEST_INVALID');
          expect(r.message).toContain(MANIFEST_FILE);
          return;
        }
        expect(r).toMatchObject({ format: 'dyad-manifest', version: 1 });
        for (const d of r!.documents) expect(typeof d.file).toBe('string');
      }),
      FUZZ,
    );
  });
});
