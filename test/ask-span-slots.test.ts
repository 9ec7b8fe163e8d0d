import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';

/** A Ghana–Burkina Faso wire written for these tests (test/data/ask-span-slots/). */
const DOCS = new URL('./data/ask-span-slots/', import.meta.url).pathname;

describe('dyad ask: the date of the act asked, of two acts joined by "and" (spans.ts, verbClause)', () => {
  const fixture = askFixture(DOCS);
  const relations = { start: 304, end: 428 };
  const accord = { start: 430, end: 587 };
  const cases: [string, string, string, { start: number; end: number }][] = [
    // "established diplomatic relations in March 1961 and raised them to a strategic partnership in October 2019": the second act's date.
    ['When did Ghana and Burkina Faso raise their relations to a strategic partnership?', 'October 2019', '2019-10', relations],
    // The first act keeps its own date.
    ['When did Ghana and Burkina Faso establish diplomatic relations?', 'March 1961', '1961-03', relations],
    // Passives joined the same way: "was drafted by officials in 2024 and approved by the two cabinets in February 2026".
    ['When did the two cabinets approve the road transport accord?', 'February 2026', '2026-02', accord],
    ['When was the road transport accord drafted?', '2024', '2024', accord],
  ];
  for (const [question, answer, value, at] of cases) {
    it(`answers "${question}" with ${answer}, cited to its sentence`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toBe(answer);
      expect(a.citations[0]).toMatchObject({ doc: 'ghana-burkina-wire', ...at });
      fixture.exact(a);
      // The answer's date is the stored time expression's value at the answer's words.
      const doc = await fixture.engine.document('ghana-burkina-wire');
      const time = doc.annotations!.times.find((t) => t.start >= at.start && t.end <= at.end && t.text === answer);
      expect(time?.edtf).toBe(value);
      expect(doc.text.slice(time!.start, time!.end)).toBe(answer);
    });
  }
});

describe('dyad ask: a name apposed to the subject before its verb answers who (slot.ts)', () => {
  const fixture = askFixture(DOCS);
  it('answers "who intervened" with the name between commas after the noun it renames, cited to its sentence', async () => {
    // "…after the joint border commission, JBC Paga-Dakola, intervened": an active verb, not a participle after a comma.
    const a = await fixture.engine.ask('Who intervened to secure the release of the lorry drivers detained at Dakola?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('JBC Paga-Dakola');
    expect(a.citations[0]).toMatchObject({ doc: 'ghana-burkina-wire', start: 743, end: 911 });
    const text = fixture.texts.get('ghana-burkina-wire')!;
    expect(text.slice(861, 876)).toBe(a.answer);
    fixture.exact(a);
  });
  it('does not answer a passive\'s doer with the name apposed to its subject ("A … officer, Issa Ouedraogo, was suspended")', async () => {
    const a = await fixture.engine.ask('Who suspended the Burkinabè customs officer?');
    expect(a.answer ?? '').not.toContain('Issa Ouedraogo');
  });
  it('does not answer with a place apposed to an object ("crossed into the Ghanaian border village, Kpalsi, seized")', async () => {
    // The noun before the commas does not open its clause ("crossed" stands before it) and the name is a place.
    const a = await fixture.engine.ask('Who seized the market in the Ghanaian border village?');
    expect(a.answer ?? '').not.toContain('Kpalsi');
  });
});
