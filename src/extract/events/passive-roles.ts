import type { Span } from '../../model/document.js';
import { PARTICIPLE } from './back-reference.js';

/** An auxiliary of the passive right before the participle, maybe with an adverb: "was summoned", "were later detained", "had been expelled". */
const PASSIVE_AUX = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+|then\s+|also\s+)?$/iu;
/** The agent's phrase: "by", a determiner, up to three words of its own before the actor's name ("by the Zambian foreign ministry", "by a Malawian navy patrol"). */
const BY_PHRASE = /^\s+by\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * Whether a trigger is a passive whose agent is named after it in a phrase of "by": "the Malawian
 * envoy was summoned by the Zambian foreign ministry", "two fishermen detained by a Malawian navy
 * patrol". Its subject, named before it, is then what the act was done to, and the actor of the
 * "by" phrase does it; `agentAt` is where that actor's name begins, `actorEnds` where the clause's actors' names end.
 * @example byPassive('the envoy was summoned by the Zambian ministry', { start: 14, end: 22 }, 30) // → true
 */
export function byPassive(text: string, trigger: Span, agentAt: number, actorEnds: number[] = []): boolean {
  // The participle is the trigger's first word ("stopped by a Malawian patrol on Tuesday" may be one trigger).
  const participle = /^\p{L}+/u.exec(text.slice(trigger.start, trigger.end))?.[0];
  if (!participle) return false;
  const after = [trigger.start + participle.length, trigger.end].filter((at) => at <= agentAt);
  if (!after.some((at) => BY_PHRASE.test(text.slice(at, agentAt)))) return false;
  return (
    PASSIVE_AUX.test(text.slice(Math.max(0, trigger.start - 30), trigger.start)) ||
    (reduced(text, trigger, participle, actorEnds) && /^\s+by\b/i.test(text.slice(trigger.start + participle.length, trigger.start + participle.length + 4)))
  );
}

/**
 * Whether a trigger's first word is a participle standing alone after its noun ("fishermen detained by the coast guard"): a
 * past participle (`PARTICIPLE`: "-ed", "-en", or an irregular form; "protest", "visit" are nouns), with no actor's name
 * right before it ("Zambia detained by force …": the name is the subject of an active verb).
 */
function reduced(text: string, trigger: Span, participle: string, actorEnds: number[]): boolean {
  if (!PARTICIPLE.test(participle.toLowerCase())) return false;
  return !actorEnds.some((end) => end <= trigger.start && /^\s*$/.test(text.slice(end, trigger.start)));
}
