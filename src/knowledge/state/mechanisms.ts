import { fold } from '../../extract/fold.js';
import { actorLexicon, aliasesIn } from '../../extract/actors/actor-lexicon.js';
import type { KnowledgeEvent } from '../annotation-queries.js';
import { byDate, cite, namesEndingWith, pairOf, type PairCodes } from './common.js';
import { firstMatch, stateLexicon } from './state-lexicon.js';
import type { Mechanism } from './types.js';

/** One name however it is spelt: "Japan-Viet Nam Cooperation Committee" and "Japan–Vietnam Cooperation Committee" are one. */
export const mechanismKey = (name: string) => fold(name).replace(/[^a-z0-9]+/g, '');

/**
 * The mechanisms a passage names: capitalised names ending with a head of lexicon/state.json
 * ("the annual meeting of the Chile-Peru Binational Cabinet Committee" → "Chile-Peru Binational Cabinet Committee"),
 * less a person's title ("Chairman of the … Commission") and bodies of a group of states ("ASEAN Regional Forum").
 */
export function mechanismsIn(quote: string): string[] {
  const lex = actorLexicon();
  const titles = new Set(lex.titles.map(fold));
  return namesEndingWith(quote, stateLexicon().mechanisms.heads)
    .map((n) => n.name)
    .filter((name) => {
      // "Chairman of the Public Safety Commission" is a person's title; "ASEAN Regional Forum" a body of many states.
      const words = fold(name).split(/\s+/);
      if (words.some((_, i) => titles.has(words.slice(0, i + 1).join(' ')))) return false;
      return !aliasesIn(fold(name)).some((m) => lex.byText.get(m.text)?.[0]?.entity.kind === 'group');
    });
}

/**
 * Standing mechanisms of a pair: every event of the lexicon's mechanism types whose passage names
 * one is a meeting of it. Its first meeting is the earliest; its level and how often it is held
 * are the first the passages of its meetings say ("at the vice minister level", "annual").
 */
export function standingMechanisms(events: KnowledgeEvent[], pairs: PairCodes[]): Mechanism[] {
  const lex = stateLexicon().mechanisms;
  const types = new Set(lex.events);
  const byName = new Map<string, Mechanism>();
  for (const e of [...events].sort(byDate)) {
    if (!types.has(e.type) || e.mode !== 'asserted') continue;
    const pair = pairOf(e, pairs, false);
    if (!pair) continue;
    for (const m of e.mentions) {
      for (const name of mechanismsIn(m.quote)) {
        const key = `${pair.join()}|${mechanismKey(name)}`;
        const mech = byName.get(key) ?? { name, first: e.date, level: null, frequency: null, pair, meetings: [] };
        byName.set(key, mech);
        const folded = fold(m.quote);
        mech.level ??= firstMatch(lex.levels, folded)?.id ?? null;
        mech.frequency ??= firstMatch(lex.frequencies, folded)?.id ?? null;
        const meeting = mech.meetings.find((x) => x.date === e.date);
        const c = cite(m);
        if (!meeting) mech.meetings.push({ date: e.date, citations: [c] });
        else if (!meeting.citations.some((d) => d.doc === c.doc && d.start === c.start)) meeting.citations.push(c);
      }
    }
  }
  for (const mech of byName.values()) {
    mech.meetings.sort(byDate);
    mech.first = mech.meetings[0]!.date;
  }
  return [...byName.values()].sort((a, b) => byDate({ date: a.first }, { date: b.first }) || a.name.localeCompare(b.name));
}
