import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import {
  type EmulatedMessage,
  type InteractionHandle,
  noWaitIdentifyThrottler,
  startEmulator,
} from "../../src/emulator/index.js";
import { Permission } from "../../src/emulator/model.js";
import { createMemoryLogger } from "../../src/logger.js";
import { type OpenAiTestServer, startOpenAiTestServer } from "../support/openai-server.js";
import { createSeedsDir, emulatorEnv, type Harness, repoRoot, startHarness } from "./harness.js";

const DEMO = `${repoRoot}demo`;
const TRAM = "a1_tram-strike";
const DISCUSS = `ask:discuss:${TRAM}`;

/** Posts the tram-strike article with /article show in `channel`; resolves with its message. */
async function showArticle(
  h: Pick<Harness, "emulator">,
  channel = "general",
): Promise<EmulatedMessage> {
  const run = await h.emulator.runCommand({
    name: "article",
    subcommand: "show",
    options: { article: TRAM },
    channel,
  });
  await run.waitFor((x) => x.original() !== undefined, 20_000);
  return run.original()!;
}

/** Waits until the interaction's reply is more than "thinking…". */
async function settled(run: InteractionHandle): Promise<EmulatedMessage> {
  await run.waitFor((x) => {
    const original = x.original();
    return original !== undefined && (original.flags & 128) === 0;
  }, 20_000);
  return run.original()!;
}

/** Presses Discuss under the article; resolves with the thread's id once it is open. */
async function discuss(h: Pick<Harness, "emulator">, article: EmulatedMessage): Promise<string> {
  const run = await h.emulator.clickButton({ message: article, customId: DISCUSS });
  const reply = await settled(run);
  expect(reply.flags & 64).toBe(64);
  const thread = /<#(\d+)>/.exec(reply.content)?.[1];
  expect(thread).toBeDefined();
  return thread!;
}

async function ask(
  h: Pick<Harness, "emulator">,
  channel: string,
  question: string,
  extra: { locale?: string; user?: { id: string } } = {},
): Promise<EmulatedMessage> {
  const run = await h.emulator.runCommand({
    name: "ask",
    options: { question },
    channel,
    ...extra,
  });
  return settled(run);
}

describe("article threads without an LLM", () => {
  let h: Harness;
  let thread: string;
  beforeAll(async () => {
    h = await startHarness({ seedsFrom: DEMO });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("opens a public thread on the article message with the Discuss button", async () => {
    const article = await showArticle(h);
    thread = await discuss(h, article);
    const channel = h.emulator.channel(thread);
    expect(channel).toMatchObject({ id: article.id, type: 11, parent_id: article.channel_id });
    const [welcome] = h.emulator.messages(thread);
    expect(welcome?.content).toContain("/ask question:");
    expect(h.emulator.mentionsPinged(welcome!)).toBe(false);
  });

  it("points to the thread when the article already has one", async () => {
    const article = h.emulator.message(thread)!;
    const run = await h.emulator.clickButton({ message: article, customId: DISCUSS });
    const reply = await settled(run);
    expect(reply.content).toContain(`already has a thread: <#${thread}>`);
    expect(h.emulator.messages(thread)).toHaveLength(1);
  });

  it("starts a new thread when the article's thread was deleted, and points to it after", async () => {
    const article = h.emulator.message(thread)!;
    // A moderator deletes the thread (the bot has no Manage Threads).
    h.emulator.faults.deleteChannel(thread);
    const run = await h.emulator.clickButton({ message: article, customId: DISCUSS });
    expect((await settled(run)).content).toContain(`Opened <#${thread}>`);
    // Discord gives the new thread the message's id again; it has its own welcome.
    expect(h.emulator.channel(thread)).toMatchObject({ type: 11, parent_id: article.channel_id });
    expect(h.emulator.messages(thread)).toHaveLength(1);
    const checked = h.emulator.requests.filter(
      (r) => r.method === "GET" && r.path === `/channels/${thread}`,
    );
    expect(checked.length).toBeGreaterThanOrEqual(1);
    const again = await h.emulator.clickButton({ message: article, customId: DISCUSS });
    expect((await settled(again)).content).toContain(`already has a thread: <#${thread}>`);
  });

  it("answers /ask in the thread with the article's best-matching sentences, cited", async () => {
    const answer = await ask(h, thread, "How long will the strike last?");
    expect(answer.flags & 64).toBe(0);
    const embed = answer.embeds[0]!;
    expect(embed.title).toContain("How long will the strike last?");
    expect(embed.description).toContain("no AI is configured");
    expect(embed.description).toMatch(/> The strike is planned to last 48 hours\. \\\[\d+\\\]/);
    expect(embed.footer?.text).toBe("From: Valemont tram drivers walk out over night shift rota");
  });

  it("says plainly when the article does not answer the question", async () => {
    const answer = await ask(h, thread, "What is the price of bitcoin?");
    expect(answer.embeds[0]?.description).toContain("The article does not answer that question.");
  });

  it("answers in the reader's language and follows the server's later settings", async () => {
    const german = await ask(h, thread, "What is the price of bitcoin?", { locale: "de" });
    expect(german.embeds[0]?.description).toContain("Der Artikel beantwortet diese Frage nicht.");
    const set = await h.emulator.runCommand({ name: "settings", options: { language: "fr" } });
    await settled(set);
    const later = await ask(h, thread, "How long will the strike last?");
    expect(later.embeds[0]?.description).toContain("Answers in Français need an AI model");
    const reset = await h.emulator.runCommand({
      name: "settings",
      options: { language: "default" },
    });
    await settled(reset);
  });

  it("opens no thread on an article shown inside a thread", async () => {
    const inside = await showArticle(h, thread);
    const run = await h.emulator.clickButton({ message: inside, customId: DISCUSS });
    const reply = await settled(run);
    expect(reply.flags & 64).toBe(64);
    expect(reply.content).toContain("server's text channel");
    expect(h.emulator.channel(inside.id)).toBeUndefined();
  });

  it("explains privately that /ask works in an article's thread only", async () => {
    const run = await h.emulator.runCommand({ name: "ask", options: { question: "Who?" } });
    const callback = await run.callback();
    expect(callback).toMatchObject({ type: 4, ok: true });
    expect(run.original()?.flags).toBe(64);
    expect(run.original()?.content).toContain("Discuss button");
  });

  it("says plainly, without trying, when it may not create public threads there", async () => {
    const channel = h.emulator.addChannel({ name: "no-threads" });
    h.emulator.faults.denyChannel(channel.id, Permission.CreatePublicThreads);
    const article = await showArticle(h, channel.id);
    h.emulator.clearRequests();
    const run = await h.emulator.clickButton({ message: article, customId: DISCUSS });
    const reply = await settled(run);
    expect(reply.flags & 64).toBe(64);
    expect(reply.content).toContain("Create Public Threads");
    expect(h.emulator.requests.some((r) => /\/threads$/.test(r.path))).toBe(false);
    expect(h.emulator.channel(article.id)).toBeUndefined();
  });
});

describe("article threads with an LLM", () => {
  let h: Harness;
  let llm: OpenAiTestServer;
  let thread: string;
  beforeAll(async () => {
    llm = await startOpenAiTestServer();
    h = await startHarness({
      seedsFrom: DEMO,
      env: {
        OPENAI_BASE_URL: llm.baseURL,
        OPENAI_API_KEY: "test",
        OPENAI_MODEL: "test-model",
        OPENAI_MAX_RETRIES: "0",
        LLM_USER_COOLDOWN_SECONDS: "0",
      },
    });
    thread = await discuss(h, await showArticle(h));
  });
  afterAll(async () => {
    await h?.close();
    await llm?.close();
  });

  it("answers from the article with the sentences it rests on, removing an invented one", async () => {
    llm.script((request) => {
      const user = request.messages.find((m) => m.role === "user")?.content ?? "";
      const found = /<s n="(\d+)">(The strike is planned[^<]*)<\/s>/.exec(user);
      return {
        content: JSON.stringify({
          answerable: true,
          sentences: [
            { text: found?.[2] ?? "", sentences: [Number(found?.[1] ?? 1)] },
            { text: "The mayor promised free trams for a year.", sentences: [1] },
          ],
        }),
      };
    });
    const answer = await ask(h, thread, "How long will the strike last?");
    const embed = answer.embeds[0]!;
    expect(embed.description).toMatch(/The strike is planned to last 48 hours\. \\\[\d+\\\]/);
    expect(embed.description).not.toContain("mayor");
    expect(embed.description).toContain("Sentences removed as not supported by the article: 1");
    expect(embed.description).toContain("Answered by test-model");
    expect(embed.fields?.[0]?.value).toMatch(/\\\[\d+\\\] The strike is planned to last 48 hours/);
    expect(llm.requests.at(-1)?.messages[1]?.content).toContain("Question: How long");
  });

  it("says so when the model finds no answer in the article", async () => {
    llm.script(() => ({ content: JSON.stringify({ answerable: false, sentences: [] }) }));
    const answer = await ask(h, thread, "Who won the football match?");
    expect(answer.embeds[0]?.description).toContain("The article does not answer that question.");
  });

  it("answers extractively, saying why, once the server's AI budget is spent", async () => {
    const set = await h.emulator.runCommand({ name: "settings", options: { "llm-budget": 0 } });
    await settled(set);
    const before = llm.requests.length;
    const answer = await ask(h, thread, "How long will the strike last?");
    expect(llm.requests.length).toBe(before);
    expect(answer.embeds[0]?.description).toMatch(/Not answered by the AI \(.*AI summaries/);
    expect(answer.embeds[0]?.description).toContain("> The strike is planned to last 48 hours.");
  });
});

describe("an article thread across a restart", () => {
  it("still answers /ask after the bot restarts on the same store", async () => {
    const fixtures = await createSeedsDir(0, DEMO);
    const data = await mkdtemp(path.join(tmpdir(), "newsdesk-threads-restart-"));
    const emulator = await startEmulator();
    const config = parseConfig(
      emulatorEnv(emulator, fixtures.dir, {
        KEYV_URL: `sqlite://${path.join(data, "store.sqlite")}`,
      }),
    );
    await deployCommands(config);
    const boot = async () => {
      const app = await createApp(config, {
        logger: createMemoryLogger(),
        identifyThrottler: noWaitIdentifyThrottler,
      });
      await app.start();
      await emulator.waitForSession();
      return app;
    };
    let app = await boot();
    try {
      const h = { emulator };
      const thread = await discuss(h, await showArticle(h));
      await app.stop();
      app = await boot();
      const answer = await ask(h, thread, "How long will the strike last?");
      expect(answer.embeds[0]?.description).toContain("The strike is planned to last 48 hours.");
    } finally {
      await app.stop();
      await emulator.close();
      await fixtures.cleanup();
      await rm(data, { recursive: true, force: true });
    }
  });
});
