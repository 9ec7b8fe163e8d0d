import type { IndicatorSummary, RelationshipState, Series, StateSummary } from '../../knowledge/state/types.js';
import type { Citation } from '../../knowledge/ask/types.js';

const cite = (c: Citation) => `    ${c.doc} [${c.start}–${c.end}] ${c.quote.replace(/\s+/g, ' ').slice(0, 140)}`;

/** The state for the terminal: pairs, then each section, one line an item, its first citation under it. */
export function renderState(s: RelationshipState): string {
  if (!s.pairs.length) return 'No pair of states: no document names two countries often enough to be about them.';
  const out = [`Pairs: ${s.pairs.map((p) => `${p.countries.map((c) => c.name).join('–')} (${p.docs.length} document(s))`).join('; ')}${s.at ? `  — as of ${s.at}` : ''}`, '', 'Partnership level:'];
  for (const p of s.partnership) out.push(`  ${p.date.padEnd(12)} ${p.name}  [${p.level}]`, cite(p.citations[0]!));
  if (!s.partnership.length) out.push('  (none stated)');
  out.push('', 'Standing mechanisms:');
  for (const m of s.mechanisms)
    out.push(`  ${m.name}: first ${m.first}${m.level ? `, ${m.level} level` : ''}${m.frequency ? `, ${m.frequency}` : ''}, ${m.meetings.length} meeting(s) told`, cite(m.meetings[0]!.citations[0]!));
  if (!s.mechanisms.length) out.push('  (none stated)');
  out.push('', `Visits (${s.visits.items.length}):`);
  for (const v of s.visits.items) out.push(`  ${v.date.padEnd(17)} ${v.visitor ?? '(unnamed)'}${v.office ? `, ${v.office}` : ''}: ${v.from ?? '?'} → ${v.to ?? '?'}`);
  out.push(
    `  per decade: ${
      Object.entries(s.visits.byDecade)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || '—'
    }`,
  );
  out.push(
    `  per office: ${
      Object.entries(s.visits.byOffice)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || '—'
    }`,
  );
  out.push('', 'Agreements:');
  for (const a of s.agreements) out.push(`  ${a.date.padEnd(12)} ${a.status.padEnd(9)} ${a.name}`, cite(a.citations[0]!));
  if (!s.agreements.length) out.push('  (none stated)');
  return out.join('\n');
}

/** Series for the terminal: each line's points (period, value as stated and in base units), a conflict marked "!". */
export function renderSeries(data: { series: Series[]; indicators: IndicatorSummary[] }, listOnly: boolean): string {
  if (listOnly) return data.indicators.map((i) => `${i.indicator.padEnd(28)} ${String(i.points).padStart(4)} point(s) in ${i.lines} line(s)  ${i.units.join(', ')}`).join('\n') || 'No figures.';
  return data.series
    .map((s) =>
      [
        `${s.indicator} (${s.unit}, ${s.scope}${s.subject ? `, ${s.subject}` : ''}${s.direction ? `, ${s.direction.from} → ${s.direction.to}` : ''})`,
        ...s.points.map(
          (p) =>
            `  ${p.conflict ? '!' : ' '} ${p.period.padEnd(12)} ${String(p.value).padStart(16)} ${p.unit}${p.stated ? `  (“${p.stated}”)` : ''}${p.qualifier !== 'exact' ? ` ${p.qualifier}` : ''}` +
            (p.citations[0] ? `\n${cite(p.citations[0])}` : '') +
            (p.citationCount > 1 ? `\n      (told in ${p.citationCount} passages: dyad fact ${p.fact})` : ''),
        ),
      ].join('\n'),
    )
    .join('\n');
}

/** The state's summary for the terminal: pairs, steps (first citation, how many tell it), counts. */
export function renderStateSummary(s: StateSummary): string {
  if (!s.pairs.length) return 'No pair of states: no document names two countries often enough to be about them.';
  const out = [`Pairs: ${s.pairs.map((p) => `${p.countries.map((c) => c.name).join('–')} (${p.docs.length} document(s))`).join('; ')}${s.at ? `  — as of ${s.at}` : ''}`, '', 'Partnership level:'];
  for (const p of s.partnership) out.push(`  ${p.date.padEnd(12)} ${p.name}  [${p.level}], told in ${p.cited} passage(s)`, cite(p.citations[0]!));
  if (!s.partnership.length) out.push('  (none stated)');
  const counts = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || '—';
  out.push('', `Visits: ${s.visits.count}`, `  per decade: ${counts(s.visits.byDecade)}`, `  per office: ${counts(s.visits.byOffice)}`);
  out.push(`Standing mechanisms: ${s.mechanisms}`, `Agreements: ${s.agreements}`);
  return out.join('\n');
}

/** Headline lines for the terminal: each line's periods and values (no citations: `dyad series INDICATOR` has them), a conflict marked "!". */
export function renderHeadline(lines: Series[]): string {
  if (!lines.length) return 'No line of amounts with three periods or more.';
  return lines
    .map((s) =>
      [
        `${s.indicator} (${s.unit}, ${s.scope}${s.subject ? `, ${s.subject}` : ''}${s.direction ? `, ${s.direction.from} → ${s.direction.to}` : ''}): ${s.points.length} period(s)`,
        ...s.points.map((p) => `  ${p.conflict ? '!' : ' '} ${p.period.padEnd(12)} ${String(p.value).padStart(16)} ${p.unit}${p.stated ? `  (“${p.stated}”)` : ''}`),
      ].join('\n'),
    )
    .join('\n');
}
