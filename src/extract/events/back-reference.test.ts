import { describe, expect, it } from 'vitest';
import { isBackReference } from './back-reference.js';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/**
 * Sentences in the manner of wire reports on Malawi and Zambia. Each case: the sentence, the
 * trigger's words, where its date came from, the rule, and whether the event only refers back to
 * an act told elsewhere.
 */
const CASES: [string, string, 'sentence' | 'context' | 'document', string, boolean][] = [
  // The subject names the act again and a verb of a situation follows.
  ['The seizure comes amid a dispute over fishing licences on the lake.', 'seizure', 'document', 'trigger+document-date', true],
  ['The incident followed a week of rising tension along the border.', 'incident', 'context', 'trigger+context-date', true],
  ["Mutharika's visit is his first to Lusaka as president.", 'visit', 'document', 'trigger+document-date', true],
  ['Officials in Lusaka said the detention was lawful.', 'detention', 'document', 'trigger+document-date', true],
  ['Lilongwe said the expulsions would have consequences for trade on the lake.', 'expulsions', 'document', 'trigger+document-date', true],
  ['The talks will be held in Mzuzu, the ministry said.', 'talks', 'document', 'trigger+document-date', false],
  // A framing word sets the act as the background of another.
  ['Lilongwe said it would raise the matter of the licences during the visit.', 'visit', 'document', 'trigger+document-date', true],
  ['In the years after the war, trade across the lake recovered.', 'war', 'context', 'trigger+context-date', true],
  // Acts told again, or told now: events.
  ['The protest condemned the seizure of the two boats.', 'protest', 'document', 'trigger+document-date', false],
  ['The invitation was accepted, the ministry said.', 'invitation', 'document', 'trigger+document-date', false],
  ["Zambia's foreign ministry sent a protest note to Lilongwe.", 'sent a protest note', 'document', 'trigger+document-date', false],
  ['The finance ministry rejected calls for new tariffs on Zambian maize.', 'rejected', 'document', 'trigger+document-date', false],
  ['The Malawian navy is to deploy two patrol boats to the lake.', 'deploy', 'document', 'trigger+document-date', false],
  // Its own date, or a date from its distance to another act.
  ['The seizure comes amid a dispute over fishing licences on the lake.', 'seizure', 'sentence', 'trigger+date', false],
  ['Malawian troops withdrew from the islet two days before the clash.', 'clash', 'context', 'trigger+context-date+offset', false],
];

describe('isBackReference', () => {
  it.each(CASES)('%s (%s, %s)', (text, trigger, dateSource, rule, expected) => {
    const start = text.indexOf(trigger);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(isBackReference(text, { start: 0, end: text.length, dateSource, rule, trigger: { start, end: start + trigger.length } })).toBe(expected);
  });
});

describe('the events stage without back-references', () => {
  it('keeps the protest and drops the seizure named again in the next sentence', () => {
    const text = 'Malawi summoned Zambia’s high commissioner on Tuesday to protest the seizure of two fishing boats near Chilumba. The seizure comes amid a dispute over fishing licences on the lake.';
    const { blocks, sentences } = structure(text);
    const events = extract({ text, blocks, sentences, documentDate: '2026-03-05' }).events;
    const second = text.indexOf('The seizure comes');
    expect(events.filter((e) => e.trigger.start >= second)).toEqual([]);
    const protest = events.find((e) => text.slice(e.trigger.start, e.trigger.end) === 'to protest');
    expect(protest).toMatchObject({ date: '2026-03-03', start: 0, trigger: { start: 54, end: 64 }, plover: { type: 'DISAPPROVE' } });
  });
});
