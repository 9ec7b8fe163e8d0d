#!/usr/bin/env node
// npm run lexicon:countries — completes lexicon/countries.json with every ISO 3166-1 country:
// English names from i18n-iso-countries (MIT) for countries the file does not have yet, and
// their other English names as aliases of the ones it has; then, from world-countries (ODbL),
// other spellings, demonyms ("Kenyan") and capitals ("Nairobi") for every country. Entries
// already in the file keep their canonical name, adjectives and capitals (curated by hand) and
// only gain what they lack; names two countries share ("Congo", "Kingston") and the two-letter
// codes are left out, since they would name no country for sure. Run it again after editing:
// it only adds, so hand edits stay.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const file = new URL('../lexicon/countries.json', import.meta.url);
const lexicon = JSON.parse(readFileSync(file, 'utf8'));
const en = require('i18n-iso-countries/langs/en.json').countries;
const alpha3 = Object.fromEntries(require('i18n-iso-countries/codes.json').map(([a2, a3]) => [a2, a3]));
// world-countries gives Kosovo the user-assigned code "UNK"; the lexicon, as the EU and the IMF do, "XKK".
const LEXICON_CODE = { UNK: 'XKK' };
const world = require('world-countries').map((w) => (LEXICON_CODE[w.cca3] ? { ...w, cca3: LEXICON_CODE[w.cca3] } : w));
// Crown dependencies whose names are mostly other things in English prose ("New Jersey").
const SKIP = new Set(['JEY', 'GGY']);
// Other spellings that are English words or name a region more than a state.
const NOT_NAMES = new Set(['Island', 'Mann', 'Mannin', 'Thai', 'Timor', 'Guiana', 'Lao', 'Prathet', 'Viti', 'Saudi', 'Macedonia', 'Virgin Islands']);
// Capitals that in English prose are mostly something else: a person's or common name
// ("Victoria", "Hamilton", "Douglas", "Stanley"), a word at a sentence's start ("Male" from
// "Malé"), another state's city ("Tripoli" in Lebanon, "Georgetown" in Penang), or another
// government ("Brussels" speaks for the European Union).
const NOT_CAPITALS = new Set([
  'The Valley',
  'The Bottom',
  'Hamilton',
  'City of Victoria',
  'Victoria',
  'Stanley',
  'Douglas',
  'Jamestown',
  'Plymouth',
  'Georgetown',
  'George Town',
  'Sucre',
  'Malé',
  'Tripoli',
  'Brussels',
  'San Juan',
  "Saint John's",
  'West Island',
  'King Edward Point',
  'Diego Garcia',
  'Saint-Denis',
  'Saint-Pierre',
  'Basse-Terre',
  'Marigot',
  'Kingstown',
  'Adamstown',
  'Flying Fish Cove',
  'Saint Helier',
  'St. Peter Port',
  'Gibraltar',
]);
// Demonyms several states use ("Guinean": Guinea, Guinea-Bissau, Equatorial Guinea, Papua New
// Guinea; "Micronesian": the region) or that world-countries lists oddly.
const NOT_DEMONYMS = new Set(['Guinean', 'Micronesian', 'Djibouti', 'Gibraltar', 'Vatican', 'Antarctican']);
// Demonyms prose uses that world-countries does not list.
const MORE_DEMONYMS = {
  SAU: ['Saudi'],
  KAZ: ['Kazakh'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  UZB: ['Uzbek'],
  AZE: ['Azeri'],
  NPL: ['Nepali'],
  MDV: ['Maldivian'],
  ARG: ['Argentinian'],
  CPV: ['Cape Verdean'],
  ECU: ['Ecuadorian'],
  SVN: ['Slovenian'],
  TLS: ['Timorese'],
  LAO: ['Lao'],
  CIV: ['Ivoirian'],
  MMR: ['Myanmar'],
  BIH: ['Bosnian'],
  PHL: ['Philippine', 'Filipina'],
  ARE: ['Emirati'],
  BGD: ['Bangladeshi'],
};
// Capitals prose uses that world-countries spells otherwise or does not list.
const MORE_CAPITALS = { UKR: ['Kiev'], MNG: ['Ulaanbaatar'], KAZ: ['Nur-Sultan'], USA: ['Washington, D.C.'], MMR: ['Nay Pyi Taw'], MDA: ['Chisinau'] };

const latin = (n) => /^[\p{Script=Latin}\s'’.-]+$/u.test(n);
const namesOf = (v) => (Array.isArray(v) ? v : [v]).filter((n) => !n.includes(',') && !/\(/.test(n) && n.replace(/\./g, '').length > 2);
const owners = new Map();
const own = (n, id) => {
  const k = n.toLowerCase();
  if (!(owners.get(k) ?? []).includes(id)) owners.set(k, [...(owners.get(k) ?? []), id]);
};
for (const [a2, v] of Object.entries(en)) for (const n of namesOf(v)) own(n, alpha3[a2]);
const worldNames = (w) => [...new Set([w.name.common, w.name.official, ...w.altSpellings])].filter((n) => namesOf(n).length && latin(n) && !NOT_NAMES.has(n));
for (const w of world) for (const n of worldNames(w)) own(n, w.cca3);
const unique = (n) => owners.get(n.toLowerCase())?.length === 1;

const byId = new Map(lexicon.countries.map((c) => [c.id, c]));
const known = new Set(lexicon.countries.flatMap((c) => [c.name, ...c.aliases]).map((n) => n.toLowerCase()));
for (const [a2, v] of Object.entries(en)) {
  const id = alpha3[a2];
  if (!id || SKIP.has(id)) continue;
  const names = namesOf(v)
    .filter(unique)
    .filter((n) => !known.has(n.toLowerCase()));
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

// Demonyms: one a single state uses; when several territories share one, the independent
// state among them keeps it ("French": France, not the French Southern Territories).
const demonymOwners = new Map();
for (const w of world) {
  const d = w.demonyms?.eng;
  for (const word of new Set(d ? [d.m, d.f] : [])) if (word && !word.includes(',') && !NOT_DEMONYMS.has(word)) demonymOwners.set(word, [...(demonymOwners.get(word) ?? []), w]);
}
const demonymOf = new Map();
for (const [word, ws] of demonymOwners) {
  const states = ws.length === 1 ? ws : ws.filter((w) => w.independent);
  if (states.length === 1) demonymOf.set(word, states[0].cca3);
}
// Capitals: a city only one state has, that names no state itself ("Djibouti", "Singapore").
const capitalOwners = new Map();
for (const w of world) for (const cap of w.capital ?? []) if (!NOT_CAPITALS.has(cap)) capitalOwners.set(cap, [...(capitalOwners.get(cap) ?? []), w.cca3]);
const taken = new Set(lexicon.countries.flatMap((c) => [...c.adjectives, ...c.capitals]).map((n) => n.toLowerCase()));
const addTo = (list, words) => {
  for (const w of words)
    if (!taken.has(w.toLowerCase()) && !known.has(w.toLowerCase())) {
      list.push(w);
      taken.add(w.toLowerCase());
    }
};
for (const w of world) {
  if (SKIP.has(w.cca3)) continue;
  const names = worldNames(w)
    .filter(unique)
    .filter((n) => !known.has(n.toLowerCase()))
    // A demonym among the other spellings ("Togolese" for Togo) is an adjective, added below, not a name.
    .filter((n) => !demonymOf.has(n) && !taken.has(n.toLowerCase()));
  // A country whose English names in i18n-iso-countries all carry a comma or a bracket
  // ("Moldova, Republic of", "Holy See (Vatican City State)") takes world-countries' common name.
  if (!byId.has(w.cca3) && names.length) {
    const name = names.includes(w.name.common) ? w.name.common : [...names].sort((a, b) => a.length - b.length)[0];
    const added = { id: w.cca3, name, aliases: [], adjectives: [], capitals: [] };
    lexicon.countries.push(added);
    byId.set(w.cca3, added);
  }
  const entry = byId.get(w.cca3);
  if (!entry) continue;
  entry.aliases.push(...names.filter((n) => n !== entry.name));
  for (const n of names) known.add(n.toLowerCase());
  addTo(entry.adjectives, [...[...demonymOf].filter(([, id]) => id === w.cca3).map(([word]) => word), ...(MORE_DEMONYMS[w.cca3] ?? [])]);
  addTo(entry.capitals, [...(w.capital ?? []).filter((cap) => capitalOwners.get(cap)?.length === 1), ...(MORE_CAPITALS[w.cca3] ?? [])]);
}

// Names and demonyms several independent states share ("Congo", "Congolese", "Dominican"): none is
// an alias of either, and a document resolves one to the state of the two it is about or names
// otherwise (extract/actors/coreference.ts, `sharedNameReferences`).
const sharedOwners = new Map();
const share = (n, id) => {
  if (n && latin(n) && !n.includes(',') && !(sharedOwners.get(n) ?? []).includes(id)) sharedOwners.set(n, [...(sharedOwners.get(n) ?? []), id]);
};
const independent = new Set(world.filter((w) => w.independent).map((w) => w.cca3));
for (const [a2, v] of Object.entries(en)) for (const n of namesOf(v)) share(n, alpha3[a2]);
for (const w of world) {
  for (const n of worldNames(w)) share(n, w.cca3);
  const d = w.demonyms?.eng;
  for (const word of new Set(d ? [d.m, d.f] : [])) share(word, w.cca3);
  for (const cap of w.capital ?? []) share(cap, w.cca3);
}
const sharedNames = Object.fromEntries(
  [...sharedOwners]
    .map(([n, ids]) => [n, ids.filter((id) => independent.has(id) && byId.has(id)).sort()])
    .filter(([, ids]) => ids.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);

const line = (c) => '    ' + JSON.stringify(c).replace(/^\{/, '{ ').replace(/\}$/, ' }').replace(/","/g, '", "').replace(/":/g, '": ').replace(/,"/g, ', "');
writeFileSync(
  file,
  `{\n  "$comment": ${JSON.stringify(lexicon.$comment)},\n  "$licence": ${JSON.stringify(lexicon.$licence)},\n  "sharedNames": ${JSON.stringify(sharedNames)},\n  "countries": [\n${lexicon.countries.map(line).join(',\n')}\n  ]\n}\n`,
);
console.log(
  `lexicon/countries.json: ${lexicon.countries.length} countries, ${lexicon.countries.filter((c) => c.adjectives.length).length} with adjectives, ${lexicon.countries.filter((c) => c.capitals.length).length} with capitals`,
);
