/**
 * Preloaded (`--import`) into the bot process that bench/memory.ts starts, with `--expose-gc` and
 * an IPC channel: on the message "memory" it collects the garbage and answers with
 * `process.memoryUsage()`. Bench code only; the bot itself knows nothing of it.
 */
const collect = (globalThis as { gc?: () => void }).gc;

process.on("message", (message) => {
  if (message !== "memory" || !process.send) return;
  collect?.();
  collect?.();
  process.send({ collected: collect !== undefined, ...process.memoryUsage() });
});
// The channel must not keep the bot alive after it stops on SIGTERM.
process.channel?.unref();
