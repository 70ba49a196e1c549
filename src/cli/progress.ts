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
}

export interface Progress {
  /** Shows "<label>… Ns" on the stream's last line until `task` settles, then clears it. */
  track<T>(label: string, task: Promise<T>): Promise<T>;
}

const CLEAR_LINE = "\r\x1b[2K";

/**
 * A progress line on a terminal: what the command waits for and the seconds elapsed, redrawn in
 * place and cleared when done, so the output that follows starts on a clean line. Disabled (a no-op)
 * when the stream is not a TTY: logs and pipes stay free of carriage returns. Nested or parallel
 * tracks show the innermost (latest) label.
 */
export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  const enabled = options.enabled ?? stream.isTTY === true;
  const now = options.now ?? (() => performance.now());
  const intervalMs = options.intervalMs ?? 1000;
  const active: { label: string; started: number }[] = [];
  let timer: NodeJS.Timeout | undefined;

  const draw = (): void => {
    const top = active.at(-1);
    if (!top) return;
    const seconds = Math.floor((now() - top.started) / 1000);
    let line = `${top.label}… ${seconds} s`;
    const width = stream.columns ?? 80;
    if (line.length > width - 1) line = `${line.slice(0, Math.max(0, width - 2))}…`;
    stream.write(`${CLEAR_LINE}${line}`);
  };

  return {
    async track<T>(label: string, task: Promise<T>): Promise<T> {
      if (!enabled) return await task;
      const entry = { label, started: now() };
      active.push(entry);
      draw();
      timer ??= setInterval(draw, intervalMs);
      timer.unref?.();
      try {
        return await task;
      } finally {
        active.splice(active.indexOf(entry), 1);
        if (active.length === 0) {
          clearInterval(timer);
          timer = undefined;
          stream.write(CLEAR_LINE);
        } else draw();
      }
    },
  };
}
