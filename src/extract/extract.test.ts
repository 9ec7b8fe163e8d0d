import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from './pipeline.js';
import { findTimes } from './time/time-stage.js';
import { structure } from '../ingest/segment/structure.js';

function run(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate });
}

const negatives = readFileSync(new URL('../../test/data/negatives.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));

describe('time stage on real sentences', () => {
  it.each([
    ['The Communist Party of Viet Nam (CPV) adopted the Doi Moi policy at the 6th Party Congress held in December 1986.', 'December 1986', 101, '1986-12', 'month'],
    ['Tran Dai Quang in May–June 2018.', 'May–June 2018', 18, '2018-05/2018-06', 'interval'],
    ['the Second Indochina War (1960–1975), and the Sino-Viet Nam Confrontation', '1960–1975', 26, '1960/1975', 'interval'],
    ['a revision of the ODA charter from 1993 to 2021 was made', 'from 1993 to 2021', 35, '1993/2021', 'interval'],
    ['between 1992 and 2011, Japan was the top donor', 'between 1992 and 2011', 0, '1992/2011', 'interval'],
    ['relations in the 1970s were limited', 'the 1970s', 13, '197X', 'decade'],
    ['since the early 1990s', 'the early 1990s', 6, '1990/1993', 'decade'],
    ['his return to power in the late 2012', 'the late 2012', 21, '2012-09/2012-12', 'season'],
    ['At the end of 2010, the dialogue started', 'the end of 2010', 3, '2010-10/2010-12', 'season'],
    ['in early October 2021 the new cabinet', 'early October 2021', 3, '2021-10', 'month'],
    ['The ODA budget for FY2011 was cut.', 'FY2011', 19, '2011', 'year'],
    ['trade in the 16th century', 'the 16th century', 9, '15XX', 'century'],
    ['by the mid-21st century', 'the mid-21st century', 3, '2040/2060', 'century'],
    ['Since 1986, Viet Nam has opened up.', 'Since 1986', 0, '1986/..', 'open'],
    ['Bilateral diplomatic relations were established on September 21, 1973 and Japan', 'September 21, 1973', 50, '1973-09-21', 'day'],
    ['people-to-people relations which can date back to the the eighth century, when a Vietnamese Buddhist monk', 'the eighth century', 56, '07XX', 'century'],
    ["In 2012-2013, Japan's projects continued to support Vietnam", '2012-2013', 3, '2012/2013', 'interval'],
    [
      'In this context, Japan invited senior defense officials from ASEAN countries to a meeting in Okinawa on February 18<sup>th</sup> 2014 to discuss the joint development of equipment to combat natural disasters and terror.',
      'February 18<sup>th</sup> 2014',
      104,
      '2014-02-18',
      'day',
    ],
    [
      'In the first two decades of the 21st century, Vietnam-Japan relations have flourished, with frequent high-level visits and cooperation to elevate bilateral ties.',
      'the first two decades of the 21st century',
      3,
      '2000/2019',
      'interval',
    ],
  ])('%s', (sentence, text, _, edtf, granularity) => {
    const t = findTimes(sentence).find((x) => x.text === text);
    expect(t, JSON.stringify(findTimes(sentence).map((x) => x.text))).toBeDefined();
    const start = sentence.indexOf(text);
    expect(t).toMatchObject({ start, end: start + text.length, edtf, granularity });
    expect(sentence.slice(t!.start, t!.end)).toBe(text);
  });

  it('resolves relative expressions from the passage and from the document date', () => {
    const text = 'In November 1992, Japan resumed ODA. A year later, the first donor meeting was held. In October, talks began. Two months earlier, a delegation came.';
    expect(findTimes(text).map((t) => [t.text, t.edtf])).toEqual([
      ['November 1992', '1992-11'],
      // Counted on from a month, a year later keeps the month (TimeML: the anchor's granularity; session 18).
      ['A year later', '1993-11'],
      ['October', '1993-10'],
      ['Two months earlier', '1993-08'],
    ]);
    expect(findTimes('Last year the two countries marked the anniversary. On Monday the minister arrived.', '2014-03-12').map((t) => [t.text, t.edtf])).toEqual([
      ['Last year', '2013'],
      ['Monday', '2014-03-10'],
    ]);
    // "recent years": the past up to the document's date, TIMEX3 PAST_REF.
    expect(
      findTimes('In recent years, Japan\'s ODA for Vietnam has been provided based on the "Latest Policy for National Assistance to Vietnam".', '2023-09-01').map((t) => [
        t.text,
        t.edtf,
        t.timex.value,
      ]),
    ).toEqual([['recent years', '../2023', 'PAST_REF']]);
    // The explicit date beside a relative one names the same time.
    expect(
      findTimes('In early October 2021, Fumio Kishida went to Glasgow. Three weeks later, in late November, Prime Minister Phạm Minh Chính visited Japan.').map((t) => [
        t.text,
        t.edtf,
        t.timex.mod ?? '',
        t.coreferent ?? false,
      ]),
    ).toEqual([
      ['early October 2021', '2021-10', 'START', false],
      ['Three weeks later', '2021-11', '', true],
      ['late November', '2021-11', 'END', false],
    ]);
  });

  it('gives TIMEX3 values', () => {
    const [t] = findTimes('in the early 1990s');
    expect(t!.timex).toEqual({ type: 'DATE', value: '199', mod: 'START' });
  });
});

describe('negative cases yield nothing', () => {
  it.each(negatives)('%s', (line) => {
    const [kind, text] = [line.slice(0, 1), line.slice(2)];
    const a = run(text, '2020');
    expect(a.times.map((t) => t.text)).toEqual([]);
    expect(a.events).toEqual([]);
    if (kind === 'A') expect(a.facts.map((f) => f.value)).toEqual([]);
    // No person and no body the lexicon does not know is named: a title in a show's or trophy's name ("Prime Minister's Questions") names nobody.
    expect(a.entities.filter((e) => e.kind === 'person' || e.entity.includes(':unknown:')).map((e) => e.text)).toEqual([]);
  });
});

describe('actors', () => {
  it('resolves spellings, diacritics, name order and offices to one entity', () => {
    const text =
      'In November 2021, Phạm Minh Chính met Kishida Fumio in Tokyo. Pham Minh Chinh thanked Fumio Kishida. The Communist Party of Vietnam (CPV) and the VCP agreed. In January 2013, Prime Minister Abe visited Viet Nam and Việt Nam.';
    const a = run(text);
    const by = (s: string) => a.entities.find((e) => e.text === s)?.entity;
    expect(by('Phạm Minh Chính')).toBe(by('Pham Minh Chinh'));
    expect(by('Kishida Fumio')).toBe(by('Fumio Kishida'));
    expect(by('CPV')).toBe('organisation:cpv');
    expect(by('VCP')).toBe('organisation:cpv');
    expect(by('Abe')).toBe('person:shinzo-abe');
    expect(by('Viet Nam')).toBe('country:VNM');
    expect(by('Việt Nam')).toBe('country:VNM');
  });

  it('resolves an office named by country to its holder at the date, and keeps unknown names', () => {
    const a = run('In August 1994, the Japanese prime minister visited Hanoi. Speaker of the House Yamazaki Masaaki came in 2015.');
    expect(a.entities.find((e) => e.rule === 'office-holder')?.name).toBe('Tomiichi Murayama');
    expect(a.entities.find((e) => e.text === 'Yamazaki Masaaki')).toMatchObject({ kind: 'person', entity: 'person:unknown:masaaki-yamazaki' });
  });

  it("resolves a short name after a title through the title's office at the date", () => {
    const people = (text: string) =>
      run(text)
        .entities.filter((e) => e.kind === 'person')
        .map((e) => [e.start, e.text, e.entity]);
    expect(people('A year later, in October 2011, Prime Minister Dung visited Japan and met with Prime Minister Yoshihiko Noda.')).toEqual([
      [46, 'Dung', 'person:nguyen-tan-dung'],
      [93, 'Yoshihiko Noda', 'person:yoshihiko-noda'],
    ]);
    // Two people are called Clinton; the president of 1995 is Bill Clinton.
    expect(people('In July 1995, President Clinton finally announced the normalisation of diplomatic relations with Viet Nam.')).toEqual([[24, 'Clinton', 'person:bill-clinton']]);
    // Without a title a short name names no one.
    expect(people('Dung visited Japan in 2011.')).toEqual([]);
  });

  it('keeps an organisation no file knows, by its head word, from its first capitalised word', () => {
    const text =
      "Huong, L.M. (2021). Vietnam's economy from the perspective of international organizations. National Institute of Finance. Shiraishi, M. (2014a). Tokyo: Waseda Institute of Asia-Pacific Studies.";
    const orgs = run(text)
      .entities.filter((e) => e.rule === 'org-head-word')
      .map((e) => [e.start, e.text]);
    expect(orgs).toEqual([
      [91, 'National Institute of Finance'],
      [152, 'Waseda Institute of Asia-Pacific Studies'],
    ]);
  });

  it('finds an alias only where a word begins, also after a letter beyond U+FFFF', () => {
    const text = 'Pan-Japanism, Nippon-Japan ties; Indochina, 𝐀Japan and Japan.';
    const names = run(text)
      .entities.filter((e) => e.entity === 'country:JPN')
      .map((e) => [e.start, e.text]);
    expect(names).toEqual([
      [14, 'Nippon'],
      [21, 'Japan'],
      [56, 'Japan'],
    ]);
  });
});

describe('facts', () => {
  it('reads a series as one fact per value, with periods', () => {
    const text = 'The number of Japanese visitors arriving in Viet Nam has also increased rapidly, from 120,000 in 1995 to 210,000 in 2003, 440,000 in 2010.';
    const a = run(text);
    expect(a.facts.map((f) => [f.value, f.unit, f.period, f.indicator, text.slice(f.valueStart, f.valueEnd)])).toEqual([
      [120000, 'persons', '1995', 'visitors', '120,000'],
      [210000, 'persons', '2003', 'visitors', '210,000'],
      [440000, 'persons', '2010', 'visitors', '440,000'],
    ]);
  });

  it('reads currencies with scale words and qualifiers', () => {
    const text = 'It was a low-income country with a gross domestic product (GDP) per capita of less than US\\$100. The accumulated amount reached ¥3 trillion (approximately US\\$26 billion).';
    const a = run(text);
    expect(a.facts.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [100, 'USD', 'less_than'],
      [3e12, 'JPY', 'exact'],
      [26e9, 'USD', 'approx'],
    ]);
  });

  it('carries the unit and indicator through a list, and the indicator from the sentence before', () => {
    const text =
      'Meanwhile, the number of Vietnamese residing in Japan has increased rapidly, especially in recent years. The number increased rather slowly in the past: 9,009 persons in 1995, 16,908 in 2000, 41,781 in 2010, and 72,256 in 2013.';
    expect(run(text).facts.map((f) => [f.value, f.unit, f.period, f.indicator])).toEqual([
      [9009, 'persons', '1995', 'residents'],
      [16908, 'persons', '2000', 'residents'],
      [41781, 'persons', '2010', 'residents'],
      [72256, 'persons', '2013', 'residents'],
    ]);
  });

  it('gives a flow its direction when the passage states it', () => {
    const text = 'Thus, as of the end of 2021, the accumulated amount of Japanese ODA to Viet Nam reached ¥3 trillion (approximately US\\$26 billion), of which more than ¥2.';
    const [f] = run(text).facts;
    expect([f!.value, f!.indicator, f!.direction]).toEqual([3e12, 'oda', { from: 'Japan', to: 'Vietnam' }]);
    // A letter before a digit makes a name, not a quantity: "G7".
    expect(run('In 2009, Japan became the first G7 country to establish a strategic partnership with Vietnam.').facts.map((x) => x.value)).toEqual([]);
  });

  it('reads ranks with their years', () => {
    const a = run("Viet Nam as a destination for Japan's exports ranked 29th in 2000, 10th in 2015, and 9th in 2019.");
    expect(a.facts.map((f) => [f.value, f.unit, f.period])).toEqual([
      [29, 'rank', '2000'],
      [10, 'rank', '2015'],
      [9, 'rank', '2019'],
    ]);
  });

  it('takes the subject of a rank from its clause, not from the countries it is compared with', () => {
    const text =
      "Regarding the future prospects, according to the Japan Bank for International Cooperation (JBIC)'s questionnaire research targeting Japanese companies (multiple answers possible), as a promising business target in about three years, Viet Nam was ranked third (after China and India) in 2020 and fourth in 2021 (after China, India, and the US).";
    const a = run(text);
    expect(a.facts.map((f) => [f.value, f.unit, f.period, f.subject, text.slice(f.valueStart, f.valueEnd)])).toEqual([
      [3, 'rank', '2020', 'Vietnam', 'third'],
      [4, 'rank', '2021', 'Vietnam', 'fourth'],
    ]);
  });

  it('reads "was number 6" as a rank, and an ordinal before a plain noun as no rank', () => {
    const text =
      "The detailed figures in 2019 were as follows: Thailand was number 5 (1.81 million visitors), and Viet Nam was number 6 (950,000 visitors) (Japan Travel Bureau, each year's edition).";
    expect(
      run(text)
        .facts.filter((f) => f.unit === 'rank')
        .map((f) => [f.value, f.period, text.slice(f.valueStart, f.valueEnd)]),
    ).toEqual([
      [5, '2019', '5'],
      [6, '2019', '6'],
    ]);
    expect(run('In January 2013, Vietnam was the destination for Abe’s first foreign visit after taking office for the second time.').facts).toEqual([]);
  });

  it('leaves out targets and ranks no period places, and takes an open interval as a period', () => {
    expect(
      run(
        'The Congress presented a detailed image of the level of an industrialised country by 2020: GDP per capita should surpass US\\$3,000, and industry and services should account for 85% of GDP.',
      ).facts,
    ).toEqual([]);
    expect(
      run('Vietnamese leaders often mention that Japan is a major partner as the top donor of ODA, the second biggest investor (following Korea), and the third biggest trade partner.').facts,
    ).toEqual([]);
    const since = run('In terms of the origin of FDI, in recent years (since 2013) Japan has been fourth after China, Korea, and the US.').facts;
    expect(since.map((f) => [f.value, f.unit, f.period])).toEqual([[4, 'rank', '2013/..']]);
  });

  it('reads a number before a comma, and a four-digit count with a comma is not a year', () => {
    const text =
      'According to the 2019 statistics, the total number of foreign students (including those studying in Japanese language schools) was 312,000, amongst which Vietnamese students numbered 73,000.';
    expect(run(text).facts.map((f) => [f.value, f.indicator, f.period])).toEqual([
      [312000, 'students', '2019'],
      [73000, 'students', '2019'],
    ]);
    expect(run('The companies numbered 894 in 2010 and 1,772 companies in 2018.').facts.map((f) => [f.value, f.period])).toEqual([
      [894, '2010'],
      [1772, '2018'],
    ]);
  });

  it('marks figures about third countries only, in a document about a pair', () => {
    const text = [
      'In November 2021, Prime Minister Pham Minh Chinh visited Japan and issued a new joint statement with Prime Minister Fumio Kishida.',
      'In 2009, Japan became the first G7 country to establish a strategic partnership with Vietnam.',
      "In May 1999, Finance Minister Kiichi Miyazawa visited Hanoi, promising a ¥20 billion loan for Viet Nam's economic reform.",
      'In 2019, out of 150,000 workers going abroad, 80,000 departed for Japan (first), 55,000 for Taiwan (second), and 7,000 for Korea (third) (Japan External Trade Organization, 2020).',
    ].join(' ');
    const all = run(text).facts.filter((f) => f.indicator === 'workers');
    expect(all.filter((f) => f.thirdParty).map((f) => f.value)).toEqual([55000, 7000]);
    const workers = all.filter((f) => !f.thirdParty);
    expect(workers.find((f) => f.value === 80000)?.subject).toBe('Japan');
    expect(workers.map((f) => f.value)).not.toContain(55000);
    expect(workers.map((f) => f.value)).not.toContain(7000);
  });

  it('takes the indicator that fits the unit, and reads ranges and lengths', () => {
    // The sentence as the corpus prints it, cut by a page break.
    const text =
      "Prime Minister Abe himself has straightforwardly stated that ASEAN's integration plan to unite into a single market with the total value of \\$2,000 billion and a population of 600 million by 2015 is a big attraction to";
    expect(run(text).facts.map((f) => [f.value, f.unit, f.indicator])).toEqual([
      [2e12, 'USD', 'quantity'],
      [6e8, 'persons', 'population'],
    ]);
    const growth =
      'As the economy has been growing fast over a decade (7-8% annual GDP growth during the 1992-2006 period), the CPV increasingly bases its legitimacy on its socio-economic performance.';
    expect(run(growth).facts.map((f) => [f.value, f.unit, f.period, f.subject])).toEqual([
      [7, 'percent', '1992/2006', 'Vietnam'],
      [8, 'percent', '1992/2006', 'Vietnam'],
    ]);
    const coast =
      "the Coast Guard is responsible of enhancing law enforcement, rescue operations and environmental protection in the territorial waters along the country's coastal line of more than 3,200 kilometers and sovereign sea areas.";
    expect(run(coast).facts.filter((f) => f.unit === 'persons')).toEqual([]);
  });

  it('turns the rows of a table with a header into facts cited to the row', () => {
    const text = 'Plant\tProvince\tCapacity (MW)\tStart year\nVinh Tan 4\tBinh Thuan\t1,200\t2017\nNghi Son 1\tThanh Hoa\t600\t2013';
    const a = run(text);
    expect(a.facts.map((f) => [f.indicator, f.value, f.period, f.subject, text.slice(f.start, f.end)])).toEqual([
      ['capacity_mw', 1200, '2017', 'Vinh Tan 4', 'Vinh Tan 4\tBinh Thuan\t1,200\t2017'],
      ['capacity_mw', 600, '2013', 'Nghi Son 1', 'Nghi Son 1\tThanh Hoa\t600\t2013'],
    ]);
  });
});
