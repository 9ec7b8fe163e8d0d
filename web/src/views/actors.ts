import cytoscape from 'cytoscape';
import { get } from '../api.js';
import { h, notice } from '../dom.js';
import { allEvents } from '../data.js';
import { href, update } from '../route.js';
import { exportLinks } from '../exports.js';
import type { DyadEvent, Entity } from '../types.js';

const KINDS = ['person', 'country', 'organisation', 'group'];
const PLURAL: Record<string, string> = { person: 'people', country: 'states', organisation: 'organisations', group: 'groups' };

/** Cytoscape adds a <style> to the page unless an element with this id exists; the page's CSP forbids inline style, and style.css holds the rule. */
function keepCytoscapeFromInliningStyle(): void {
  const id = '__________cytoscape_stylesheet';
  if (!document.getElementById(id)) document.head.append(h('meta', { id, name: 'cytoscape-style', content: 'in style.css' }));
}

/**
 * The network: actors named together in an event are linked; each edge keeps its events.
 * @example network([{ id: 'e1', actors: [{ name: 'A' }, { name: 'B' }] }]) // → edges: [{ a: 'A', b: 'B', events: ['e1'] }]
 */
export function network(events: DyadEvent[]): { nodes: Map<string, number>; edges: Map<string, { a: string; b: string; events: string[] }> } {
  const nodes = new Map<string, number>();
  const edges = new Map<string, { a: string; b: string; events: string[] }>();
  for (const e of events) {
    const names = [...new Set(e.actors.map((x) => x.name))].sort();
    for (const n of names) nodes.set(n, (nodes.get(n) ?? 0) + 1);
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const key = `${names[i]}\u0000${names[j]}`;
        const edge = edges.get(key) ?? { a: names[i]!, b: names[j]!, events: [] };
        edge.events.push(e.id);
        edges.set(key, edge);
      }
  }
  return { nodes, edges };
}

/** People, states and organisations with their events, and who met or agreed with whom. URL: kind, actor, edge. */
export async function renderActors(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const kind = params.get('kind') ?? 'person';
  const actor = params.get('actor') ?? '';
  const edgeKey = params.get('edge') ?? '';
  const [entities, events] = await Promise.all([get<Entity[]>('/api/entities', { type: kind, limit: 200 }), allEvents()]);
  const tabs = h(
    'div',
    { class: 'tabs', role: 'group', 'aria-label': 'Kind of actor' },
    ...KINDS.map((k) => h('a', { href: href('actors', { kind: k }), 'aria-current': k === kind ? 'page' : undefined }, PLURAL[k] ?? k)),
  );
  const list = h(
    'ul',
    { class: 'actors' },
    ...entities.data.map((e) =>
      h(
        'li',
        {},
        h('a', { href: href('actors', { kind, actor: e.name }), 'aria-current': e.name === actor ? 'page' : undefined }, e.name),
        h('span', { class: 'meta' }, ` ${e.count} mention${e.count === 1 ? '' : 's'}${e.country ? ` · ${e.country}` : ''}`),
      ),
    ),
  );
  const graph = h('div', { class: 'network', role: 'img', 'aria-label': 'Network of actors named together in events' });
  const detail = h('aside', { class: 'detail', 'aria-live': 'polite' });
  root.replaceChildren(
    h('h1', {}, 'Actors'),
    tabs,
    exportLinks('entities', { type: kind }, 'the network as a graph'),
    h('div', { class: 'split' }, h('div', {}, list), h('div', {}, h('h2', {}, 'Who met or agreed with whom'), graph, detail)),
  );

  const { nodes, edges } = network(events.filter((e) => e.actors.length >= 2 && e.mode === 'asserted'));
  keepCytoscapeFromInliningStyle();
  const cy = cytoscape({
    container: graph,
    elements: [
      ...[...nodes].map(([n, count]) => ({ data: { id: `n:${n}`, label: n, weight: count } })),
      ...[...edges].map(([key, e]) => ({ data: { id: `e:${key}`, source: `n:${e.a}`, target: `n:${e.b}`, weight: e.events.length, key } })),
    ],
    style: [
      {
        selector: 'node',
        style: { label: 'data(label)', 'font-size': 10, width: 'mapData(weight, 1, 40, 12, 48)', height: 'mapData(weight, 1, 40, 12, 48)', 'background-color': '#2f5fb3', color: '#222' },
      },
      { selector: 'edge', style: { width: 'mapData(weight, 1, 20, 1, 8)', 'line-color': '#9bb0d6', 'curve-style': 'haystack' } },
      { selector: '.focus', style: { 'background-color': '#c0392b', 'line-color': '#c0392b' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false },
  });
  cy.on('tap', 'edge', (ev) => update({ edge: String(ev.target.data('key')) }));
  cy.on('tap', 'node', (ev) => update({ actor: String(ev.target.data('label')), edge: undefined }));
  if (actor) cy.getElementById(`n:${actor}`).addClass('focus');
  if (edgeKey) cy.getElementById(`e:${edgeKey}`).addClass('focus');

  const eventLink = (e: DyadEvent) =>
    // The timeline draws a page of events, oldest first: the page from the event's year holds it.
    h(
      'li',
      {},
      h(
        'a',
        { href: href('timeline', { event: e.id, from: /^\d{4}/.exec(e.date ?? '')?.[0] }) },
        h('time', {}, e.date ?? 'undated'),
        ` ${e.type.replace(/_/g, ' ')}: ${e.actors.map((a) => a.name).join(', ')}`,
      ),
    );
  const edge = edges.get(edgeKey);
  if (edge) {
    detail.append(h('h2', {}, `${edge.a} — ${edge.b}`), h('ul', { class: 'events' }, ...events.filter((e) => edge.events.includes(e.id)).map(eventLink)));
  } else if (actor) {
    const theirs = (await get<DyadEvent[]>('/api/events', { actor })).data;
    detail.append(
      h('h2', {}, `${actor}: ${theirs.length} event${theirs.length === 1 ? '' : 's'}`),
      theirs.length ? h('ul', { class: 'events' }, ...theirs.map(eventLink)) : notice('No events name this actor.'),
    );
    const links = [...edges.values()].filter((e) => e.a === actor || e.b === actor).sort((x, y) => y.events.length - x.events.length);
    if (links.length)
      detail.append(
        h('h3', {}, 'Named with'),
        h('ul', {}, ...links.map((l) => h('li', {}, h('a', { href: href('actors', { kind, actor, edge: `${l.a}\u0000${l.b}` }) }, l.a === actor ? l.b : l.a), ` (${l.events.length})`))),
      );
  } else detail.append(notice('Select an actor, or an edge of the network, to list its events.'));
}
