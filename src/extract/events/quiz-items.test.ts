import { describe, expect, it } from 'vitest';
import { quizItems } from './quiz-items.js';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** A school quiz written for these tests in the manner of a history department's Markdown handout; posted 9 February 2026. */
const DCT = '2026-02-09';

const quiz = [
  '# Unit 4 Quiz: Chile and Argentina in the twentieth century',
  '',
  '*Posted by the Social Studies Department on 9 February 2026. Choose one answer for each question.*',
  '',
  '## Part A',
  '',
  '**1.** How did the Chilean government answer the 1978 crisis over the Beagle Channel?',
  '',
  '- a) It expelled the Argentine ambassador',
  '- b) It accepted papal mediation',
  '- c) It declared war on Argentina',
  '',
  '**2.** Which Argentine president visited Santiago in August 1991?',
  '',
  '- a) Raúl Alfonsín',
  '- b) Carlos Menem',
  '',
  '## Answer key',
  '',
  '1. **b)** Chile and Argentina accepted mediation by Pope John Paul II on 8 January 1979.',
  '2. **b)** President Carlos Menem visited Santiago on 2 August 1991 and signed a boundary agreement with President Patricio Aylwin.',
  '',
].join('\n');

describe("a quiz's questions and wrong options are no acts (issue 10)", () => {
  it('finds the options under each question and the questions themselves', () => {
    const spans = quizItems(quiz).map((s) => quiz.slice(s.start, s.end));
    expect(spans).toContain('- a) It expelled the Argentine ambassador\n- b) It accepted papal mediation\n- c) It declared war on Argentina');
    expect(spans).toContain('**2.** Which Argentine president visited Santiago in August 1991?');
  });

  it("keeps the answer key's acts and drops the options' and the questions'", () => {
    const { blocks, sentences } = structure(quiz, segmentText(quiz));
    const events = extract({ text: quiz, blocks, sentences, documentDate: DCT }).events;
    const at = (e: (typeof events)[number]) => e.trigger.start;
    const key = quiz.indexOf('## Answer key');
    expect(events.filter((e) => at(e) < key).map((e) => quiz.slice(e.trigger.start, e.trigger.end))).toEqual([]);
    expect(events.some((e) => at(e) > key && e.date === '1991-08-02')).toBe(true);
  });

  it("must not drop a statute's lettered list, or a single question with options in an article", () => {
    const decision = 'The Authority DECIDES:\n\n(a) to grant the carrier four weekly frequencies;\n(b) to refuse the remainder.\n';
    expect(quizItems(decision)).toEqual([]);
    const article = 'Readers were asked one question: which minister visited Lima in 2024?\n\n- a) the foreign minister\n- b) the trade minister\n';
    expect(quizItems(article)).toEqual([]);
  });
});
