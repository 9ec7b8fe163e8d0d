import cliProgress from 'cli-progress';
import { basename } from 'node:path';
import type { IngestProgress } from '../../ingest/ingest.js';

/**
 * "3.0/100.0 MB (3 %) extracted": how much of a long document's text is done, in each of its two
 * passes (text characters, in MiB). The number of sections is known once the first pass is done
 * (the text is segmented as it is read), so that pass names only the section it is at.
 */
function sectionDetail(p: IngestProgress): string {
  const s = p.section;
  if (!s || s.total < 2) return '';
  const mib = (chars: number) => (chars / 1048576).toFixed(1);
  return `${mib(s.charsDone)}/${mib(s.chars)} MB (${Math.floor((100 * s.charsDone) / s.chars)} %) ${s.pass === 'actors' ? 'read for actors' : 'extracted'}`;
}

/** "section 2" in the first pass, "section 2/11" in the second. */
function sectionCount(p: IngestProgress): string {
  return p.section!.pass === 'actors' ? `section ${p.section!.done}` : `section ${p.section!.done}/${p.section!.total}`;
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
      if (detail) process.stderr.write(`[${p.done}/${p.total}] ${basename(p.file)}: ${sectionCount(p)}: ${detail}\n`);
      if (p.item) {
        const it = p.item;
        const detail = it.error ? `${it.error.code}: ${it.error.message}` : `${it.counts?.sentences ?? 0} sentences`;
        process.stderr.write(`[${p.done}/${p.total}] ${it.status} ${it.name} (${detail})\n`);
      }
    },
    stop() {},
  };
}
