import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import { forEdit, type RenderedMessage } from "./render.js";

/** Streaming edits: no more often than this. */
export const STREAM_EDIT_INTERVAL_MS = 1000;

export interface StreamEditor {
  /** Shows this progress soon (coalesced: at most one edit per interval). */
  push(message: RenderedMessage): void;
  /** Sends the final message once pending edits are done and the interval has passed. */
  finish(message: RenderedMessage): Promise<void>;
  /** Drops the pending progress and waits for the edit in flight; nothing is sent after. */
  stop(): Promise<void>;
}

/**
 * Coalesces progress edits so the reply is edited no more often than once per `intervalMs`. The first
 * progress edit waits one interval too, so a fast (or cached) answer goes out as a single edit.
 */
export function createStreamEditor(
  edit: (message: Omit<RenderedMessage, "flags">) => Promise<unknown>,
  options: { clock: Clock; logger: Logger; intervalMs?: number },
): StreamEditor {
  const interval = options.intervalMs ?? STREAM_EDIT_INTERVAL_MS;
  let lastAt = options.clock.now();
  let sentAny = false;
  let pending: RenderedMessage | null = null;
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let finished = false;

  const send = (message: RenderedMessage): Promise<void> => {
    lastAt = options.clock.now();
    sentAny = true;
    return edit(forEdit(message)).then(
      () => undefined,
      (error: unknown) => options.logger.warn({ err: error }, "progress edit failed"),
    );
  };
  const flush = (): void => {
    timer = null;
    if (!pending || finished) return;
    const message = pending;
    pending = null;
    inFlight = send(message).finally(() => {
      inFlight = null;
      if (pending) schedule();
    });
  };
  const schedule = (): void => {
    if (inFlight || timer || finished) return;
    const wait = lastAt + interval - options.clock.now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  };
  return {
    push(message) {
      pending = message;
      schedule();
    },
    async finish(message) {
      finished = true;
      pending = null;
      if (timer) clearTimeout(timer);
      await inFlight;
      const wait = sentAny ? lastAt + interval - options.clock.now() : 0;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await edit(forEdit(message));
    },
    async stop() {
      finished = true;
      pending = null;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
