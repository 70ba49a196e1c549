import { sanitizeTerminalText } from "./sanitize.js";

/** What `track` needs of a stream: a TTY (`isTTY`, `columns`) gets the progress line. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Default: `stream.isTTY === true`. Pipes and files never get a progress line. */
  enabled?: boolean;
  /** Milliseconds since some fixed point (default `performance.now`). */
  now?: () => number;
  /** How often the line is redrawn (default 1000 ms). */
  intervalMs?: number;
  /** Nothing is drawn for a wait shorter than this (default 250 ms): no flicker on quick commands. */
  delayMs?: number;
}

export interface Progress {
  /** Shows "<label>… Ns" on the stream's last line until `task` settles, then clears it. */
  track<T>(label: string, task: Promise<T>): Promise<T>;
}

const CLEAR_LINE = "\r\x1b[2K";

/**
 * A progress line on a terminal: what the command waits for and the seconds elapsed, drawn once the
 * wait passes `delayMs`, redrawn in place and cleared when done, so the output that follows starts on a clean line. Disabled (a no-op)
 * when the stream is not a TTY: logs and pipes stay free of carriage returns. Nested or parallel
 * tracks show the innermost (latest) label.
 */
export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  const enabled = options.enabled ?? stream.isTTY === true;
  const now = options.now ?? (() => performance.now());
  const intervalMs = options.intervalMs ?? 1000;
  const delayMs = options.delayMs ?? 250;
  const active: { label: string; started: number }[] = [];
  let timer: NodeJS.Timeout | undefined;
  let shown = false;

  const draw = (): void => {
    const top = active.at(-1);
    if (!top) return;
    shown = true;
    const seconds = Math.floor((now() - top.started) / 1000);
    let line = `${sanitizeTerminalText(top.label).replace(/\s+/g, " ")}… ${seconds} s`;
    const width = stream.columns ?? 80;
    if (line.length > width - 1) line = `${line.slice(0, Math.max(0, width - 2))}…`;
    stream.write(`${CLEAR_LINE}${line}`);
  };

  return {
    async track<T>(label: string, task: Promise<T>): Promise<T> {
      if (!enabled) return await task;
      const entry = { label, started: now() };
      active.push(entry);
      if (shown) draw();
      timer ??= setTimeout(() => {
        draw();
        timer = setInterval(draw, intervalMs);
        timer.unref?.();
      }, delayMs);
      timer.unref?.();
      try {
        return await task;
      } finally {
        active.splice(active.indexOf(entry), 1);
        if (active.length === 0) {
          clearTimeout(timer);
          clearInterval(timer);
          timer = undefined;
          if (shown) stream.write(CLEAR_LINE);
          shown = false;
        } else if (shown) draw();
      }
    },
  };
}
