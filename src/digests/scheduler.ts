import type { Logger } from "../logger.js";
import type { DigestService, RunOutcome } from "./service.js";

export { dueAt, dueSubscriptions } from "./due.js";

export interface DigestScheduler {
  /** Runs a first tick at once (making up runs missed while down), then one every `tickMs`. */
  start(): void;
  /** Stops ticking, cancels the digests being composed, and waits for the tick in flight. */
  stop(): Promise<void>;
  /** One pass over the due subscriptions (tests call it directly). */
  tick(): Promise<Map<string, RunOutcome>>;
}

/**
 * Ticks every `tickMs` (DIGEST_TICK_MS; default 30 s) and asks the service to run what is due.
 * Ticks never overlap: the next is timed from the end of the previous one. Time itself comes from
 * the service's injected Clock; tests drive the ticks with fake timers.
 */
export function createDigestScheduler(options: {
  service: Pick<DigestService, "runDue">;
  logger: Logger;
  tickMs?: number;
}): DigestScheduler {
  const tickMs = options.tickMs ?? 30_000;
  let handle: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let inFlight: Promise<unknown> | null = null;
  // Aborted by stop(): the summaries of a digest being composed are cancelled, not waited for.
  let controller = new AbortController();

  const tick = async (): Promise<Map<string, RunOutcome>> => {
    try {
      return await options.service.runDue(controller.signal);
    } catch (error) {
      options.logger.error({ err: error }, "digest tick failed");
      return new Map();
    }
  };

  const loop = () => {
    handle = null;
    if (!running) return;
    const current = tick();
    inFlight = current;
    void current.finally(() => {
      inFlight = null;
      if (running) handle = setTimeout(loop, tickMs);
    });
  };

  return {
    start() {
      if (running) return;
      running = true;
      if (controller.signal.aborted) controller = new AbortController();
      loop();
    },
    async stop() {
      running = false;
      if (handle !== null) clearTimeout(handle);
      handle = null;
      controller.abort();
      await inFlight;
    },
    tick,
  };
}
