import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCliContext } from "../../src/cli/context.js";
import { runCli } from "../../src/cli/main.js";
import { hasUnsafeTerminalText } from "../../src/cli/sanitize.js";
import { parseConfig } from "../../src/config.js";
import { createMemoryLogger } from "../../src/logger.js";
import { captureOutput } from "../support/cli.js";

/** Escape sequences, C1 controls and bidi overrides in every field a command prints. */
const HOSTILE =
  "Mayor \u001b]0;pwned\u0007Ann Cole\u202e said the \u001b[2J bridge \u009b31m would open. " +
  '"We will \u001b]8;;https://evil.example/\u001b\\\\build it\u001b]8;;\u001b\\\\," Mayor Ann Cole said. ' +
  "The council said that the \u2066vote\u2069 was close.";

const FILLER = "The bridge has carried traffic across the harbour for forty years. ".repeat(60);

let dir: string;
let seeds: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "newsdesk-main-"));
  seeds = path.join(dir, "seeds");
  mkdirSync(seeds);
  writeFileSync(
    path.join(seeds, "hostile.txt"),
    // Plain filler keeps the share of control characters under the "binary file" threshold.
    ` date 2026-11-20 https://x.example/evil-title-\u001b%5B2J\n${HOSTILE}\n${FILLER}\n${HOSTILE}\n`,
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const { stdout, stderr, printed } = captureOutput();
  const ctx = createCliContext({
    config: parseConfig({ SEEDS_DIR: seeds, DATA_DIR: path.join(dir, "data") }),
    stdout,
    stderr,
    stdin: new PassThrough(),
    logger: createMemoryLogger(),
  });
  const code = await runCli(["node", "newsdesk", ...args], ctx);
  return { code, out: printed.out, err: printed.err };
}

describe("runCli", () => {
  it.each([
    [["article", "latest"]],
    [["article", "show", "hostile"]],
    [["article", "list"]],
    [["article", "search", "bridge"]],
    [["quotes", "hostile"]],
    [["quotes", "hostile", "--speaker", "\u001b[31mnobody"]],
    [["summarize", "hostile", "--engine", "extractive", "--format", "bullets"]],
  ])("prints no escape sequence, C1 control or bidi override for %j", async (args) => {
    const { out, err } = await run(args);
    expect(out.length + err.length).toBeGreaterThan(0);
    expect(err).not.toContain("No article matches");
    expect(hasUnsafeTerminalText(out), JSON.stringify(out)).toBe(false);
    expect(hasUnsafeTerminalText(err), JSON.stringify(err)).toBe(false);
  });

  it("escapes the user's own input echoed in an error", async () => {
    const { code, err } = await run(["article", "show", "\u001b]0;no-such-article\u0007"]);
    expect(code).toBe(1);
    expect(err).toContain("␛]0;no-such-article␇");
    expect(hasUnsafeTerminalText(err)).toBe(false);
  });

  it("shows what it escaped, visibly", async () => {
    const { out } = await run(["article", "show", "hostile"]);
    // Cleaning already drops C0 controls from bodies; C1 controls and bidi overrides remain.
    expect(out).toContain("Ann Cole\\u{202e}");
    expect(out).toContain("\\u{9b}31m");
  });

  it("keeps --json exact: the parsed text is the article's own", async () => {
    const { code, out } = await run(["--json", "article", "show", "hostile"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { text: string };
    expect(json.text).toContain("Ann Cole\u202e");
    expect(json.text).toContain("\u009b31m");
  });
});
