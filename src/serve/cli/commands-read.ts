import { Command, Option } from 'commander';
import { type ListQuery, type Page } from '../../knowledge/engine.js';
import type { KnowledgeFact } from '../../knowledge/annotation-queries.js';
import type { SearchUnit } from '../../model/search.js';
import { pageMeta } from '../http/envelope.js';
import { emit } from './output.js';
import { dbOption, intArg, withEngine, type Common, type SetExit } from './options.js';
import { renderDocs, renderSearch, renderShow, pageFooter } from './render.js';

/** `docs`, `show`, `search` and the lists of events, facts, entities and time expressions. */
export function addReadCommands(program: Command, setExit: SetExit): void {
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
          emit(opts, page.items, (items) => render(items) + pageFooter(page, items.length), pageMeta(page));
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
}
