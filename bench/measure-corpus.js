// Measures, with the engine, the proportions bench/generate.js reproduces: paragraph and sentence
// lengths, and dates, names and numbers per 1,000 words. Prints the "measured" object of
// bench/generate-config.json (paste it there when the corpus or the engine changes).
// Usage: node bench/measure-corpus.js [FOLDER...]   (default: the bundled corpus)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { walk } from '../dist/ingest/walk.js';
import { analyse } from '../dist/ingest/analyse.js';

const folders = process.argv.slice(2).length ? process.argv.slice(2) : [fileURLToPath(new URL('../corpus/vietnam-japan/', import.meta.url))];
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const words = (s) => s.match(WORD)?.length ?? 0;

let totalWords = 0;
const sentenceWords = [];
const paragraphSentences = [];
const counts = { dates: 0, countries: 0, people: 0, organisations: 0, otherNames: 0, numbers: 0 };
for (const input of walk(folders).inputs) {
  const { loaded, blocks, sentences, annotations } = await analyse(input, readFileSync(input.path));
  const text = loaded.text;
  blocks.forEach((b, i) => {
    if (b.type !== 'paragraph') return;
    const own = sentences.filter((s) => s.block === i);
    paragraphSentences.push(own.length);
    for (const s of own) sentenceWords.push(words(text.slice(s.start, s.end)));
  });
  totalWords += words(text);
  counts.dates += annotations.times.filter((t) => t.edtf).length;
  for (const e of annotations.entities) {
    if (e.kind === 'country') counts.countries++;
    else if (e.kind === 'person') counts.people++;
    else if (e.kind === 'organisation' || e.kind === 'group') counts.organisations++;
    else counts.otherNames++;
  }
  counts.numbers += annotations.facts.length;
}

/** Deciles of a distribution, the last one the 99th percentile (a few table rows run to hundreds of words): the generator draws a length uniformly between two neighbouring ones. */
const deciles = (xs) => {
  const s = [...xs].filter((x) => x > 0).sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))];
  return [...Array.from({ length: 10 }, (_, i) => at(i / 10)), at(0.99)];
};
const per1000 = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(((v / totalWords) * 1000).toFixed(2))]));
console.log(
  JSON.stringify(
    {
      source: folders.map((f) => f.replace(fileURLToPath(new URL('..', import.meta.url)), '')).join(', '),
      words: totalWords,
      paragraphs: paragraphSentences.length,
      sentenceWordsDeciles: deciles(sentenceWords),
      paragraphSentencesDeciles: deciles(paragraphSentences),
      per1000Words: per1000,
    },
    null,
    2,
  ),
);
