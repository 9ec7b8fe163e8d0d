import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { eventTypes } from './event-types.js';
import { mayHoldVerb } from './verb-finder.js';

const root = new URL('../../../', import.meta.url);

/** The events of a text: [rule, date, type, PLOVER category, trigger start, trigger end, trigger text]. */
function events(text: string, date?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: date }).events.map((e) => [
    e.rule,
    e.date,
    e.type,
    e.plover.type,
    e.trigger.start,
    e.trigger.end,
    text.slice(e.trigger.start, e.trigger.end),
  ]);
}
const fromWordnet = (text: string, date?: string) => events(text, date).filter(([rule]) => /wordnet/.test(String(rule)));

describe('lexicon/wordnet-events.json and wordnet-plover.json (npm run lexicon:wordnet)', () => {
  it('is what the generator writes from WordNet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-wordnet-'));
    try {
      const out = join(dir, 'wordnet-events.json');
      execFileSync(process.execPath, [new URL('scripts/lexicon-wordnet.js', root).pathname, `--out=${out}`], { stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(new URL('lexicon/wordnet-events.json', root), 'utf8'));
      expect(readFileSync(join(dir, 'wordnet-plover.json'), 'utf8')).toBe(readFileSync(new URL('lexicon/wordnet-plover.json', root), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('holds none of the verbs that state a situation, a quantity or a saying, nor the stop list', () => {
    const { wordnet, notEventVerbs } = eventTypes();
    expect(wordnet.verbs.lemmas.size).toBeGreaterThan(500);
    expect([...notEventVerbs].filter((v) => wordnet.verbs.lemmas.has(v))).toEqual([]);
    for (const v of ['have', 'include', 'see', 'give', 'invest', 'declare', 'execute', 'release']) expect(wordnet.verbs.lemmas.has(v)).toBe(false);
    for (const n of ['cooperation', 'defense']) expect(wordnet.nouns.lemmas.has(n)).toBe(false);
  });

  it('ranks after the hand-kept vocabulary, which wins where both name a lemma', () => {
    const { verbs, wordnet } = eventTypes();
    expect(wordnet.verbs.lemmas.has('sign') && verbs.lemmas.has('sign')).toBe(true);
    expect(events('Lima did not sign the charter in 2009.')).toEqual([['verb+date', '2009', 'agreement_signed', 'AGREE', 13, 17, 'sign']]);
    expect(wordnet.verbs.lemmas.get('castigate')!.priority).toBeGreaterThan(verbs.lemmas.get('decry')!.priority);
  });
});

describe('the verb finder with WordNet vocabulary', () => {
  it.each([
    // Each verb or noun is WordNet's alone: neither the patterns nor the hand lists name it.
    ['In 2003 Turkey castigated Syria over the water dispute.', ['wordnet-verb+date', '2003', 'conflict_or_incident', 'DISAPPROVE', 15, 25, 'castigated']],
    ['In 2018 Rwanda refinanced the Ugandan railway loan.', ['wordnet-verb+date', '2018', 'aid_commitment', 'AID', 15, 25, 'refinanced']],
    ['In 2005 Peru guaranteed the Bolivian loan.', ['wordnet-verb+date', '2005', 'other', 'AGREE', 13, 23, 'guaranteed']],
    ['In 2011 Mongolian officials conferred with Chinese envoys.', ['wordnet-verb+date', '2011', 'summit_or_meeting', 'CONSULT', 28, 37, 'conferred']],
    ['In 2007 Estonia exiled two Russian activists.', ['wordnet-verb+date', '2007', 'conflict_or_incident', 'SANCTION', 16, 22, 'exiled']],
    ['In 2011 Morocco petitioned Spain for the return of the islets.', ['wordnet-verb+date', '2011', 'conflict_or_incident', 'DEMAND', 16, 26, 'petitioned']],
    ['In 1993 Armenian forces besieged the Azerbaijani town of Kelbajar.', ['wordnet-verb+date', '1993', 'conflict_or_incident', 'FIGHT', 24, 32, 'besieged']],
    // An irregular past form, from english-verbs-irregular.
    ['In 1986 Libya forbade Tunisian trucks to cross the border.', ['wordnet-verb+date', '1986', 'conflict_or_incident', 'SANCTION', 14, 21, 'forbade']],
    ['In 2005 Japan underwrote the Indonesian bond issue.', ['wordnet-verb+date', '2005', 'other', 'AGREE', 14, 24, 'underwrote']],
    // A verb of social life under no anchor: an act of type `other`.
    ['In 2004 Benin appointed a new envoy to Niger.', ['wordnet-verb+date', '2004', 'other', 'OTHER', 14, 23, 'appointed']],
    // A noun under a noun anchor, with an actor in its "by" phrase.
    ['In 1982 the siege of Beirut by Israel began.', ['wordnet-noun+date', '1982', 'conflict_or_incident', 'COERCE', 12, 17, 'siege']],
  ] as [string, unknown[]][])('%s', (text, expected) => {
    expect(fromWordnet(text)).toEqual([expected]);
  });

  it('makes an act of another category in the clause an event of its own', () => {
    expect(events('In 2008 Zambia repudiated the accord and withdrew its troops from the border with Malawi.')).toEqual([
      ['trigger+date', '2008', 'conflict_or_incident', 'RETREAT', 41, 49, 'withdrew'],
      ['trigger+date+co-wordnet-verb', '2008', 'conflict_or_incident', 'REJECT', 15, 25, 'repudiated'],
    ]);
    // What the rejection takes as its object was agreed before: no act of 2008 (session 22, `withoutRejectedObjects`).
    // The rejection left in the main act's place reads as the clause's act, not a co-event (`trigger+date`).
    expect(events('In 2008 Georgia repudiated the ceasefire with Russia.')).toEqual([['trigger+date', '2008', 'conflict_or_incident', 'REJECT', 16, 26, 'repudiated']]);
    expect(events('On 3 March 2025 Zambia rejected talks with Malawi.').map((e) => e[0])).toEqual(['trigger+date']);
  });

  it.each([
    // A state of affairs: the present tense outside a headline.
    ['Bolivia guarantees free transit to Paraguayan goods in 2024.'],
    // A plan with a deadline: the date is when it is to be done by, not when an act was done.
    ['Cambodia will confer with Thailand on the border by the end of 2026.'],
    // A verb of the stop list: its dominant sense in WordNet is the killing, in these texts most often a contract or a project.
    ['In 2015 the Chilean firm executed the port contract for Peru.'],
    // A verb of the stop list: a figure, not an act (the predicate finder's `other`, if anything).
    ['In 2021 Chile invested two billion dollars in Peru.'],
  ])('gives no WordNet event: %s', (text) => {
    expect(fromWordnet(text)).toEqual([]);
  });

  it('tags a sentence holding an irregular form of a WordNet verb', () => {
    expect(mayHoldVerb('Libya forbade the convoy.')).toBe(true);
  });
});
