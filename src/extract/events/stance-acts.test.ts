import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** A statement's stance on an earlier act is its own act, dated by the statement; the act its object names keeps its own date (session 35, issue 10). */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => ({
    date: e.date,
    mode: e.mode,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    start: e.trigger.start,
  }));
}
const dated = (got: { date: string; trigger: string; start: number; mode?: string }[]) => got.map((e) => [e.start, e.trigger, e.date, e.mode]).sort();

describe('a stance and the act its object dates are two events', () => {
  it('dates the condemnation by the statement and the attack by its own day', () => {
    const text = 'The Government of Kenya strongly condemns the attack of 29 May on a police post near Moyale.';
    const got = events(text, '2026-05-31');
    expect([...new Set(got.map((e) => e.date))].sort()).toEqual(['2026-05-29', '2026-05-31']);
    expect(got.find((e) => e.date === '2026-05-31')).toMatchObject({ start: 33, trigger: 'condemns', mode: 'asserted' });
  });

  it('dates a thanks for an act told by a gerund by the report, the act by its day', () => {
    const text = 'Foreign Minister Amina Mohamed thanked the Tanzanian police for arresting two suspects on Friday 12 June 2026.';
    const got = events(text, '2026-06-15');
    expect([...new Set(got.map((e) => e.date))].sort()).toEqual(['2026-06-12', '2026-06-15']);
    expect(got.find((e) => e.date === '2026-06-15')).toMatchObject({ start: 31, trigger: 'thanked' });
  });

  it('keeps the mode of the stance ("would welcome")', () => {
    const text = 'Nairobi would welcome the signing of the fisheries agreement on 4 March 2026, the ministry said.';
    const stance = events(text, '2026-02-20').find((e) => e.date === '2026-02-20');
    expect(stance).toMatchObject({ start: 14, mode: 'hypothetical' });
  });
});

describe('must not: a date that is the stance verb’s own, or another verb’s', () => {
  it('leaves a welcome dated by its own date when its object names no act', () => {
    const text = 'Kenya welcomed the decision of the Tanzanian parliament in May 2019.';
    expect(dated(events(text, '2026-01-10')).map((e) => e[2])).toEqual(['2019-05']);
  });

  it('leaves a date that a coordinated verb owns', () => {
    const text = 'The ministers welcomed the delegation and signed a transit agreement on 4 March 2026.';
    expect(events(text, '2026-03-06').map((e) => e.date)).not.toContain('2026-03-06');
  });

  it('leaves a date of a clause of its own inside the object (a relative clause, a participle)', () => {
    const relative = 'Kenya welcomed the work of the joint border commission, which met in Arusha in May 2026.';
    expect(events(relative, '2026-06-10').map((e) => e.date)).not.toContain('2026-06-10');
    const participle = 'Kenya welcomed the smooth implementation of the transit agreements signed at Namanga in January 2022.';
    expect(events(participle, '2026-06-10').map((e) => e.date)).not.toContain('2026-06-10');
  });

  it('leaves a stance its date tells from the act before ("on the same day")', () => {
    const text = 'Nairobi condemned that provocation on the same day.';
    expect(events('Tanzanian boats entered Kenyan waters on 29 August 2026. ' + text, '2026-09-15').map((e) => e.date)).not.toContain('2026-09-15');
  });

  it('reads no stance in "thanks to"', () => {
    const text = 'Thanks to the loan signed on 4 March 2026, the Kenyan section of the road was finished.';
    expect(events(text, '2026-09-06').map((e) => e.date)).not.toContain('2026-09-06');
  });
});
