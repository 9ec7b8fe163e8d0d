/** The plain-text renderings of the document, search and ingest commands (--json prints the data instead). */
import type { EnqueueReport, JobsReport } from '../../queue/queue.js';
import type { IngestReport } from '../../ingest/ingest.js';
import type { DocumentRecord, DocumentSummary } from '../../model/document.js';
import type { SearchResult } from '../../model/search.js';

export function renderIngest(r: IngestReport): string {
  const lines = r.items.map((it) =>
    it.error
      ? `failed    ${it.name}\n          ${it.error.code}: ${it.error.message}\n          ${it.error.hint}`
      : `${it.status.padEnd(9)} ${it.name}  id ${it.id}  ${it.counts?.blocks ?? 0} blocks, ${it.counts?.sentences ?? 0} sentences${it.warnings.length ? `, ${it.warnings.length} warning(s)` : ''}`,
  );
  const t = r.totals;
  lines.push(`${t.added} added, ${t.replaced} replaced, ${t.unchanged} unchanged, ${t.failed} failed${r.skipped.length ? `, ${r.skipped.length} file(s) of other types skipped` : ''}`);
  return lines.join('\n');
}

export function renderDocs(docs: DocumentSummary[]): string {
  if (!docs.length) return 'No documents. Add some with `dyad ingest FILES --db DB`.';
  return docs.map((d) => `${d.name}  id ${d.id}  ${d.meta.date ?? '?'}  ${d.counts.paragraphs} paragraphs, ${d.counts.sentences} sentences\n  ${d.title}`).join('\n');
}

export function renderSearch(r: SearchResult): string {
  const lines = [`${r.total} passage(s) for ${r.query}`];
  r.hits.forEach((h, i) => lines.push(`${i + 1}. ${h.doc} [${h.start}–${h.end}] score ${h.score.toFixed(2)}\n   ${h.snippet}`));
  return lines.join('\n');
}

/** The text with events ⟦…⟧ and facts ⟨…⟩ marked inline, each followed by what was found. */
function markedText(d: DocumentRecord): string {
  const marks: { at: number; text: string }[] = [];
  for (const e of d.annotations?.events ?? []) {
    marks.push({ at: e.trigger.start, text: '⟦' }, { at: e.trigger.end, text: `⟧{${e.type} ${e.date}${e.mode !== 'asserted' ? ' ' + e.mode : ''}}` });
  }
  for (const f of d.annotations?.facts ?? []) {
    marks.push({ at: f.valueStart, text: '⟨' }, { at: f.valueEnd, text: `⟩{${f.indicator} ${f.value} ${f.unit}${f.period ? ' ' + f.period : ''}}` });
  }
  marks.sort((a, b) => a.at - b.at);
  let out = '';
  let at = 0;
  for (const m of marks) {
    out += d.text.slice(at, m.at) + m.text;
    at = m.at;
  }
  return out + d.text.slice(at);
}

export function renderEnqueue(r: EnqueueReport): string {
  const lines = r.items.map((it) =>
    it.status === 'failed' ? `failed    ${it.name}\n          ${it.error!.code}: ${it.error!.message}\n          ${it.error!.hint}` : `queued    ${it.name}  job ${(it as { job: string }).job}`,
  );
  lines.push(`${r.totals.queued} queued, ${r.totals.failed} failed; run \`dyad worker\` to process them, \`dyad jobs\` to follow`);
  return lines.join('\n');
}

export function renderJobs(r: JobsReport): string {
  if (!r.available) return 'this store has no job queue (SQLite ingests in its own process; use --db postgres://… for workers)';
  const c = r.counts;
  const lines = [
    `queue ${r.queue}: ${r.progress.done} of ${r.progress.total} done; ${c.created} waiting, ${c.active} running, ${c.retry} to retry, ${c.failed} parked`,
    ...r.retrying.map((j) => `retry     ${j.name}  job ${j.id}  after ${j.attempts} attempt(s)${j.error ? `: ${j.error.code}: ${j.error.message}` : ''}`),
    ...r.parked.map((j) => `parked    ${j.name}  job ${j.id}  after ${j.attempts} attempts: ${j.error ? `${j.error.code}: ${j.error.message}` : 'no error recorded'}`),
  ];
  return lines.join('\n');
}

export function renderShow(d: DocumentRecord, withStructure: boolean, plain = false): string {
  const m = d.meta;
  const head = [
    `${m.title ?? d.name}`,
    `name ${d.name}  id ${d.id}  format ${d.format}${m.date ? `  date ${m.date}` : ''}${m.kind ? `  kind ${m.kind}` : ''}`,
    ...(m.authors?.length ? [`by ${m.authors.map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')).join('; ')}`] : []),
    ...(m.venue ? [`in ${m.venue}`] : []),
    ...d.warnings.map((w) => `warning ${w.code}: ${w.message}`),
    '',
  ];
  if (!withStructure) return [...head, plain ? d.text : markedText(d)].join('\n');
  const body = d.blocks.map((b, i) => {
    const n = d.sentences.filter((s) => s.block === i).length;
    const label = b.type + (b.level ? ` h${b.level}` : '') + (b.label ? ` [${b.label}]` : '');
    return `${String(b.start).padStart(7)}–${String(b.end).padEnd(7)} ${label.padEnd(14)} ${n} sent.  ${d.text.slice(b.start, b.end).replace(/\s+/g, ' ').slice(0, 80)}`;
  });
  return [...head, ...body].join('\n');
}

/** The line under a page of a list that is not all of it: which items these are, and how to see others. */
export function pageFooter(page: { total: number; offset: number }, shown: number): string {
  const more = page.total > page.offset + shown || page.offset > 0;
  return more && shown ? `\n(${page.offset + 1}–${page.offset + shown} of ${page.total}; --offset and --limit for others)` : '';
}
