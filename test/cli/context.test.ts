import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliContext, createCliContext } from "../../src/cli/context.js";
import { parseConfig } from "../../src/config.js";
import { isUserError } from "../../src/errors.js";
import { createMemoryLogger } from "../../src/logger.js";
import type { Services } from "../../src/services.js";
import { captureOutput } from "../support/cli.js";

const SEED = fileURLToPath(new URL("../../seeds/000_9575b9c55e492da0.txt", import.meta.url));
const SEED_ID = "000_9575b9c55e492da0";
const SEED_URL = readFileSync(SEED, "utf8").trim().split("\n")[0]!.trim().split(/\s+/)[2]!;

let dir: string;
let seeds: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "newsdesk-context-"));
  seeds = path.join(dir, "seeds");
  mkdirSync(seeds);
  copyFileSync(SEED, path.join(seeds, path.basename(SEED)));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A context whose services are never built: asking for them is recorded and refused, so a test
 * sees which references need more than the corpus (the services import discord.js, OpenAI, BullMQ
 * and the tokenizer: seconds of start-up for a command that only reads an article).
 */
function contextWithoutServices(): { ctx: CliContext; asked: string[] } {
  const asked: string[] = [];
  const { stdout, stderr } = captureOutput();
  const ctx = createCliContext({
    config: parseConfig({ SEEDS_DIR: seeds, DATA_DIR: path.join(dir, "data") }),
    stdout,
    stderr,
    logger: createMemoryLogger(),
    services: async (options): Promise<Services> => {
      asked.push(options.seeds ?? "default");
      throw new Error("the services were built");
    },
  });
  return { ctx, asked };
}

describe("createCliContext().readArticle", () => {
  it("reads an article by id or by its URL from the corpus alone, without the services", async () => {
    const { ctx, asked } = contextWithoutServices();
    try {
      const byId = await ctx.readArticle(SEED_ID, {});
      const byUrl = await ctx.readArticle(SEED_URL, {});
      expect(byId.id).toBe(SEED_ID);
      expect(byUrl.id).toBe(SEED_ID);
      expect(asked).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it("says what to do for a name that matches nothing, without the services", async () => {
    const { ctx, asked } = contextWithoutServices();
    try {
      const error = await ctx.readArticle("no-such-thing", {}).catch((e: unknown) => e);
      expect(isUserError(error)).toBe(true);
      expect((error as Error).message).toContain('No article matches "no-such-thing"');
      expect(asked).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it("asks the services (the fetcher) only for a page outside the corpus", async () => {
    const { ctx, asked } = contextWithoutServices();
    try {
      await expect(ctx.readArticle("https://example.com/not-in-the-corpus", {})).rejects.toThrow(
        "the services were built",
      );
      expect(asked).toEqual(["default"]);
    } finally {
      await ctx.close();
    }
  });
});
