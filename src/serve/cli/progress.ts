import cliProgress from 'cli-progress';
import { basename } from 'node:path';
import type { IngestProgress } from '../../ingest/ingest.js';

/** "3.0/100.0 MB extracted": how much of a long document's text is done, in each of its two passes (text characters, in MiB). */
function sectionDetail(p: IngestProgress): string {
  const s = p.section;
  if (!s || s.total < 2) return '';
  const mib = (chars: number) => (chars / 1048576).toFixed(1);
  return `${mib(s.charsDone)}/${mib(s.chars)} MB ${s.pass === 'actors' ? 'read for actors' : 'extracted'}`;
}

/**
 * Progress of a long run on stderr: a bar on a terminal, one plain line per item otherwise
 * (logs and pipes), nothing when quiet. A long document (several sections, `extract/sections.ts`)
 * also shows how much of its text is extracted: on the bar, and as a line per section otherwise.
 */
export function progressReporter(quiet: boolean): { update: (p: IngestProgress) => void; stop: () => void } {
  if (quiet) return { update: () => {}, stop: () => {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {file} {detail}', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        if (!started) {
          bar.start(p.total, 0, { file: '', detail: '' });
          started = true;
        }
        bar.update(p.done, { file: basename(p.file), detail: sectionDetail(p) });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  return {
    update(p) {
      const detail = sectionDetail(p);
      if (detail) process.stderr.write(`[${p.done}/${p.total}] ${basename(p.file)}: section ${p.section!.done}/${p.section!.total}: ${detail}\n`);
      if (p.item) {
        const it = p.item;
        const detail = it.error ? `${it.error.code}: ${it.error.message}` : `${it.counts?.sentences ?? 0} sentences`;
        process.stderr.write(`[${p.done}/${p.total}] ${it.status} ${it.name} (${detail})\n`);
      }
    },
    stop() {},
  };
}
