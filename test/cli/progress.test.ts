import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createProgress } from "../../src/cli/progress.js";

function terminal(columns = 80) {
  const writes: string[] = [];
  return { writes, isTTY: true, columns, write: (text: string) => writes.push(text) };
}

describe("createProgress", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows what it waits for with the elapsed seconds, then clears the line", async () => {
    const stream = terminal();
    let now = 0;
    const progress = createProgress(stream, { now: () => now });
    let finish!: (value: string) => void;
    const tracked = progress.track(
      "Waiting for the LLM",
      new Promise<string>((resolve) => {
        finish = resolve;
      }),
    );
    expect(stream.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    expect(stream.writes.at(-1)).toBe("\r\x1b[2KWaiting for the LLM… 0 s");
    now = 2_400;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stream.writes.at(-1)).toBe("\r\x1b[2KWaiting for the LLM… 2 s");
    finish("done");
    expect(await tracked).toBe("done");
    expect(stream.writes.at(-1)).toBe("\r\x1b[2K");
    const count = stream.writes.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stream.writes).toHaveLength(count);
  });

  it("clears the line when the task fails, and passes the failure on", async () => {
    const stream = terminal();
    const progress = createProgress(stream);
    const failing = progress.track(
      "Fetching",
      new Promise((_resolve, reject) => setTimeout(() => reject(new Error("boom")), 2_000)),
    );
    const settled = expect(failing).rejects.toThrow("boom");
    await vi.advanceTimersByTimeAsync(2_000);
    await settled;
    expect(stream.writes[0]).toContain("Fetching…");
    expect(stream.writes.at(-1)).toBe("\r\x1b[2K");
  });

  it("draws nothing for a quick wait", async () => {
    const stream = terminal();
    await createProgress(stream).track("Loading", Promise.resolve(1));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stream.writes).toEqual([]);
  });

  it("escapes a label that came from untrusted input", async () => {
    const stream = terminal();
    const tracked = createProgress(stream).track(
      "Reading https://x.example/\x1b]0;t\x07",
      new Promise((resolve) => setTimeout(resolve, 1_000)),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    await tracked;
    expect(stream.writes[0]).toBe("\r\x1b[2KReading https://x.example/␛]0;t␇… 0 s");
  });

  it("writes nothing when the stream is not a terminal", async () => {
    const writes: string[] = [];
    const progress = createProgress({ write: (text: string) => writes.push(text) });
    expect(await progress.track("Loading", Promise.resolve(1))).toBe(1);
    expect(writes).toEqual([]);
  });

  it("fits the line in a narrow terminal", async () => {
    const stream = terminal(20);
    const progress = createProgress(stream, { delayMs: 0 });
    const tracked = progress.track(
      "Reading https://example.com/a/very/long/path",
      new Promise((resolve) => setTimeout(resolve, 10)),
    );
    await vi.advanceTimersByTimeAsync(10);
    await tracked;
    const line = stream.writes[0]!.replace("\r\x1b[2K", "");
    expect(line.length).toBeLessThan(20);
    expect(line.endsWith("…")).toBe(true);
  });
});
