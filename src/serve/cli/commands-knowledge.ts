import { Command } from 'commander';
import { MAX_HEADLINE, POINT_CITATIONS, type ListQuery } from '../../knowledge/engine.js';
import { DyadError } from '../../model/errors.js';
import { pageMeta } from '../http/envelope.js';
import { emit, usage } from './output.js';
import { renderAnswer, renderConflicts } from './ask-render.js';
import { readQuestions } from './questions-file.js';
import { writeFileAtomic } from './write-file.js';
import { startExport, exportTable, type ExportFilters } from '../../export/registry.js';
import { EXPORT_KINDS } from '../../export/types.js';
import { once } from 'node:events';
import { renderHeadline, renderSeries, renderState, renderStateSummary } from './state-render.js';
import { pageFooter } from './render.js';
import { dbOption, intArg, withEngine, type Common, type SetExit } from './options.js';

/** `ask`, `conflicts`, `export`, `state` and `series`: what the knowledge base says. */
export function addKnowledgeCommands(program: Command, setExit: SetExit): void {
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
          emit(opts, page.items, (items) => renderConflicts(items) + pageFooter(page, items.length), pageMeta(page));
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
}
