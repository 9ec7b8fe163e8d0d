// Scratch: node scripts/try.mjs "text" [documentDate] — prints the events and times extract() finds.
import { extract } from '../dist/extract/pipeline.js';
import { structure } from '../dist/ingest/segment/structure.js';
import { segmentText } from '../dist/ingest/segment/text-blocks.js';
const text = process.argv[2];
const { blocks, sentences } = structure(text, segmentText(text));
const a = extract({ text, blocks, sentences, documentDate: process.argv[3] });
for (const t of a.times) console.log('TIME', t.text, t.edtf, t.timex.value);
for (const e of a.events) console.log('EVENT', e.date, e.type, e.plover.type, e.mode, e.rule, '|', text.slice(e.trigger.start, e.trigger.end), '|', e.actors.map((x) => x.name).join(','));
