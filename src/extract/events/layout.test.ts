import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** Events from the layouts documents use: chronologies, tables, headlines. Texts written in the manner of fact sheets and timelines. */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => ({
    date: e.date,
    type: e.type,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    actors: e.actors.map((a) => `${a.name}:${a.role}`),
  }));
}

describe('chronology entries', () => {
  it('makes a line that opens with its date and tells what happened an event, typed or `other`', () => {
    const text = [
      'Timeline of relations',
      '',
      '1961: Kenya and Uganda gain independence within two years of each other.',
      '',
      '12 March 1977: China expels three Japanese diplomats.',
      '',
      '1994 – Kenya builds a new pipeline to the border town of Busia.',
    ].join('\n');
    expect(events(text)).toEqual([
      { date: '1961', type: 'other', trigger: 'gain independence', actors: ['Kenya:agent', 'Uganda:agent'] },
      { date: '1977-03-12', type: 'conflict_or_incident', trigger: 'expels', actors: ['China:agent', 'Japan:target'] },
      // An entry narrates in the present: its verb is the act's trigger (session 16; the clause up to its stop before).
      { date: '1994', type: 'other', trigger: 'builds', actors: ['Kenya:agent'] },
    ]);
  });

  it('does not take a date in running prose, or a line with no clause after its date, as an entry', () => {
    expect(events('In 1994 the pipeline to Busia was still a plan of the Kenyan ministry.')).toEqual([]);
    expect(events('1994: 42 per cent.')).toEqual([]);
    expect(events('Page 3 – 1994')).toEqual([]);
    // An entry that states a figure is a statistic.
    expect(events('2015: Exports to Peru reach US$20 million.')).toEqual([]);
  });
});

describe('table rows', () => {
  it('reads a chronology table: a row whose first cell is a date tells an event in its next cell', () => {
    const text = ['Date | Event |', '1887 | Peru builds a railway to the Bolivian border |', '12 May 1998 | Peru recalls its envoy from Nairobi |'].join('\n');
    expect(events(text).map((e) => [e.date, e.type, e.trigger])).toEqual([
      ['1887', 'other', 'builds a railway to the Bolivian border'],
      ['1998-05-12', 'conflict_or_incident', 'recalls its envoy'],
    ]);
  });

  it('reads an event from a row that dates a trigger, cited to the row', () => {
    const text = ['| Year | Milestone |', '|---|---|', '| 1972 | Diplomatic relations established between Kenya and Peru |', '| 2015 | 20.5 |'].join('\n');
    const { blocks, sentences } = structure(text, segmentText(text));
    const found = extract({ text, blocks, sentences }).events;
    expect(found.map((e) => [e.date, e.type, text.slice(e.start, e.end)])).toEqual([['1972', 'diplomatic_relations', '1972 | Diplomatic relations established between Kenya and Peru']]);
  });
});

describe('headlines', () => {
  it('dates a headline by the body event it announces, and one the body does not date by the publication day', () => {
    const text = 'Peru summons Chilean ambassador over fishing dispute\n\nLima summoned the Chilean ambassador on Monday to protest the seizure of two trawlers. Officials said talks would continue.';
    const got = events(text, '2019-03-13');
    expect(got.filter((e) => e.type === 'conflict_or_incident').map((e) => [e.date, e.trigger])).toEqual([
      ['2019-03-11', 'summons'],
      ['2019-03-11', 'to protest'],
      ['2019-03-11', 'seizure'],
    ]);
    const alone = events('Peru summons Chilean ambassador over fishing dispute\n\nThe foreign ministry gave no details.', '2019-03-13');
    expect(alone.map((e) => [e.date, e.trigger])).toEqual([['2019-03-13', 'summons']]);
  });

  // Session 31: a headline writes "and" as a comma; its acts are the report's day's, cooperative ones too.
  const lede = '\n\nACCRA, March 4 - Ghana and Togo on Tuesday signed agreements on transit and customs, officials said.';
  it('reads each clause a comma parts in a headline as an act of its own, with a plural "deals"', () => {
    const text = `Ghana, Togo sign transit and customs deals, Accra pledges $40 million for border post${lede}`;
    const got = events(text, '2025-03-04');
    expect(got.filter((e) => e.trigger !== 'signed agreements').map((e) => [e.date, e.type, e.trigger])).toEqual([
      ['2025-03-04', 'agreement_signed', 'sign transit and customs deals'],
      ['2025-03-04', 'other', 'pledges'],
    ]);
    // An elided subject: the verb after the comma shares the first clause's.
    const elided = events(`Ghana, Togo agree on transit corridor, pledge joint border post${lede}`, '2025-03-04');
    expect(elided.filter((e) => e.trigger !== 'signed agreements').map((e) => [e.date, e.trigger])).toEqual([
      ['2025-03-04', 'agree'],
      ['2025-03-04', 'pledge'],
    ]);
  });

  it('parts no headline at a comma between names, and reads no act in a topic heading or a later heading', () => {
    const text = `Ghana, Togo and Benin sign transit deals${lede}`;
    expect(events(text, '2025-03-04').map((e) => e.trigger)).toEqual(['sign', 'signed']);
    // A heading that names a topic tells nothing; only the document's first block can be a headline.
    const topic = `Trade and investment${lede}\n\nGhana, Togo pledge joint patrols\n\nThe patrols were discussed.`;
    expect(events(topic, '2025-03-04').map((e) => e.trigger)).toEqual(['signed agreements']);
  });
});
