import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** Each event as [type, PLOVER category, date, trigger start, trigger words]. */
function events(text: string, documentDate = '2026-05-20') {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate })
    .events.map((e) => [e.type, e.plover.type, e.date, e.trigger.start, text.slice(e.trigger.start, e.trigger.end)] as const)
    .sort((a, b) => a[3] - b[3]);
}

describe('session 46 review: a strategic partnership signed, agreed or upgraded is AGREE; a joint statement stays beside the participle’s act', () => {
  it.each([
    ['Peru and Chile signed a strategic partnership agreement in Lima on 4 May 2018.', 'AGREE'],
    ['The two presidents raised relations to a strategic partnership in Accra on 2 June 2021.', 'AGREE'],
  ])('%s', (text, category) => {
    expect(
      events(text)
        .filter((e) => e[0] === 'partnership_upgrade' || e[0] === 'agreement_signed')
        .map((e) => e[1]),
    ).toEqual([category]);
  });

  it('a joint communique issued, establishing relations: the statement and the relations, two events', () => {
    const text = 'On 12 May 2022, Ghana and Togo issued a joint communique, establishing diplomatic relations.';
    expect(events(text).map((e) => [e[0], e[1], e[2], e[3]])).toEqual([
      ['joint_statement', 'AGREE', '2022-05-12', text.indexOf('joint communique')],
      ['diplomatic_relations', 'COOPERATE', '2022-05-12', text.indexOf('establishing')],
    ]);
  });
});

describe('session 46 review: a meeting in the clause of an entry into force stays an event beside it (clauseCategories)', () => {
  it('met … as the treaty entered into force: the meeting CONSULT and the entry into force COOPERATE', () => {
    const text = 'The foreign ministers met in Lusaka on 9 April 2024 as the border treaty entered into force.';
    expect(events(text).map((e) => [e[0], e[1], e[2], e[3]])).toEqual([
      ['summit_or_meeting', 'CONSULT', '2024-04-09', text.indexOf('met')],
      ['agreement_in_force', 'COOPERATE', '2024-04-09', text.indexOf('entered into force')],
    ]);
  });

  it('must not: an entry into force told twice in one clause is one event', () => {
    const text = 'The border treaty between Zambia and Malawi entered into force on 4 June 2019 and took effect at the border posts.';
    expect(events(text).filter((e) => e[0] === 'agreement_in_force')).toHaveLength(1);
  });
});

describe('session 46 review: a penalty that went into effect or is in force since a date stays SANCTION', () => {
  it.each([
    ['The 20 percent duties on Malawian maize went into effect on 2 May 2024.', 'SANCTION', '2024-05-02'],
    ['The embargo on arms sales to Malawi, in force since 2015, was extended by Zambia in March 2024.', 'SANCTION', '2015'],
    ["Zambia's ban on exports of maize to Malawi, in effect since 2023, was lifted in May 2025.", 'SANCTION', '2023'],
  ])('%s', (text, category, date) => {
    expect(
      events(text)
        .filter((e) => e[2] === date)
        .map((e) => e[1]),
    ).toEqual([category]);
  });

  it('must not: an agreement that went into effect is no penalty', () => {
    const text = 'The trade agreement between Zambia and Malawi went into effect on 1 March 2024.';
    expect(events(text).map((e) => [e[0], e[1]])).toEqual([['agreement_in_force', 'COOPERATE']]);
  });
});

describe('session 46 review: a table row’s act told in another cell takes that cell’s date; a title’s joint statement stays', () => {
  const TABLE = [
    'Zambia–Malawi: register of bilateral treaties',
    '',
    '| No. | Title | Date of signature | Entry into force | Remarks |',
    '|---|---|---|---|---|',
    '| 1 | Agreement on Fisheries | 3 May 2010 | 1 July 2010 | Terminated by Zambia on 5 May 2021 |',
    '| 2 | Agreement on Transit Trade | 4 April 2012 | 1 June 2012 | Suspended by Malawi pending review |',
    '| 3 | Joint Statement on Lake Malawi | Lilongwe, 9 June 2016 | — | — |',
  ].join('\n');

  it('the termination of row 1 is dated 5 May 2021, by its own cell', () => {
    expect(
      events(TABLE)
        .filter((e) => e[3] === TABLE.indexOf('Terminated'))
        .map((e) => [e[1], e[2]]),
    ).toEqual([['SANCTION', '2021-05-05']]);
  });

  it('must not: the termination of row 1 dated by its row (the entry into force, 1 July 2010)', () => {
    expect(events(TABLE).filter((e) => e[1] === 'SANCTION' && e[2] === '2010-07-01')).toEqual([]);
  });

  // The tune gold counts an act of an undated remarks cell at the row's date ("Adopted during the visit …"): it stays so.
  it('an act whose cell gives no date keeps the row’s date (row 2’s suspension)', () => {
    expect(
      events(TABLE)
        .filter((e) => e[3] === TABLE.indexOf('Suspended'))
        .map((e) => [e[1], e[2]]),
    ).toEqual([['SANCTION', '2012-06-01']]);
  });

  it('a joint statement the title cell names stays, dated by the row, with no signing beside it', () => {
    const start = TABLE.indexOf('| 3 |');
    expect(
      events(TABLE)
        .filter((e) => e[3] >= start)
        .map((e) => [e[0], e[1], e[2]]),
    ).toEqual([['joint_statement', 'AGREE', '2016-06-09']]);
  });
});
