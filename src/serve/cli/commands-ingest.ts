import { Command } from 'commander';
import { DEFAULT_JOB_TIMEOUT_S, enqueue, readJobs, runWorker } from '../../queue/queue.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/ingest.js';
import { emit, usage, EXIT } from './output.js';
import { progressReporter } from './progress.js';
import { boundHeapGrowth } from './heap.js';
import { dbOption, intArg, sizeArg, withEngine, type Common, type SetExit } from './options.js';
import { renderIngest, renderEnqueue, renderJobs } from './render.js';

/** `ingest`, `worker` and `jobs`: documents in, here or through the queue. */
export function addIngestCommands(program: Command, setExit: SetExit): void {
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
}
