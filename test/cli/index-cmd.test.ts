import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runNewsdesk } from "../support/cli.js";

// Each run starts Node with tsx: slow on a shared two-core machine.
vi.setConfig({ testTimeout: 120_000 });

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-index-cli-"));
  const seeds = path.join(dir, "seeds");
  await rm(seeds, { recursive: true, force: true });
  await import("node:fs/promises").then((fs) => fs.mkdir(seeds));
  await writeFile(
    path.join(seeds, "a.txt"),
    " date 2024-03-01 https://example.com/river-floods-town\nThe river flooded the town.\n",
  );
  await writeFile(path.join(seeds, "bad.txt"), "no header here\n");
  env = {
    PATH: process.env.PATH,
    SEEDS_DIR: seeds,
    DATA_DIR: path.join(dir, "data"),
    LOG_LEVEL: "warn",
  };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("newsdesk index", () => {
  it("rebuilds the index from the seed folder and reports what it holds", async () => {
    const rebuilt = await runNewsdesk(["index", "rebuild", "--json"], { env });
    expect(rebuilt.code).toBe(0);
    expect(JSON.parse(rebuilt.stdout)).toMatchObject({ added: 1, skipped: 1 });
    expect(rebuilt.stderr).toContain("bad.txt");
    const status = await runNewsdesk(["index", "status", "--json"], { env });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      engine: "sqlite",
      articles: 1,
      byOrigin: { seed: 1 },
      seedFiles: 2,
      problems: 1,
    });
    const text = await runNewsdesk(["index", "status"], { env });
    expect(text.stdout).toMatch(/Articles: 1 \(1 seed\)/);
  });
});
