import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { restatedBySource, restatedFigure } from './restated.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.indicator, f.valueStart]);
}

/** Session 47: a source's own count of the paragraph's last figure, a bare number after its verb, measures what that figure did. */
describe("a source's count of a figure told before", () => {
  it('reads "put the figure at" after an amount of money: the same indicator and currency', () => {
    const text = 'Losses\n\nSeizures at the border cost traders EUR 4.2 million in 2025, the ministry said. The customs office put the figure at 3.9 million.\n';
    expect(facts(text)).toEqual([
      ['EUR 4.2 million', 4200000, 'EUR', 'quantity', text.indexOf('EUR 4.2')],
      ['3.9 million', 3900000, 'EUR', 'quantity', text.indexOf('3.9 million')],
    ]);
  });

  it('reads "counts about" and "puts the number at" after a count (the carried indicator read these before; kept as behaviour)', () => {
    const a = 'Refugees\n\nSome 12,000 Kenyan nationals live in Uganda, the embassy says; the Ugandan interior ministry counts about 14,500.\n';
    expect(facts(a).map((f) => f.slice(0, 4))).toEqual([
      ['12,000', 12000, 'persons', 'residents'],
      ['14,500', 14500, 'persons', 'residents'],
    ]);
    const b = 'Visitors\n\nAbout 48,000 Kenyan tourists visited Uganda in 2024. The tourism board puts the number at about 51,000.\n';
    expect(facts(b).map((f) => f.slice(0, 4))).toEqual([
      ['48,000', 48000, 'persons', 'visitors'],
      ['51,000', 51000, 'persons', 'visitors'],
    ]);
  });

  it('finds the verb before the number and what closes the clause after it', () => {
    const t = 'the agency counts about 27,500 for 2025.';
    expect(restatedBySource(t, t.indexOf('27,500'), t.indexOf('27,500') + 6)).toBe(true);
    const u = 'the agency counts about 27,500 vehicles.';
    expect(restatedBySource(u, u.indexOf('27,500'), u.indexOf('27,500') + 6)).toBe(false);
    const w = 'the agency opened 27,500.';
    expect(restatedBySource(w, w.indexOf('27,500'), w.indexOf('27,500') + 6)).toBe(false);
  });

  it('must not read a number with no figure before it in its paragraph, a section number or a time', () => {
    for (const text of [
      'Notes\n\nThe committee said 4.\n',
      'Notes\n\nThe treaty was signed in Nairobi. The ministry cited 12.\n',
      'Notes\n\nAbout 48,000 Kenyan tourists visited Uganda in 2024.\n\nThe report cites section 12.\n',
      'Notes\n\nAbout 48,000 Kenyan tourists visited Uganda in 2024. The board said 14:30 was the deadline.\n',
      'Notes\n\nSeizures at the border cost traders EUR 4.2 million in 2025. The police counted 12 for the same year.\n',
    ])
      expect(
        facts(text).filter((f) => f[1] !== 48000 && f[1] !== 4200000),
        text,
      ).toEqual([]);
  });
});

/** Session 47 review fixes: "said"/"reported" and "in …"/"for …" that is no date no longer make a source's count. */
describe("a source's count: what it must not read", () => {
  it('must not read an age, a tally, a meal count or a place in a queue', () => {
    for (const [text, keep] of [
      ['School\n\nAbout 45 pupils were taken from the flooded school. Asked how old he was, one boy said 8.\n', 45],
      ['Congress\n\nSome 900 delegates met in Jinja. The returning officer reported 820 in favour and 44 against.\n', 900],
      ['Board\n\nThe board of 12 members met. The secretary reported 7 in favour.\n', 12],
      ['Visit\n\nA delegation of about 50 officials arrived at 9. The protocol officer said 14 for the dinner.\n', 50],
      ['Border\n\nAbout 250 lorries waited at Busia each day in 2025. One driver said 30, in the line before him.\n', 250],
    ] as [string, number][])
      expect(
        facts(text).map((f) => f[1]),
        text,
      ).toEqual([keep]);
  });

  it('still reads a count after "records" and a dated count after "counted … in 2025"', () => {
    const a = 'Seizures\n\nInspectors said 420 bags of rice were seized; the customs register records 395.\n';
    expect(facts(a).map((f) => f.slice(0, 3))).toEqual([
      ['420', 420, 'count'],
      ['395', 395, 'count'],
    ]);
    const t = 'the board counted 2,300 in 2025.';
    expect(restatedBySource(t, t.indexOf('2,300'), t.indexOf('2,300') + 5)).toBe(true);
    const u = 'the board counted 2,300 in the hall.';
    expect(restatedBySource(u, u.indexOf('2,300'), u.indexOf('2,300') + 5)).toBe(false);
    const w = 'the officer said 2,300.';
    expect(restatedBySource(w, w.indexOf('2,300'), w.indexOf('2,300') + 5)).toBe(false);
  });

  it('restates the figure of the last sentence that holds one (the largest for "the total"), of the measure carried from the sentence before, with its period and subject (session 48)', () => {
    const all = (text: string) => {
      const { blocks, sentences } = structure(text);
      return extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [
        text.slice(f.valueStart, f.valueEnd),
        f.indicator,
        f.period,
        f.restates ? text.slice(f.restates.start, f.restates.end) : '',
      ]);
    };
    const a = 'Corridor\n\nImports through the port were worth about US$4.8 billion in 2024, with fuel making up US$1.9 billion. The World Bank puts the total at 5.1 billion.\n';
    expect(all(a).find((f) => f[0] === '5.1 billion')).toEqual(['5.1 billion', 'imports', '2024', 'US$4.8 billion']);
    const b = 'Commuters\n\nAbout 21,000 people crossed daily for work in 2024, the immigration service said. The statistics bureau counts about 27,500.\n';
    expect(all(b).find((f) => f[0] === '27,500')).toEqual(['27,500', 'population', '2024', '21,000']);
    const c = 'People\n\nAround 170,000 Togolese citizens travelled to Ghana in 2025. An estimated 130,000 ethnic Ghanaians live in Togo, though community groups put the figure at 170,000.\n';
    expect(all(c).find((f) => f[0] === '170,000' && f[3])?.[3]).toBe('130,000');
    // A part before its total in one sentence: "puts the total at" takes the total; "puts the figure at" is a guess, so nothing.
    const d = "Trade\n\nCocoa made up US$90 million of Ghana's exports to Togo, worth about US$610 million in 2024. The Togolese customs office puts the total at 655 million.\n";
    expect(all(d).find((f) => f[0] === '655 million')?.[3]).toBe('US$610 million');
    const e = "Trade\n\nCocoa made up US$90 million of Ghana's exports to Togo, worth about US$610 million in 2024. The Togolese customs office puts the figure at 655 million.\n";
    expect(all(e).find((f) => f[0] === '655 million')?.[3] ?? '').toBe('');
    // A part counted between the figure and the source's count ("Of them …", or a bare number of its size): never the total. When
    // the fact stage read the part, the count restates the part (the last figure); when it did not, nothing.
    const f = 'Crossings\n\nAbout 4,800 travellers crossed the bridge daily in 2024, the immigration service said. Of them, some 1,100 crossed by bus. The port authority counts about 1,250.\n';
    expect(all(f).find((x) => x[0] === '1,250')?.[3]).toBe('1,100');
    const g = 'Crossings\n\nAbout 4,800 passengers crossed the bridge daily in 2024, the immigration bureau said. Of them, some 1,100 went by rail. The port authority counts about 1,250.\n';
    expect(all(g).filter((x) => x[3] || x[0] === '1,250')).toEqual([]);
    const h = 'Crossings\n\nAbout 4,800 passengers crossed the bridge daily in 2024, the immigration bureau said. Some 1,100 of them went by rail. The port authority counts about 1,250.\n';
    expect(all(h).filter((x) => x[3] || x[0] === '1,250')).toEqual([]);
  });

  it('restatedFigure: the one figure, the total, or nothing', () => {
    const t = 'Exports reached 480 million. The office puts the total at 530 million.';
    const x = { valueStart: 16, valueEnd: 27, value: 4.8e8 };
    expect(restatedFigure(t, [x], 0, { start: 59, value: 5.3e8 })).toBe(x);
    expect(restatedFigure(t, [], 0, { start: 59, value: 5.3e8 })).toBeUndefined();
    const u = 'Rice made up 150 million of exports, worth 480 million. The office puts the total at 530 million.';
    const [p, q] = [
      { valueStart: 13, valueEnd: 24, value: 1.5e8 },
      { valueStart: 43, valueEnd: 54, value: 4.8e8 },
    ];
    expect(restatedFigure(u, [p, q], 0, { start: u.indexOf('530'), value: 5.3e8 })).toBe(q);
    const v = u.replace('the total', 'the figure');
    expect(restatedFigure(v, [p, q], 0, { start: v.indexOf('530'), value: 5.3e8 })).toBeUndefined();
    // A number between that is farther from the count than the figure is a detail, not what is restated.
    const y = 'About 1,200 crossed in 2024, of whom 400 were children. The ministry records 1,150.';
    const z = { valueStart: 6, valueEnd: 11, value: 1200 };
    expect(restatedFigure(y, [z], 0, { start: y.indexOf('1,150'), value: 1150 })).toBe(z);
    // A year between is no part.
    const w = 'Exports reached 480 million. In 2024 the office puts the total at 530 million.';
    expect(restatedFigure(w, [x], 0, { start: w.indexOf('530'), value: 5.3e8 })).toBe(x);
  });
});
