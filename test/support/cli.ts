import { spawn } from "node:child_process";
import path from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
/**
 * The CLI's entry module, run from source through tsx: `npm test` then tests the code as it is in
 * the tree, with no build step before the tests and no stale dist/ (bin/newsdesk.js runs the build
 * made by `npm install`; bench/cli.ts measures that path).
 */
const entry = path.join(repoRoot, "src/cli/main.ts");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `newsdesk` program in a child process, as a person would, and collects what it printed. */
export function runNewsdesk(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
      cwd: repoRoot,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

/**
 * Runs `newsdesk <args>` in this process with a config parsed from `env` (plus LOG_LEVEL=silent),
 * and collects what it printed: for commands whose test needs no child process.
 */
export async function runNewsdeskInProcess(
  env: Record<string, string>,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { createCliContext } = await import("../../src/cli/context.js");
  const { runCli } = await import("../../src/cli/main.js");
  const { parseConfig } = await import("../../src/config.js");
  const { silentLogger } = await import("../../src/logger.js");
  const { stdout, stderr, printed } = captureOutput();
  const config = parseConfig({ LOG_LEVEL: "silent", ...env });
  const ctx = createCliContext({ config, stdout, stderr, logger: silentLogger });
  const code = await runCli(["node", "newsdesk", ...args], ctx);
  return { code, stdout: printed.out, stderr: printed.err };
}

/**
 * Standard output and error streams for a CLI context in this process, and what was written to
 * each so far (`printed.out`, `printed.err`).
 */
export function captureOutput(): {
  stdout: PassThrough;
  stderr: PassThrough;
  printed: { out: string; err: string };
} {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const printed = { out: "", err: "" };
  stdout.on("data", (chunk: Buffer) => {
    printed.out += chunk.toString();
  });
  stderr.on("data", (chunk: Buffer) => {
    printed.err += chunk.toString();
  });
  return { stdout, stderr, printed };
}
