import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { systemClock } from "../../src/clock.js";
import { renderMessage } from "../../src/discord/render.js";
import { createStreamEditor, fallbackOutcome } from "../../src/discord/summarize-flow.js";
import { silentLogger } from "../../src/logger.js";

describe("createStreamEditor", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends a fast answer as a single edit, at once", async () => {
    const edits: Array<string | undefined> = [];
    const editor = createStreamEditor(
      async (message) => {
        edits.push(message.content);
      },
      { clock: systemClock, logger: silentLogger },
    );
    editor.push(renderMessage({ content: "cached text" }));
    await editor.finish(renderMessage({ content: "final" }));
    expect(edits).toEqual(["final"]);
  });

  it("edits no more often than once a second and always sends the latest text", async () => {
    const edits: Array<{ at: number; text: string | undefined }> = [];
    const editor = createStreamEditor(
      async (message) => {
        edits.push({ at: Date.now(), text: message.content });
      },
      { clock: systemClock, logger: silentLogger },
    );
    const start = Date.now();
    for (let i = 1; i <= 30; i++) {
      editor.push(renderMessage({ content: `part ${i}` }));
      await vi.advanceTimersByTimeAsync(100);
    }
    const done = editor.finish(renderMessage({ content: "final" }));
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    for (let i = 1; i < edits.length; i++) {
      expect(edits[i]!.at - edits[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    }
    expect(edits.length).toBeGreaterThanOrEqual(3);
    expect(edits.length).toBeLessThanOrEqual(5);
    expect(edits[0]).toEqual({ at: start + 1000, text: "part 10" });
    expect(edits.at(-1)?.text).toBe("final");
  });
});

describe("fallbackOutcome", () => {
  it("counts running out of time apart from every other failure, by the summary's reason code", () => {
    expect(fallbackOutcome({ fallback: "timeout" })).toBe("timeout");
    expect(fallbackOutcome({ fallback: "deadline" })).toBe("timeout");
    expect(fallbackOutcome({ fallback: "stalled" })).toBe("failed");
    expect(fallbackOutcome({ fallback: "upstream" })).toBe("failed");
    expect(fallbackOutcome({ fallback: "error" })).toBe("failed");
    expect(fallbackOutcome({})).toBe("failed");
  });
});
