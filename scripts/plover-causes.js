// Counts the wrong PLOVER categories of matched events on the TUNE parts (every set's tune half, dev excluded) by where the
// category came from: the prediction's trigger inside the gold quote or in another clause of the passage, and whether a word of
// the quote names the gold category (the vocabularies' lemmas, the trigger patterns). Blind parts are refused: they are only
// scored. Usage: npm run build && node scripts/plover-causes.js [--part "fresh20 tune"] [--items CAUSE] (session 36, issue 10).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionParts } from '../dist/eval/sets.js';
import { engines, scorePart } from '../dist/eval/part.js';
import { tag } from '../dist/extract/nlp/tagger.js';
import { categoryOfLemma } from '../dist/extract/events/plover-lemmas.js';
import { findTriggers } from '../dist/extract/events/event-types.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = opt('--part');
const items = opt('--items');
const { parts } = extractionParts(ROOT, join(ROOT, '../shared/eval'));
if (only && !parts.some((p) => p.name === only)) throw new Error(`${only} is no part: the parts are ${parts.map((p) => p.name).join(', ')}`);
if (only && parts.some((p) => p.name === only && p.blind)) throw new Error(`${only} is blind: its items are never listed`);

const CAUSES = {
  pairing: 'trigger in another clause; an event of the quote has the gold category (pairing or merging)',
  'other-event': "trigger in another clause; the quote's own event has another category",
  'date-taken': "trigger in another clause, no event of the quote; the event's date is in the quote",
  'date-elsewhere': 'trigger in another clause, no event of the quote, its date outside the quote',
  'other-word': 'trigger in the quote; another word of the quote names the gold category',
  'own-word': 'trigger in the quote; no other word of the quote names the gold category',
};
const counts = Object.fromEntries(Object.keys(CAUSES).map((c) => [c, 0]));
let wrong = 0;
let total = 0;
for (const part of parts.filter((p) => !p.blind && p.name !== 'dev' && (!only || p.name === only))) {
  const { ev } = await scorePart(part);
  const docs = new Map();
  for (const [x, y] of ev.matches) {
    if (!x.plover) continue;
    total++;
    if (x.plover === y.plover.type) continue;
    wrong++;
    if (!docs.has(x.doc)) docs.set(x.doc, await engines.get(part.texts).document(x.doc));
    const d = docs.get(x.doc);
    const mention = y.mentions.find((m) => m.date === x.date && m.start < x.end && x.start < m.end);
    // The stored annotation the prediction came from: its type and category, its trigger in the matched mention.
    const anns = (d.annotations?.events ?? []).filter(
      (a) => a.type === y.type && a.plover.type === y.plover.type && a.date === x.date && mention && a.trigger.start >= mention.start && a.trigger.end <= mention.end,
    );
    const a = anns.find((b) => b.trigger.start < x.end && x.start < b.trigger.end) ?? anns[0];
    const inQuote = (s) => s.start >= x.start && s.end <= x.end;
    const outsideTrigger = (s) => !a || s.end <= a.trigger.start || s.start >= a.trigger.end;
    const named = [
      ...tag(d.text.slice(x.start, x.end), x.start)
        .filter((t) => (t.pos === 'VERB' || t.pos === 'NOUN') && categoryOfLemma(t.lemma, t.pos === 'NOUN')?.plover.type === x.plover)
        .map((t) => ({ start: t.start, end: t.end })),
      ...findTriggers(d.text.slice(x.start, x.end), x.start).filter((t) => t.plover.type === x.plover),
    ].filter(outsideTrigger);
    const quoteEvents = (d.annotations?.events ?? []).filter((b) => inQuote(b.trigger));
    const dateInQuote = (d.annotations?.times ?? []).some((t) => t.edtf === x.date && inQuote(t));
    const cause =
      a && inQuote(a.trigger)
        ? named.length
          ? 'other-word'
          : 'own-word'
        : quoteEvents.some((b) => b.plover.type === x.plover)
          ? 'pairing'
          : quoteEvents.length
            ? 'other-event'
            : dateInQuote
              ? 'date-taken'
              : 'date-elsewhere';
    counts[cause]++;
    if (items === cause) {
      const trigger = a ? d.text.slice(a.trigger.start, a.trigger.end) : '?';
      console.log(`${part.name}: gold ${x.plover} got ${y.plover.type} | ${a?.rule ?? '?'} [${trigger.slice(0, 60)}] | ${x.quote.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
}
console.log(`\nWrong PLOVER categories of matched events, tune parts${only ? ` (${only})` : ''}: ${wrong} of ${total}\n`);
console.log('| cause | wrong | what |\n|---|---|---|');
for (const [c, what] of Object.entries(CAUSES)) console.log(`| ${c} | ${counts[c]} | ${what} |`);
for (const e of engines.values()) await e.close();
