import { withoutTriggersIn } from './trigger-spans.js';
/**
 * A question that asks whether an act was done asserts nothing (session 41, issue 10): "Did Ghana sign the protocol on 3 March
 * 2026?", "Will Togo reopen the border in June?", "Has Lomé ratified the treaty?" tell no signing, reopening or ratification,
 * whatever their words and dates. A polar question is a sentence that ends with a question mark and opens with an auxiliary
 * or a modal before its subject (a quotation mark, a bracket or a list's marker may stand before it). A question with a
 * question word ("Why did Ghana close the border in 2024?") takes the act as given: this module leaves it to the finders, as a
 * statement with a question mark ("Ghana closed the border in 2024?"), whose doubt is the writer's, not a question of whether.
 */

/** The auxiliaries and modals a polar question opens with. */
const OPENING =
  /^[\s"'“‘([*•\-–—\d.)]*(?:did|does|do|didn['’]t|doesn['’]t|don['’]t|has|have|had|hasn['’]t|haven['’]t|is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|will|would|won['’]t|can|could|should|shall|may|might|must)\s/i;

/** Whether the sentence text is a polar question. @example polarQuestion('Did Ghana sign the protocol?') // → true */
export function polarQuestion(sentence: string): boolean {
  return /\?["'”’)\]]*\s*$/.test(sentence) && OPENING.test(sentence);
}

/**
 * The events less those whose trigger lies in a polar question.
 * @example withoutPolarQuestions(text, sentences, events) // → the events of the text's statements
 */
export function withoutPolarQuestions<E extends { trigger: { start: number } }>(text: string, sentences: readonly { start: number; end: number }[], events: E[]): E[] {
  const asked = sentences.filter((s) => polarQuestion(text.slice(s.start, s.end)));
  return withoutTriggersIn(events, asked);
}
