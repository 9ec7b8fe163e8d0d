/**
 * The matches of a global pattern, the same as `text.matchAll(re)`, for a pattern each of whose
 * matches holds, at or after its start, a place where `tail` (a global zero-width lookahead,
 * `/(?=…)/g`) matches: none is sought in a text without such a place, nor past the last one, since
 * a match ending after it leaves no later match possible. For a pattern led by a long alternation
 * tried at every position (the titles before a name), the tail is a rarer, cheaper scan (DESIGN.md,
 * Session 21 second round).
 * @example matchesBeforeLastTail(/\b(?:Dr|Mr)\.? \w+, aged \d+/g, /(?=, aged \d)/g, 'Mr Ba, aged 60') // → the one match, at 0
 */
export function matchesBeforeLastTail(re: RegExp, tail: RegExp, text: string): RegExpExecArray[] {
  let last = -1;
  for (const t of text.matchAll(tail)) last = t.index!;
  const out: RegExpExecArray[] = [];
  if (last < 0) return out;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.lastIndex > last ? null : re.exec(text)) out.push(m);
  re.lastIndex = 0;
  return out;
}
