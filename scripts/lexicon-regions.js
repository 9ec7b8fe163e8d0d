#!/usr/bin/env node
// npm run lexicon:regions — writes lexicon/regions.json: the world's regions by the adjectives
// prose uses for them ("the Northeast Asian nation", "the West African state"), each with the
// ISO alpha-3 codes of its members, taken from world-countries' `region` and `subregion` (the UN
// M49 groups; ODbL). The adjectives are this script's (the table below); a region a document's
// pair has one member of names that member. Kosovo is `UNK` in world-countries and `XKK` in
// countries.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const world = require('world-countries');
const file = new URL('../lexicon/regions.json', import.meta.url);
/** Adjectives by UN M49 region or subregion (several subregions may share an adjective). */
const ADJECTIVES = {
  Africa: ['African'],
  Asia: ['Asian'],
  Europe: ['European'],
  Oceania: ['Pacific', 'Oceanian'],
  'Eastern Asia': ['East Asian', 'Northeast Asian', 'North-East Asian', 'North East Asian'],
  'South-Eastern Asia': ['Southeast Asian', 'South-East Asian', 'South East Asian'],
  'Southern Asia': ['South Asian'],
  'Central Asia': ['Central Asian'],
  'Western Asia': ['West Asian', 'Middle Eastern', 'Mideast'],
  'Northern Africa': ['North African'],
  'Western Africa': ['West African'],
  'Eastern Africa': ['East African'],
  'Middle Africa': ['Central African'],
  'Southern Africa': ['Southern African'],
  'Northern Europe': ['Northern European', 'Nordic', 'Scandinavian'],
  'Western Europe': ['Western European'],
  'Eastern Europe': ['Eastern European'],
  'Central Europe': ['Central European'],
  'Southeast Europe': ['Balkan', 'Southeast European'],
  'Southern Europe': ['Southern European', 'Mediterranean'],
  'South America': ['South American', 'Latin American'],
  'Central America': ['Central American', 'Latin American'],
  Caribbean: ['Caribbean'],
  'Australia and New Zealand': ['Antipodean'],
  Melanesia: ['Melanesian', 'Pacific'],
  Micronesia: ['Micronesian', 'Pacific'],
  Polynesia: ['Polynesian', 'Pacific'],
};
// "Nordic" and "Scandinavian" do not take in the Baltic states or the British Isles; "Latin American" takes in Mexico.
const EXCEPT = { Nordic: ['ALA', 'EST', 'GBR', 'GGY', 'IMN', 'IRL', 'JEY', 'LTU', 'LVA'], Scandinavian: ['ALA', 'EST', 'FIN', 'FRO', 'GBR', 'GGY', 'IMN', 'IRL', 'ISL', 'JEY', 'LTU', 'LVA', 'SJM'] };
const EXTRA = { 'Latin American': ['MEX'], 'Middle Eastern': ['EGY'], Mideast: ['EGY'] };
const code = (c) => (c.cca3 === 'UNK' ? 'XKK' : c.cca3);
// Only states countries.json lists (it leaves out a few dependencies).
const known = new Set(JSON.parse(readFileSync(new URL('../lexicon/countries.json', import.meta.url), 'utf8')).countries.map((c) => c.id));
const byAdjective = new Map();
for (const c of world) {
  for (const group of [c.region, c.subregion]) {
    for (const adj of ADJECTIVES[group] ?? []) {
      if (EXCEPT[adj]?.includes(code(c)) || !known.has(code(c))) continue;
      byAdjective.set(adj, new Set([...(byAdjective.get(adj) ?? []), code(c)]));
    }
  }
}
for (const [adj, extra] of Object.entries(EXTRA)) for (const x of extra) byAdjective.get(adj).add(x);
const regions = [...byAdjective].map(([adjective, members]) => ({ adjective, countries: [...members].sort() })).sort((a, b) => a.adjective.localeCompare(b.adjective));
const out = {
  $comment:
    'Regions by the adjective prose names them with ("the Northeast Asian nation"), each with its members (ISO 3166-1 alpha-3). Read by the actor stage (actors/coreference.ts): "the <adjective> <head>" (heads below, singular) names the one country of the document\'s pair in the region, and nothing when both or neither are. Written by `npm run lexicon:regions` (scripts/lexicon-regions.js) from the UN M49 regions of world-countries.',
  $licence:
    'Members from world-countries 5.1.0 by Mohammed Le Doze, Open Database License (ODbL) 1.0, https://github.com/mledoze/countries: this file, as a database derived from it, is under the ODbL too.',
  heads: ['nation', 'country', 'state', 'neighbour', 'neighbor', 'kingdom', 'republic', 'archipelago', 'island nation', 'island state', 'island country', 'government', 'power', 'ally', 'partner'],
  regions,
};
writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
console.log(`lexicon/regions.json: ${regions.length} region adjectives`);
