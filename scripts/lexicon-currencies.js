#!/usr/bin/env node
// npm run lexicon:currencies — completes lexicon/currencies.json with every ISO 4217 currency in
// use: code, English name and the countries that use it from world-countries (ODbL), with the
// symbols and words prose writes them with. Entries already in the file keep what they have and
// only gain what they lack, so hand edits stay. The lexicon file is what runs.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const file = new URL('../lexicon/currencies.json', import.meta.url);
const world = require('world-countries');
const lexicon = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { currencies: [] };
// Local currencies world-countries lists that have no ISO 4217 code of their own.
const NOT_ISO = new Set(['FOK', 'GGP', 'IMP', 'JEP', 'KID', 'TVD', 'CKD', 'ZWB']);
// The last word of a currency's name is written alone after a number ("85 trillion won") when it
// is not an ordinary English word; these are ("5 real problems", "10 marks", "the sol").
const NOT_ALONE = new Set([
  'real',
  'mark',
  'sol',
  'som',
  'tala',
  'kina',
  'pula',
  'rand',
  'lev',
  'lei',
  'leu',
  'lek',
  'dram',
  'loti',
  'vatu',
  'dobra',
  'leone',
  'afghani',
  'balboa',
  'pataca',
  'gourde',
  'denar',
  'lari',
  'franc',
  'dalasi',
  'bonds',
]);
// Of those, the words that are money where a country using the currency is named in the sentence
// or the document ("pledged 18 million kina" in a report on Papua New Guinea): `localWords`,
// lowercase only ("200 Afghani migrants" is no money). "real" and "mark" stay ordinary words even
// there ("two real options"), and "bonds" is no currency's name alone.
const NOT_LOCAL = new Set(['real', 'mark', 'bonds', 'sol']);
// Symbols and words prose uses beyond world-countries' one symbol per currency. A symbol that is
// plain letters ("Sh", "K", "L") stands before numbers in other senses, so only these are kept.
const MORE = {
  USD: { symbols: ['US$', 'U.S.$'], words: ['greenback'] },
  AUD: { symbols: ['A$', 'AU$'] },
  CAD: { symbols: ['C$', 'CA$', 'Can$'] },
  NZD: { symbols: ['NZ$'] },
  HKD: { symbols: ['HK$'] },
  SGD: { symbols: ['S$'] },
  TWD: { symbols: ['NT$'] },
  BRL: { symbols: ['R$'], words: ['reais'] },
  MXN: { symbols: ['Mex$'] },
  JPY: { symbols: ['¥', '円'] },
  CNY: { symbols: ['¥', '元', 'RMB'], words: ['renminbi', 'yuan'] },
  KRW: { symbols: ['₩'] },
  VND: { symbols: ['₫'], words: ['dong'] },
  INR: { symbols: ['₹', 'Rs', 'Rs.'], words: ['rupee'] },
  PKR: { symbols: ['Rs', 'Rs.', '₨'], words: ['rupee'] },
  LKR: { symbols: ['Rs', 'Rs.'], words: ['rupee'] },
  NPR: { symbols: ['Rs', 'Rs.'], words: ['rupee'] },
  IDR: { symbols: ['Rp', 'Rp.'], words: ['rupiah'] },
  MYR: { symbols: ['RM'], words: ['ringgit'] },
  PHP: { symbols: ['₱', 'PhP'], words: ['peso'] },
  THB: { symbols: ['฿'], words: ['baht'] },
  BDT: { symbols: ['Tk', '৳'], words: ['taka'] },
  EGP: { symbols: ['E£', 'LE', 'L.E.', '£E'] },
  GBP: { symbols: ['£'], words: ['pound sterling', 'sterling'] },
  EUR: { symbols: ['€'], words: ['euro'] },
  RUB: { symbols: ['₽'], words: ['rouble', 'ruble'] },
  TRY: { symbols: ['₺', 'TL'], words: ['lira', 'liras', 'lire'] },
  ILS: { symbols: ['₪', 'NIS'], words: ['shekel', 'new shekel'] },
  KES: { symbols: ['KSh', 'Ksh'] },
  UGX: { symbols: ['USh'] },
  TZS: { symbols: ['TSh'] },
  NGN: { symbols: ['₦'], words: ['naira'] },
  // A symbol of one letter ("R32.4 billion") is read only where a country that uses it is named (currency-finder.ts).
  ZAR: { symbols: ['R'], words: ['South African rand', 'rand'] },
  CHF: { symbols: ['CHF', 'SFr.'] },
  // "4.5 million Norwegian crowns": the English name of the krone, krona and koruna is a local word ("won three crowns" is no money),
  // and a common noun, listed in the file's `nounLocalWords`: money only in the plural after a scale word or an adjective.
  SEK: { words: ['krona', 'kronor'], localWords: ['crown'] },
  NOK: { words: ['krone', 'kroner'], localWords: ['crown'] },
  DKK: { words: ['krone', 'kroner'], localWords: ['crown'] },
  ISK: { words: ['krona', 'kronur'], localWords: ['crown'] },
  CZK: { symbols: ['Kč'], words: ['koruna'], localWords: ['crown'] },
  PLN: { symbols: ['zł'], words: ['zloty', 'złoty'] },
  HUF: { symbols: ['Ft'], words: ['forint'] },
  UAH: { symbols: ['₴'], words: ['hryvnia'] },
  KZT: { symbols: ['₸'], words: ['tenge'] },
  SAR: { symbols: ['SR'], words: ['riyal'] },
  QAR: { symbols: ['QR'] },
  KWD: { symbols: ['KD'] },
  AED: { symbols: ['Dh', 'Dhs'], words: ['dirham'] },
  IRR: { words: ['rial'] },
  MNT: { words: ['tugrik', 'tögrög'] },
  PYG: { words: ['guarani', 'guaraní'] },
  CRC: { words: ['colon', 'colón'] },
  NIO: { words: ['cordoba', 'córdoba'] },
  VES: { words: ['bolivar', 'bolívar'] },
  MMK: { words: ['kyat'] },
  KHR: { words: ['riel'] },
  LAK: { words: ['kip'] },
  GHS: { words: ['cedi'] },
  ETB: { words: ['birr'] },
  // Plurals not made with "s": "12 million lei", "40,000 leva", "3 million maloti", "45 million soles" (the singular "sol" stays an ordinary word).
  MDL: { localWords: ['lei'] },
  RON: { localWords: ['lei'] },
  BGN: { localWords: ['leva'] },
  LSL: { localWords: ['maloti'] },
  PEN: { localWords: ['soles'] },
};
const KEEP_SYMBOL = (s) => /[^\p{L}\s.]/u.test(s) && !/^[\p{Script=Arabic}.\s]+$/u.test(s);

const byCode = new Map(lexicon.currencies.map((c) => [c.code, c]));
const add = (list, xs) => {
  for (const x of xs) if (!list.includes(x)) list.push(x);
};
for (const w of world)
  for (const [code, v] of Object.entries(w.currencies ?? {})) {
    if (NOT_ISO.has(code)) continue;
    let entry = byCode.get(code);
    if (!entry) {
      entry = { code, name: v.name, countries: [], symbols: [], words: [] };
      lexicon.currencies.push(entry);
      byCode.set(code, entry);
    }
    add(entry.countries, [w.cca3]);
    if (v.symbol && KEEP_SYMBOL(v.symbol)) add(entry.symbols, [v.symbol.trim()]);
    const last = v.name.split(' ').pop().toLowerCase();
    add(entry.words, [NOT_ALONE.has(last) ? v.name : last]);
    if (NOT_ALONE.has(last) && !NOT_LOCAL.has(last) && !entry.words.includes(last)) add((entry.localWords ??= []), [last]);
  }
for (const [code, more] of Object.entries(MORE)) {
  const entry = byCode.get(code);
  add(entry.symbols, more.symbols ?? []);
  add(entry.words, more.words ?? []);
  if (more.localWords) add((entry.localWords ??= []), more.localWords);
}
lexicon.currencies.sort((a, b) => a.code.localeCompare(b.code));
const line = (c) => '    ' + JSON.stringify(c).replace(/^\{/, '{ ').replace(/\}$/, ' }').replace(/","/g, '", "').replace(/":/g, '": ').replace(/,"/g, ', "');
const head = Object.entries(lexicon)
  .filter(([k]) => k !== 'currencies')
  .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`)
  .join('');
writeFileSync(file, `{\n${head}  "currencies": [\n${lexicon.currencies.map(line).join(',\n')}\n  ]\n}\n`);
console.log(`lexicon/currencies.json: ${lexicon.currencies.length} currencies`);
