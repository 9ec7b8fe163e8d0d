import { describe, expect, it } from 'vitest';
import { splitSentences, wordBefore } from './sentences.js';

function split(text: string): [number, number, string][] {
  return splitSentences(text, 0, text.length).map((s) => [s.start, s.end, text.slice(s.start, s.end)]);
}

describe('splitSentences on real sentences', () => {
  it('splits plain prose and keeps escaped dollars inside', () => {
    const t =
      'It was a low-income country with a gross domestic product (GDP) per capita of less than US\\$100. By 2021, 35 years later, Viet Nam had signed bilateral commercial agreements with 60 countries.';
    expect(split(t)).toEqual([
      [0, 96, 'It was a low-income country with a gross domestic product (GDP) per capita of less than US\\$100.'],
      [97, 192, 'By 2021, 35 years later, Viet Nam had signed bilateral commercial agreements with 60 countries.'],
    ]);
  });

  it('does not end a sentence at "et al.", initials, "pp." before a number or "U.S."', () => {
    const t = "Shiraishi, M. (2023), 'Viet Nam's Foreign Policy', in Kimura, F. et al (eds.), Jakarta: ERIA, pp. 21-50. The U.S. President visited Hanoi.";
    expect(split(t).map((s) => s[2])).toEqual(["Shiraishi, M. (2023), 'Viet Nam's Foreign Policy', in Kimura, F. et al (eds.), Jakarta: ERIA, pp. 21-50.", 'The U.S. President visited Hanoi.']);
  });

  it('keeps "Mr." and "No. 2" inside a sentence', () => {
    const t = 'Mr. Abe met Mr. Dung at the No. 2 guesthouse. They talked.';
    expect(split(t)).toEqual([
      [0, 45, 'Mr. Abe met Mr. Dung at the No. 2 guesthouse.'],
      [46, 58, 'They talked.'],
    ]);
  });

  it('keeps a footnote marker with the sentence it follows', () => {
    const t = 'The Strategic Partnership was formally concluded in 2009.<sup>1</sup> As the backbone of the strategic partnership, economic cooperation has been developed.';
    expect(split(t).map((s) => s[2])).toEqual([
      'The Strategic Partnership was formally concluded in 2009.<sup>1</sup>',
      'As the backbone of the strategic partnership, economic cooperation has been developed.',
    ]);
  });

  it('reads across a page-break blank line inside a sentence', () => {
    const t = 'the Japanese Prime Minister visited \n\nthe President of Vietnam visited Japan five times. Next.';
    expect(split(t).map((s) => s[2])).toEqual(['the Japanese Prime Minister visited \n\nthe President of Vietnam visited Japan five times.', 'Next.']);
  });

  it('ends at "?" and "!" and after a closing quote', () => {
    const t = 'Is this \'a strategic partnership\'? It is! "Yes." Then it ended.';
    expect(split(t).map((s) => s[2])).toEqual(["Is this 'a strategic partnership'?", 'It is!', '"Yes."', 'Then it ended.']);
  });
});

describe('wordBefore reads the word before a full stop from the end of the sentence', () => {
  const whole = (s: string) => /([\p{L}.]+)\.$/u.exec(s)?.[1];
  const long = 'The delegation from Santiago arrived in Lima on a grey morning and was received by the vice-minister';
  it.each([
    [`${long} of Foreign Affairs, Amb.`, 'Amb'],
    [`${long} at 10 a.m.`, 'a.m'],
    [`${long} at 10.`, undefined],
    [`${long} (see note 3).`, undefined],
    [`${long} ${'x'.repeat(70)}.`, 'x'.repeat(70)],
    [`${long} ${'𝐀'.repeat(40)}.`, '𝐀'.repeat(40)],
    [`${long} ${'b'.repeat(63)}.`, 'b'.repeat(63)],
    [`${long} ${'b'.repeat(62)}.`, 'b'.repeat(62)],
    ['Mr.', 'Mr'],
  ])('%s', (before, word) => {
    expect(wordBefore(before)).toBe(word);
    expect(wordBefore(before)).toBe(whole(before));
  });
});
