import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** The acts a table gives (`table-row`): [trigger's start, trigger's words, type, date]. */
function rows(text: string, documentDate = '2026-05-20') {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate })
    .events.filter((e) => e.rule === 'table-row')
    .map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.type, e.date]);
}

const AGREEMENTS = [
  'Ghana and Kenya: main bilateral agreements',
  '',
  '| No. | Title | Date signed | Place |',
  '|---|---|---|---|',
  '| 1 | Agreement on the Abolition of Visas | 14 March 2019 | Accra |',
  '| 2 | Memorandum on Cooperation in Agriculture | 2 June 2023 | Nairobi |',
].join('\n');

describe('table-acts: a row of a table whose header names an act is that act, of its date cell', () => {
  it('a table of agreements with the date signed: one signing per row, quoted by the title cell', () => {
    expect(rows(AGREEMENTS)).toEqual([
      [AGREEMENTS.indexOf('Agreement on the Abolition'), 'Agreement on the Abolition of Visas', 'agreement_signed', '2019-03-14'],
      [AGREEMENTS.indexOf('Memorandum'), 'Memorandum on Cooperation in Agriculture', 'agreement_signed', '2023-06-02'],
    ]);
  });

  it('a table of projects with their construction years, one still being built', () => {
    const text = [
      'Kenyan-funded projects in Ghana, as listed by the Kenyan High Commission in Accra and the Ghanaian Ministry of Finance.',
      '',
      '| Project | Construction | Status |',
      '|---|---|---|',
      '| Tema water works | 2015-2019 | Completed |',
      '| Kumasi road | 2021- | Under way |',
    ].join('\n');
    expect(rows(text)).toEqual([
      [text.indexOf('Tema'), 'Tema water works', 'aid_project', '2015/2019'],
      [text.indexOf('Kumasi'), 'Kumasi road', 'aid_project', '2021/2026'],
    ]);
  });

  it.each([
    ['a statistics table: figures by year, no act', ['Trade between Ghana and Kenya (US$ million)', '', '| Year | Exports | Imports |', '|---|---|---|', '| 2019 | 120 | 95 |', '| 2020 | 131 | 88 |']],
    ['a table of contents', ['Contents', '', '| Section | Page |', '|---|---|', '| 1. Visits since 2019 | 3 |', '| 2. Agreements | 7 |']],
    [
      'a table of third countries’ agreements with Kenya',
      ['| Country | Agreement | Date signed |', '|---|---|---|', '| Uganda | Agreement on the Malaba border post | 3 May 2018 |', '| Tanzania | Memorandum on the Namanga crossing | 9 July 2021 |'],
    ],
  ])('must not: %s', (_, lines) => {
    const text = ['Ghana and Kenya relations', '', ...lines].join('\n');
    expect(rows(text)).toEqual([]);
  });
});

describe('table-acts review fixes (session 32, issue 10)', () => {
  it('a column headed Title quotes the act, not the type cell before it', () => {
    const text = [
      'Ghana and Kenya: agreements in force',
      '',
      '| Type | Title | Signing date |',
      '|---|---|---|',
      '| Memorandum | Memorandum on Maritime Security | 9 October 2016 |',
      '| Agreement | Agreement on Air Services | 21 April 2011 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      [text.indexOf('Memorandum on Maritime'), 'Memorandum on Maritime Security', 'agreement_signed', '2016-10-09'],
      [text.indexOf('Agreement on Air'), 'Agreement on Air Services', 'agreement_signed', '2011-04-21'],
    ]);
  });

  it('the row’s signing wins over a prose guess of another category in the row; must not: a signing told twice', () => {
    const text = ['Ghana and Kenya: agreements in force', '', '| Type | Title | Signing date |', '|---|---|---|', '| Agreement | Agreement on Air Services | 21 April 2011 |'].join('\n');
    const { blocks, sentences } = structure(text, segmentText(text));
    const row = text.indexOf('| Agreement |');
    const found = extract({ text, blocks, sentences, documentDate: '2026-05-20' })
      .events.filter((e) => e.start >= row)
      .map((e) => [text.slice(e.trigger.start, e.trigger.end), e.type, e.date]);
    expect(found).toEqual([['Agreement on Air Services', 'agreement_signed', '2011-04-21']]);
  });

  it('a project row of a document about the pair is the pair’s act, as an agreement row is', () => {
    const text = [
      '# Relations between Ghana and Kenya',
      '',
      'Kenyan-funded projects in Ghana, as listed by the Kenyan High Commission in Accra and the Ghanaian Ministry of Finance.',
      '',
      '| Project | Construction | Status |',
      '|---|---|---|',
      '| Tema water works | 2015-2019 | Completed |',
      '| Kumasi road | 2017-2020 | Completed |',
    ].join('\n');
    const { blocks, sentences } = structure(text, segmentText(text));
    const found = extract({ text, blocks, sentences, documentDate: '2026-05-20' })
      .events.filter((e) => e.rule === 'table-row')
      .map((e) => [text.slice(e.trigger.start, e.trigger.end), e.actors.map((a) => a.name)]);
    expect(found).toEqual([
      ['Tema water works', ['Ghana', 'Kenya']],
      ['Kumasi road', ['Ghana', 'Kenya']],
    ]);
  });
});

describe('table-acts: a treaty register dates two acts per row (session 35, issue 10)', () => {
  const REGISTER = [
    'Ghana–Kenya: register of bilateral treaties',
    '',
    '| No. | Title | Place and date of signature | Entry into force | Status |',
    '|---|---|---|---|---|',
    '| 1 | Agreement on Air Services | Nairobi, 21 April 2011 | 9 February 2012 | In force |',
    '| 2 | Treaty of Friendship | Accra, 6 March 1964 | 1964 | In force |',
    '| 3 | Agreement on Visas | Accra, 14 March 2019 | — | Signed, not in force |',
  ].join('\n');

  it('"Place and date of signature" dates the signing, "Entry into force" the day it took effect', () => {
    const title = (w: string) => REGISTER.indexOf(w);
    expect(rows(REGISTER)).toEqual([
      [title('Agreement on Air'), 'Agreement on Air Services', 'agreement_signed', '2011-04-21'],
      [title('Agreement on Air'), 'Agreement on Air Services', 'agreement_in_force', '2012-02-09'],
      [title('Treaty of Friendship'), 'Treaty of Friendship', 'agreement_signed', '1964-03-06'],
      [title('Agreement on Visas'), 'Agreement on Visas', 'agreement_signed', '2019-03-14'],
    ]);
  });

  it("each column's act takes the category event-types.json gives its type: the signing AGREE, the entry into force COOPERATE (session 46)", () => {
    const { blocks, sentences } = structure(REGISTER, segmentText(REGISTER));
    const acts = extract({ text: REGISTER, blocks, sentences, documentDate: '2026-05-20' })
      .events.filter((e) => e.rule === 'table-row' && e.trigger.start === REGISTER.indexOf('Agreement on Air'))
      .map((e) => [e.type, e.plover.type, e.plover.mode]);
    expect(acts).toEqual([
      ['agreement_signed', 'AGREE', 'signed'],
      ['agreement_in_force', 'COOPERATE', 'in-force'],
    ]);
  });

  it('must not: an entry into force given only by the signing year ("1964"), or a dash, is no act of its own', () => {
    expect(rows(REGISTER).filter(([, words, type]) => type === 'agreement_in_force' && words !== 'Agreement on Air Services')).toEqual([]);
  });
});

describe('table-acts: an entry into force in the signing’s month is a date of its own (session 35 review fix)', () => {
  const TABLE = [
    '# Treaties between Ghana and Kenya',
    '',
    '| Treaty | Date of signature | Entry into force |',
    '|---|---|---|',
    '| Agreement on the joint border commission | 3 December 2024 | December 2024 |',
    '| Agreement on cross-border trade | 14 May 2019 | 2019 |',
    '| Agreement on air services | 9 June 2021 | 9 June 2021 |',
  ].join('\n');

  it('"December 2024" beside a signing of 3 December 2024 dates the entry into force', () => {
    expect(rows(TABLE).filter(([, , type]) => type === 'agreement_in_force')).toEqual([
      [TABLE.indexOf('Agreement on the joint'), 'Agreement on the joint border commission', 'agreement_in_force', '2024-12'],
    ]);
  });

  it('must not: the signing’s year alone ("2019") or its very day adds no entry into force', () => {
    expect(rows(TABLE).filter(([, words, type]) => type === 'agreement_in_force' && words !== 'Agreement on the joint border commission')).toEqual([]);
  });
});

describe('table-acts: a plain-text list of loans with an "Agreement signed" column (session 35, issue 10)', () => {
  const LOANS = [
    'Table 4.2: Kuwait Fund project loans to Egypt (EGP million)',
    '',
    '   Project                          Agreement signed     Amount      Status',
    '   Aswan water treatment plant        12 Feb 2019         4,800      Disbursing',
    '   Port Said desalination               Apr 2024          6,100      Signed',
    '   Luxor ring road (proposal)               —             2,300      Not signed',
  ].join('\n');

  it('each dated row is a signing of its date; must not: the undated proposal', () => {
    expect(rows(LOANS).map(([, words, type, date]) => [words, type, date])).toEqual([
      ['Aswan water treatment plant', 'agreement_signed', '2019-02-12'],
      ['Port Said desalination', 'agreement_signed', '2024-04'],
    ]);
  });
});

describe('table-acts: the row’s act replaces a guess from its title cell, never an act another cell tells (session 46)', () => {
  const TABLE = [
    'Ghana–Kenya: register of bilateral treaties',
    '',
    '| No. | Title | Place and date of signature | Entry into force | Remarks |',
    '|---|---|---|---|---|',
    '| 1 | Agreement on Defence Cooperation | Accra, 3 May 2018 | — | Signed during the state visit of the President of Kenya. |',
  ].join('\n');
  const all = () => {
    const { blocks, sentences } = structure(TABLE, segmentText(TABLE));
    return extract({ text: TABLE, blocks, sentences, documentDate: '2026-05-20' }).events.map((e) => [e.trigger.start, TABLE.slice(e.trigger.start, e.trigger.end), e.type, e.date]);
  };

  it('the signing of the title cell and the visit of the remarks cell, both of the row’s date', () => {
    expect(all()).toEqual([
      [TABLE.indexOf('state visit'), 'state visit', 'leader_visit', '2018-05-03'],
      [TABLE.indexOf('Agreement on Defence'), 'Agreement on Defence Cooperation', 'agreement_signed', '2018-05-03'],
    ]);
  });

  it('must not: a guess from the title’s words ("Defence Cooperation") beside the row’s act', () => {
    expect(all().filter(([, words]) => words === 'Defence Cooperation')).toEqual([]);
  });
});
