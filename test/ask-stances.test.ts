import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';

/**
 * A wire on Namibia and Botswana: one side's accusation in the lead, the other's rejection five sentences on, a quote naming the other
 * state between; a wire on Gabon and Cameroon whose sides date a clash differently in sentences side by side (test/data/ask-stances/).
 */
const DOCS = new URL('./data/ask-stances/', import.meta.url).pathname;

describe("dyad ask: two sides' accounts told paragraphs apart", () => {
  const fixture = askFixture(DOCS);
  const { engine, exact } = fixture;
  const accusation = 'Namibia: Yes, accused Botswana of sending the patrol boat whose crew shot two fishermen near Impalila island on Sunday night';
  const rejection = 'Botswana: rejected the accusation and said none of its boats had been on the river that night';

  it("answers a yes one side says with the other side's rejection of the matter further on in the report, each cited", async () => {
    const a = await engine.ask('Did the boat whose crew shot the fishermen come from Botswana?');
    expect(a.status).toBe('conflict');
    // Not "Botswana: told reporters in Windhoek": a state named inside quoted words ("the Botswana bank") is not the speaker.
    expect(a.claims.map((c) => c.answer)).toEqual([accusation, rejection]);
    expect(a.claims.map((c) => c.citations[0]!.quote)).toEqual([
      expect.stringMatching(/^WINDHOEK, March 4 \(Southern Wire\) - Namibia on Tuesday accused Botswana/),
      "Botswana's defence ministry rejected the accusation and said none of its boats had been on the river that night.",
    ]);
    exact(a);
  });

  it('answers with one claim a yes of the same sentence that the far rejection does not touch', async () => {
    const a = await engine.ask('Did Namibia recall its high commissioner?');
    expect(a).toMatchObject({ status: 'answered', answer: 'Yes', claims: [] });
    expect(a.citations[0]!.quote).toMatch(/recalled its high commissioner in Gaborone/);
    exact(a);
  });

  it('answers a date each side of a report gives the act differently, in sentences side by side, as a conflict of the two sides', async () => {
    const a = await engine.ask('When did the attack on the border post begin?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer)).toEqual(['Gabon: Saturday morning (4 October 2025)', 'Cameroon: Friday night (3 October 2025)']);
    expect(a.claims.map((c) => c.citations[0]!.quote)).toEqual([
      expect.stringMatching(/^Gabon's defence ministry said 11 of its soldiers were killed when Cameroonian troops attacked/),
      'Yaoundé said the shooting started late on Friday night, when Gabonese guards fired at a Cameroonian patrol.',
    ]);
    exact(a);
  });

  const agreed: [string, string, string, RegExp][] = [
    // "Gabon's foreign ministry said … last met in June 2023. Cameroon's foreign minister said … had last met in 2023": one date at two precisions.
    ['the same date two sides give at two precisions', 'When did the joint commission last meet?', 'June 2023', /^Gabon's foreign ministry said the commission last met in June 2023/],
    // The other side speaks in the sentence after, with no date of the act ("Cameroon said it regretted the decision").
    [
      'a date one side tells, the other side speaking beside without one',
      'When did Gabon recall its ambassador from Yaoundé?',
      'Sunday (5 October 2025)',
      /^Gabon recalled its ambassador from Yaoundé on Sunday/,
    ],
  ];
  for (const [why, question, answer, passage] of agreed) {
    it(`answers ${why} with one claim`, async () => {
      const a = await engine.ask(question);
      expect(a).toMatchObject({ status: 'answered', answer, claims: [] });
      expect(a.citations[0]!.quote).toMatch(passage);
      exact(a);
    });
  }

  it('answers who was the target of an act with a titled person the store does not know, the question naming no title', async () => {
    const a = await engine.ask('Who was the target of the 2017 kidnapping attempt near Bitam?');
    expect(a).toMatchObject({ status: 'answered', answer: 'Paul Ndong Ella' });
    expect(a.citations[0]!.quote).toMatch(/gunmen tried to kidnap opposition leader Paul Ndong Ella near Bitam\.$/);
    exact(a);
  });

  it("answers why with the words after a reason cue that follows the question's verb, not the whole sentence", async () => {
    const a = await engine.ask('Why did Botswana close the Ngoma bridge to lorries?');
    expect(a).toMatchObject({ status: 'answered', answer: 'fears of further violence on the river' });
    expect(a.citations[0]!.quote).toMatch(/^On Monday Botswana closed the Ngoma bridge to lorries, citing fears/);
    exact(a);
  });
});
