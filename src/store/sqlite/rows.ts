import type { Annotations } from '../../model/annotation.js';
import type { Block, DocumentRecord, DocumentSummary, Sentence } from '../../model/document.js';

export interface DocumentRow {
  id: string;
  name: string;
  sha256: string;
  source: string;
  format: string;
  meta: string;
  text: string;
  warnings: string;
  ingested_at: string;
  pipeline_version: string;
}

/** The first year of an EDTF date or interval ("2014?", "2023-11/..", "2016-05") for year filters. */
export function publicationYear(edtf: string | undefined): number | null {
  const m = edtf ? /^(\d{4})/.exec(edtf) : null;
  return m ? Number(m[1]) : null;
}

/** A summary from a row of the documents table with its counts. */
export function summaryFromRow(r: DocumentRow & Record<string, number>): DocumentSummary {
  const meta = JSON.parse(r.meta);
  return {
    id: r.id,
    name: r.name,
    title: meta.title ?? r.name,
    format: r.format,
    source: r.source,
    sha256: r.sha256,
    meta,
    chars: r.chars ?? 0,
    counts: {
      blocks: r.n_blocks ?? 0,
      paragraphs: r.n_paragraphs ?? 0,
      sentences: r.n_sentences ?? 0,
      headings: r.n_headings ?? 0,
      footnotes: r.n_footnotes ?? 0,
      tables: r.n_tables ?? 0,
    },
    warnings: JSON.parse(r.warnings),
    ingestedAt: r.ingested_at,
    pipelineVersion: r.pipeline_version,
  };
}

/** A row of the blocks table as a block (SQLite stores `header` as 0/1, PostgreSQL as a boolean). */
export function blockFromRow(b: Record<string, unknown>): Block {
  return {
    type: b.type as Block['type'],
    start: b.start as number,
    end: b.end as number,
    ...(b.level !== null ? { level: b.level as number } : {}),
    ...(b.label !== null ? { label: b.label as string } : {}),
    ...(b.rows !== null ? { rows: JSON.parse(b.rows as string) } : {}),
    ...(b.header !== null ? { header: Boolean(b.header) } : {}),
  };
}

/** A whole document from its row, blocks, sentences and (when read) annotations: what both stores' `getDocument` give. */
export function recordFromRows(row: DocumentRow, blocks: Block[], sentences: Sentence[], annotations: Annotations | undefined): DocumentRecord {
  return {
    id: row.id,
    name: row.name,
    sha256: row.sha256,
    source: row.source,
    format: row.format,
    meta: JSON.parse(row.meta),
    text: row.text,
    blocks,
    sentences,
    warnings: JSON.parse(row.warnings),
    ingestedAt: row.ingested_at,
    pipelineVersion: row.pipeline_version,
    ...(annotations ? { annotations } : {}),
  };
}
