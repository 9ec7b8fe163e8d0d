import { vi } from 'vitest';
import { extract } from '../../src/extract/pipeline.js';
import { collected, traceCandidateRefusals } from '../../src/extract/events/learned-acceptor.js';
import { structure } from '../../src/ingest/segment/structure.js';
import { segmentText } from '../../src/ingest/segment/text-blocks.js';

/** The events of a text as the tests compare them: [type, date, date source, PLOVER category, trigger's start, trigger's words, rule, actors]. */
export function eventRows(text: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences }).events.map((e) => [
    e.type,
    e.date,
    e.dateSource,
    e.plover.type,
    e.trigger.start,
    text.slice(e.trigger.start, e.trigger.end),
    e.rule,
    e.actors.map((a) => a.entity).sort(),
  ]);
}

/** The events of a report of `documentDate` as objects (session 20): passage start, trigger's words and start, date, its source, PLOVER category, mode, rule. */
export function reportEvents(text: string, documentDate: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => ({
    start: e.start,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    triggerStart: e.trigger.start,
    date: e.date,
    dateSource: e.dateSource,
    plover: e.plover.type,
    mode: e.mode,
    rule: e.rule,
  }));
}

/**
 * A short history of Ghana and Togo that names the pair three times, with `line` two paragraphs after the last that names
 * them: a line with no actor of its own in a document about the pair (`pair-passive.test.ts`, `pair-plan.test.ts`).
 */
export const pairHistory = (line: string) =>
  [
    'Ghana–Togo relations',
    '',
    'Ghana and Togo established diplomatic relations in 1960.',
    '',
    'Cocoa prices fell sharply in the following decade.',
    '',
    line,
    '',
    'Ghana and Togo are both members of the Economic Community of West African States.',
  ].join('\n');
/** Where the line of `pairHistory` starts. */
export const PAIR_HISTORY_AT = pairHistory('').indexOf('\n\n\n') + 2;

/**
 * The learned acceptor's noun candidates of `line` in `pairHistory` (`DYAD_LEARNED=dump`; the caller unstubs the environment):
 * [noun's start in the line, noun, date, PLOVER category, features].
 */
export function nounCandidates(line: string): [number, string, string, string, string[]][] {
  vi.stubEnv('DYAD_LEARNED', 'dump');
  const text = pairHistory(line);
  const { blocks, sentences } = structure(text);
  extract({ text, blocks, sentences });
  return collected
    .pop()!
    .candidates.filter((c) => c.noun && c.verb.start >= PAIR_HISTORY_AT && c.verb.start < PAIR_HISTORY_AT + line.length)
    .map((c) => [c.verb.start - PAIR_HISTORY_AT, text.slice(c.verb.start, c.verb.end), c.date, c.noun!.plover.type, c.features]);
}

/** Why the candidate filters refused the words of `line` in `pairHistory` (`traceCandidateRefusals`): [word, reason]. */
export function nounRefusals(line: string): [string, string][] {
  const heard: [string, string][] = [];
  traceCandidateRefusals((text, start, end, why) => {
    if (start >= PAIR_HISTORY_AT && end <= PAIR_HISTORY_AT + line.length) heard.push([text.slice(start, end), why]);
  });
  try {
    nounCandidates(line);
  } finally {
    traceCandidateRefusals(undefined);
  }
  return heard;
}
