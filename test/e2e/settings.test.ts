import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle } from "../../src/emulator/index.js";
import {
  answerJson,
  type OpenAiTestServer,
  startOpenAiTestServer,
} from "../support/openai-server.js";
import { type Harness, startHarness } from "./harness.js";

async function command(
  h: Harness,
  name: string,
  options: Record<string, string | number> = {},
  extra: { locale?: string; permissions?: bigint; userId?: string } = {},
): Promise<InteractionHandle> {
  const run = await h.emulator.runCommand({
    name,
    options,
    ...(extra.locale ? { locale: extra.locale } : {}),
    ...(extra.permissions !== undefined ? { permissions: extra.permissions } : {}),
    ...(extra.userId ? { user: { id: extra.userId, username: "reader" } } : {}),
  });
  await run.waitFor((x) => {
    const original = x.original();
    return (
      original !== undefined &&
      !(original.flags & 128) &&
      !/Writing with/.test(original.embeds[0]?.footer?.text ?? "")
    );
  }, 20_000);
  return run;
}

describe("/settings without an LLM", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { LLM_GUILD_HOURLY_BUDGET: "10" } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("is for members with Manage Server, and says so to others", async () => {
    const registered = h.emulator.commands(h.emulator.guildId).find((c) => c.name === "settings");
    expect(registered?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    const run = await command(
      h,
      "settings",
      { length: "short" },
      { permissions: PermissionFlagsBits.SendMessages },
    );
    expect(run.original()?.flags).toBe(64);
    expect(run.original()?.content).toContain("Manage Server");
  });

  it("changes the defaults that later summaries use", async () => {
    const before = await command(h, "summarize", { url: h.fixtures.longId });
    expect(before.original()?.embeds[0]?.description).not.toMatch(/^• /m);
    const saved = await command(h, "settings", { length: "short", format: "bullets" });
    expect(saved.original()?.flags).toBe(64);
    expect(saved.original()?.content).toBe("Saved. New answers use these settings.");
    expect(saved.original()?.embeds[0]?.description).toContain("**Default summary length**: short");
    const after = await command(h, "summarize", { url: h.fixtures.longId });
    const description = after.original()?.embeds[0]?.description ?? "";
    expect(description.split("\n").length).toBeLessThanOrEqual(2);
    expect(description).not.toBe(before.original()?.embeds[0]?.description);
  });

  it("says a summary stays in the article's language when no LLM can translate it", async () => {
    await command(h, "settings", { language: "de" });
    const run = await command(h, "summarize", { url: h.fixtures.realId });
    expect(run.original()?.content).toContain("Summaries in Deutsch need an AI model");
    await command(h, "settings", { language: "default" });
  });

  it("refuses a budget above the operator's cap", async () => {
    const run = await command(h, "settings", { "llm-budget": 11 });
    expect(run.original()?.flags).toBe(64);
    expect(run.original()?.content).toBe(
      "The budget can be at most 10: that is the operator's cap.",
    );
  });

  it("answers in the reader's locale", async () => {
    const run = await command(h, "settings", {}, { locale: "ja" });
    expect(run.original()?.embeds[0]?.title).toBe("このサーバーの設定");
  });
});

describe("/settings with an LLM", () => {
  let h: Harness;
  let llm: OpenAiTestServer;
  beforeAll(async () => {
    llm = await startOpenAiTestServer();
    h = await startHarness({
      env: {
        OPENAI_BASE_URL: llm.baseURL,
        OPENAI_API_KEY: "test",
        OPENAI_MODEL: "test-model",
        OPENAI_MAX_RETRIES: "0",
        LLM_USER_COOLDOWN_SECONDS: "0",
        LLM_GUILD_HOURLY_BUDGET: "10",
      },
    });
  });
  afterAll(async () => {
    await h?.close();
    await llm?.close();
  });

  it("asks the LLM for the server's language and keeps to the server's budget", async () => {
    llm.script(() => ({ content: answerJson({ summary: "Die Stadt plant eine Brücke." }) }));
    await command(h, "settings", { language: "de", "llm-budget": 1 });
    const first = await command(h, "summarize", { url: h.fixtures.longId });
    expect(first.original()?.embeds[0]?.description).toContain("Die Stadt plant eine Brücke.");
    const system = llm.requests.at(-1)?.messages[0]?.content ?? "";
    expect(system).toContain('BCP 47 tag "de"');
    const second = await command(h, "summarize", { url: h.fixtures.pingId });
    expect(second.original()?.flags).toBe(64);
    expect(second.original()?.content).toMatch(/used its 1 AI summaries for the hour/);
  });
});

describe("a community whose Discord language is German, without /settings", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { guild: { preferredLocale: "de" } } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("labels the public reply in German while the reader's own messages follow the reader", async () => {
    const run = await command(h, "summarize", { url: h.fixtures.longId }, { locale: "en-US" });
    const labels = (run.original()?.components ?? []).flatMap((row) =>
      "components" in row ? (row.components as Array<{ label?: string }>).map((c) => c.label) : [],
    );
    expect(labels).toContain("Diskutieren");
    const refused = await command(
      h,
      "settings",
      { length: "short" },
      { locale: "en-US", permissions: PermissionFlagsBits.SendMessages },
    );
    expect(refused.original()?.content).toContain("Manage Server");
  });
});
