// An answering worker for AskPool's tests: on each question it marks `started`, then blocks its
// thread (Atomics.wait, as a long CPU-bound answer would hold it) until the test opens the gate,
// and answers that the corpus does not say.
import { parentPort, workerData } from 'node:worker_threads';

const gate = new Int32Array(workerData.gate);
parentPort.on('message', ({ id, question }) => {
  Atomics.add(gate, 1, 1);
  Atomics.wait(gate, 0, 0);
  parentPort.postMessage({ id, answer: { question, status: 'not_in_corpus', answer: null, citations: [] } });
});
