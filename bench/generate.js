// Generates a synthetic corpus of prose paragraphs for benchmarks (seeded, so every run is the same).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const SUBJECTS = ['Japan', 'Viet Nam', 'The prime minister', 'The foreign ministry', 'JICA', 'The delegation', 'ASEAN members', 'The two governments', 'Investors', 'The national assembly'];
const VERBS = ['signed', 'announced', 'discussed', 'approved', 'expanded', 'reviewed', 'postponed', 'financed', 'welcomed', 'launched'];
const OBJECTS = [
  'a loan agreement for the metro line',
  'the strategic partnership',
  'new ODA commitments',
  'a maritime security dialogue',
  'trade in rice and electronics',
  'a technical intern programme',
  'the economic partnership agreement',
  'infrastructure projects in the Mekong delta',
  'a joint statement on cooperation',
  'investment in industrial parks',
];
const TAILS = [
  'in Hanoi',
  'in Tokyo',
  'after long negotiations',
  'with broad support',
  'despite concerns over debt',
  'for the coming fiscal year',
  'as part of a wider plan',
  'under the new framework',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function paragraph(r) {
  const n = 3 + Math.floor(r() * 4);
  const sentences = [];
  for (let i = 0; i < n; i++) {
    const pick = (a) => a[Math.floor(r() * a.length)];
    const year = 1973 + Math.floor(r() * 52);
    const amount = (1 + Math.floor(r() * 900)).toLocaleString('en-US');
    sentences.push(`In ${pick(MONTHS)} ${year}, ${pick(SUBJECTS).replace(/^The/, 'the')} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}, worth about US$${amount} million.`.replace(/^in/, 'In'));
  }
  return sentences.join(' ');
}

/** Writes `paragraphs` paragraphs into `files` Markdown files under `dir`; returns the total bytes. */
export function generateCorpus(dir, paragraphs, files = 100, seed = 42) {
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const per = Math.ceil(paragraphs / files);
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const parts = [`# Generated document ${f}`];
    for (let p = 0; p < per && f * per + p < paragraphs; p++) {
      if (p % 50 === 0) parts.push(`## Section ${p / 50 + 1}`);
      parts.push(paragraph(r));
    }
    const text = parts.join('\n\n') + '\n';
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `gen-${String(f).padStart(3, '0')}.md`), text);
  }
  return bytes;
}
