import './style.css';
import { parseRoute, type View } from './route.js';
import { errorText, notice } from './dom.js';

/** A view draws itself into `root` from the URL's parameters; it is called again when they change. */
export type ViewRenderer = (root: HTMLElement, params: URLSearchParams) => Promise<void>;

/** Each view is its own chunk, loaded when first shown: the timeline and network libraries never delay the overview. */
const VIEWS: Record<View, { title: string; load: () => Promise<ViewRenderer> }> = {
  overview: { title: 'Overview', load: async () => (await import('./views/overview')).renderOverview },
  timeline: { title: 'Timeline', load: async () => (await import('./views/timeline')).renderTimeline },
  charts: { title: 'Charts', load: async () => (await import('./views/charts')).renderCharts },
  ask: { title: 'Ask', load: async () => (await import('./views/ask')).renderAsk },
  documents: { title: 'Documents', load: async () => (await import('./views/documents')).renderDocuments },
  actors: { title: 'Actors', load: async () => (await import('./views/actors')).renderActors },
  add: { title: 'Add documents', load: async () => (await import('./views/add')).renderAdd },
};

const main = document.getElementById('main')!;
let current: { view: View; root: HTMLElement } | undefined;
let generation = 0;

/**
 * Renders the view the URL names. Changing only a view's parameters re-renders it in place (a
 * view keeps what it can, such as the timeline's zoom); `data-ready` tells tests and the bench
 * that the view has drawn its data.
 */
async function route(): Promise<void> {
  const { view, params } = parseRoute(location.hash);
  const mine = ++generation;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `${VIEWS[view].title} · Dyad`;
  if (current?.view !== view) {
    const root = document.createElement('section');
    root.className = `view view-${view}`;
    root.setAttribute('aria-label', VIEWS[view].title);
    main.replaceChildren(root);
    current = { view, root };
    main.focus({ preventScroll: true });
  }
  const root = current.root;
  root.removeAttribute('data-ready');
  try {
    await (
      await VIEWS[view].load()
    )(root, params);
  } catch (err) {
    root.append(notice(`This view could not load: ${errorText(err)}`, 'error'));
  }
  if (mine === generation) root.setAttribute('data-ready', 'true');
}

window.addEventListener('hashchange', () => void route());
void route();
