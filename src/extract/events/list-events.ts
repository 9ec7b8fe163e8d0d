import type { EventAnnotation } from '../../model/annotation.js';
import type { Block, Sentence } from '../../model/document.js';

type Told = Omit<EventAnnotation, 'stage'>;

/** What closes a list item and is no part of what it names. */
const ITEM_END = /[\s;,.:]+$/;

/** The kind of a list item's marker, from the start of its line: "a)", "1.", "(i)", "-", "•" (letters and numbers as such). */
function markerKind(text: string, block: Block): string | undefined {
  if (block.type !== 'list-item') return undefined;
  const line = text.lastIndexOf('\n', block.start - 1) + 1;
  return text
    .slice(line, block.start)
    .trim()
    .replace(/\d+/g, '1')
    .replace(/^\(?[ivx]+\b/, 'i')
    .replace(/^\(?[a-z]\b/, 'a')
    .replace(/^\(?[A-Z]\b/, 'A');
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
  for (let i = b + 1; i < blocks.length && markerKind(text, blocks[i]!) === kind; i++) items.push(blocks[i]!);
  return items;
}

/**
 * A sentence that ends its block with a colon and tells an act introduces the act's parts as a
 * list ("The Parties signed the following documents: a) an agreement on …; b) a protocol on …"):
 * each item that tells no event of its own is one act of the same kind, date, mode and doers as
 * the introducing act (the one nearest the colon), quoted by the item; the introducing act stays an
 * event of its own (rule `+list-intro`), as most statements' readers count it. A list after a
 * sentence that tells no act ("The agenda covered:"), or after a colon inside a paragraph, gives
 * nothing. Rule `+list-item`; reconciling keeps a list's acts apart (`reconcile/events.ts`).
 *
 * "Kenya and Uganda signed two agreements on 14 May 2021:\n1. an agreement on the railway;\n2. a
 * memorandum on energy." → the signing (`+list-intro`) and two signings quoted "an agreement on the
 * railway" and "a memorandum on energy" (`+list-item`), all dated 2021-05-14.
 */
export function listedActs(text: string, blocks: Block[], sentences: Sentence[], events: Told[]): Told[] {
  const intros = new Set<Told>();
  const added: Told[] = [];
  for (const s of sentences) {
    const block = blocks[s.block];
    if (!block || s.end < block.end || !text.slice(s.start, s.end).trimEnd().endsWith(':')) continue;
    const items = itemsAfter(text, blocks, s.block);
    const acts = events.filter((e) => e.trigger.start >= s.start && e.trigger.end <= s.end);
    if (!items.length || !acts.length) continue;
    const intro = acts.reduce((a, b) => (b.trigger.start > a.trigger.start ? b : a));
    const own = (item: Block) => events.some((e) => e.trigger.start >= item.start && e.trigger.end <= item.end);
    for (const item of items.filter((i) => !own(i))) {
      const end = item.start + text.slice(item.start, item.end).replace(ITEM_END, '').length;
      if (end <= item.start) continue;
      added.push({ ...intro, start: item.start, end, trigger: { start: item.start, end }, rule: `${intro.rule}+list-item` });
      intros.add(intro);
    }
  }
  if (!added.length) return events;
  const marked = events.map((e) => (intros.has(e) ? { ...e, rule: `${e.rule}+list-intro` } : e));
  return [...marked, ...added].sort((a, b) => a.start - b.start);
}
