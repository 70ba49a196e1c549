import { describe, expect, it } from "vitest";
import { createCliLogger, formatLogRecord } from "../../src/cli/log.js";

function sink(isTTY: boolean) {
  const lines: string[] = [];
  return { lines, isTTY, write: (text: string) => lines.push(text) };
}

describe("createCliLogger", () => {
  it("writes one human-readable line per record on a terminal", () => {
    const stream = sink(true);
    const logger = createCliLogger(stream, "info");
    logger.warn({ file: "/seeds/a.txt", reason: "empty body" }, "skipped article file");
    logger.warn({ key: "k", err: new Error("disk full") }, "summary cache write failed");
    expect(stream.lines).toEqual([
      "\r\x1b[2Kwarning: skipped /seeds/a.txt: empty body\n",
      "\r\x1b[2Kwarning: summary cache write failed key=k (disk full)\n",
    ]);
  });

  it("writes JSON lines when standard error is not a terminal", () => {
    const stream = sink(false);
    createCliLogger(stream, "info").warn({ key: "k" }, "summary cache read failed");
    expect(stream.lines).toHaveLength(1);
    expect(JSON.parse(stream.lines[0]!)).toMatchObject({
      level: 40,
      key: "k",
      msg: "summary cache read failed",
    });
  });

  it("redacts the same secrets as the bot's logger", () => {
    const stream = sink(false);
    createCliLogger(stream).warn({ apiKey: "sk-secret", token: "t0ken" }, "oops");
    expect(stream.lines[0]).not.toMatch(/sk-secret|t0ken/);
  });

  it("leaves to the summary's note what the note says (one message per problem)", () => {
    const stream = sink(true);
    createCliLogger(stream).warn(
      { reason: "timeout" },
      "LLM summary failed; using the extractive engine",
    );
    expect(stream.lines).toEqual([]);
    const debug = sink(true);
    createCliLogger(debug, "debug").warn({}, "LLM summary failed; using the extractive engine");
    expect(debug.lines).toEqual([
      "\r\x1b[2Kdebug: LLM summary failed; using the extractive engine\n",
    ]);
  });

  it("shows warnings and above unless debug is asked for", () => {
    const quiet = sink(true);
    createCliLogger(quiet, "info").info({}, "hidden");
    expect(quiet.lines).toEqual([]);
    const loud = sink(true);
    createCliLogger(loud, "debug").debug({}, "shown");
    expect(loud.lines).toEqual(["\r\x1b[2Kdebug: shown\n"]);
  });
});

describe("formatLogRecord", () => {
  it("escapes control characters that came from untrusted text", () => {
    const line = JSON.stringify({ level: 40, msg: "bad", url: "https://x.example/\u001b[2J" });
    expect(formatLogRecord(line)).toBe("warning: bad url=https://x.example/␛[2J");
  });
});
