/**
 * A work thread (src/work/threads.ts starts it): runs one task per message (src/work/tasks.ts), so
 * a long or hostile page costs this thread's time, never the event loop's.
 */
import { parentPort } from "node:worker_threads";
import { runTask, toFailure } from "./tasks.js";
import type { WorkerReply, WorkerRequest } from "./threads.js";

const port = parentPort;
if (port) {
  port.on("message", ({ id, task }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id, result: runTask(task) };
    } catch (error) {
      reply = { id, failure: toFailure(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
