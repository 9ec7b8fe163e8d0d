import type { EventAnnotation } from '../../model/annotation.js';
import type { Block, Sentence } from '../../model/document.js';

type Told = Omit<EventAnnotation, 'stage'>;

/** What closes a list item and is no part of what it names. */
const ITEM_END = /(?:[\s;,.:]|\b(?:and|or)\b)+$/i;

/**
 * The kind of a list item's marker, from the start of its line: "a)", "1.", "(i)", "-", "•" (letters,
 * roman numerals and numbers as such). A single "i", "v" or "x" after an item lettered "a" kind is a letter ("h)", "i)").
 */
function markerKind(text: string, block: Block, previous?: string): string | undefined {
  if (block.type !== 'list-item') return undefined;
  const line = text.lastIndexOf('\n', block.start - 1) + 1;
  const marker = text.slice(line, block.start).trim();
  return marker
    .replace(/\d+/g, '1')
    .replace(
      /^(\(?)(?:([ivx]+)|([a-z])|([A-Z]))\b/,
      (_, open: string, roman?: string, lower?: string) => open + (roman && !(roman.length === 1 && previous?.replace(/^\(/, '').startsWith('a')) ? 'i' : lower || roman ? 'a' : 'A'),
    );
}

/**
 * The items of the list right after block `b`: the list items that follow it with the marker of the
 * first, up to a block of another kind or marker. When `b` is an item itself ("4. During the visit …:")
 * its sub-list has markers of another kind ("a)"); the items of its own kind that follow are its siblings.
 */
function itemsAfter(text: string, blocks: Block[], b: number): Block[] {
  const kind = blocks[b + 1] && markerKind(text, blocks[b + 1]!);
  if (kind === undefined || kind === markerKind(text, blocks[b]!)) return [];
  const items: Block[] = [];
  for (let i = b + 1; i < blocks.length && markerKind(text, blocks[i]!, kind) === kind; i++) items.push(blocks[i]!);
  return items;
}

/** Rules of acts dated apart from their sentence's act: a clause of cause, an act a length before or after it, a relative date. */
const DATED_APART = /\+after-clause|\+offset|relative-date/;
/** A trigger's verb and what follows it when it introduces its parts: a count ("signed two agreements") or "the following". */
const COUNTED = /^\S+\s+(?:(?:of|on)\s+)?(?:the\s+following|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\p{L}/iu;

/**
 * The act of a sentence that introduces its list: a signing (the one kind of act whose parts lists
 * were measured to tell), not one dated apart (an "after" clause, a relative clause's date). Among several, the
 * one whose trigger a count or "the following" follows, else the one nearest the colon.
 */
function introducing(text: string, acts: Told[]): Told | undefined {
  const signings = acts.filter((e) => e.type === 'agreement_signed' && !DATED_APART.test(e.rule));
  if (!signings.length) return undefined;
  const counted = signings.filter((e) => COUNTED.test(text.slice(e.trigger.start, e.trigger.start + 60)));
  return (counted.length ? counted : signings).reduce((a, b) => (b.trigger.start > a.trigger.start ? b : a));
}

/**
 * A sentence that ends its block with a colon and tells an act introduces the act's parts as a
 * list ("The Parties signed the following documents: a) an agreement on …; b) a protocol on …"):
 * each item that tells no dated event of its own is one act of the same kind, date, mode and doers as
 * the introducing signing (`introducing`), quoted by the item's first line; an event a title's own trigger
 * tells ("a Memorandum on Defence Cooperation") gives way to it. The introducing act stays an
 * event of its own (rule `+list-intro`), as most statements' readers count it. A list after a
 * sentence that tells no signing ("The agenda covered:", "Zambia rejected the following demands:"), or after a colon inside a paragraph, gives
 * nothing. Rule `+list-item`; reconciling keeps a list's acts apart (`reconcile/events.ts`).
 *
 * "Kenya and Uganda signed two agreements on 14 May 2021:\n1. an agreement on the railway;\n2. a
 * memorandum on energy." → the signing (`+list-intro`) and two signings quoted "an agreement on the
 * railway" and "a memorandum on energy" (`+list-item`), all dated 2021-05-14.
 */
export function listedActs(text: string, blocks: Block[], sentences: Sentence[], events: Told[]): Told[] {
  const intros = new Set<Told>();
  const replaced = new Set<Told>();
  const added: Told[] = [];
  for (const s of sentences) {
    const block = blocks[s.block];
    if (!block || s.end < block.end || !text.slice(s.start, s.end).trimEnd().endsWith(':')) continue;
    const items = itemsAfter(text, blocks, s.block);
    const acts = events.filter((e) => e.trigger.start >= s.start && e.trigger.end <= s.end);
    if (!items.length || !acts.length) continue;
    const intro = introducing(text, acts);
    if (!intro) continue;
    for (const item of items) {
      // A title holds triggers of its own ("Memorandum of Understanding on Defence Cooperation"): only a date of its own makes the item an act apart.
      const inside = events.filter((e) => e.trigger.start >= item.start && e.trigger.end <= item.end);
      if (inside.some((e) => e.dateSource === 'sentence')) continue;
      inside.forEach((e) => replaced.add(e));
      const line = text.slice(item.start, item.end).split('\n')[0]!;
      const end = item.start + line.replace(ITEM_END, '').length;
      if (end <= item.start) continue;
      added.push({ ...intro, start: item.start, end, trigger: { start: item.start, end }, rule: `${intro.rule}+list-item` });
      intros.add(intro);
    }
  }
  if (!added.length) return events;
  const marked = events.filter((e) => !replaced.has(e)).map((e) => (intros.has(e) ? { ...e, rule: `${e.rule}+list-intro` } : e));
  return [...marked, ...added].sort((a, b) => a.start - b.start);
}
