import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/pipeline.js';
import { structure } from '../src/ingest/segment/structure.js';
import { segmentText } from '../src/ingest/segment/text-blocks.js';

/**
 * The scope of a denial, a modal or a condition (event-mode.ts, session 44, issue 10): a word of denial or a modal governs the
 * verbs after it in its own verb group, never a verb before it, and a verb in the past after a group whose auxiliary takes a
 * bare verb ("did not", "would not") is a finite verb of its own. Sentences written for these tests, on Zambia and Malawi.
 */
function modes(text: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences, documentDate: '2023-06-10' }).events.map((e) => [e.date, e.plover.type, e.mode, e.trigger.start, text.slice(e.trigger.start, e.trigger.end)]);
}

describe('a verb before a denial or a modal of another clause is told as done', () => {
  it.each([
    // The relative clause with no pronoun ("a dam it could never fill") denies its own verb, not the ratification before it.
    ['Malawi ratified the water accord in March 2019, built a dam it could never fill, and renegotiated the treaty in 2021.', ['2019-03', 'AGREE', 'asserted', 7, 'ratified']],
    // A second verb group with its own denial ("has not renewed it") leaves the signing before it as it was.
    ['Zambia signed the fisheries pact in June 2018 and has not renewed it since.', ['2018-06', 'AGREE', 'asserted', 7, 'signed the fisheries pact']],
    // A relative clause after a comma that holds a modal and a denial.
    ['Malawi recalled its envoy in May 2020, a step that Zambia would not repeat.', ['2020-05', 'SANCTION', 'asserted', 7, 'recalled its envoy']],
  ] as [string, unknown[]][])('%s', (text, expected) => {
    expect(modes(text)).toContainEqual(expected);
  });
});

describe('a verb in the past after a denied group that takes a bare verb is a finite verb of its own', () => {
  it('tells the expulsion after "would not retaliate, and on … expelled" as done, and the retaliation as denied', () => {
    const text = 'Lusaka said it would not retaliate, and on 6 April 2022 expelled three Malawian traders.';
    expect(modes(text)).toEqual([
      ['2022-04-06', 'COERCE', 'asserted', 56, 'expelled'],
      ['2022-04-06', 'THREATEN', 'negated', 25, 'retaliate'],
    ]);
  });

  it('keeps a list of participles under "had not" denied, and a bare verb after "would not … and" too', () => {
    // "had" takes a participle: "recalled" is an item of the denied list. "would not" takes a bare verb: "sign" shares it.
    expect(modes('Zambia had not closed the border, recalled its envoy or suspended flights by 4 March 2020.').map((e) => e[2])).toEqual(['negated', 'negated']);
    expect(modes('Malawi did not recall its ambassador on 3 May 2022 and expel the attaché.').map((e) => e[2])).toEqual(['negated']);
  });
});

describe('a noun in a phrase after a denied verb is not what the verb denies', () => {
  it.each([
    // The raid happened: the denial is of the apology, which a denied concession makes a refusal (REJECT, asserted).
    [
      'Neither side has apologised for the raid of 3 May 2022.',
      [
        ['2022-05-03', 'FIGHT', 'asserted', 36, 'raid'],
        ['2022-05-03', 'REJECT', 'asserted', 17, 'apologised'],
      ],
    ],
    // A verb of attitude and the preposition of its topic (`denialAsides`): the talks and the raid happened.
    ['Malawi has not commented on the talks of 4 May 2022.', [['2022-05-04', 'CONSULT', 'asserted', 32, 'talks']]],
    ['Zambia did not respond to the raid of 3 May 2022.', [['2022-05-03', 'FIGHT', 'asserted', 30, 'raid']]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(modes(text)).toEqual(expected);
  });

  // A phrase a verb takes as its object is what the verb denies (review of session 44): a denied participant is no agent of an
  // asserted act, and a call, a vote or a push for talks is no meeting held.
  it.each([
    ['Zambia did not take part in the talks in Lusaka on 4 May 2022.', 'talks'],
    ['Ethiopia and Eritrea were not at war in 2019.', 'war'],
    ['Kenya did not push for a ceasefire with Uganda in 2021.', 'ceasefire'],
    ['Peru did not agree on a ceasefire with Ecuador in 1995.', 'ceasefire'],
    ['Egypt did not call for talks with Ethiopia on 4 May 2021.', 'talks'],
    ['Egypt did not vote for sanctions against Ethiopia in 2021.', 'sanctions'],
    ['Kenya did not prepare for war with Uganda in 2021.', 'war'],
    ['Kenya did not ask for talks with Uganda in 2021.', 'talks'],
    ['Kenya said no decision had been taken on the expulsion of 4 May 2021.', 'expulsion'],
  ])('%s', (text, trigger) => {
    const found = modes(text).filter((e) => e[4] === trigger);
    expect(found.length).toBe(1);
    expect(found[0]![2]).toBe('negated');
    expect(found[0]![3]).toBe(text.indexOf(` ${trigger} `) + 1);
  });
});

describe('a denial in the object of the verb (review of session 44)', () => {
  it.each([
    ['Kenya expelled no Ugandan diplomats in 2021.', [['2021', 'SANCTION', 'negated', 6, 'expelled']]],
    ['Uganda recognised no government in Nairobi in 2021.', [['2021', 'COOPERATE', 'negated', 7, 'recognised']]],
    ['Malawi recognised none of the new governments in 2021.', [['2021', 'COOPERATE', 'negated', 7, 'recognised']]],
    // A noun trigger whose first word ends in "-ed" is no verb: the predicate after it denies it.
    ['An armed conflict between Ethiopia and Eritrea did not break out in 2021.', [['2021', 'FIGHT', 'negated', 3, 'armed conflict']]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(modes(text)).toEqual(expect.arrayContaining(expected));
  });

  // Must not: "no" in a phrase after the object, or "neither" in the object of the predicate after a noun, denies nothing.
  it.each([
    ['Zambia signed the road accord with no delay on 4 May 2022.', [['2022-05-04', 'AGREE', 'asserted', 7, 'signed the road accord']]],
    ['The talks in Nairobi on 4 May 2021 satisfied neither Kenya nor Uganda.', [['2021-05-04', 'CONSULT', 'asserted', 4, 'talks']]],
    ['The summit of 4 May 2021 was attended by neither president.', [['2021-05-04', 'CONSULT', 'asserted', 4, 'summit']]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(modes(text)).toEqual(expected);
  });
});

describe('a causative "had" is no inverted condition (review of session 44)', () => {
  it.each([
    [
      'Amin invaded Tanzania in October 1978, had Libyan troops flown in by March 1979 and fled in April 1979.',
      [
        ['1978-10', 'FIGHT', 'asserted', 5, 'invaded'],
        ['1979-04', 'FIGHT', 'asserted', 57, 'flown in by March 1979'],
      ],
    ],
    [
      'In March 2020 Kenya closed the border, had the Ugandan traders deported on 4 May 2020 and reopened it in June.',
      [
        ['2020-03', 'SANCTION', 'asserted', 20, 'closed'],
        ['2020-05-04', 'COERCE', 'asserted', 63, 'deported'],
        ['2020-06', 'RETREAT', 'asserted', 90, 'reopened'],
      ],
    ],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(modes(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('acts that must not be told as done', () => {
  it.each([
    // An inverted condition: the recognition was only weighed.
    ['Had Zambia recognised the new government in 1994, the border would have stayed open.', [['1994', 'COOPERATE', 'hypothetical', 11, 'recognised']]],
    // A condition with an aside right after "if" stays open: the closure was feared, not done.
    ['If, as many feared, Zambia closed the border on 2 June 2022, trade would collapse.', [['2022-06-02', 'SANCTION', 'hypothetical', 27, 'closed']]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(modes(text)).toEqual(expected);
  });

  it.each([
    // "Neither" in the subject denies the act of both.
    ['Neither government recalled its ambassador in 2022.', [['2022', 'SANCTION', 'negated', 19, 'recalled its ambassador']]],
    // A noun that is the subject of a denied predicate, or the object of a denied verb, is denied.
    ['No summit was held in 2019.', [['2019', 'CONSULT', 'negated', 3, 'summit']]],
    ['The visit of 4 May 2022 did not take place.', [['2022-05-04', 'CONSULT', 'negated', 4, 'visit']]],
    ['Zambia will not attend the summit in Lilongwe on 4 May 2024.', [['2024-05-04', 'CONSULT', 'negated', 16, 'attend the summit']]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(modes(text)).toEqual(expected);
  });

  it('reads an inverted condition whose subject is a pronoun as a condition', () => {
    expect(modes('Had they recalled their envoy in 2021, the talks would have collapsed.')).toContainEqual(['2021', 'SANCTION', 'hypothetical', 9, 'recalled their envoy']);
  });

  it('reads no act in a question', () => {
    expect(modes('Did Zambia expel the Malawian attaché on 4 May 2022?')).toEqual([]);
  });

  // "were" after a comma is a passive's auxiliary, not an inverted condition: the expulsion was done.
  it('tells a passive after an aside set off by commas as done', () => {
    expect(modes('Two Malawian diplomats, accused of spying, were expelled on 3 May 2022.')).toContainEqual(['2022-05-03', 'SANCTION', 'asserted', 48, 'expelled']);
  });
});

describe('a denied verb of saying or knowing leaves the act it reports unsettled (review of session 44)', () => {
  it.each([
    ['Nairobi did not confirm it expelled two Ugandan diplomats in May 2021.', ['2021-05', 'SANCTION', 'hypothetical', 27, 'expelled']],
    ['Kenya could not prove that Uganda shelled the border post on 4 May 2021.', ['2021-05-04', 'FIGHT', 'hypothetical', 34, 'shelled']],
    ['Uganda did not claim it attacked the Kenyan patrol on 4 May 2021.', ['2021-05-04', 'FIGHT', 'hypothetical', 24, 'attacked']],
    // Must stay asserted: a denied verb of another kind, then a finite verb of its own.
    ['Kenya did not wait for talks, and on 4 May 2021 expelled two Ugandan diplomats.', ['2021-05-04', 'SANCTION', 'asserted', 48, 'expelled']],
  ] as [string, unknown[]][])('%s', (text, expected) => {
    expect(modes(text)).toContainEqual(expected);
  });
});
