import { describe, expect, it } from "vitest";
import { createLogger } from "../src/app.js";

function sink(isTTY: boolean): { write(text: string): void; isTTY: boolean; lines: string[] } {
  const lines: string[] = [];
  return { isTTY, lines, write: (text: string) => void lines.push(text) };
}

describe("createLogger", () => {
  it("writes readable lines with the time on a terminal", () => {
    const out = sink(true);
    createLogger({ LOG_LEVEL: "info" }, out).info({ port: 8080 }, "listening");
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatch(/^\d\d:\d\d:\d\d info: listening port=8080\n$/);
  });

  it("writes JSON lines when the output is not a terminal", () => {
    const out = sink(false);
    createLogger({ LOG_LEVEL: "info" }, out).info({ port: 8080 }, "listening");
    const record = JSON.parse(out.lines[0] ?? "") as Record<string, unknown>;
    expect(record).toMatchObject({ msg: "listening", port: 8080, service: "newsdesk" });
  });

  it("follows LOG_FORMAT over the terminal check", () => {
    const json = sink(true);
    createLogger({ LOG_LEVEL: "info", LOG_FORMAT: "json" }, json).warn({}, "slow");
    expect(JSON.parse(json.lines[0] ?? "")).toMatchObject({ msg: "slow", level: 40 });
    const text = sink(false);
    createLogger({ LOG_LEVEL: "info", LOG_FORMAT: "text" }, text).warn({}, "slow");
    expect(text.lines[0]).toMatch(/ warning: slow\n$/);
  });

  it("redacts secrets and escapes control characters in text lines", () => {
    const out = sink(true);
    createLogger({ LOG_LEVEL: "info" }, out).error({ token: "abc", title: "a\u001b[2Jb" }, "bad");
    expect(out.lines[0]).toContain("token=[redacted]");
    expect(out.lines[0]).not.toContain("\u001b");
    expect(out.lines[0]).not.toContain("abc");
  });
});
