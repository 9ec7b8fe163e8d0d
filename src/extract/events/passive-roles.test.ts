import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { byPassive } from './passive-roles.js';

/** The events a text gives: [date, trigger words, actors with their roles]. */
function roles(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events.map((e) => [e.date, text.slice(e.trigger.start, e.trigger.end), e.actors.map((a) => `${a.name}:${a.role}`).sort()]);
}

/** Where a word begins in a text. */
const at = (text: string, word: string) => text.indexOf(word);

describe('byPassive: a passive whose agent a phrase of "by" names (session 23)', () => {
  const cases: [string, string, string, boolean][] = [
    ['the envoy was summoned by the Zambian ministry', 'summoned', 'Zambian', true],
    ['two traders were later detained by Malawian police', 'detained', 'Malawian', true],
    ['fishermen detained by a Malawian navy patrol', 'detained', 'Malawian', true],
    ['the attaché had been expelled by Zambia', 'expelled', 'Zambia', true],
    // An active verb: "by" opens a means, not the agent.
    ['Zambia expelled two diplomats by order of Malawi', 'expelled', 'Malawi', false],
    // The actor is the subject, not the agent after "by".
    ['Zambia was summoned to court by the tribunal', 'summoned', 'Zambia', false],
    // A present participle is no passive.
    ['the navy was detaining boats by Malawian waters', 'detaining', 'Malawian', false],
    // Review finding 2: a noun in "-t" is no participle; an irregular participle is.
    ['traders were arrested, a protest by Zambia followed', 'protest', 'Zambia', false],
    ['a visit by the Zambian minister', 'visit', 'Zambian', false],
    ['two trawlers caught by a Malawian patrol', 'caught', 'Malawian', true],
  ];
  it.each(cases)('%s', (text, verb, agent, expected) => {
    const start = at(text, verb);
    expect(byPassive(text, { start, end: start + verb.length }, at(text, agent))).toBe(expected);
  });
});

describe('actors of a passive with its agent after "by" (session 23)', () => {
  it('makes the agent of "by" the doer and the subject the target', () => {
    expect(roles('On 4 March 2020 the Malawian high commissioner was summoned by the Zambian foreign ministry.')).toEqual([['2020-03-04', 'summoned', ['Malawi:target', 'Zambia:agent']]]);
  });

  it('reads a participle after its noun with its agent ("fishermen detained by …")', () => {
    expect(roles('Two Zambian fishermen detained by Malawian police on 4 March 2020 were freed a week later.')[0]).toEqual(['2020-03-04', 'detained', ['Malawi:agent', 'Zambia:target']]);
  });

  // Review finding 2: "protest" is a noun, not a participle; "Zambia detained by force": the name right before the verb is its subject.
  it('keeps the actors of a noun in "-t" with "by" after it as agents', () => {
    expect(roles('On 4 March 2020 Malawian police arrested Zambian traders, a protest by Zambia followed.').find((e) => e[1] === 'protest')).toEqual([
      '2020-03-04',
      'protest',
      ['Malawi:agent', 'Zambia:agent'],
    ]);
  });

  it('reads an active verb followed by a "by" of manner with its subject as the doer', () => {
    expect(roles('On 4 March 2020 Zambia detained by force two Malawian traders.')).toEqual([['2020-03-04', 'detained', ['Malawi:target', 'Zambia:agent']]]);
  });

  it('keeps the subject of an active verb the doer, "by" naming a means', () => {
    expect(roles('On 4 March 2020 Zambia expelled two Malawian diplomats by order of the president.')).toEqual([['2020-03-04', 'expelled', ['Malawi:target', 'Zambia:agent']]]);
  });
});
