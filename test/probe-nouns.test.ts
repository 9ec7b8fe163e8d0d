import { it, vi } from 'vitest';
import { extract } from '../src/extract/pipeline.js';
import { structure } from '../src/ingest/segment/structure.js';
import { collected, traceCandidateRefusals } from '../src/extract/events/learned-acceptor.js';
traceCandidateRefusals((text, s, e, why) => { if (s >= PAIR_HISTORY_AT && process.env['TRACE']) console.log('  R', why, text.slice(s, e).slice(0, 60)); });
import { PAIR_HISTORY_AT, pairHistory } from './helpers/events.js';
const lines = (process.env['PROBE'] ?? '').split('||');
it('probe', () => {
  for (const line of lines) {
    vi.stubEnv('DYAD_LEARNED', 'dump');
    const text = pairHistory(line);
    let { blocks, sentences } = structure(text);
    extract({ text, blocks, sentences });
    const cs = collected.pop()!.candidates.filter((c) => c.verb.start >= PAIR_HISTORY_AT && c.verb.start < PAIR_HISTORY_AT + line.length);
    console.log('LINE', line);
    for (const c of cs) console.log('  C', c.verb.start - PAIR_HISTORY_AT, text.slice(c.verb.start, c.verb.end), c.date, c.noun?.plover.type ?? '', c.features.filter((f) => /noun|date|rule|actor/.test(f)).join(' '));
    vi.stubEnv('DYAD_LEARNED', 'on');
    ({ blocks, sentences } = structure(text));
    for (const e of extract({ text, blocks, sentences }).events.filter((e) => e.start >= PAIR_HISTORY_AT && e.start < PAIR_HISTORY_AT + line.length))
      console.log('  E', e.rule, e.trigger.start - PAIR_HISTORY_AT, text.slice(e.trigger.start, e.trigger.end), e.date, e.type, e.plover?.type, e.mode);
  }
});
