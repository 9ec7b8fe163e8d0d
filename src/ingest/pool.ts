import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { DyadError, toDyadError } from '../model/errors.js';
import { SECTION_CHARS, type SectionProgress } from '../extract/sections.js';
import { analyse, type Analyser, type Analysis } from './analyse.js';
import { DEFAULT_MAX_BYTES, isUnchanged, readFile, type IngestOptions } from './ingest.js';
import { loaderFor } from './loaders/index.js';
import type { ExtractTask, ExtractResult } from './extract-worker.js';
import type { Input } from './walk.js';

/** The worker's module: beside this one when built; from the TypeScript sources (the tests), the built one. */
function workerFile(): string {
  const here = new URL('./extract-worker.js', import.meta.url);
  return existsSync(fileURLToPath(here)) ? here.href : new URL('../../dist/ingest/extract-worker.js', import.meta.url).href;
}

/**
 * The young generation of each worker thread of the pool, in MB (three semi-spaces of 32 MB; V8
 * lets a thread's grow to 3 × 16 MB by itself): extraction makes short-lived objects by the
 * million, and a larger nursery collects them less often. It reaches only the pool's workers:
 * `--jobs 1`, and an ingest of one document, extract in the main thread, which keeps V8's default
 * (`NODE_OPTIONS=--max-semi-space-size=32` sets it there). The main-thread flag was the first
 * evidence (`--jobs 1`: 10–13 % less CPU, 40–60 MB more at peak); on the path it reaches,
 * `--jobs 2` on 10,000 generated paragraphs went from 22.75, 23.10, 22.50 to 21.49, 19.93, 19.53 s
 * of CPU, its peak from 501–513 to 588–595 MB (DESIGN.md, Session 21).
 */
export const YOUNG_GENERATION_MB = 96;

/**
 * Worker threads that analyse documents (load, segment, extract: `analyse`), each loading the
 * lexicon once and keeping it for every document it is given. Nothing in them touches the store.
 * @example const pool = new ExtractPool(2); await pool.run(input, bytes, () => {}); await pool.close();
 */
export class ExtractPool {
  private readonly piscina: Piscina<ExtractTask, ExtractResult>;

  constructor(readonly threads: number) {
    this.piscina = new Piscina({
      filename: workerFile(),
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
  }

  /** One document's analysis in a worker; its errors come back as the `DyadError`s `analyse` would throw, naming the file. */
  async run(input: Input, bytes: Buffer, onSection: (p: SectionProgress) => void): Promise<Analysis> {
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (p: SectionProgress) => onSection(p));
    try {
      const r = await this.piscina.run({ input, bytes, port: port2 }, { transferList: [port2] });
      if ('error' in r) throw new DyadError(r.error.code, r.error.message, { file: input.path });
      return r.analysis;
    } catch (err) {
      throw toDyadError(err, input.path);
    } finally {
      port1.close();
    }
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}

/** Below this many bytes of input, `jobs: 'auto'` uses one thread. */
export const AUTO_MIN_BYTES = 4 * 1024 * 1024;

/** The inputs' sizes added up (an unreadable one counts nothing: it fails in its turn). */
function totalBytes(inputs: Input[]): number {
  let n = 0;
  for (const { path } of inputs) {
    try {
      n += statSync(path).size;
    } catch {
      // counted as nothing
    }
    if (n >= AUTO_MIN_BYTES) break;
  }
  return n;
}

interface Task {
  result: Promise<Analysis>;
  onSection?: (p: SectionProgress) => void;
}

/**
 * Keeps the workers busy ahead of the one writer: while `ingest` stores document i (in input
 * order, one transaction each), the documents after it are being analysed in the pool, up to
 * twice as many as there are threads. A document that the store already holds unchanged (or
 * whose bytes another stored document has) is not sent; `ingestBytes` still decides every
 * document in order, and asks here (its `analyse`) only for those it stores, so the outcome is
 * the same as with one thread.
 */
export class Lookahead {
  private readonly tasks = new Map<Input, Task>();
  private readonly order: Map<Input, number>;
  private next = 0;
  private filling = false;
  private closed = false;
  private readonly window: number;

  /**
   * A lookahead with a pool of `options.jobs` threads, or undefined when one thread does it all
   * (`jobs` 1, one input, or `'auto'` with less than `AUTO_MIN_BYTES` to read: each thread's
   * start-up, about a second of CPU to load the lexicon and the tagger, costs more than it saves).
   */
  static start(inputs: Input[], options: IngestOptions): Lookahead | undefined {
    const wanted = options.jobs === 'auto' ? (totalBytes(inputs) >= AUTO_MIN_BYTES ? availableParallelism() : 1) : (options.jobs ?? 1);
    const jobs = Math.min(wanted, inputs.length);
    return jobs > 1 ? new Lookahead(inputs, new ExtractPool(jobs), options) : undefined;
  }

  private constructor(
    private readonly inputs: Input[],
    private readonly pool: ExtractPool,
    private readonly options: IngestOptions,
  ) {
    this.order = new Map(inputs.map((input, i) => [input, i]));
    this.window = 2 * pool.threads;
    void this.fill();
  }

  /** `ingestBytes`'s analyser: the document's analysis under way, or started now. */
  readonly analyser: Analyser = (input, bytes, onSection, sectionChars, free) => {
    let task = this.tasks.get(input);
    this.tasks.delete(input);
    this.next = Math.max(this.next, (this.order.get(input) ?? -1) + 1);
    // A document of more than one section is extracted here, a section at a time as the store reads it, so its memory stays bounded.
    if (!task && this.isLong(bytes)) return analyse(input, bytes, onSection, sectionChars, free);
    if (!task) task = this.send(input, bytes);
    task.onSection = onSection;
    void this.fill();
    return task.result;
  };

  async close(): Promise<void> {
    this.closed = true;
    await this.pool.close();
  }

  private send(input: Input, bytes: Buffer): Task {
    // Section progress goes to whoever awaits the document when its turn comes (none before).
    const task: Task = { result: this.pool.run(input, bytes, (p) => task.onSection?.(p)) };
    // Not awaited until its turn (or never, if the run ends first): a failure is reported then, not as an unhandled rejection.
    task.result.catch(() => {});
    return task;
  }

  private async fill(): Promise<void> {
    if (this.filling) return;
    this.filling = true;
    try {
      while (!this.closed && this.tasks.size < this.window && this.next < this.inputs.length) {
        const input = this.inputs[this.next++]!;
        const bytes = await this.toAnalyse(input);
        if (bytes && !this.closed && !this.tasks.has(input)) this.tasks.set(input, this.send(input, bytes));
      }
    } finally {
      this.filling = false;
    }
  }

  /** Whether a document may be longer than one section (its bytes bound its characters). */
  private isLong(bytes: Buffer): boolean {
    return bytes.length > (this.options.sectionChars ?? SECTION_CHARS);
  }

  /** The bytes of a document that will likely need analysing; undefined for one the store has unchanged, or one that fails before analysis (it fails again, in order, when its turn comes). */
  private async toAnalyse(input: Input): Promise<Buffer | undefined> {
    try {
      loaderFor(input.path);
      const bytes = readFile(input.path, this.options.maxBytes ?? DEFAULT_MAX_BYTES);
      const same = await this.options.store.findBySha256(createHash('sha256').update(bytes).digest('hex'));
      if (same && (same.name !== input.name || isUnchanged(same, input, this.options.force))) return undefined;
      return this.isLong(bytes) ? undefined : bytes;
    } catch {
      return undefined;
    }
  }
}
