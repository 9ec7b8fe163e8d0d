import type { FactAnnotation } from '../model/annotation.js';
import type { Conflict, KnowledgeFact, Mention } from '../model/knowledge.js';
import type { ContributionRow } from './contributions.js';
import { bounds, nameWords, position, shortHash } from './keys.js';
import type { StoredItem } from './item.js';
import { dedupe } from './events.js';
import { measureScope } from './measure-scope.js';

const cite = (m: Mention) => ({ doc: m.doc, start: m.start, end: m.end, quote: m.quote });

/**
 * The figures of one indicator, unit, subject and period that cannot all be true: stated in
 * different sentences (two figures in one sentence measure two things: "60 countries and 40
 * countries"), naming the same countries in the same order (not "Japanese visitors to Viet Nam"
 * against "Vietnamese visitors to Japan") with the same scope words by the figure (not
 * "registered" against "disbursed": `measureScope`), and apart by more than rounding or an "about".
 */
function disagreeingFigures<T extends { value: number; qualifier: string; mentions: Mention[] }>(
  facts: T[],
  order: (m: Mention) => string,
  restating: (m: Mention, n: Mention) => boolean = () => false,
): T[] {
  const close = (a: T, b: T) => Math.abs(a.value - b.value) <= (a.qualifier !== 'exact' || b.qualifier !== 'exact' ? 0.1 : 0.005) * Math.max(Math.abs(a.value), Math.abs(b.value));
  const sameSentence = (a: T, b: T) => a.mentions.some((m) => b.mentions.some((n) => n.doc === m.doc && n.start < m.end && m.start < n.end));
  // … or one restates the other ("… 21,000, according to the immigration service. The statistics bureau counts about 27,500").
  const sameScope = (a: T, b: T) => a.mentions.some((m) => b.mentions.some((n) => order(m) === order(n) || restating(m, n)));
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const [a, b] = [facts[i]!, facts[j]!];
      if (!close(a, b) && !sameSentence(a, b) && sameScope(a, b)) return [a, b];
    }
  }
  return [];
}

/**
 * The facts of one bucket (indicator, unit, period, subject, direction): the same value is one
 * fact with every mention; figures of the bucket that cannot all be true (a period stated) are a
 * conflict, each claim with its citations. `rows` are in corpus order.
 */
export function mergeFacts(bucket: string, rows: ContributionRow[]): StoredItem[] {
  const byKey = new Map<string, { fact: KnowledgeFact; first: string; told: Set<string> }>();
  const scopes = new Map<Mention, string>();
  // A source's count of a figure told before (`restates`: "the statistics bureau counts about 27,500") measures what that figure
  // measured, whatever countries its passage names: the two are compared whatever their scopes. Each mention's figure by its document
  // and value's start, and the figure it restates.
  const at = new Map<Mention, string>();
  const restates = new Map<Mention, string>();
  for (const { doc, seq, data } of rows) {
    if (data.layer !== 'facts') continue;
    const f: FactAnnotation = data.a;
    const scope = data.scope;
    // A projected figure ("would cut … by US$4 billion") is never one fact with a measured one of the same value.
    const key = `${f.indicator}|${f.value}|${f.unit}|${f.period ?? ''}|${f.subject ?? ''}|${f.direction ? `${f.direction.from}>${f.direction.to}` : ''}${f.qualifier === 'projected' ? '|projected' : ''}`;
    const mention: Mention = { doc, start: f.start, end: f.end, quote: data.quote };
    // The countries named, and the words by the figure that fix what it measures ("registered", "disbursed").
    scopes.set(mention, `${scope}|${measureScope(data.quote, f.valueStart - f.start, f.valueEnd - f.start)}`);
    at.set(mention, `${doc}\u0001${f.valueStart}`);
    if (f.restates) restates.set(mention, `${doc}\u0001${f.restates.start}`);
    const existing = byKey.get(key);
    if (existing) {
      const passage = `${doc}\u0001${f.start}`;
      if (!existing.told.has(passage)) {
        existing.fact.mentions.push(mention);
        existing.told.add(passage);
      }
      continue;
    }
    const fact: KnowledgeFact = {
      id: `fa-${shortHash(f.thirdParty ? `${key}|third` : key)}`,
      indicator: f.indicator,
      value: f.value,
      unit: f.unit,
      period: f.period ?? null,
      subject: f.subject ?? null,
      direction: f.direction ?? null,
      qualifier: f.qualifier,
      confidence: f.confidence,
      thirdParty: f.thirdParty === true,
      mentions: [mention],
    };
    byKey.set(key, { fact, first: position(doc, seq), told: new Set([`${doc}\u0001${f.start}`]) });
  }
  const all = [...byKey.values()];
  const out: StoredItem[] = all.map(({ fact, first }) => {
    const [start, end] = fact.period ? bounds(fact.period) : [null, null];
    return {
      id: fact.id,
      layer: 'facts',
      bucket,
      thirdParty: fact.thirdParty,
      type: fact.indicator,
      dateStart: start,
      dateEnd: end,
      unit: fact.unit,
      sort: [fact.indicator, fact.period ?? '', first],
      count: fact.mentions.length,
      data: fact,
      mentions: fact.mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end })),
      actors: dedupe([fact.subject, fact.direction?.from, fact.direction?.to].filter((n): n is string => !!n).map((n) => ({ entity: '', words: nameWords(n) }))),
    };
  });
  const first = all[0]?.fact;
  if (!first || first.thirdParty || !first.period) return out;
  // In the order of the list of facts: by indicator and period (the bucket's own), then the first told.
  // A projected figure is no side of a conflict: it tells what may be, not what was measured.
  const group = disagreeingFigures(
    all
      .map((x) => x.fact)
      .filter((f) => f.qualifier !== 'projected')
      .sort((a, b) => a.indicator.localeCompare(b.indicator) || (a.period ?? '').localeCompare(b.period ?? '')),
    (m) => scopes.get(m) ?? '',
    (m, n) => restates.get(m) === at.get(n) || restates.get(n) === at.get(m),
  );
  if (group.length < 2) return out;
  const key = [first.indicator, first.unit, first.period, first.subject ?? '', first.direction ? `${first.direction.from}>${first.direction.to}` : ''].join('|');
  const conflict: Conflict = {
    id: `cf-${shortHash(key)}`,
    kind: 'fact',
    about: `${first.indicator} ${first.subject ? `${first.subject} ` : ''}${first.period} (${first.unit})`,
    claims: group.map((f) => ({ answer: `${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${f.value} ${f.unit}`, value: `${f.value} ${f.unit}`, citations: f.mentions.map(cite) })),
  };
  out.push({
    id: conflict.id,
    layer: 'conflicts',
    bucket,
    thirdParty: false,
    type: 'fact',
    dateStart: null,
    dateEnd: null,
    unit: null,
    sort: ['1', `${first.indicator}\u0001${first.period}`, all.map((x) => x.first).sort()[0]!],
    count: conflict.claims.length,
    data: conflict,
    mentions: conflict.claims.flatMap((c) => c.citations.map((m) => ({ doc: m.doc, start: m.start, end: m.end }))),
    actors: [],
  });
  return out;
}
