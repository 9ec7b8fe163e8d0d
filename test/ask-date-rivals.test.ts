import { describe, expect, it } from 'vitest';
import { askFixture, itAnswersPlainly } from './helpers/ask.js';

/**
 * Wires on Chile, Peru and Argentina whose sentence beside the day asked holds a day that is no source's dating of the act: a dateline's
 * ("LIMA, 6 May 2026 - "), another act's told by "say" ("officials say the ministers met on 8 August and signed … on 10 August") or a
 * note's ("In a note dated 14 March 2026") (test/data/ask-dates-rivals/, one folder a wire; session 33, issue 11 review): answered plainly,
 * no conflict. The conflicts of another source's dating of the act stay (ask-date-estimates.test.ts).
 */
const dir = (name: string) => new URL(`./data/ask-dates-rivals/${name}/`, import.meta.url).pathname;

const CASES: [string, string, string, string][] = [
  ['chile-peru-customs', 'the dateline\'s day ("LIMA, 6 May 2026 - … says … signed … on 5 May")', 'When did Chile and Peru sign the customs protocol?', '5 May (5 May 2026)'],
  ['chile-peru-visit', 'the dateline\'s day and another act\'s ("arrived in Lima on 3 June and met … on 4 June")', 'When did the Chilean foreign minister arrive in Lima?', '3 June (3 June 2026)'],
  [
    'chile-peru-fisheries',
    'another act\'s day "officials say" before it ("met on 8 August and signed … on 10 August")',
    'When did the ministers sign the fisheries protocol?',
    '10 August (10 August 2026)',
  ],
  [
    'chile-peru-arica',
    'another act\'s day "officials say" after it ("a port protocol was signed on 25 September")',
    'When did the Chilean and Peruvian foreign ministers meet in Arica?',
    '23 September (23 September 2026)',
  ],
  ['chile-peru-trawler', "the dateline's day as the act's (\"LIMA, 6 July 2026 - Peru's navy seized … on 4 July\")", "When did Peru's navy seize the trawler?", '4 July (4 July 2026)'],
  ['chile-argentina-note', 'a note\'s date ("In a note dated 14 March 2026")', 'When did Argentina arrest the two Chilean fishermen?', '12 March 2026'],
];

for (const [name, why, question, answer] of CASES) {
  describe(`dyad ask: a day beside the answer's that dates no source's account of its act (${name})`, () => {
    const fixture = askFixture(dir(name));
    itAnswersPlainly(fixture, [[why, question, answer]], true);
    if (name === 'chile-peru-customs') {
      it("cites the dateline's sentence at its exact offsets", async () => {
        const a = await fixture.engine.ask(question);
        const text = fixture.texts.get(name)!;
        expect(a.citations[0]!.start).toBe(text.indexOf('LIMA, 6 May 2026'));
        expect(a.citations[0]!.end).toBe(text.indexOf('in Lima.') + 'in Lima.'.length);
        fixture.exact(a);
      });
    }
  });
}
