import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';

/** A wire on Mongolia and Kazakhstan written for these tests (test/data/ask-heads/): names told before the question's head phrase, or after it between commas. */
const DOCS = new URL('./data/ask-heads/', import.meta.url).pathname;

describe('dyad ask: the name a which-question asks for, beside its head phrase', () => {
  const fixture = askFixture(DOCS);
  const cited = async (question: string) => {
    const a = await fixture.engine.ask(question);
    fixture.exact(a);
    const text = fixture.texts.get('mongolia_kazakhstan_wire_2026.txt')!;
    return { a, text };
  };

  it('reads the name before the question\'s own words of its head phrase ("the Altai Wolves smuggling network")', async () => {
    const { a, text } = await cited('Which smuggling network did Mongolia blame for the attack?');
    expect(a).toMatchObject({ status: 'answered', answer: 'Altai Wolves smuggling network' });
    const at = text.indexOf('Altai Wolves smuggling network');
    expect(a.citations.some((c) => c.start <= at && at + 'Altai Wolves smuggling network'.length <= c.end)).toBe(true);
  });

  it('reads a name set off by commas after the head noun ("a mobile surveillance unit, the Zhetysu Border Detachment,")', async () => {
    const { a, text } = await cited('Which unit did Kazakhstan send to the area around Ulgii?');
    expect(a).toMatchObject({ status: 'answered', answer: 'Zhetysu Border Detachment' });
    const at = text.indexOf('Zhetysu Border Detachment');
    expect(a.citations.some((c) => c.start <= at && at + 'Zhetysu Border Detachment'.length <= c.end)).toBe(true);
  });

  it('answers who did a passive act with its doer after "by", of the clause whose words the question holds', async () => {
    const { a, text } = await cited('Who led the Mongolian delegation at the Khovd talks?');
    expect(a).toMatchObject({ status: 'answered' });
    expect(a.answer).toContain('Batbayar Ganbold');
    expect(a.answer).not.toContain('Sadykov');
    const at = text.indexOf('Batbayar Ganbold');
    expect(a.citations.some((c) => c.start <= at && at + 'Batbayar Ganbold'.length <= c.end)).toBe(true);
  });
});
