import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rename, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./harness.js";

export interface BotProcess {
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no shutdown code runs. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

/** Starts test/e2e/digests-bot.ts in its own Node process and waits for READY. */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "test/e2e/digests-bot.ts")],
    {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${out}`)), 90_000);
    const check = () => {
      if (out.includes("READY")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`bot exited with ${code}:\n${out}`));
    });
  });
  return {
    child,
    output: () => out,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Adds seed files at once (written aside, stamped now, moved in), returning their URLs. */
export async function addSeedFiles(
  seedsDir: string,
  prefix: string,
  count: number,
): Promise<string[]> {
  const aside = await mkdtemp(path.join(tmpdir(), "newsdesk-seed-"));
  const urls: string[] = [];
  const stamp = new Date();
  for (let i = 0; i < count; i++) {
    const id = `${prefix}-${String(i).padStart(2, "0")}`;
    const url = `https://digest.example.com/${id}`;
    urls.push(url);
    const file = path.join(aside, `${id}.txt`);
    await writeFile(
      file,
      ` date 2026-02-${String((i % 27) + 1).padStart(2, "0")} ${url}\nStory ${id}: the port authority approved the new terminal on Tuesday after a long debate. "We will open it in the spring, on time and on budget," said Maria Lopez, the head of the authority.\n`,
    );
    await utimes(file, stamp, stamp);
  }
  for (let i = 0; i < count; i++) {
    const name = `${prefix}-${String(i).padStart(2, "0")}.txt`;
    await rename(path.join(aside, name), path.join(seedsDir, name));
  }
  await rm(aside, { recursive: true, force: true });
  return urls;
}
