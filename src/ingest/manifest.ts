import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { z } from 'zod';
import type { DocumentMeta } from '../model/document.js';
import { DyadError } from '../model/errors.js';

/** The manifest's file name; `dyad ingest FOLDER` reads it when the folder has one. */
export const MANIFEST_FILE = 'dyad-manifest.json';

/** EDTF levels 0 and 1: dates with ? ~ %, X for unknown digits, and intervals with open or unknown ends. */
const EDTF_DATE = /^-?\d{2}(?:\d{2}|XX|\dX)(?:-(?:0[1-9]|1[0-2]|2[1-4]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?)?[?~%]?$/;
export function isEdtf(value: string): boolean {
  if (!value.includes('/')) return EDTF_DATE.test(value);
  const [a, b, ...rest] = value.split('/');
  if (rest.length) return false;
  const end = (s: string) => s === '' || s === '..' || EDTF_DATE.test(s);
  return end(a!) && end(b!) && !(a === '..' && b === '..');
}

const require = createRequire(import.meta.url);

/**
 * The manifest's schemas, built on the first manifest read: zod is required then, not imported
 * with the module, since loading it and building them cost every `dyad` process about 130 ms of
 * CPU at start-up, and most folders have no manifest (DESIGN.md, Session 30).
 */
function schemas() {
  const { z } = require('zod') as typeof import('zod');
  const name = z.union([z.object({ family: z.string().min(1), given: z.string().optional() }).strict(), z.object({ literal: z.string().min(1) }).strict()]);

  const entry = z
    .object({
      file: z.string().min(1),
      name: z
        .string()
        .min(1)
        .regex(/^[^/\\]+$/, 'a name has no slashes')
        .optional(),
      title: z.string().optional(),
      authors: z.array(name).optional(),
      kind: z.string().optional(),
      cslType: z.string().optional(),
      venue: z.string().optional(),
      publisher: z.string().optional(),
      pages: z.string().optional(),
      date: z.string().refine(isEdtf, 'not an EDTF date (e.g. "2023", "2014?", "2016-05/..")').optional(),
      language: z.string().optional(),
      url: z.string().optional(),
      notes: z.string().optional(),
    })
    .strict();

  const manifest = z
    .object({
      format: z.literal('dyad-manifest'),
      version: z.literal(1),
      title: z.string().optional(),
      description: z.string().optional(),
      documents: z.array(entry),
    })
    .strict();
  return { entry, manifest };
}

let built: ReturnType<typeof schemas> | undefined;

export type ManifestEntry = z.infer<ReturnType<typeof schemas>['entry']>;
export type Manifest = z.infer<ReturnType<typeof schemas>['manifest']>;

/** Metadata of a manifest entry, without its file and name. */
export function entryMeta(e: ManifestEntry): DocumentMeta {
  const { file: _file, name: _name, ...meta } = e;
  return meta;
}

/** A field as a person finds it: `documents[2] (report.pdf).date`, or `(top)` for the manifest itself. */
function fieldName(path: PropertyKey[], raw: unknown): string {
  if (!path.length) return '(top)';
  let out = '';
  let at: unknown = raw;
  for (const key of path) {
    at = (at as Record<PropertyKey, unknown> | undefined)?.[key];
    if (typeof key === 'number') {
      const file = (at as { file?: unknown } | undefined)?.file;
      out += `[${key}]${typeof file === 'string' ? ` (${file})` : ''}`;
    } else out += (out ? '.' : '') + String(key);
  }
  return out;
}

/**
 * Reads and validates `FOLDER/dyad-manifest.json`; undefined when there is none.
 * A manifest that is not valid is a MANIFEST_INVALID error naming every bad field.
 */
export function readManifest(folder: string): Manifest | undefined {
  const path = join(folder, MANIFEST_FILE);
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DyadError('MANIFEST_INVALID', `${path}: not valid JSON (${(err as Error).message})`, { file: path, cause: err });
  }
  const parsed = (built ??= schemas()).manifest.safeParse(raw);
  if (!parsed.success) {
    // Every bad field at once, so one round of fixes is enough.
    const problems = parsed.error.issues.map((i) => `${fieldName(i.path, raw)}: ${i.message}`);
    throw new DyadError('MANIFEST_INVALID', `${path}: ${problems.length} problem${problems.length > 1 ? 's' : ''}: ${problems.join('; ')}`, { file: path });
  }
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const d of parsed.data.documents) {
    if (seen.has(d.file)) twice.add(d.file);
    seen.add(d.file);
  }
  if (twice.size) throw new DyadError('MANIFEST_INVALID', `${path}: listed twice: ${[...twice].map((f) => `"${f}"`).join(', ')}`, { file: path });
  return parsed.data;
}
