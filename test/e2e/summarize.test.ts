import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle } from "../../src/emulator/index.js";
import {
  answerJson,
  type OpenAiTestServer,
  startOpenAiTestServer,
} from "../support/openai-server.js";
import { type Harness, startHarness } from "./harness.js";

const SUMMARY = answerJson({
  summary: "The city will build a bridge. @everyone should read <@&123> about it.",
  keyPoints: ["A bridge is planned", "Work ends on time"],
});

function footerOf(run: InteractionHandle): string {
  return run.original()?.embeds[0]?.footer?.text ?? "";
}

async function summarize(h: Harness, url: string, userId: string): Promise<InteractionHandle> {
  const run = await h.emulator.runCommand({
    name: "summarize",
    options: { url },
    user: { id: userId, username: `user${userId.slice(-3)}` },
  });
  await run.callback();
  return run;
}

async function finished(run: InteractionHandle): Promise<string> {
  await run.waitFor((x) => /^Engine:/.test(footerOf(x)), 10_000);
  return footerOf(run);
}

describe("/summarize with an LLM", () => {
  let h: Harness;
  let llm: OpenAiTestServer;

  beforeAll(async () => {
    llm = await startOpenAiTestServer();
    h = await startHarness({
      extraArticles: 3,
      env: {
        OPENAI_BASE_URL: llm.baseURL,
        OPENAI_API_KEY: "test",
        OPENAI_MODEL: "test-model",
        OPENAI_MAX_RETRIES: "0",
        LLM_USER_COOLDOWN_SECONDS: "20",
        LLM_GUILD_HOURLY_BUDGET: "3",
      },
    });
  });
  afterAll(async () => {
    await h?.close();
    await llm?.close();
  });

  it("defers at once, streams the summary into the reply at most once a second, and names the model", async () => {
    llm.script(() => ({ content: SUMMARY, delayMs: 1500, chunkSize: 2 }));
    const started = Date.now();
    const run = await summarize(h, h.fixtures.longId, "100000000000000001");
    expect(run.callbacks[0]).toMatchObject({ type: 5, ok: true });
    expect(run.callbacks[0]!.at - started).toBeLessThan(1000);
    expect(await finished(run)).toBe("Engine: LLM (test-model)");
    const elapsedSeconds = (Date.now() - started) / 1000;
    const edits = h.emulator.requests.filter(
      (r) => r.method === "PATCH" && r.path.includes(run.token),
    );
    expect(edits.length).toBeLessThanOrEqual(Math.ceil(elapsedSeconds) + 1);
    for (const edit of edits) {
      expect((edit.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
    }
    const message = run.original()!;
    expect(h.emulator.mentionsPinged(message)).toBe(false);
    expect(message.embeds[0]?.description).not.toContain("@everyone");
    expect(message.embeds[0]?.fields?.[0]?.value).toContain("A bridge is planned");
  });

  it("asks a user who just had a summary to wait, ephemerally, with a Discord timestamp", async () => {
    const run = await summarize(h, h.fixtures.realId, "100000000000000001");
    expect(run.callbacks[0]).toMatchObject({ type: 4, ok: true });
    expect(run.original()?.flags).toBe(64);
    expect(run.original()?.content).toMatch(/ask again <t:\d+:R>/);
  });

  it("serves a cached summary and a fallback without spending the server's budget", async () => {
    llm.script(() => ({ content: SUMMARY }));
    const cached = await summarize(h, h.fixtures.longId, "100000000000000002");
    expect(await finished(cached)).toBe("Engine: LLM (test-model) · cached");

    llm.script(() => ({ status: 500 }));
    const fallback = await summarize(h, h.fixtures.pingId, "100000000000000003");
    expect(await finished(fallback)).toMatch(/^Engine: extractive fallback — /);
    expect(fallback.original()?.content ?? "").not.toMatch(/500|scripted/);

    llm.script(() => ({ content: SUMMARY }));
    for (const [url, user] of [
      [h.fixtures.realId, "100000000000000004"],
      ["filler-00", "100000000000000005"],
    ] as const) {
      expect(await finished(await summarize(h, url, user))).toBe("Engine: LLM (test-model)");
    }
  });

  it("refuses a call over the server's hourly budget and says when to try again", async () => {
    const run = await summarize(h, "filler-01", "100000000000000006");
    expect(run.callbacks[0]).toMatchObject({ type: 4, ok: true });
    expect(run.original()?.flags).toBe(64);
    expect(run.original()?.content).toMatch(/used its 3 AI summaries.*<t:\d+:R>/);
  });
});

describe("/summarize: the LLM budget is charged once per upstream call", () => {
  let h: Harness;
  let llm: OpenAiTestServer;

  beforeAll(async () => {
    llm = await startOpenAiTestServer();
    h = await startHarness({
      extraArticles: 3,
      env: {
        OPENAI_BASE_URL: llm.baseURL,
        OPENAI_API_KEY: "test",
        OPENAI_MODEL: "test-model",
        OPENAI_MAX_RETRIES: "0",
        LLM_USER_COOLDOWN_SECONDS: "0",
        LLM_GUILD_HOURLY_BUDGET: "2",
        LLM_USER_HOURLY_SHARE: "0.5",
      },
    });
  });
  afterAll(async () => {
    await h?.close();
    await llm?.close();
  });

  it("makes one call for five users asking at once, charges the first, and refuses a greedy user", async () => {
    llm.script(() => ({ content: SUMMARY, delayMs: 800 }));
    const users = ["200000000000000001", "200000000000000002", "200000000000000003"];
    const runs = await Promise.all(
      [...users, "200000000000000004", "200000000000000005"].map((user) =>
        summarize(h, h.fixtures.longId, user),
      ),
    );
    for (const run of runs) expect(await finished(run)).toMatch(/^Engine: LLM \(test-model\)/);
    expect(llm.requests).toHaveLength(1);

    // One unit of two spent: a sixth user still gets a new summary...
    const sixth = await summarize(h, "filler-00", "200000000000000006");
    expect(await finished(sixth)).toBe("Engine: LLM (test-model)");
    // ...and the budget is now spent for everyone.
    const seventh = await summarize(h, "filler-01", "200000000000000007");
    expect(seventh.original()?.content).toMatch(/used its 2 AI summaries/);
  });
});

describe("/summarize footers: what the person is told about the LLM", () => {
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
      },
    });
  });
  afterAll(async () => {
    await h?.close();
    await llm?.close();
  });

  it("says in the footer that a fabricated quote was removed from an LLM summary", async () => {
    llm.script(() => ({
      content: answerJson({
        summary:
          "The clerk tested the mention rules. He called it “a historic victory for democracy”.",
      }),
    }));
    const run = await summarize(h, h.fixtures.pingId, "100000000000000011");
    expect(await finished(run)).toBe(
      "Engine: LLM (test-model) · Removed a quote not found in the article: “a historic victory for democracy”.",
    );
    expect(run.original()?.embeds[0]?.description).toBe("The clerk tested the mention rules.");
  });

  it("names an upstream failure with a fixed sentence, never the server's own text", async () => {
    llm.script(() => ({
      status: 500,
      body: { error: { message: "db01 stack: secret-internal" } },
    }));
    const run = await summarize(h, h.fixtures.realId, "100000000000000012");
    const footer = await finished(run);
    expect(footer).toBe(
      "Engine: extractive fallback — The LLM service failed or could not be reached. This is an extractive summary instead.",
    );
    // What the person sees (content and embeds, not the message's snowflake ids) names neither.
    const shown = JSON.stringify({
      content: run.original()?.content,
      embeds: run.original()?.embeds,
    });
    expect(shown).not.toMatch(/secret-internal|\b500\b/);
  });
});
