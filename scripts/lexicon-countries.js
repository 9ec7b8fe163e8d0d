#!/usr/bin/env node
// npm run lexicon:countries — completes lexicon/countries.json with every ISO 3166-1 country:
// English names from i18n-iso-countries (MIT) for countries the file does not have yet, and
// their other English names as aliases of the ones it has. Entries already in the file keep
// their canonical name, adjectives and capitals (curated by hand); names two countries share
// ("Congo") and the two-letter codes are left out, since they would name no country for sure.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const file = new URL('../lexicon/countries.json', import.meta.url);
const lexicon = JSON.parse(readFileSync(file, 'utf8'));
const en = require('i18n-iso-countries/langs/en.json').countries;
const alpha3 = Object.fromEntries(require('i18n-iso-countries/codes.json').map(([a2, a3]) => [a2, a3]));
// Crown dependencies whose names are mostly other things in English prose ("New Jersey").
const SKIP = new Set(['JEY', 'GGY']);

const namesOf = (v) => (Array.isArray(v) ? v : [v]).filter((n) => !n.includes(',') && !/\(/.test(n) && n.replace(/\./g, '').length > 2);
const owners = new Map();
for (const [a2, v] of Object.entries(en)) for (const n of namesOf(v)) owners.set(n.toLowerCase(), [...(owners.get(n.toLowerCase()) ?? []), a2]);
const unique = (n) => owners.get(n.toLowerCase()).length === 1;

const byId = new Map(lexicon.countries.map((c) => [c.id, c]));
const known = new Set(lexicon.countries.flatMap((c) => [c.name, ...c.aliases]).map((n) => n.toLowerCase()));
for (const [a2, v] of Object.entries(en)) {
  const id = alpha3[a2];
  if (!id || SKIP.has(id)) continue;
  const names = namesOf(v).filter(unique).filter((n) => !known.has(n.toLowerCase()));
  const entry = byId.get(id);
  if (entry) {
    entry.aliases.push(...names);
  } else if (names.length) {
    // The shortest name is the one prose uses ("Tanzania", not "United Republic of Tanzania").
    const [name, ...aliases] = [...names].sort((a, b) => a.length - b.length);
    const added = { id, name, aliases, adjectives: [], capitals: [] };
    lexicon.countries.push(added);
    byId.set(id, added);
  }
  for (const n of names) known.add(n.toLowerCase());
}

const line = (c) => '    ' + JSON.stringify(c).replace(/^\{/, '{ ').replace(/\}$/, ' }').replace(/","/g, '", "').replace(/":/g, '": ').replace(/,"/g, ', "');
writeFileSync(file, `{\n  "$comment": ${JSON.stringify(lexicon.$comment)},\n  "countries": [\n${lexicon.countries.map(line).join(',\n')}\n  ]\n}\n`);
console.log(`lexicon/countries.json: ${lexicon.countries.length} countries`);
