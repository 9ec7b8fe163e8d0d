import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { findTimes } from '../extract/time/time-stage.js';
import { timex3Of, type Timex3Span } from '../extract/time/timex.js';

/** A TimeML document: the text inside <TEXT>, its creation time, and its gold TIMEX3 elements. */
export interface TimeMLDocument {
  text: string;
  dct?: string;
  timexes: Timex3Span[];
}

/** Reads a TimeML file (TimeBank / TempEval-3 layout): offsets index the text of <TEXT> with tags removed. */
export function parseTimeML(xml: string): TimeMLDocument {
  const dom = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const find = (nodes: ChildNode[], name: string): Element | undefined => {
    for (const n of nodes) {
      if (n.type !== 'tag') continue;
      if ((n as Element).name === name) return n as Element;
      const inner = find((n as Element).children, name);
      if (inner) return inner;
    }
    return undefined;
  };
  const textEl = find(dom.children, 'TEXT');
  if (!textEl) throw new Error('TimeML: no <TEXT> element');
  const dctTimex = find(find(dom.children, 'DCT')?.children ?? [], 'TIMEX3');
  let text = '';
  const timexes: Timex3Span[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') text += n.data;
      else if (n.type === 'tag') {
        const el = n as Element;
        const start = text.length;
        walk(el.children);
        if (el.name === 'TIMEX3') {
          const a = el.attribs;
          timexes.push({ start, end: text.length, text: text.slice(start), type: a.type as Timex3Span['type'], value: a.value ?? '', ...(a.mod ? { mod: a.mod as Timex3Span['mod'] } : {}) });
        }
      }
    }
  };
  walk(textEl.children);
  return { text, ...(dctTimex?.attribs.value ? { dct: dctTimex.attribs.value } : {}), timexes };
}

/** TIMEX3 scores as TempEval-3 reports them. */
export interface TimexScore {
  gold: number;
  predicted: number;
  strict: { matched: number; precision: number; recall: number; f1: number };
  relaxed: { matched: number; precision: number; recall: number; f1: number };
  /** Of the relaxed matches, the share whose value (and type) equals the gold one. */
  valueAccuracy: number;
  typeAccuracy: number;
  misses: Timex3Span[];
  extras: Timex3Span[];
  wrongValues: { gold: Timex3Span; predicted: Timex3Span }[];
}

const prf = (matched: number, gold: number, predicted: number) => {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  return { matched, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/**
 * Scores predicted TIMEX3 spans against gold ones: strict extent (same start and end), relaxed
 * extent (overlap; each gold and each prediction used once), value and type accuracy over the
 * relaxed matches.
 */
export function scoreTimexes(gold: Timex3Span[], predicted: Timex3Span[]): TimexScore {
  const strict = gold.filter((g) => predicted.some((p) => p.start === g.start && p.end === g.end)).length;
  const used = new Set<Timex3Span>();
  const pairs: { gold: Timex3Span; predicted: Timex3Span }[] = [];
  const misses: Timex3Span[] = [];
  for (const g of gold) {
    const overlapping = predicted.filter((p) => !used.has(p) && p.start < g.end && p.end > g.start);
    const best = overlapping.find((p) => p.start === g.start && p.end === g.end) ?? overlapping[0];
    if (best) {
      used.add(best);
      pairs.push({ gold: g, predicted: best });
    } else misses.push(g);
  }
  const wrongValues = pairs.filter((p) => p.gold.value !== p.predicted.value);
  return {
    gold: gold.length,
    predicted: predicted.length,
    strict: prf(strict, gold.length, predicted.length),
    relaxed: prf(pairs.length, gold.length, predicted.length),
    valueAccuracy: pairs.length ? (pairs.length - wrongValues.length) / pairs.length : 0,
    typeAccuracy: pairs.length ? pairs.filter((p) => p.gold.type === p.predicted.type).length / pairs.length : 0,
    misses,
    extras: predicted.filter((p) => !used.has(p)),
    wrongValues,
  };
}

/** Runs the time stage on each TimeML document (its DCT as the document's date) and scores all together. */
export function scoreTimeML(docs: TimeMLDocument[]): TimexScore {
  const gold: Timex3Span[] = [];
  const predicted: Timex3Span[] = [];
  let offset = 0;
  for (const d of docs) {
    // Offsets of later documents are shifted so spans from different documents never meet.
    const shift = (t: Timex3Span) => ({ ...t, start: t.start + offset, end: t.end + offset });
    gold.push(...d.timexes.map(shift));
    predicted.push(...findTimes(d.text, d.dct).flatMap(timex3Of).map(shift));
    offset += d.text.length + 1;
  }
  return scoreTimexes(gold, predicted);
}
