import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { unknownPersonId } from './person-names.js';

/** `[start, end, text, entity, country, rule]` of each person no lexicon file knows. */
function people(text: string, documentDate = '2023-05-10'): [number, number, string, string, string | undefined, string][] {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate })
    .entities.filter((e) => e.entity.startsWith('person:unknown:'))
    .map((e) => [e.start, e.end, e.text, e.entity, e.country, e.rule]);
}

describe('unknownPersonId', () => {
  it.each([
    ['Yamazaki Masaaki', 'person:unknown:masaaki-yamazaki'],
    ['Masaaki Yamazaki', 'person:unknown:masaaki-yamazaki'],
    ['Nagy Katalin', 'person:unknown:katalin-nagy'],
    ['Katalin Nagy’s', 'person:unknown:katalin-nagy'],
    ['Trần Văn Thành', 'person:unknown:thanh-tran-van'],
    ['Thanh Tran Van', 'person:unknown:thanh-tran-van'],
    ['Susilo B. Yudhoyono', 'person:unknown:susilo-yudhoyono'],
    // A one-letter regnal number tells one king from another; an initial does not.
    ['Frederik X', 'person:unknown:frederik-x'],
    ['Frederik IX', 'person:unknown:frederik-ix'],
    ["Frederik X's", 'person:unknown:frederik-x'],
  ])('%s → %s', (name, id) => expect(unknownPersonId(name)).toBe(id));
});

describe('one person whatever order and form the name takes', () => {
  it('gives a name written family name first and given name first the same entity in two documents', () => {
    const first = people('In 2019 Ambassador Nagy Katalin of Hungary visited Osaka.');
    const second = people('Hungarian Ambassador Katalin Nagy opened a school in Kobe in 2020.');
    expect(first).toEqual([[19, 31, 'Nagy Katalin', 'person:unknown:katalin-nagy', 'HUN', 'titled-name']]);
    expect(second).toEqual([[21, 33, 'Katalin Nagy', 'person:unknown:katalin-nagy', 'HUN', 'titled-name']]);
  });

  it('names a person again by the family name after "Mr", whichever end of the name it stands at', () => {
    const text = 'Japanese Speaker Furuta Motoo arrived in Hanoi in May. Mr Furuta met students, and Furuta left on Friday.';
    expect(people(text)).toEqual([
      [17, 29, 'Furuta Motoo', 'person:unknown:furuta-motoo', 'JPN', 'titled-name'],
      [58, 64, 'Furuta', 'person:unknown:furuta-motoo', 'JPN', 'coref-name'],
      [83, 89, 'Furuta', 'person:unknown:furuta-motoo', 'JPN', 'coref-name'],
    ]);
  });

  it('names a person with three names again by the last after a title ("Governor Prasetyo")', () => {
    const text = 'Indonesian Governor Bagus Adi Prasetyo received the Thai consul in 2021. Governor Prasetyo thanked him.';
    expect(people(text)).toEqual([
      [20, 38, 'Bagus Adi Prasetyo', 'person:unknown:adi-bagus-prasetyo', 'IDN', 'titled-name'],
      [82, 90, 'Prasetyo', 'person:unknown:adi-bagus-prasetyo', 'IDN', 'coref-name'],
    ]);
  });

  it('makes a person of a full name written without a title when a titled short form of it follows', () => {
    const text = 'Ratna Dewi Lestari, the mayor, met the Korean delegation in 2008. Mayor Lestari spoke first.';
    expect(people(text)).toEqual([
      [0, 18, 'Ratna Dewi Lestari', 'person:unknown:dewi-lestari-ratna', undefined, 'named-person'],
      [72, 79, 'Lestari', 'person:unknown:dewi-lestari-ratna', undefined, 'coref-name'],
    ]);
  });

  it('keeps a titled family name its own when two people of the document end their names with it', () => {
    const text = 'Governor Amina Diallo and Senator Musa Diallo met in Dakar. Senator Diallo spoke.';
    expect(people(text).map((p) => [p[2], p[3], p[5]])).toEqual([
      ['Amina Diallo', 'person:unknown:amina-diallo', 'titled-name'],
      ['Musa Diallo', 'person:unknown:diallo-musa', 'titled-name'],
      ['Diallo', 'person:unknown:diallo', 'titled-name'],
    ]);
  });

  it('makes no person of a place whose first word a titled name shares', () => {
    const text = 'Mr Okafor flew to Lagos. The Okafor Road project in Lagos was opened in 2019.';
    expect(people(text).map((p) => [p[2], p[3], p[5]])).toEqual([['Okafor', 'person:unknown:okafor', 'titled-name']]);
  });
});

describe('a family name named again and again stays the person’s (a chain of references)', () => {
  const detained = 'Foreign Minister Arnoldo Quesada of Costa Rica said on Monday that eleven fishermen had been detained. ';
  const boats = 'Coast guard boats stopped the two vessels near the river mouth late on Sunday and escorted them to a nearby jetty. '.repeat(12);
  const river = 'Residents of the border villages said the river had been calm for most of the week, and fishing resumed on Tuesday. '.repeat(12);
  const asked = 'Quesada said on Thursday that he had asked for an urgent meeting.';

  it('names the minister by "Quesada" beyond the reach of the full name when a closer "Quesada" links them', () => {
    const text = detained + boats + 'Quesada told reporters the boats had been returned. ' + river + asked;
    expect(people(text)).toEqual([
      [17, 32, 'Arnoldo Quesada', 'person:unknown:arnoldo-quesada', 'CRI', 'titled-name'],
      [1483, 1490, 'Quesada', 'person:unknown:arnoldo-quesada', 'CRI', 'coref-name'],
      [2927, 2934, 'Quesada', 'person:unknown:arnoldo-quesada', 'CRI', 'coref-name'],
    ]);
  });

  it('does not carry the name across a stretch longer than the reach with no mention of it', () => {
    const text = detained + boats + 'The boats were returned on Wednesday. ' + river + asked;
    expect(people(text).map((p) => [p[0], p[2], p[5]])).toEqual([[17, 'Arnoldo Quesada', 'titled-name']]);
  });

  it('names neither of two people by the family name they share, however close the chain', () => {
    const text = detained + boats + 'Quesada told reporters the boats had been returned. ' + 'Deputy Minister Laura Quesada said the crews were well. ' + asked;
    expect(people(text).filter((p) => p[5] === 'coref-name')).toEqual([]);
  });
});
