import { describe, expect, it, vi } from 'vitest';
import { eventTypes } from '../src/extract/events/event-types.js';
import { triggerClause } from '../src/extract/events/plover-table.js';
import { admittedRules, ploverRules } from '../src/extract/events/plover-rules.js';
import { extract } from '../src/extract/pipeline.js';
import { structure } from '../src/ingest/segment/structure.js';

/** How many lexicon paths were built (`lexiconPath`), since the last reset. */
const paths = vi.hoisted(() => ({ built: 0 }));
vi.mock('../src/lexicon.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/lexicon.js')>();
  return { ...real, lexiconPath: (name: string) => (paths.built++, real.lexiconPath(name)) };
});

/** The rules the refiner tried before `admittedRules` kept them: every rule, its category and trigger tested for each act. */
const scanned = (category: string, trigger: string) => ploverRules().byArguments.filter((x) => (!x.from || x.from.has(category)) && x.trigger.test(trigger));

describe('work the refiners repeated for each act, done once (issue 13)', () => {
  it('gives the event types read once without building a lexicon path again', () => {
    const types = eventTypes();
    paths.built = 0;
    for (let i = 0; i < 1000; i++) expect(eventTypes()).toBe(types);
    expect(paths.built).toBe(0);
  });

  it('finds the clause of each trigger of a passage', () => {
    const text = 'Chile recalled its envoy, and Peru closed the border.';
    const recalled = { start: 0, end: 53, trigger: { start: 6, end: 14 } };
    const closed = { start: 0, end: 53, trigger: { start: 35, end: 41 } };
    expect(text.slice(6, 14)).toBe('recalled');
    expect(text.slice(35, 41)).toBe('closed');
    expect(triggerClause(text, recalled)).toEqual({ start: 0, end: 24 });
    expect(triggerClause(text, closed)).toEqual({ start: 30, end: 52 });
    expect(text.slice(30, 52)).toBe('Peru closed the border');
  });

  it('gives the clause of the text and passage asked for, at the same offsets in another text or a shorter passage', () => {
    const text = 'Chile recalled its envoy, and Peru closed the border.';
    const other = 'Chile recalled its envoy and Peru closed the border at dawn.';
    const recalled = { start: 0, end: 53, trigger: { start: 6, end: 14 } };
    expect(triggerClause(text, recalled)).toEqual({ start: 0, end: 24 });
    // The same offsets in a text with no comma before "and": the clause runs on to the passage's end.
    expect(triggerClause(other, recalled)).toEqual({ start: 0, end: 53 });
    expect(triggerClause(text, recalled)).toEqual({ start: 0, end: 24 });
    // The same trigger in a shorter passage ends with it.
    expect(triggerClause(text, { start: 0, end: 20, trigger: { start: 6, end: 14 } })).toEqual({ start: 0, end: 20 });
  });

  it('admits the rules a plain scan of every rule admits, in order, and keeps the answer for the same category and words', () => {
    const cases: [string, string, string[]][] = [
      ['OTHER', 'severed', ['break-relations']],
      ['SANCTION', 'expelled', ['expel-people']],
    ];
    for (const [category, trigger, firstIds] of cases) {
      const admitted = admittedRules(ploverRules(), category, trigger);
      expect(admitted.map((r) => r.id)).toEqual(scanned(category, trigger).map((r) => r.id));
      expect(admitted.slice(0, firstIds.length).map((r) => r.id)).toEqual(firstIds);
      expect(admittedRules(ploverRules(), category, trigger)).toBe(admitted);
    }
    for (const [category, trigger] of [
      ['SANCTION', 'closed'],
      ['COERCE', 'blocked'],
      ['OTHER', 'sent'],
      ['AID', 'handed over'],
      ['CONSULT', 'talks'],
      ['ASSAULT', 'fired'],
    ]) {
      expect(admittedRules(ploverRules(), category!, trigger!).map((r) => r.id)).toEqual(scanned(category!, trigger!).map((r) => r.id));
    }
  });

  it('does not admit for one category the rules kept for another with the same trigger', () => {
    // "closed" under SANCTION may close premises (COERCE); under AGREE no rule of closing premises applies.
    const sanction = admittedRules(ploverRules(), 'SANCTION', 'closed').map((r) => r.id);
    const agree = admittedRules(ploverRules(), 'AGREE', 'closed').map((r) => r.id);
    expect(sanction).toContain('close-premises');
    expect(agree).not.toContain('close-premises');
    expect(agree).toEqual(scanned('AGREE', 'closed').map((r) => r.id));
  });

  it('categorises the acts of a report the same way whether the refiners meet their triggers for the first time or again', () => {
    const text = [
      'On 4 March 2024 Ghana severed diplomatic ties with Togo after a border clash.',
      'On 9 March 2024 Togo expelled two Ghanaian diplomats from Lomé.',
      'On 12 March 2024 Ghana severed diplomatic ties with Burkina Faso as well.',
      'On 15 March 2024 Togo closed the Ghanaian embassy in Lomé.',
      'On 25 March 2024 Togo expelled 300 Ghanaian traders from Lomé.',
      'On 28 March 2024 Togo closed 40 Ghanaian shops in Lomé.',
    ].join('\n\n');
    const read = () => {
      const { blocks, sentences } = structure(text);
      return extract({ text, blocks, sentences }).events.map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.plover.type, /\+plover:[\w-]+/.exec(e.rule)?.[0]]);
    };
    const first = read();
    expect(first).toEqual([
      [22, 'severed diplomatic ties', 'SANCTION', '+plover:break-relations'],
      // Diplomats expelled keep the trigger's SANCTION (the rule of people expelled is not for them).
      [100, 'expelled', 'SANCTION', undefined],
      [167, 'severed diplomatic ties', 'SANCTION', '+plover:break-relations'],
      // An embassy closed is no premises of people: SANCTION, no rule.
      [241, 'closed', 'SANCTION', undefined],
      // The same words as above with people, and with shops, as their object: the rules admitted for them are tried on it.
      [301, 'expelled', 'COERCE', '+plover:expel-people'],
      [365, 'closed', 'COERCE', '+plover:close-premises'],
    ]);
    expect(read()).toEqual(first);
  });
});
