import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EVENT_COLUMNS, FACT_COLUMNS, CONFLICT_COLUMNS } from '../src/export/csv.js';
import { GRAPHML_KEYS, GRAPHML_NS } from '../src/export/graphml.js';
import type { ExportFilters } from '../src/export/registry.js';
import { csvRows, engine, expectExactCitation, exported, ingestFixture } from './helpers/export-fixture.js';

ingestFixture();

describe('events as CSV and JSON Lines', () => {
  it('writes one row per event with its first citation in columns and all in JSON, read back by csv-parse', async () => {
    const text = await exported('events', 'csv');
    expect(text.split('\n')[0]).toBe(EVENT_COLUMNS.join(','));
    const rows = csvRows(text);
    expect(rows.map((r) => [r.date, r.type])).toEqual([
      ['1973-09', 'diplomatic_relations'],
      ['1973-09-21', 'diplomatic_relations'],
      ['1992-11', 'aid_resumption'],
      ['2012', 'agreement_signed'],
      ['2017-01', 'leader_visit'],
      // "The two leaders agreed to deepen …" after the visit and the meeting: an agreement apart from the meeting (session 21).
      ['2017-01', 'other'],
      ['2017-02', 'leader_visit'],
    ]);
    const visit = rows.find((r) => r.date === '2017-01')!;
    expect(visit.actor_names).toBe('Shinzo Abe; Vietnam; Nguyen Xuan Phuc; Japan');
    expect(JSON.parse(visit.actors!)).toEqual([
      { name: 'Shinzo Abe', role: 'agent' },
      { name: 'Vietnam', role: 'target' },
      { name: 'Nguyen Xuan Phuc', role: 'target' },
      { name: 'Japan', role: 'agent' },
    ]);
    expect([visit.location, visit.plover_type, visit.mode, visit.third_party, visit.citation_count, visit.doc]).toEqual(['Hanoi', 'CONSULT', 'asserted', 'false', '1', 'brief']);
    // A quote with markup, commas and quotes survives the round trip exactly.
    expect(visit.quote).toBe(
      'In January 2017, Prime Minister Shinzo Abe visited Hanoi and met Prime Minister Nguyen Xuan Phuc.<img src=x onerror=alert(1)> The two leaders agreed to deepen the extensive strategic partnership.',
    );
    expectExactCitation({ doc: visit.doc!, start: Number(visit.start), end: Number(visit.end), quote: visit.quote! });
    expect(JSON.parse(visit.citations!)).toEqual([{ doc: 'brief', start: Number(visit.start), end: Number(visit.end), quote: visit.quote }]);
    expect(rows.find((r) => r.type === 'agreement_signed')!.location).toBe('');
  });

  it('writes one event a line, exactly as the API lists them, each line read back by JSON.parse', async () => {
    const lines = (await exported('events', 'jsonl')).split('\n');
    expect(lines.pop()).toBe('');
    const events = lines.map((l) => JSON.parse(l));
    expect(events).toEqual(await engine.events());
    expect(events).toHaveLength(7);
    for (const e of events) for (const m of e.mentions) expectExactCitation(m);
  });

  it('takes the filters of `dyad events`', async () => {
    const dates = async (f: ExportFilters) => csvRows(await exported('events', 'csv', f)).map((r) => r.date);
    expect(await dates({ type: 'leader_visit' })).toEqual(['2017-01', '2017-02']);
    expect(await dates({ from: '2000', to: '2017-01' })).toEqual(['2012', '2017-01', '2017-01']);
    expect(await dates({ actor: 'Abe' })).toEqual(['2017-01', '2017-01', '2017-02']);
    expect(await dates({ doc: ['note'] })).toEqual(['1973-09', '2017-02']);
    // No rows: the header alone, still CSV.
    const none = await exported('events', 'csv', { from: '2030' });
    expect(none).toBe(EVENT_COLUMNS.join(',') + '\n');
    expect(await exported('events', 'jsonl', { from: '2030' })).toBe('');
  });
});

describe('facts and conflicts as CSV and JSON Lines', () => {
  it('writes facts with value, unit, period, direction and citation', async () => {
    const rows = csvRows(await exported('facts', 'csv', { unit: 'USD' }));
    expect(Object.keys(rows[0]!)).toEqual(FACT_COLUMNS);
    expect(rows.map((r) => [r.indicator, r.value, r.unit, r.period, r.direction_from, r.direction_to, r.doc])).toEqual([
      ['oda', '1200000000', 'USD', '2018', 'Japan', 'Vietnam', 'brief'],
      ['oda', '1600000000', 'USD', '2018', 'Japan', 'Vietnam', 'note'],
    ]);
    expect(rows[1]!.quote).toBe('Japanese ODA to Viet Nam reached US$1.6 billion in 2018, according to the embassy.');
    for (const r of rows) expectExactCitation({ doc: r.doc!, start: Number(r.start), end: Number(r.end), quote: r.quote! });
    const lines = (await exported('facts', 'jsonl', { doc: ['note'] }))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((f) => [f.value, f.mentions[0].doc])).toEqual([[1600000000, 'note']]);
  });

  it('writes one row per claim of each conflict, and one conflict a line', async () => {
    const rows = csvRows(await exported('conflicts', 'csv'));
    expect(Object.keys(rows[0]!)).toEqual(CONFLICT_COLUMNS);
    expect(rows.map((r) => [r.kind, r.claim, r.value, r.doc])).toEqual([
      ['event', '1', '2017-01', 'brief'],
      ['event', '2', '2017-02', 'note'],
      ['fact', '1', '1200000000 USD', 'brief'],
      ['fact', '2', '1600000000 USD', 'note'],
    ]);
    expect(rows[0]!.conflict_id).toBe(rows[1]!.conflict_id);
    expect(rows[2]!.conflict_id).not.toBe(rows[0]!.conflict_id);
    const conflicts = (await exported('conflicts', 'jsonl'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(conflicts).toEqual(await engine.conflicts());
    expect(conflicts.map((c) => c.claims.map((k: { answer: string }) => k.answer))).toEqual([
      ['January 2017', 'February 2017'],
      ['1200000000 USD', '1600000000 USD'],
    ]);
    for (const c of conflicts) for (const k of c.claims) for (const cite of k.citations) expectExactCitation(cite);
  });
});

describe('events as TimelineJS', () => {
  it('writes TimelineJS3 JSON: a slide per event, dates with the precision the source gives, markup escaped', async () => {
    const timeline = JSON.parse(await exported('events', 'timelinejs'));
    expect(Object.keys(timeline)).toEqual(['title', 'events']);
    expect(timeline.title.text.headline).toBe('Events');
    const events = await engine.events();
    expect(timeline.events.map((e: { unique_id: string }) => e.unique_id)).toEqual(events.map((e) => e.id));
    const byId = (id: string) => timeline.events.find((e: { unique_id: string }) => e.unique_id === id);
    const at = (date: string) => byId(events.find((e) => e.date === date)!.id);
    expect(at('1973-09-21').start_date).toEqual({ year: 1973, month: 9, day: 21 });
    expect(at('1973-09').start_date).toEqual({ year: 1973, month: 9 });
    expect(at('2012').start_date).toEqual({ year: 2012 });
    expect(at('2012').end_date).toBeUndefined();
    const visit = at('2017-01');
    expect(visit.group).toBe('leader_visit');
    expect(visit.text.headline).toBe('Leader visit: Shinzo Abe, Vietnam, Nguyen Xuan Phuc, Japan');
    expect(visit.text.text).toContain('Nguyen Xuan Phuc.&lt;img src=x onerror=alert(1)&gt; The two leaders');
    expect(visit.text.text).toContain('<cite>brief</cite>');
    expect(JSON.stringify(timeline)).not.toMatch(/<img|<sup/);
  });

  it('takes the filters, and writes an empty timeline when none matches', async () => {
    expect(JSON.parse(await exported('events', 'timelinejs', { type: 'leader_visit' })).events).toHaveLength(2);
    expect(JSON.parse(await exported('events', 'timelinejs', { from: '2030' })).events).toEqual([]);
  });
});

describe('entities as GraphML', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name) });
  type Data = { key: string; '#text': string | number };
  type Graph = {
    key: { id: string; for: string; 'attr.name': string; 'attr.type': string }[];
    graph: { edgedefault: string; node: { id: string; data: Data[] }[]; edge?: { id: string; source: string; target: string; data: Data[] }[] };
  };
  const value = (data: Data[], key: string) => data.find((d) => d.key === key)?.['#text'];

  /** Parses the file and checks GraphML's structure: the namespace, declared keys, data only under declared keys of the right domain, edges between nodes. */
  function readGraph(xml: string): Graph {
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parser.parse(xml).graphml as Graph & { xmlns: string };
    expect(g.xmlns).toBe(GRAPHML_NS);
    expect(g.key.map((k) => [k.id, k.for, k['attr.type']])).toEqual(GRAPHML_KEYS.map((k) => [k.id, k.for, k.type]));
    const domain = new Map(g.key.map((k) => [k.id, k.for]));
    const ids = new Set(g.graph.node.map((n) => n.id));
    expect(ids.size).toBe(g.graph.node.length);
    for (const n of g.graph.node) for (const d of n.data) expect(domain.get(d.key)).toBe('node');
    for (const e of g.graph.edge ?? []) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      for (const d of e.data) expect(domain.get(d.key)).toBe('edge');
    }
    return g;
  }

  it('writes the actor network: entities as nodes with kind and country, an edge per pair of actors weighted by shared events', async () => {
    const g = readGraph(await exported('entities', 'graphml'));
    expect(g.graph.edgedefault).toBe('undirected');
    const nodes = new Map(g.graph.node.map((n) => [n.id, n]));
    expect(g.graph.node.map((n) => [value(n.data, 'label'), value(n.data, 'entity'), value(n.data, 'kind'), value(n.data, 'country')])).toEqual([
      ['Japan', 'country:JPN', 'country', 'JPN'],
      ['Vietnam', 'country:VNM', 'country', 'VNM'],
      ['Shinzo Abe', 'person:shinzo-abe', 'person', 'JPN'],
      ['Nguyen Xuan Phuc', 'person:nguyen-xuan-phuc', 'person', 'VNM'],
    ]);
    const events = await engine.events();
    const ids = (type: string, date?: string) => events.filter((e) => e.type === type && (!date || e.date === date)).map((e) => e.id);
    const edge = (a: string, b: string) => {
      const e = g.graph.edge!.find(
        (x) =>
          [x.source, x.target]
            .map((id) => value(nodes.get(id)!.data, 'label'))
            .sort()
            .join('|') === [a, b].sort().join('|'),
      );
      return e && { weight: value(e.data, 'weight'), events: String(value(e.data, 'events')).split(' ').sort() };
    };
    // January 2017 holds the visit and the leaders' agreement, an act apart (session 21).
    expect(edge('Shinzo Abe', 'Nguyen Xuan Phuc')).toEqual({ weight: 3, events: [...ids('leader_visit'), ...ids('other', '2017-01')].sort() });
    expect(edge('Japan', 'Shinzo Abe')).toEqual({ weight: 2, events: [...ids('leader_visit', '2017-01'), ...ids('other', '2017-01')].sort() });
    expect(edge('Japan', 'Vietnam')!.weight).toBe(6);
    expect(g.graph.edge).toHaveLength(6);
  });

  it('keeps the nodes of one kind with --type, and the events of a period with --from/--to', async () => {
    const countries = readGraph(await exported('entities', 'graphml', { type: 'country' }));
    expect(countries.graph.node.map((n) => value(n.data, 'label'))).toEqual(['Japan', 'Vietnam']);
    expect(countries.graph.edge!.map((e) => value(e.data, 'weight'))).toEqual([6]);
    const before2000 = readGraph(await exported('entities', 'graphml', { to: '1999' }));
    expect(before2000.graph.node.map((n) => value(n.data, 'label'))).toEqual(['Japan', 'Vietnam']);
    expect(before2000.graph.edge!.map((e) => value(e.data, 'weight'))).toEqual([3]);
  });
});
