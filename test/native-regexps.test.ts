import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const run = promisify(execFile);

/**
 * Whether V8 holds a Unicode pattern as bytecode for its interpreter after its first match, in a
 * fresh Node process that imports src/native-regexps.ts first or not. (Its code slot is filled
 * either way: with machine code, or with the interpreter's trampoline.)
 */
async function interpreted(withModule: boolean): Promise<boolean> {
  const code = [
    withModule ? 'await import("./src/native-regexps.ts");' : "",
    String.raw`const re = /(?:\p{Lu}\p{Ll}+\s+)+said/u;`,
    're.exec("Then Jane Doe said so");',
    "console.log(%RegexpHasBytecode(re, true));",
  ].join("\n");
  const { stdout } = await run(
    process.execPath,
    ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", code],
    { cwd: repoRoot, timeout: 60_000 },
  );
  return JSON.parse(stdout.trim()) as boolean;
}

describe("native regular expressions (src/native-regexps.ts)", () => {
  it("compiles a pattern straight to machine code, where V8 would interpret it first", async () => {
    expect(await interpreted(false)).toBe(true);
    expect(await interpreted(true)).toBe(false);
  }, 120_000);

  it("is set before anything else: first in the bot's entry point, on the engines' npm scripts", () => {
    const main = readFileSync(new URL("../src/main.ts", import.meta.url), "utf8");
    expect(main.split("\n").find((line) => line.startsWith("import"))).toBe(
      'import "./native-regexps.js";',
    );
    const scripts = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
      .scripts as Record<string, string>;
    for (const name of ["bench", "eval:quotes", "train:quotes"]) {
      expect(scripts[name]).toMatch(/^node (?:\S+ )*--no-regexp-tier-up /);
    }
  });
});
