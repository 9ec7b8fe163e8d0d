type Span = { start: number; end: number };

/**
 * The events less those whose trigger begins inside one of `spans` (sentences of a kind that tell no act: a line of record, a
 * polar question, a retracted claim), except those `spare` keeps for the span they lie in.
 * @example withoutTriggersIn([{ trigger: { start: 3 } }, { trigger: { start: 40 } }], [{ start: 30, end: 60 }]) // → [{ trigger: { start: 3 } }]
 */
export function withoutTriggersIn<E extends { trigger: { start: number } }>(events: E[], spans: readonly Span[], spare?: (e: E, span: Span) => boolean): E[] {
  if (!spans.length) return events;
  return events.filter((e) => !spans.some((s) => s.start <= e.trigger.start && e.trigger.start < s.end && !spare?.(e, s)));
}
