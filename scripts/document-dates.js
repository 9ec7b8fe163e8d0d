// How often the publication date Dyad reads from a file itself (its metadata, else its dateline:
// src/ingest/document-date.ts) agrees with the date its manifest gives, over every eval set's texts.
// The manifest is withheld: each file is loaded alone, as a user's file with no manifest is. Per half:
// texts with a manifest date, texts dated from the file, the same day, consistent (one date within the
// other: "2025-01" and "2025-01-08"), different. Tune parts list their different and undated files by name;
// blind parts only count. Usage: npm run build && node scripts/document-dates.js
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionParts } from '../dist/eval/sets.js';
import { loaderFor } from '../dist/ingest/loaders/index.js';
import { withDate } from '../dist/ingest/document-date.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { parts } = extractionParts(ROOT, join(ROOT, '../shared/eval'));
const totals = {};
for (const part of parts) {
  const manifest = JSON.parse(readFileSync(join(part.texts, 'dyad-manifest.json'), 'utf8'));
  const docs = manifest.documents.filter((d) => !part.docs || part.docs.includes(d.name ?? d.file));
  const half = part.blind ? 'blind' : 'tune';
  const t = (totals[half] ??= { texts: 0, dated: 0, inferred: 0, same: 0, consistent: 0, different: 0 });
  for (const d of docs) {
    if (!d.date) continue;
    t.texts++;
    const path = join(part.texts, d.file);
    const loaded = await loaderFor(path).load(readFileSync(path), path);
    const got = withDate(loaded.meta, {}, loaded.text);
    if (!got.date) {
      if (!part.blind) console.log(`undated   ${part.name} | ${d.file} | manifest ${d.date}`);
      continue;
    }
    t.inferred++;
    if (got.date === d.date) t.same++;
    else if (got.date.startsWith(d.date) || d.date.startsWith(got.date)) t.consistent++;
    else {
      t.different++;
      if (!part.blind) console.log(`different ${part.name} | ${d.file} | manifest ${d.date} | ${got.dateFrom} ${got.date}`);
    }
  }
}
for (const [half, t] of Object.entries(totals))
  console.log(`${half}: ${t.texts} texts with a manifest date; ${t.inferred} dated from the file alone: ${t.same} the same day, ${t.consistent} consistent, ${t.different} different`);
