// A worker thread of `AskPool` (ask-pool.ts): opens the store read-only, answers one question
// at a time with its own engine, and sends back the answer or the error's code and message.
import { parentPort, workerData } from 'node:worker_threads';
import { toDyadError } from '../model/errors.js';
import { openStore } from '../store/open.js';
import { Engine } from './engine.js';
import type { WorkerReply } from './ask-pool.js';

const { location } = workerData as { location: string };
let engine: Promise<Engine> | undefined;

parentPort!.on('message', async ({ id, question }: { id: number; question: string }) => {
  let reply: WorkerReply;
  try {
    engine ??= openStore(location, { readonly: true }).then((store) => new Engine(store));
    reply = { id, answer: await (await engine).ask(question) };
  } catch (err) {
    // A failed open is tried again with the next question.
    if (!(await engine?.catch(() => undefined))) engine = undefined;
    const e = toDyadError(err);
    reply = { id, error: { code: e.code, message: e.message } };
  }
  parentPort!.postMessage(reply);
});
