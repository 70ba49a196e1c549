import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface NodeProcess {
  child: ChildProcess;
  output(): string;
  /** Writes a line to the process's standard input. */
  send(line: string): void;
  /** SIGKILL: no shutdown code runs. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

/** Runs a TypeScript file (relative to the repository) in its own Node process; waits for READY. */
export async function startNodeProcess(
  file: string,
  env: Record<string, string>,
): Promise<NodeProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, file)], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  const collect = (chunk: Buffer) => {
    out += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running past the test that gave up on it.
      child.kill("SIGKILL");
      reject(new Error(`${file} did not start:\n${out}`));
    }, 60_000);
    const check = () => {
      if (out.includes("READY")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited with ${code}:\n${out}`));
    });
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    output: () => out,
    send: (line) => {
      child.stdin?.write(`${line}\n`);
    },
    async kill() {
      if (running()) child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (running()) child.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * Waits for processes started together and adds each that started to `into`, in order, even when
 * another failed to start, so that the caller's afterAll stops it: one left running would take
 * the next test's jobs and fail it for a reason not its own. Throws the first failure.
 */
export async function keepStarted(
  starts: Promise<NodeProcess>[],
  into: NodeProcess[],
): Promise<void> {
  const started = await Promise.allSettled(starts);
  for (const result of started) if (result.status === "fulfilled") into.push(result.value);
  for (const result of started) if (result.status === "rejected") throw result.reason;
}
