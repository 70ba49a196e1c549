/**
 * The quote worker thread (src/quotes/threads.ts starts it): extracts one article's quotes per
 * message, so a long or hostile page costs this thread's time, never the event loop's.
 */
import { parentPort } from "node:worker_threads";
import { extractQuotes } from "./extract.js";
import type { WorkerReply, WorkerRequest } from "./threads.js";

const port = parentPort;
if (port) {
  port.on("message", ({ id, article, engine }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id, quotes: extractQuotes(article, { engine }) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
