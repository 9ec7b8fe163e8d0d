import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { lexiconPath } from '../../lexicon.js';
import { currencyLexicon, resolveCurrency } from './currency-finder.js';
import { numberWords, parseMultiple, parseNumber } from './numbers.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2024-01-01' }).facts;
}

/** [quote of the value, its offset, value, unit, period] of every fact. */
function values(text: string) {
  return facts(text).map((f) => [text.slice(f.valueStart, f.valueEnd), f.valueStart, f.value, f.unit, f.period ?? null]);
}

describe('money in any currency', () => {
  it.each([
    ['Seoul pledged 85 trillion won in investment in Vietnam in 2022.', '85 trillion won', 14, 85e12, 'KRW', '2022'],
    ['India committed ₹60,000 crore in loans to Bangladesh in 2019.', '₹60,000 crore', 16, 6e11, 'INR', '2019'],
    ['Bilateral trade between Kenya and Uganda reached 40 million Kenyan shillings in 2015.', '40 million Kenyan shillings', 49, 4e7, 'KES', '2015'],
    ['Australia provided A$1.5 billion in aid to Papua New Guinea in 2020.', 'A$1.5 billion', 19, 1.5e9, 'AUD', '2020'],
    ['Canada granted C$250 million in aid to Haiti in 2010.', 'C$250 million', 15, 2.5e8, 'CAD', '2010'],
    ['Pakistan received Rs 300 billion in loans from China in 2018.', 'Rs 300 billion', 18, 3e11, 'PKR', '2018'],
    ['China’s investment in the Philippines reached ¥2 billion in 2017.', '¥2 billion', 46, 2e9, 'CNY', '2017'],
    ['Japan’s grant aid to Cambodia reached ¥2 billion in 2017.', '¥2 billion', 38, 2e9, 'JPY', '2017'],
    ['Egypt’s exports to Israel reached E£500 million in 2018.', 'E£500 million', 34, 5e8, 'EGP', '2018'],
    ['Turkey sent 2 million euros in aid to Greece in 2021.', '2 million euros', 12, 2e6, 'EUR', '2021'],
    ['Ghana’s exports to Togo reached GH₵ 7.9 billion in 2025.', 'GH₵ 7.9 billion', 32, 7.9e9, 'GHS', '2025'],
    ['Trade between Mali and Burkina Faso reached 410 billion FCFA in 2025.', '410 billion FCFA', 44, 4.1e11, 'XOF', '2025'],
    ['Cameroon’s loans to Chad reached FCFA 12 billion in 2024.', 'FCFA 12 billion', 33, 1.2e10, 'XAF', '2024'],
    ['Bilateral trade was worth two million dollars in 1995.', 'two million dollars', 26, 2e6, 'USD', '1995'],
    ['Trade with Malaysia reached 12 billion ringgit in 2016, the Thai ministry said.', '12 billion ringgit', 28, 1.2e10, 'MYR', '2016'],
    ['Japan’s ODA to Vietnam totalled US$30 billion from 1993 to 2021.', 'US$30 billion', 32, 3e10, 'USD', '1993/2021'],
    ['Indian aid of Rs 5 lakh was given to Nepal in 2010.', 'Rs 5 lakh', 14, 5e5, 'INR', '2010'],
    ['The World Bank approved a $500-million loan for Ghana in 2021.', '$500-million', 26, 5e8, 'USD', '2021'],
    ['India extended Rs 1.5 lakh crore in credit lines to Bangladesh in 2023.', 'Rs 1.5 lakh crore', 15, 1.5e12, 'INR', '2023'],
    ['India’s exports to Nepal were ₹20 thousand crore in 2022.', '₹20 thousand crore', 30, 2e11, 'INR', '2022'],
    ['Japan pledged a million dollars to Laos in 2015.', 'a million dollars', 14, 1e6, 'USD', '2015'],
  ])('%s', (sentence, quote, offset, value, unit, period) => {
    expect(sentence.indexOf(quote)).toBe(offset);
    expect(values(sentence)).toEqual([[quote, offset, value, unit, period]]);
  });

  it('reads a bare "dollars" as US dollars and "Australian dollars" as Australian', () => {
    const s = 'Australian investment in Indonesia reached 3 billion Australian dollars in 2019, and US aid 5 million dollars in 2019.';
    expect(values(s).map((v) => v[3])).toEqual(['AUD', 'USD']);
  });

  it.each([
    ['Moon’s party, which in 2018 won the vote, pledged more aid.'],
    ['Won the election, the president said trade would grow.'],
    ['See page 12 of the trade report.'],
    ['The 2018 summit in Jakarta discussed investment.'],
    ['Viet Nam had been invited three times to the summit.'],
    ['The two countries discussed trade and aid.'],
    // A fraction of "a million" is left unread, never a million of anything.
    ['Japan pledged a quarter of a million dollars to Laos in 2015.'],
  ])('finds no money in %s', (sentence) => {
    expect(facts(sentence).filter((f) => f.unit !== 'count' && f.unit !== 'rank')).toEqual([]);
  });

  // `localWords`: money only beside a country that uses it, lowercase only.
  it.each([
    ['Botswana lent Namibia 40 million pula for a rail link in 2023.', '40 million pula', 22, 4e7, 'BWP', '2023'],
    ['Mali received 3 billion CFA francs from Senegal in 2022.', '3 billion CFA francs', 14, 3e9, 'XOF', '2022'],
    ['Romania lent Bulgaria 12 million lei in 2021.', '12 million lei', 22, 1.2e7, 'RON', '2021'],
    ['Moldova sent 25 million lei in flood aid to Bulgaria in 2023.', '25 million lei', 13, 2.5e7, 'MDL', '2023'],
    // "soles", the plural not made with "s" ("sol" alone stays an ordinary word).
    ['Peru lent Uruguay 80 million soles for a port study in 2022.', '80 million soles', 18, 8e7, 'PEN', '2022'],
    // "crowns", the English name of the koruna, krone and krona: the adjective before it picks which, else the sentence's country.
    ['Prague granted 120 million Czech crowns in flood aid to Slovakia in 2021.', '120 million Czech crowns', 15, 1.2e8, 'CZK', '2021'],
    ['Iceland posted a bond of 4.5 million Norwegian crowns for the seized trawler in 2024.', '4.5 million Norwegian crowns', 25, 4.5e6, 'NOK', '2024'],
    ['Sweden lent Finland 300 million crowns for the border railway in 2015.', '300 million crowns', 20, 3e8, 'SEK', '2015'],
    // A plural after a country's adjective is money without a scale word (`nounLocalWords`).
    ['Norway fined the Danish trawler 75,000 Danish crowns in 2019.', '75,000 Danish crowns', 32, 75000, 'DKK', '2019'],
  ])('reads a local currency word beside its country: %s', (sentence, quote, offset, value, unit, period) => {
    expect(sentence.indexOf(quote)).toBe(offset);
    expect(values(sentence).filter((v) => v[3] === unit)).toEqual([[quote, offset, value, unit, period]]);
  });

  it.each([
    ['Iceland and Portugal paid 18 million kina in 2023.'],
    ['Some 200 Afghani migrants crossed into Iran in 2024.'],
    ['Zambia sold 40 leva to Malawi in 2020.'],
    ['Uruguay paid 80 million soles to Paraguay in 2022.'],
    ['The hockey team from Ghana won three crowns in a row in 2022.'],
    // "crown" (`nounLocalWords`) is money only as an amount's plural head after a scale word or an adjective: not a modifier, nor a
    // bare count beside a country that uses a crown currency.
    ['Denmark returned 14 crown jewels to Norway in 1952.'],
    ['Sweden leased 30 crown farms to Norwegian settlers in 1920.'],
    ["Norway's skaters won 4 crowns against Sweden in 2021."],
    // An adjective of a state that uses no crown currency gives no currency, never another named state's.
    ['Slovakia transferred 600 million Slovak crowns to the Czech Republic in 1994.'],
    ['Estonia returned 80 million Estonian crowns to Sweden in 1996.'],
  ])('reads no local currency word away from its country: %s', (sentence) => {
    expect(facts(sentence).filter((f) => f.rule === 'currency')).toEqual([]);
  });

  it('reads no symbol inside a word ("Mrs 300")', () => {
    expect(facts('Trade with Mrs 300 partners in India rose in 2019.').filter((f) => f.rule === 'currency')).toEqual([]);
  });
});

describe('numbers in words, multiples and ranks', () => {
  it.each([
    ['Trade between Chile and Peru grew seven times between 2000 and 2020.', 'seven times', 7, 'times', '2000/2020'],
    ['Exports to Ghana rose twice as fast in 2012.', 'twice', 2, 'times', '2012'],
    ['Canada was the fourth largest investor in India in 2022.', 'fourth', 4, 'rank', '2022'],
    ['India and Pakistan signed eight agreements with each other in 2004.', 'eight', 8, 'count', '2004'],
    ['In 2006 Israel and Lebanon signed a dozen agreements with the UN.', 'a dozen', 12, 'count', '2006'],
  ])('%s', (sentence, quote, value, unit, period) => {
    const found = values(sentence);
    expect(found).toEqual([[quote, sentence.indexOf(quote), value, unit, period]]);
  });

  it.each(['In 2019 the two partners met in Hanoi.', 'In 2014 Japan gave six used vessels to raise the capacity of the coast guard.'])(
    'a number in words that points back or counts for a measure is no fact: %s',
    (sentence) => {
      expect(facts(sentence)).toEqual([]);
    },
  );

  it('parses scales, number words and multiples from lexicon/numbers.json', () => {
    expect(parseNumber('60,000', 'crore')).toBe(6e11);
    expect(parseNumber('3', 'lakh')).toBe(3e5);
    expect(parseNumber('two', 'million')).toBe(2e6);
    expect(parseNumber('a dozen')).toBe(12);
    expect(parseMultiple('twice')).toBe(2);
    expect(parseMultiple('seven times')).toBe(7);
    expect(parseMultiple('3-fold')).toBe(3);
    const w = numberWords();
    for (const part of [w.scales, w.cardinals, w.multiples, w.ordinals]) for (const n of Object.values(part)) expect(n).toBeGreaterThan(0);
  });
});

describe('lexicon/currencies.json', () => {
  const file = JSON.parse(readFileSync(lexiconPath('currencies.json'), 'utf8'));

  it('has a valid entry for each ISO 4217 code, each currency once', () => {
    const lex = currencyLexicon();
    expect(lex.currencies.length).toBeGreaterThan(150);
    for (const c of file.currencies) {
      expect(c.code).toMatch(/^[A-Z]{3}$/);
      expect(c.countries.length, c.code).toBeGreaterThan(0);
      for (const t of [...c.symbols, ...c.words]) expect(t.trim(), c.code).toBe(t);
      // Its code is itself; a symbol or word, in a country that uses it, is it or, where the
      // country has two currencies of one name (Cuba's pesos), nothing: never another's.
      expect(resolveCurrency(c.code, '', [], [])).toBe(c.code);
      for (const t of [...c.symbols, ...c.words]) {
        const got = resolveCurrency(t, '', c.countries, []);
        // "$" and "dollars" alone are US dollars whatever the country (file's "defaults").
        if (file.defaults[t]?.contextFirst === false) continue;
        if (got !== c.code)
          expect(
            lex.currencies.some((o) => o.code !== c.code && (o.symbols.includes(t) || o.words.includes(t)) && o.countries.some((x) => c.countries.includes(x))),
            `${c.code} ${t} → ${got}`,
          ).toBe(true);
      }
    }
    expect(new Set(file.currencies.map((c: { code: string }) => c.code)).size).toBe(file.currencies.length);
  });

  it('resolves a shared symbol from its country, never to another currency', () => {
    expect(resolveCurrency('Rs', '', ['PAK'], [])).toBe('PKR');
    expect(resolveCurrency('Rs', '', ['LKA'], [])).toBe('LKR');
    expect(resolveCurrency('Rs', '', [], [])).toBe('INR');
    expect(resolveCurrency('shilling', 'Ugandan', [], [])).toBe('UGX');
    expect(resolveCurrency('shilling', '', ['TZA'], [])).toBe('TZS');
    expect(resolveCurrency('shilling', '', [], ['SOM', 'KEN'])).toBe('SOS');
    expect(resolveCurrency('shilling', '', [], [])).toBeUndefined();
    expect(resolveCurrency('$', '', ['CAN'], [])).toBe('USD');
    expect(resolveCurrency('dollar', 'Hong Kong', [], [])).toBe('HKD');
    expect(resolveCurrency('dollar', 'New Taiwan', [], [])).toBe('TWD');
    expect(resolveCurrency('pound', 'Egyptian', [], [])).toBe('EGP');
    expect(resolveCurrency('£', '', ['GBR', 'IRL'], [])).toBe('GBP');
    expect(resolveCurrency('peso', '', ['PHL'], [])).toBe('PHP');
  });

  it('names the file and the entry of a bad one', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'dyad-lex-'));
    const { readdirSync } = await import('node:fs');
    for (const f of readdirSync(lexiconPath('.'))) if (f.endsWith('.json')) copyFileSync(lexiconPath(f), join(dir, f));
    writeFileSync(join(dir, 'currencies.json'), JSON.stringify({ currencies: [{ code: 'usd', name: 'dollar', countries: [], symbols: [], words: [] }] }));
    const { execFileSync } = await import('node:child_process');
    const script = `import('${new URL('../../../dist/extract/facts/currency-finder.js', import.meta.url).href}').then((m) => m.currencyLexicon())`;
    let message = '';
    try {
      execFileSync(process.execPath, ['-e', script], { env: { ...process.env, DYAD_LEXICON: dir }, stdio: 'pipe' });
    } catch (e) {
      message = String((e as { stderr: Buffer }).stderr);
    }
    expect(message).toContain(join(dir, 'currencies.json'));
    expect(message).toContain('currencies[0]');
    expect(message).toContain('three capital letters');
  });
});

describe('a symbol of letters ends at a word boundary (the regexes keep it so without a lookahead each, session 32)', () => {
  it('reads a symbol before a number or in a unit line, not one inside a longer word', () => {
    const { before, label } = currencyLexicon();
    const amounts = (text: string) => [...text.matchAll(before)].map((m) => [m[0], m.index]);
    expect(amounts('Sri Lanka pledged Rs 450 million and Rs500 more.')).toEqual([
      ['Rs 450 million', 18],
      ['Rs500', 37],
    ]);
    expect(amounts('The Rsx 450 account and the Rsa450 bond')).toEqual([]);
    expect(label.exec('Loans (Rs million)')?.[1]).toBe('Rs');
    // "Rsx" is no symbol; "MVR" is none glued to letters either.
    expect(label.exec('Loans (Rsx million)')?.[1]).toBeUndefined();
    expect(label.exec('Grants, MVRs')?.[1]).toBeUndefined();
  });
});

/** Session 47 second reading: "pounds of <goods>" weighs them; it is never money. */
describe('pounds of goods', () => {
  it('must not read "pounds of" goods as money, and still reads pounds of aid as money', () => {
    expect(values('Border officers at Busia seized 650 pounds of tea from a lorry in 2025.').map((v) => v[3])).not.toContain('GBP');
    expect(values('Britain gave Kenya 2 million pounds of aid in 2025.').map((v) => v[3])).toContain('GBP');
  });
});
