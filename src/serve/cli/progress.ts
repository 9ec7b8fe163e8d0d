import cliProgress from 'cli-progress';
import { basename } from 'node:path';
import type { IngestProgress } from '../../ingest/ingest.js';

/**
 * Progress of a long run on stderr: a bar on a terminal, one plain line per item otherwise
 * (logs and pipes), nothing when quiet.
 */
export function progressReporter(quiet: boolean): { update: (p: IngestProgress) => void; stop: () => void } {
  if (quiet) return { update: () => {}, stop: () => {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        if (!started) { bar.start(p.total, 0, { file: '' }); started = true; }
        bar.update(p.done, { file: basename(p.file) });
      },
      stop() { if (started) bar.stop(); },
    };
  }
  return {
    update(p) {
      if (p.item) {
        const it = p.item;
        const detail = it.error ? `${it.error.code}: ${it.error.message}` : `${it.counts?.sentences ?? 0} sentences`;
        process.stderr.write(`[${p.done}/${p.total}] ${it.status} ${it.name} (${detail})\n`);
      }
    },
    stop() {},
  };
}
