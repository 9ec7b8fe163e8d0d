import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';

/** A wire on Namibia and Botswana: one side's accusation in the lead, the other's rejection five sentences on, a quote naming the other state between (test/data/ask-stances/). */
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
});
