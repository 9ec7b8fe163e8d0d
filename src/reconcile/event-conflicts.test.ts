import { describe, expect, it } from 'vitest';
import type { EventAnnotation } from '../model/annotation.js';
import type { ContributionRow } from './contributions.js';
import { disagree, eventConflicts, otherDatings, type Telling } from './event-conflicts.js';
import { position } from './keys.js';

/** A seeded generator, so every run compares the same bucket. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PEOPLE: [string, string, string][] = [
  ['person:michelle-bachelet', 'Michelle Bachelet', 'country:CHL'],
  ['person:ollanta-humala', 'Ollanta Humala', 'country:PER'],
  ['person:sebastian-pinera', 'Sebastián Piñera', 'country:CHL'],
];
const PLACES = ['Lima', 'Santiago', 'Arica', 'Tacna'];
const ERRANDS = ['to open a border crossing', 'to sign a fisheries accord', 'for talks on the maritime boundary', 'to attend a trade fair'];

/**
 * A bucket of tellings of visits and upgrades between Chile and Peru in 2012 and 2013, dated at
 * year and month precision, told in several documents with words that mostly agree or mostly do
 * not: many pairs disagree, most do not.
 */
function bucket(n: number, seed: number): ContributionRow[] {
  const r = rng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)]!;
  return Array.from({ length: n }, (_, seq): ContributionRow => {
    const year = 2012 + Math.floor(r() * 2);
    const monthly = r() < 0.6;
    const month = Math.floor(r() * 12);
    const upgrade = r() < 0.25;
    const [entity, name, country] = pick(PEOPLE);
    const when = monthly ? `in ${MONTHS[month]} ${year}` : `in ${year}`;
    const quote = upgrade ? `Chile and Peru raised their relations to a strategic partnership ${when}, ${pick(ERRANDS)}.` : `${name} visited ${pick(PLACES)} ${when} ${pick(ERRANDS)}.`;
    const date = monthly ? `${year}-${String(month + 1).padStart(2, '0')}` : String(year);
    const a: EventAnnotation = {
      stage: 'events',
      rule: 'test',
      start: seq * 200,
      end: seq * 200 + quote.length,
      type: upgrade ? 'partnership_upgrade' : 'leader_visit',
      plover: { type: 'CONSULT', mode: '' },
      date,
      dateSource: 'sentence',
      trigger: { start: seq * 200, end: seq * 200 + 5 },
      actors: upgrade
        ? [
            { name: 'Chile', entity: 'country:CHL', role: 'agent' },
            { name: 'Peru', entity: 'country:PER', role: 'target' },
          ]
        : [{ name, entity, role: 'agent' }],
      mode: 'asserted',
      confidence: 0.9,
    };
    return { doc: `report-${Math.floor(r() * 6)}.txt`, seq, data: { layer: 'tellings', a, quote, countries: upgrade ? ['country:CHL', 'country:PER'] : [country] } };
  });
}

/** The rule as first written: every telling against every later telling of another date (quadratic). */
function everyPair(year: string, rows: ContributionRow[]): { dates: string[]; cited: string[][] }[] {
  // dates: the type, then the two dates.
  const told: Telling[] = rows.flatMap(({ doc, seq, data }) => (data.layer === 'tellings' ? [{ doc, event: data.a, quote: data.quote, countries: data.countries, at: position(doc, seq) }] : []));
  const byPair = new Map<string, { dates: string[]; cited: string[][] }>();
  for (let i = 0; i < told.length; i++) {
    for (let j = i + 1; j < told.length; j++) {
      if (told[i]!.event.date === told[j]!.event.date) continue;
      const [a, b] = told[i]!.event.date < told[j]!.event.date ? [told[i]!, told[j]!] : [told[j]!, told[i]!];
      if (a.event.date.slice(0, 4) !== year || !disagree(a, b)) continue;
      const key = `${a.event.type}|${a.event.date}|${b.event.date}`;
      const c = byPair.get(key) ?? { dates: [a.event.type, a.event.date, b.event.date], cited: [[], []] };
      for (const [k, t] of [
        [0, a],
        [1, b],
      ] as const)
        if (!c.cited[k]!.includes(t.at)) c.cited[k]!.push(t.at);
      byPair.set(key, c);
    }
  }
  return [...byPair.values()];
}

describe('dating conflicts of a bucket', () => {
  it('are those every pair of tellings gives, each claim citing its tellings in the same order', () => {
    for (const seed of [1, 2, 3]) {
      const rows = bucket(240, seed);
      const expected = everyPair('2012', rows);
      const found = eventConflicts('tl|leader_visit|2012', '2012', rows).map((item) => ({
        dates: [(item.data as { about: string }).about.split(':')[0]!, ...(item.data as { claims: { value: string }[] }).claims.map((c) => c.value)],
        cited: (item.data as { claims: { citations: { doc: string; start: number }[] }[] }).claims.map((c) => c.citations.map((x) => position(x.doc, x.start / 200))),
      }));
      expect(expected.length).toBeGreaterThan(5);
      expect(new Set(found.map((f) => f.dates.join()))).toEqual(new Set(expected.map((f) => f.dates.join())));
      const byDates = new Map(expected.map((e) => [e.dates.join(), e.cited]));
      for (const f of found) expect(f.cited, f.dates.join()).toEqual(byDates.get(f.dates.join()));
    }
  });

  it('finds a conflict at year precision across the year boundary, and none between tellings with no party in common', () => {
    const rows = bucket(2, 9);
    const visit = (seq: number, doc: string, date: string, entity: string, name: string): ContributionRow => {
      const quote = `${name} visited Lima in ${date} to open a border crossing.`;
      const a: EventAnnotation = {
        ...(rows[0]!.data as { a: EventAnnotation }).a,
        start: seq * 200,
        end: seq * 200 + quote.length,
        type: 'leader_visit',
        date,
        actors: [{ name, entity, role: 'agent' }],
      };
      return { doc, seq, data: { layer: 'tellings', a, quote, countries: ['country:CHL'] } };
    };
    const two = [visit(0, 'a.txt', '2012', 'person:michelle-bachelet', 'Michelle Bachelet'), visit(1, 'b.txt', '2013', 'person:michelle-bachelet', 'Michelle Bachelet')];
    expect(eventConflicts('b', '2012', two).map((c) => (c.data as { claims: { value: string }[] }).claims.map((k) => k.value))).toEqual([['2012', '2013']]);
    const strangers = [visit(0, 'a.txt', '2012', 'person:michelle-bachelet', 'Michelle Bachelet'), visit(1, 'b.txt', '2013', 'person:sebastian-pinera', 'Michelle Bachelet')];
    expect(eventConflicts('b', '2012', strangers)).toEqual([]);
  });

  it("pairs a source's other dating with the act it dates again, and nothing else (session 48)", () => {
    const told = (start: number, date: string, rule: string, quote: string, doc = 'note.md', entity = 'country:GHA'): Telling => ({
      doc,
      quote,
      countries: ['country:GHA', 'country:TGO'],
      at: position(doc, start),
      event: {
        stage: 'events',
        rule,
        start,
        end: start + quote.length,
        type: 'other',
        plover: { type: 'COOPERATE', mode: '' },
        date,
        dateSource: 'sentence',
        trigger: { start, end: start + 6 },
        actors: [{ name: 'Ghana', entity, role: 'agent' }],
        mode: 'asserted',
        confidence: 0.8,
      },
    });
    const opened = told(0, '2022-03-14', 'verb', 'The border post opened on 14 March 2022.');
    // The other dating holds the trigger of the act it dates again (`redates`, set by source-datings.ts).
    const dated = (date: string, doc = 'note.md', link = { start: 0, end: 6 }, entity = 'country:GHA') => ({
      ...told(100, date, 'verb+other-dating', `The customs archive dates the opening to ${date}.`, doc, entity),
      event: { ...told(100, date, 'verb+other-dating', `The customs archive dates the opening to ${date}.`, doc, entity).event, redates: link },
    });
    expect(otherDatings([opened, dated('2022-03-21')])).toEqual([[0, 1]]);
    // Another month than the day's is a rival; the day's own month, or the year, is the same dating at another precision.
    expect(otherDatings([opened, dated('2022-04')])).toEqual([[0, 1]]);
    expect(otherDatings([opened, dated('2022-03')])).toEqual([]);
    expect(otherDatings([opened, dated('2022')])).toEqual([]);
    // Actors in another order or another actor do not matter: the link says which act it is.
    expect(otherDatings([opened, dated('2022-03-21', 'note.md', { start: 0, end: 6 }, 'country:TGO')])).toEqual([[0, 1]]);
    // Another document, no link, a link to another act, or more than a year apart: no act dated again.
    expect(otherDatings([opened, dated('2022-03-21', 'wire.txt')])).toEqual([]);
    expect(otherDatings([opened, { ...dated('2022-03-21'), event: { ...dated('2022-03-21').event, redates: undefined } }])).toEqual([]);
    expect(otherDatings([opened, dated('2022-03-21', 'note.md', { start: 50, end: 56 })])).toEqual([]);
    expect(otherDatings([opened, dated('2024-03-21')])).toEqual([]);
    // An act the dating's own sentence tells ("… logs date the reopening to 21 March 2022", the noun read as an act at the log's date).
    const own = told(95, '2022-03-14', 'verb', 'Logs date the reopening to 21 March 2022.');
    expect(otherDatings([own, dated('2022-03-21', 'note.md', { start: 95, end: 101 })])).toEqual([]);
    // Two acts of one type in one document, the second dated again: only the second is paired, and when the second is not among
    // the tellings (another year group) the first is never taken in its place.
    const protocol = told(0, '2023-03-03', 'verb', 'Ghana and Burkina Faso signed a trade protocol in Accra on 3 March 2023.');
    const accord = told(50, '2022-12-20', 'verb', 'Ghana and Burkina Faso signed a customs accord in Paga on 20 December 2022.');
    const other = {
      ...told(130, '2023-01-05', 'verb+other-dating', 'Other accounts say 5 January 2023.'),
      event: { ...told(130, '2023-01-05', 'verb+other-dating', 'Other accounts say 5 January 2023.').event, redates: { start: 50, end: 56 } },
    };
    expect(otherDatings([protocol, accord, other])).toEqual([[1, 2]]);
    expect(otherDatings([protocol, other])).toEqual([]);
    const item = eventConflicts('cf|other|2022', '2022', [
      { doc: 'note.md', seq: 0, data: { layer: 'tellings', a: opened.event, quote: opened.quote, countries: opened.countries } },
      { doc: 'note.md', seq: 1, data: { layer: 'tellings', a: dated('2022-03-21').event, quote: dated('2022-03-21').quote, countries: opened.countries } },
    ]);
    expect(item.map((c) => (c.data as { claims: { value: string }[] }).claims.map((k) => k.value))).toEqual([['2022-03-14', '2022-03-21']]);
  });
});
