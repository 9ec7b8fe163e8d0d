import { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { Engine } from '../../knowledge/engine.js';
import { DyadError } from '../../model/errors.js';
import type { listen } from '../http/server.js';
import { AskPool, AskQueue, DEFAULT_ASK_QUEUE, type Asker } from '../../knowledge/ask-pool.js';
import { emit, reportError, usage } from './output.js';
import { progressReporter } from './progress.js';
import { dbOption, intArg, openWritableOrReadOnly, withEngine, type Common, type SetExit } from './options.js';
import { fileURLToPath } from 'node:url';

/** The bundled corpus that `dyad serve --build-default` (and `npm start`) builds the default knowledge base from. */
export const DEFAULT_CORPUS = fileURLToPath(new URL('../../../corpus/vietnam-japan/', import.meta.url));

/** `backup`, `check` and `serve`. */
export function addAdminCommands(program: Command, setExit: SetExit): void {
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
        // The HTTP server is imported by the command that serves: every other command was paying
        // for its framework, routes and schemas at start-up (DESIGN.md, Session 30).
        const [{ createApp }, { listen, parsePort }] = await Promise.all([import('../http/app.js'), import('../http/server.js')]);
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
}
