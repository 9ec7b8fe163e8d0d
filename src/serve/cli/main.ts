import { Command, CommanderError, Option } from 'commander';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { Engine, MAX_HEADLINE, POINT_CITATIONS, type ListQuery, type Page } from '../../knowledge/engine.js';
import type { KnowledgeFact } from '../../knowledge/annotation-queries.js';
import { openStore, defaultDbPath } from '../../store/open.js';
import { DEFAULT_JOB_TIMEOUT_S, enqueue, readJobs, runWorker, type EnqueueReport, type JobsReport } from '../../queue/queue.js';
import { DEFAULT_MAX_BYTES, type IngestReport } from '../../ingest/ingest.js';
import type { DocumentRecord, DocumentSummary } from '../../model/document.js';
import type { SearchResult, SearchUnit } from '../../model/search.js';
import { DyadError } from '../../model/errors.js';
import { DYAD_VERSION } from '../../version.js';
import { createApp } from '../http/app.js';
import { listen, parsePort } from '../http/server.js';
import { AskPool, AskQueue, DEFAULT_ASK_QUEUE, type Asker } from '../../knowledge/ask-pool.js';
import { pageMeta } from '../http/envelope.js';
import { emit, reportError, usage, EXIT } from './output.js';
import { progressReporter } from './progress.js';
import { boundHeapGrowth } from './heap.js';
import { renderAnswer, renderConflicts } from './ask-render.js';
import { readQuestions } from './questions-file.js';
import { writeFileAtomic } from './write-file.js';
import { startExport, exportTable, type ExportFilters } from '../../export/registry.js';
import { EXPORT_KINDS } from '../../export/types.js';
import { once } from 'node:events';
import { renderHeadline, renderSeries, renderState, renderStateSummary } from './state-render.js';

/** The bundled corpus that `dyad serve --build-default` (and `npm start`) builds the default knowledge base from. */
export const DEFAULT_CORPUS = fileURLToPath(new URL('../../../corpus/vietnam-japan/', import.meta.url));

interface Common {
  db: string;
  json?: boolean;
}

function dbOption(): Option {
  return new Option('--db <path>', 'database: a SQLite file, or a postgres://user@host/db URL (?schema=NAME picks the PostgreSQL schema, default dyad)').default(
    defaultDbPath(),
    'DYAD_DB if set, else data/dyad.db',
  );
}

function intArg(name: string) {
  return (v: string): number => {
    if (!/^-?\d+$/.test(v)) throw usage(`${name} must be a whole number, not "${v}"`);
    return Number(v);
  };
}

/**
 * A size in bytes from "200M", "1.5G", "512K", "64" (MiB when no unit is given, as before).
 * @example sizeArg('--max-size')('200M') // → 209715200
 */
function sizeArg(name: string) {
  return (v: string): number => {
    const m = /^(\d+(?:\.\d+)?)\s*(K|M|G)?(?:i?B)?$/i.exec(v.trim());
    if (!m || Number(m[1]) <= 0) throw usage(`${name} must be a size such as 64, 200M or 1.5G, not "${v}"`);
    const unit = { K: 1024, M: 1048576, G: 1073741824 }[(m[2] ?? 'M').toUpperCase() as 'K' | 'M' | 'G'];
    return Math.round(Number(m[1]) * unit);
  };
}

/** The store `dyad serve` reads and ingests uploads into; a database it may not write is served read-only (uploads then fail with DB_READ_ONLY). */
async function openWritableOrReadOnly(db: string) {
  try {
    return await openStore(db, { readonly: false });
  } catch (err) {
    if (err instanceof DyadError && err.code === 'DB_READ_ONLY') return openStore(db, { readonly: true });
    throw err;
  }
}

/** Opens the engine, runs `fn`, closes it; errors become the exit code. */
async function withEngine(opts: Common, fn: (engine: Engine) => Promise<number | void>, readonly = true): Promise<number> {
  let engine: Engine | undefined;
  try {
    engine = new Engine(await openStore(opts.db, { readonly }));
    return (await fn(engine)) ?? EXIT.OK;
  } catch (err) {
    return reportError(opts, err);
  } finally {
    await engine?.close();
  }
}

function renderIngest(r: IngestReport): string {
  const lines = r.items.map((it) =>
    it.error
      ? `failed    ${it.name}\n          ${it.error.code}: ${it.error.message}\n          ${it.error.hint}`
      : `${it.status.padEnd(9)} ${it.name}  id ${it.id}  ${it.counts?.blocks ?? 0} blocks, ${it.counts?.sentences ?? 0} sentences${it.warnings.length ? `, ${it.warnings.length} warning(s)` : ''}`,
  );
  const t = r.totals;
  lines.push(`${t.added} added, ${t.replaced} replaced, ${t.unchanged} unchanged, ${t.failed} failed${r.skipped.length ? `, ${r.skipped.length} file(s) of other types skipped` : ''}`);
  return lines.join('\n');
}

function renderDocs(docs: DocumentSummary[]): string {
  if (!docs.length) return 'No documents. Add some with `dyad ingest FILES --db DB`.';
  return docs.map((d) => `${d.name}  id ${d.id}  ${d.meta.date ?? '?'}  ${d.counts.paragraphs} paragraphs, ${d.counts.sentences} sentences\n  ${d.title}`).join('\n');
}

function renderSearch(r: SearchResult): string {
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

function renderEnqueue(r: EnqueueReport): string {
  const lines = r.items.map((it) =>
    it.status === 'failed' ? `failed    ${it.name}\n          ${it.error!.code}: ${it.error!.message}\n          ${it.error!.hint}` : `queued    ${it.name}  job ${(it as { job: string }).job}`,
  );
  lines.push(`${r.totals.queued} queued, ${r.totals.failed} failed; run \`dyad worker\` to process them, \`dyad jobs\` to follow`);
  return lines.join('\n');
}

function renderJobs(r: JobsReport): string {
  if (!r.available) return 'this store has no job queue (SQLite ingests in its own process; use --db postgres://… for workers)';
  const c = r.counts;
  const lines = [
    `queue ${r.queue}: ${r.progress.done} of ${r.progress.total} done; ${c.created} waiting, ${c.active} running, ${c.retry} to retry, ${c.failed} parked`,
    ...r.retrying.map((j) => `retry     ${j.name}  job ${j.id}  after ${j.attempts} attempt(s)${j.error ? `: ${j.error.code}: ${j.error.message}` : ''}`),
    ...r.parked.map((j) => `parked    ${j.name}  job ${j.id}  after ${j.attempts} attempts: ${j.error ? `${j.error.code}: ${j.error.message}` : 'no error recorded'}`),
  ];
  return lines.join('\n');
}

function renderShow(d: DocumentRecord, withStructure: boolean, plain = false): string {
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

/** Builds the `dyad` command line. `run` returns the exit code instead of exiting. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('dyad').description('Dyad: a cited knowledge base of the relations between two states, built from documents.').version(DYAD_VERSION).showHelpAfterError().exitOverride();

  program
    .command('ingest')
    .description('Read documents (.txt .md .html .pdf, or folders of them) into the database. Idempotent: unchanged files are skipped, changed ones replaced.')
    .argument('<paths...>', 'files or folders (a folder is walked; its dyad-manifest.json gives names and metadata)')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope)')
    .option('--force', 'process documents again even when unchanged')
    .option('--max-size <size>', 'largest file to read: 64 (MiB), 200M, 1.5G, 512K', sizeArg('--max-size'), DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'no progress output')
    .option('--queue', 'put the documents on the job queue of a PostgreSQL --db for `dyad worker` processes, instead of ingesting them here')
    .option('--job-timeout <seconds>', 'with --queue: how long a worker may hold a document before it is run again elsewhere', intArg('--job-timeout'), DEFAULT_JOB_TIMEOUT_S)
    .option(
      '--jobs <n>',
      'worker threads that load and extract documents while one writer stores them (default: one per core when there are 4 MiB or more to read, else 1: all in one thread)',
      intArg('--jobs'),
    )
    .action(async (paths: string[], opts: Common & { force?: boolean; maxSize: number; quiet?: boolean; queue?: boolean; jobTimeout: number; jobs?: number }) => {
      if (opts.jobs !== undefined && opts.jobs < 1) throw usage(`--jobs must be at least 1, not ${opts.jobs}`);
      if (opts.jobs !== undefined && opts.queue) throw usage('--jobs is for an ingest in this process; with --queue, start more `dyad worker` processes instead');
      // Garbage collected before it piles up: the peak of a long ingest stays near its live heap.
      boundHeapGrowth();
      setExit(
        await withEngine(
          opts,
          async (engine) => {
            if (opts.queue) {
              if (opts.jobTimeout < 1) throw usage(`--job-timeout must be at least 1 second, not ${opts.jobTimeout}`);
              const report = await enqueue(paths, { store: engine.store, force: opts.force, maxBytes: opts.maxSize, jobTimeoutSeconds: opts.jobTimeout });
              emit(opts, report, renderEnqueue, { db: engine.store.location });
              return report.totals.failed ? EXIT.SOME_FAILED : EXIT.OK;
            }
            const progress = progressReporter(opts.quiet ?? false);
            const report = await engine.ingest(paths, { force: opts.force, maxBytes: opts.maxSize, onProgress: progress.update, jobs: opts.jobs ?? 'auto' });
            progress.stop();
            emit(opts, report, renderIngest, { db: opts.db });
            return report.totals.failed ? EXIT.SOME_FAILED : EXIT.OK;
          },
          false,
        ),
      );
    });

  program
    .command('worker')
    .description(
      'Process documents queued by `dyad ingest --queue` (load, extract, store), one at a time, until stopped; run as many as you like, on any machine. A job failing three times is parked (see `dyad jobs`).',
    )
    .addOption(dbOption())
    .option('--json', 'print each finished job, then the totals, as JSON lines')
    .option('--exit-when-idle', 'stop once no job is waiting, running or due for a retry')
    .action(async (opts: Common & { exitWhenIdle?: boolean }) => {
      boundHeapGrowth();
      setExit(
        await withEngine(
          opts,
          async (engine) => {
            const stop = new AbortController();
            const onSignal = () => stop.abort();
            process.once('SIGTERM', onSignal);
            process.once('SIGINT', onSignal);
            try {
              const totals = await runWorker({
                store: engine.store,
                exitWhenIdle: opts.exitWhenIdle,
                signal: stop.signal,
                // The state for the next reader once the queue is empty (`Engine.ingest` keeps it at the end of a run).
                onIdle: () => engine.keepDerived(),
                onIdleError: (err) => process.stderr.write(`could not keep the relationship's state for readers (they will build it): ${(err as Error).message}\n`),
                onJob: (e) => {
                  if (opts.json) process.stdout.write(JSON.stringify(e) + '\n');
                  else
                    process.stderr.write(
                      e.item ? `${e.item.status.padEnd(9)} ${e.item.name}  job ${e.job}\n` : `failed    job ${e.job} (attempt ${e.attempt}): ${e.error!.code}: ${e.error!.message}\n`,
                    );
                },
              });
              emit(opts, totals, (t) => `${t.done} documents stored, ${t.failed} attempts failed`);
              return EXIT.OK;
            } finally {
              process.off('SIGTERM', onSignal);
              process.off('SIGINT', onSignal);
            }
          },
          false,
        ),
      );
    });

  program
    .command('jobs')
    .description('The ingest queue of a PostgreSQL --db: jobs by state, progress, and parked jobs (failed three times) with their errors.')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope)')
    .action(async (opts: Common) => {
      setExit(
        await withEngine(opts, async (engine) => {
          const report = await readJobs(engine.store);
          emit(opts, report, renderJobs);
        }),
      );
    });

  program
    .command('docs')
    .description('List the documents in the database.')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope)')
    .action(async (opts: Common) => {
      setExit(
        await withEngine(opts, async (engine) => {
          const docs = await engine.listDocuments();
          emit(opts, docs, renderDocs, { count: docs.length });
        }),
      );
    });

  program
    .command('show')
    .description('Print a document (by name or id) with its metadata; --structure lists its blocks with offsets.')
    .argument('<doc>', 'document name or id')
    .addOption(dbOption())
    .option('--json', 'print the document, its text and structure as JSON')
    .option('--structure', 'list blocks (headings, paragraphs, footnotes, tables) with offsets instead of the text')
    .option('--plain', 'the text without annotation marks')
    .action(async (doc: string, opts: Common & { structure?: boolean; plain?: boolean }) => {
      setExit(
        await withEngine(opts, async (engine) => {
          const record = await engine.document(doc);
          emit(opts, record, (d) => renderShow(d, opts.structure ?? false, opts.plain ?? false));
        }),
      );
    });

  program
    .command('search')
    .description('Full-text search: words, "phrases", prefix*, -excluded, OR; ranked by BM25.')
    .argument('<query>', 'the query, e.g. \'"strategic partnership" ODA -China\'')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope)')
    .addOption(new Option('--unit <unit>', 'passages to rank').choices(['paragraph', 'sentence']).default('paragraph'))
    .option('--doc <name...>', 'only these documents')
    .option('--kind <kind>', 'only documents of this kind')
    .option('--from <year>', 'only documents published in or after this year', intArg('--from'))
    .option('--to <year>', 'only documents published in or before this year', intArg('--to'))
    .option('--limit <n>', 'hits to print (1–100)', intArg('--limit'), 10)
    .option('--offset <n>', 'hits to skip', intArg('--offset'), 0)
    .action(async (query: string, opts: Common & { unit: SearchUnit; doc?: string[]; kind?: string; from?: number; to?: number; limit: number; offset: number }) => {
      setExit(
        await withEngine(opts, async (engine) => {
          const result = await engine.search({ query, unit: opts.unit, docs: opts.doc, kind: opts.kind, yearFrom: opts.from, yearTo: opts.to, limit: opts.limit, offset: opts.offset });
          emit(opts, result, renderSearch, { total: result.total, limit: opts.limit, offset: opts.offset });
        }),
      );
    });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the items of three layers, each rendered by its own function
  const annotationCommand = (name: 'events' | 'facts' | 'entities', description: string, typeHelp: string, render: (items: any[]) => string) => {
    const command = program
      .command(name)
      .description(description)
      .addOption(dbOption())
      .option('--json', 'print the result as JSON (the API envelope; meta.total counts every item)')
      .option('--type <type>', typeHelp)
      .option('--from <edtf>', 'only items dated on or after this EDTF date (2014, 2018-05, …)')
      .option('--to <edtf>', 'only items dated on or before this EDTF date')
      .option('--actor <name>', 'only items involving this actor (any spelling: "Viet Nam", "Abe")')
      .option('--doc <name...>', 'only these documents')
      .option('--limit <n>', 'at most this many items', intArg('--limit'))
      .option('--offset <n>', 'items to skip (with --limit, a page)', intArg('--offset'), 0);
    if (name !== 'entities') command.option('--third-party', 'include what a document about a pair tells of other countries only (marked thirdParty)');
    if (name === 'facts') command.option('--unit <unit>', 'only facts in this unit (USD, JPY, persons, percent, …)');
    return command.action(async (opts: Common & ListQuery & { type?: string }) => {
      setExit(
        await withEngine(opts, async (engine) => {
          const q: ListQuery = {
            type: opts.type,
            from: opts.from,
            to: opts.to,
            actor: opts.actor,
            doc: opts.doc,
            limit: opts.limit,
            offset: opts.offset,
            unit: opts.unit,
            thirdParty: opts.thirdParty,
          };
          const page: Page<unknown> = name === 'events' ? await engine.eventPage(q) : name === 'facts' ? await engine.factPage(q) : await engine.entityPage(q);
          emit(
            opts,
            page.items,
            (items) => {
              const more = page.total > page.offset + items.length || page.offset > 0;
              return render(items) + (more && items.length ? `\n(${page.offset + 1}–${page.offset + items.length} of ${page.total}; --offset and --limit for others)` : '');
            },
            pageMeta(page),
          );
        }),
      );
    });
  };

  annotationCommand(
    'events',
    'Dated, typed events with their actors, each cited to the passages that state it.',
    'event type (see lexicon/event-types.json)',
    (items) =>
      items
        .map(
          (e) =>
            `${e.date.padEnd(17)} ${e.type.padEnd(30)} ${e.plover.type.padEnd(11)} ${e.actors.map((a: { name: string }) => a.name).join('; ')}${e.mode !== 'asserted' ? ` [${e.mode}]` : ''}\n${e.mentions.map((m: { doc: string; start: number; end: number; quote: string }) => `    ${m.doc} [${m.start}–${m.end}] ${m.quote.replace(/\s+/g, ' ').slice(0, 140)}`).join('\n')}`,
        )
        .join('\n') || 'No events.',
  );
  const renderFacts = (items: KnowledgeFact[]) =>
    items
      .map(
        (f) =>
          `${String(f.period ?? '?').padEnd(10)} ${f.indicator.padEnd(24)} ${f.qualifier === 'exact' ? '' : f.qualifier + ' '}${f.value} ${f.unit}${f.direction ? ` (${f.direction.from} → ${f.direction.to})` : f.subject ? ` (${f.subject})` : ''}\n${f.mentions.map((m) => `    ${m.doc} [${m.start}–${m.end}] ${m.quote.replace(/\s+/g, ' ').slice(0, 140)}`).join('\n')}`,
      )
      .join('\n') || 'No facts.';
  annotationCommand('facts', 'Quantitative facts (value in base units, unit, period, indicator, qualifier), each cited to its passage.', 'indicator (see lexicon/indicators.json)', renderFacts);

  program
    .command('fact')
    .description("One fact by its id (`id` in `dyad facts --json`, a series point's `fact`) with its passages, paged with --offset and --limit (meta.total counts them all).")
    .argument('<id>', 'the fact id, e.g. fa-98a18baaecb2')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope, as GET /api/facts/ID)')
    .option('--limit <n>', 'at most this many passages', intArg('--limit'))
    .option('--offset <n>', 'passages to skip (with --limit, a page)', intArg('--offset'), 0)
    .action(async (id: string, opts: Common & { limit?: number; offset: number }) => {
      setExit(
        await withEngine(opts, async (engine) => {
          const { fact, ...page } = await engine.fact(id, { limit: opts.limit, offset: opts.offset });
          const shown = fact.mentions.length;
          emit(
            opts,
            fact,
            () =>
              renderFacts([fact]) +
              (page.total > page.offset + shown || page.offset > 0 ? `\n(passages ${page.offset + 1}–${page.offset + shown} of ${page.total}; --offset and --limit for others)` : ''),
            pageMeta({ items: fact.mentions, ...page }),
          );
        }),
      );
    });
  annotationCommand(
    'entities',
    'Actors (countries, people, organisations, groups, agreements) resolved across spellings, with their mentions.',
    'entity kind: country, person, organisation, group, agreement',
    (items) => items.map((e) => `${String(e.count).padStart(5)}  ${e.name}  (${e.kind}, ${e.id}) in ${e.docs.length} document(s)`).join('\n') || 'No entities.',
  );

  program
    .command('times')
    .description('Time expressions: offsets, quote, EDTF value and TimeML TIMEX3 {type, value, mod}, in document order.')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope; meta.total counts every item)')
    .option('--type <type>', 'TIMEX3 type: DATE, TIME, DURATION or SET')
    .option('--doc <name...>', 'only these documents')
    .option('--limit <n>', 'at most this many items', intArg('--limit'))
    .option('--offset <n>', 'items to skip (with --limit, a page)', intArg('--offset'), 0)
    .action(async (opts: Common & ListQuery) => {
      setExit(
        await withEngine(opts, async (engine) => {
          const page = await engine.timePage({ type: opts.type, doc: opts.doc, limit: opts.limit, offset: opts.offset });
          const meta = { count: page.items.length, total: page.total, offset: page.offset, ...(page.limit !== undefined ? { limit: page.limit } : {}) };
          emit(
            opts,
            page.items,
            (items) =>
              items
                .map(
                  (t) =>
                    `${t.doc} [${t.start}–${t.end}] ${t.quote.replace(/\s+/g, ' ').padEnd(28)} ${String(t.edtf ?? '—').padEnd(22)} ${t.timex.type} ${t.timex.value}${t.timex.mod ? ` ${t.timex.mod}` : ''}`,
                )
                .join('\n') || 'No time expressions.',
            meta,
          );
        }),
      );
    });

  program
    .command('ask')
    .description('Answer a question from the documents, with citations; says so when the corpus does not answer it. --questions answers a JSONL file of {id, question}, one answer a line.')
    .argument('[question]', 'the question, e.g. "When did Vietnam join ASEAN?"')
    .addOption(dbOption())
    .option('--json', 'print the answer as JSON (the API envelope); with --questions, one answer object a line')
    .option('--questions <file>', 'a JSONL file of {"id", "question"} objects')
    .action(async (question: string | undefined, opts: Common & { questions?: string }) => {
      setExit(
        await withEngine(opts, async (engine) => {
          if (!question === !opts.questions) throw usage('give a question or --questions FILE, not both or neither');
          if (question) return emit(opts, await engine.ask(question), renderAnswer);
          for (const q of readQuestions(opts.questions!)) {
            const a = await engine.ask(q.question, q.id);
            process.stdout.write((opts.json ? JSON.stringify(a) : renderAnswer(a)) + '\n');
          }
        }),
      );
    });

  program
    .command('conflicts')
    .description('Mentions that cannot both be true: the same event dated differently at the same precision, the same indicator, subject and period with different values; each claim cited.')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope; meta.total counts every conflict)')
    .option('--doc <name...>', 'only conflicts citing one of these documents')
    .option('--limit <n>', 'at most this many conflicts', intArg('--limit'))
    .option('--offset <n>', 'conflicts to skip (with --limit, a page)', intArg('--offset'), 0)
    .action(async (opts: Common & Pick<ListQuery, 'doc' | 'limit' | 'offset'>) => {
      setExit(
        await withEngine(opts, async (engine) => {
          const page = await engine.conflictPage({ doc: opts.doc, limit: opts.limit, offset: opts.offset });
          emit(
            opts,
            page.items,
            (items) => {
              const more = page.total > page.offset + items.length || page.offset > 0;
              return renderConflicts(items) + (more && items.length ? `\n(${page.offset + 1}–${page.offset + items.length} of ${page.total}; --offset and --limit for others)` : '');
            },
            pageMeta(page),
          );
        }),
      );
    });

  program
    .command('export')
    .description(
      `Write events, facts, conflicts, entities or sources (the documents) to a file in a standard format, with their citations; to standard output unless --out. Kinds and formats: ${exportTable()}.`,
    )
    .argument('<kind>', `what to export: ${EXPORT_KINDS.join(', ')}`)
    .requiredOption('--format <format>', 'the format (see the list above)')
    .option('--out <file>', 'write to this file (whole or not at all) instead of standard output')
    .option('--force', 'with --out: replace the file if it exists')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope): where the file went, or the error; the export itself is never wrapped')
    .option('--type <type>', 'events: event type; facts: indicator; entities: entity kind of the nodes')
    .option('--from <edtf>', 'only items dated on or after this EDTF date (entities: events that give the edges)')
    .option('--to <edtf>', 'only items dated on or before this EDTF date')
    .option('--actor <name>', 'only items involving this actor (any spelling)')
    .option('--doc <name...>', 'only these documents')
    .option('--third-party', 'include what a document about a pair tells of other countries only')
    .option('--unit <unit>', 'facts: only this unit (USD, persons, …)')
    .action(async (kind: string, opts: Common & ExportFilters & { format: string; out?: string; force?: boolean }) => {
      setExit(
        await withEngine(opts, async (engine) => {
          const filters: ExportFilters = { type: opts.type, from: opts.from, to: opts.to, actor: opts.actor, doc: opts.doc, thirdParty: opts.thirdParty, unit: opts.unit };
          if (opts.force && !opts.out) throw usage('--force only goes with --out');
          if (opts.out) {
            const out = opts.out;
            const bytes = await writeFileAtomic(out, async () => (await startExport(engine, kind, opts.format, filters)).chunks, { overwrite: opts.force ?? false });
            emit(opts, { kind, format: opts.format, out, bytes }, () => `wrote ${kind} as ${opts.format} to ${out} (${bytes} bytes)`);
            return;
          }
          const { chunks } = await startExport(engine, kind, opts.format, filters);
          for await (const chunk of chunks) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
        }),
      );
    });

  program
    .command('state')
    .description(
      'The state of the relationship as data: the pairs the documents are about, the partnership level over time, standing mechanisms, visits (per decade and office) and agreements, each item cited.',
    )
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope)')
    .option('--at <edtf>', 'only what was true at the end of this EDTF date (2008, 2014-03, …)')
    .option(
      '--summary',
      'without the cited lists (as GET /api/state?summary=true): pairs, partnership steps (each with its first citation and `cited`, how many passages tell it), visits per decade and office, counts of visits, mechanisms and agreements',
    )
    .action(async (opts: Common & { at?: string; summary?: boolean }) => {
      setExit(
        await withEngine(opts, async (engine) => {
          if (opts.summary) emit(opts, await engine.stateSummary(opts.at), renderStateSummary);
          else emit(opts, await engine.state(opts.at), renderState);
        }),
      );
    });

  program
    .command('series')
    .description(
      'Series of figures (aid, trade, investment, people): each point with its period, value in base units and as stated, direction and citations, conflicting values flagged; annual and multi-year figures in separate lines. Without INDICATOR, the indicators with their point counts (--json: every line).',
    )
    .argument('[indicator]', 'an indicator with figures, e.g. trade, oda_loans, visitors')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope; meta.indicators lists the indicators)')
    .option('--unit <unit>', 'only figures in this unit (USD, JPY, persons, …)')
    .option(
      '--headline <n>',
      `instead (as GET /api/series?headline=N): the N lines of amounts (not ranks or percentages) with the most periods (three or more), one point per period, without citations (1–${MAX_HEADLINE})`,
      intArg('--headline'),
    )
    .option('--citations <n>', `at most this many citations a point (default ${POINT_CITATIONS}; citationCount counts them all, \`dyad fact ID\` pages through them)`, intArg('--citations'))
    .action(async (indicator: string | undefined, opts: Common & { unit?: string; headline?: number; citations?: number }) => {
      setExit(
        await withEngine(opts, async (engine) => {
          if (opts.headline !== undefined) {
            if (indicator !== undefined || opts.unit !== undefined || opts.citations !== undefined) throw new DyadError('BAD_REQUEST', '--headline takes neither INDICATOR nor --unit nor --citations');
            const lines = await engine.headlineSeries(opts.headline);
            emit(opts, lines, renderHeadline, { count: lines.length });
            return;
          }
          const data = await engine.series(indicator, opts.unit, opts.citations);
          emit(opts, data.series, () => renderSeries(data, indicator === undefined && opts.unit === undefined), { count: data.series.length, indicators: data.indicators });
        }),
      );
    });

  program
    .command('backup')
    .description('Write a consistent copy of the database to FILE (SQLite online backup), even while another process ingests or serves; refuses an existing FILE unless --force.')
    .argument('<file>', 'the copy to write')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope)')
    .option('--force', 'replace FILE if it exists (whole, or not at all)')
    .action(async (file: string, opts: Common & { force?: boolean }) => {
      setExit(
        await withEngine(opts, async (engine) => {
          await engine.store.backup(file, { overwrite: opts.force ?? false });
          emit(opts, { db: opts.db, backup: file }, () => `backed up ${opts.db} to ${file}`);
        }),
      );
    });

  program
    .command('check')
    .description(
      "Check the whole database: SQLite's integrity_check (every page and index), foreign keys, and that the full-text index holds every passage and nothing else (PostgreSQL: the same consistency checks). Exit 1 with DB_CORRUPT naming the problems.",
    )
    .addOption(dbOption())
    .option('--json', 'print the result as JSON (the API envelope)')
    .action(async (opts: Common) => {
      setExit(
        await withEngine(opts, async (engine) => {
          const problems = await engine.store.check();
          const db = engine.store.location; // a connection string without its password
          if (problems.length) throw new DyadError('DB_CORRUPT', `${db}: ${problems.length} problem(s): ${problems.slice(0, 5).join('; ')}`, { file: db });
          emit(opts, { db, problems }, () => `${db}: no problems found`);
        }),
      );
    });

  program
    .command('serve')
    .description('Serve the HTTP API and web page. --build-default first builds the database from the bundled corpus.')
    .addOption(dbOption())
    .option('--json', 'print the address as JSON when listening')
    .option('--port <port>', 'port, 0 to 65535 (0: any free port; default: PORT if set, else 8080)')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--build-default', 'ingest the bundled corpus (corpus/vietnam-japan/ in the package) into the database before serving')
    .option('--token <token>', 'the token uploads (POST /api/documents) must carry (default: DYAD_TOKEN if set, else a new random one, printed at start)')
    .option(
      '--ask-workers <n>',
      'worker threads answering /api/ask, each with its own read-only connection, so questions never hold the other routes (0: answer in the server thread)',
      intArg('--ask-workers'),
      1,
    )
    .option('--ask-queue <n>', 'questions that may wait for a worker; one more is answered 503 OVERLOADED with Retry-After', intArg('--ask-queue'), DEFAULT_ASK_QUEUE)
    .action(async (opts: Common & { port?: string; host: string; buildDefault?: boolean; token?: string; askWorkers: number; askQueue: number }) => {
      let engine: Engine | undefined;
      let asker: Asker | undefined;
      let listening: Awaited<ReturnType<typeof listen>>;
      let token: string;
      try {
        // Checked before the database is opened or built: a bad port is a usage error.
        const port = parsePort(opts.port ?? (process.env.PORT || 8080));
        const { askWorkers, askQueue } = opts;
        if (askWorkers < 0 || askWorkers > 64) throw usage(`--ask-workers must be from 0 to 64, not ${askWorkers}`);
        if (askQueue < 0) throw usage(`--ask-queue must be 0 or more, not ${askQueue}`);
        engine = new Engine(await openWritableOrReadOnly(opts.db));
        if (opts.buildDefault) {
          const progress = progressReporter(false);
          const report = await engine.ingest([DEFAULT_CORPUS], { onProgress: progress.update });
          progress.stop();
          if (report.totals.failed) throw new Error(`the bundled corpus did not ingest cleanly: ${JSON.stringify(report.items.filter((i) => i.error))}`);
          process.stderr.write(
            `default knowledge base ${opts.db}: ${report.items.length} documents (${report.totals.added} added, ${report.totals.replaced} replaced, ${report.totals.unchanged} unchanged)\n`,
          );
        }
        token = opts.token ?? (process.env.DYAD_TOKEN || randomBytes(18).toString('base64url'));
        if (!/^[\x21-\x7e]{8,200}$/.test(token)) throw usage(`--token (or DYAD_TOKEN) must be 8 to 200 printable characters without spaces`);
        // Workers open the database themselves: an in-memory one is answered in this thread.
        if (askWorkers > 0 && opts.db !== ':memory:') asker = new AskPool({ location: opts.db, concurrency: askWorkers, queue: askQueue });
        else {
          const e = engine;
          asker = new AskQueue((q) => e.ask(q), { queue: askQueue });
        }
        listening = await listen(createApp(engine, { token, asker }), { host: opts.host, port });
      } catch (err) {
        await asker?.close();
        await engine?.close();
        setExit(reportError(opts, err));
        return;
      }
      const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${listening.port}/`;
      emit(
        opts,
        { url, db: opts.db, token: token! },
        () => `Dyad is serving ${opts.db} at ${url}  (API: ${url}api, OpenAPI: ${url}api/openapi.json)\nUpload token (Add documents, or Authorization: Bearer TOKEN): ${token!}`,
      );
      await new Promise<void>((resolve) => {
        const stop = () =>
          listening.server.close(() => {
            void asker!.close();
            void engine!.close();
            resolve();
          });
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });

  return program;
}

/** Runs the CLI with these arguments (without node and script) and returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.OK : EXIT.USAGE;
    }
    return reportError({ json: argv.includes('--json') }, err);
  }
  return code;
}
