import type { Engine } from '../knowledge/engine.js';
import type { KnowledgeEntity, KnowledgeEvent } from '../knowledge/annotation-queries.js';
import { all } from './pages.js';
import type { ExportFilters } from './types.js';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/** The GraphML attributes Dyad writes (`<key>`s), in order. */
export const GRAPHML_KEYS = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'entity', for: 'node', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'country', for: 'node', type: 'string' },
  { id: 'count', for: 'node', type: 'int' },
  { id: 'weight', for: 'edge', type: 'int' },
  { id: 'events', for: 'edge', type: 'string' },
] as const;

export interface ActorNetwork {
  nodes: { id: string; entity: KnowledgeEntity }[];
  /** Undirected: `source` < `target` in node order. */
  edges: { id: string; source: string; target: string; events: string[] }[];
}

/**
 * The actor network of a list of events: a node for each entity that is an actor of one of them
 * (of `kinds`, when given), and an edge between two actors of the same event, weighted by the
 * number of events they share. Event actors are matched to entities by name; of two entities with
 * one name, the more mentioned (first in the list) is meant.
 * @example actorNetwork([{ id: 'ev-1', actors: [{ name: 'Japan' }, { name: 'Vietnam' }] }, …], entities) // → { nodes: [Japan, Vietnam], edges: [{ source: 'n0', target: 'n1', events: ['ev-1'] }] }
 */
export function actorNetwork(events: KnowledgeEvent[], entities: KnowledgeEntity[]): ActorNetwork {
  const byName = new Map<string, KnowledgeEntity>();
  for (const e of entities) if (!byName.has(e.name)) byName.set(e.name, e);
  const nodes = new Map<string, { id: string; entity: KnowledgeEntity }>();
  const edges = new Map<string, ActorNetwork['edges'][number]>();
  for (const ev of events) {
    const actors = [...new Set(ev.actors.map((a) => byName.get(a.name)).filter((x): x is KnowledgeEntity => x !== undefined))];
    for (const entity of actors) if (!nodes.has(entity.id)) nodes.set(entity.id, { id: `n${nodes.size}`, entity });
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        const [x, y] = [nodes.get(actors[i]!.id)!, nodes.get(actors[j]!.id)!];
        const [a, b] = Number(x.id.slice(1)) < Number(y.id.slice(1)) ? [x, y] : [y, x];
        const key = `${a.id} ${b.id}`;
        const edge = edges.get(key) ?? { id: `e${edges.size}`, source: a.id, target: b.id, events: [] };
        edges.set(key, edge);
        if (!edge.events.includes(ev.id)) edge.events.push(ev.id);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The network as a GraphML document (fast-xml-parser's builder escapes every value; loaded when a graph is written). */
export async function graphml(net: ActorNetwork): Promise<string> {
  const { XMLBuilder } = await import('fast-xml-parser');
  const data = (key: string, value: string | number | null) => (value === null ? [] : [{ '@_key': key, '#text': String(value) }]);
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': GRAPHML_NS,
      key: GRAPHML_KEYS.map((k) => ({ '@_id': k.id, '@_for': k.for, '@_attr.name': k.id, '@_attr.type': k.type })),
      graph: {
        '@_id': 'actors',
        '@_edgedefault': 'undirected',
        node: net.nodes.map(({ id, entity }) => ({
          '@_id': id,
          data: [...data('label', entity.name), ...data('entity', entity.id), ...data('kind', entity.kind), ...data('country', entity.country), ...data('count', entity.count)],
        })),
        edge: net.edges.map((e) => ({ '@_id': e.id, '@_source': e.source, '@_target': e.target, data: [...data('weight', e.events.length), ...data('events', e.events.join(' '))] })),
      },
    },
  };
  return (new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build(doc) as string).trimEnd() + '\n';
}

/**
 * `entities` as GraphML: the events the filters select (`from`, `to`, `actor`, `doc`,
 * `thirdParty`, as for `dyad events`) give the edges; `type` is an entity kind and keeps only
 * actors of that kind (`country`: the network of states).
 */
export async function* entitiesGraphml(engine: Engine, q: ExportFilters): AsyncGenerator<string> {
  const entities = await all((p) => engine.entityPage(p), { type: q.type, doc: q.doc });
  const events = await all((p) => engine.eventPage(p), { from: q.from, to: q.to, actor: q.actor, doc: q.doc, thirdParty: q.thirdParty });
  yield await graphml(actorNetwork(events, entities));
}
