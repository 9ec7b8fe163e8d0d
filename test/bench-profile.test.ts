import { describe, expect, it } from 'vitest';

/** `bench/profile.js` sorts an ingest's profile samples into stages; its module is plain JavaScript, read here by URL. */
const PROFILE = new URL('../bench/profile.js', import.meta.url).href;

interface Frame {
  functionName: string;
  url: string;
}
type StagesOf = (p: unknown) => { total: number; seconds: Map<string, number>; span: Map<string, { from: number; to: number }> };

/** A profile whose samples are the given stacks (outermost frame first), each sample `ms` long. */
function profileOf(stacks: Frame[][], ms: number) {
  const nodes: { id: number; callFrame: Frame & { lineNumber: number }; children: number[] }[] = [{ id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0 }, children: [] }];
  const samples: number[] = [];
  for (const stack of stacks) {
    let parent = nodes[0]!;
    for (const frame of stack) {
      const id = nodes.length + 1;
      const node = { id, callFrame: { ...frame, lineNumber: 1 }, children: [] };
      nodes.push(node);
      parent.children.push(id);
      parent = node;
    }
    samples.push(parent.id);
  }
  return { nodes, samples, timeDeltas: samples.map(() => ms * 1000), startTime: 0, endTime: samples.length * ms * 1000 };
}

const at = (functionName: string, url = '') => ({ functionName, url });

describe('bench/profile.js: samples by stage', () => {
  it('counts a sample in the first stage of the list any frame of its stack matches', async () => {
    const { stagesOf } = (await import(PROFILE)) as { stagesOf: StagesOf };
    const events = at('findEvents', 'file:///app/dist/extract/events/event-finder.js');
    const p = stagesOf(
      profileOf(
        [
          // wink-nlp's tokenizer called by the event stage is tagging, not events
          [at('analyse', 'file:///app/dist/ingest/analyse.js'), events, at('tokenize', 'file:///app/node_modules/wink-nlp/src/tokenizer.js')],
          // the event stage's own code
          [at('analyse', 'file:///app/dist/ingest/analyse.js'), events],
          // a shared pattern matcher called by the fact stage is facts
          [at('findFacts', 'file:///app/dist/extract/facts/fact-finder.js'), at('matchAll', 'file:///app/dist/extract/pattern-set.js')],
          // the writer storing, then reconciling, then waiting
          [at('putDocument', 'file:///app/dist/store/sqlite/sqlite-store.js'), at('insertContributions', 'file:///app/dist/store/sqlite/knowledge.js')],
          [at('reconcileKnowledge', 'file:///app/dist/store/sqlite/sqlite-store.js'), at('refresh', 'file:///app/dist/store/sqlite/knowledge.js')],
          [at('(idle)')],
          [at('(idle)')],
          [at('somethingElse', 'file:///app/dist/serve/cli/main.js')],
        ],
        2,
      ),
    );
    expect(Object.fromEntries(p.seconds)).toEqual({
      'tagging (wink-nlp)': 0.002,
      events: 0.002,
      facts: 0.002,
      'store (putDocument)': 0.002,
      'reconcile (store, end of run)': 0.002,
      'waiting (idle)': 0.004,
      other: 0.002,
    });
    expect(p.total).toBeCloseTo(0.016, 9);
    // The writer's phases: where each began and ended on the thread's clock.
    expect(p.span.get('store (putDocument)')).toEqual({ from: 0.008, to: 0.008 });
    expect(p.span.get('waiting (idle)')).toEqual({ from: 0.012, to: 0.014 });
  });
});
