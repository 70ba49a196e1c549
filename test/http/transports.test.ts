import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatedMessage, InteractionHandle } from "../../src/emulator/index.js";
import { startTransports, type TransportsHarness } from "./harness.js";

/** What a person sees of a message: text, embeds, buttons, and whether only they see it. */
function visible(message: EmulatedMessage | undefined) {
  if (!message) return null;
  return {
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    ephemeral: (message.flags & 64) !== 0,
    allowed_mentions: message.allowed_mentions,
  };
}

type Case = {
  name: string;
  run(h: TransportsHarness): Promise<unknown>;
};

/** Waits until the reply is final (not "thinking…") and returns what the person sees. */
async function answered(run: InteractionHandle) {
  await run.callback();
  await run.waitFor((r) => {
    const original = r.original();
    return original !== undefined && (original.flags & 128) === 0;
  }, 20_000);
  return {
    callback: run.callbacks[0]?.ok,
    original: visible(run.original()),
    followups: run.followups().map(visible),
  };
}

const cases: Case[] = [
  {
    name: "/article latest",
    run: async (h) =>
      answered(await h.emulator.runCommand({ name: "article", subcommand: "latest" })),
  },
  {
    name: "/article show",
    run: async (h) =>
      answered(
        await h.emulator.runCommand({
          name: "article",
          subcommand: "show",
          options: { article: h.fixtures.longId },
        }),
      ),
  },
  {
    name: "/article show with an unknown article (the error path)",
    run: async (h) =>
      answered(
        await h.emulator.runCommand({
          name: "article",
          subcommand: "show",
          options: { article: "nope" },
        }),
      ),
  },
  {
    name: "/article search",
    run: async (h) =>
      answered(
        await h.emulator.runCommand({
          name: "article",
          subcommand: "search",
          options: { query: "council harbour" },
        }),
      ),
  },
  {
    name: "/quotes with a speaker",
    run: async (h) =>
      answered(
        await h.emulator.runCommand({
          name: "quotes",
          options: { article: h.fixtures.longId, speaker: "Jane Doe" },
        }),
      ),
  },
  {
    name: "/summarize (deferred, then edited over REST)",
    run: async (h) =>
      answered(
        await h.emulator.runCommand({
          name: "summarize",
          options: { url: h.fixtures.longId, length: "short" },
        }),
      ),
  },
  {
    name: "/digest list",
    run: async (h) => answered(await h.emulator.runCommand({ name: "digest", subcommand: "list" })),
  },
  {
    name: "autocomplete of an article",
    run: (h) =>
      h.emulator.autocomplete({
        name: "article",
        subcommand: "show",
        options: { article: "bridge" },
        focused: "article",
      }),
  },
  {
    name: "autocomplete of a speaker",
    run: (h) =>
      h.emulator.autocomplete({
        name: "quotes",
        options: { article: h.fixtures.longId, speaker: "j" },
        focused: "speaker",
      }),
  },
  {
    name: "the Next page button",
    run: async (h) => {
      const show = await h.emulator.runCommand({
        name: "article",
        subcommand: "show",
        options: { article: h.fixtures.longId },
      });
      await show.callback();
      const click = await h.emulator.clickButton({
        message: show.original()!,
        customId: `article:page:${h.fixtures.longId}:2`,
      });
      const callback = await click.callback();
      return {
        type: callback.type,
        ok: callback.ok,
        message: visible(h.emulator.message(show.original()!.id)),
      };
    },
  },
  {
    name: "the Quotes button",
    run: async (h) => {
      const show = await h.emulator.runCommand({
        name: "article",
        subcommand: "show",
        options: { article: h.fixtures.longId },
      });
      await show.callback();
      return answered(
        await h.emulator.clickButton({
          message: show.original()!,
          customId: `article:quotes:${h.fixtures.longId}`,
        }),
      );
    },
  },
  {
    name: "Discuss, then /ask in the thread it opened",
    run: async (h) => {
      const show = await h.emulator.runCommand({
        name: "article",
        subcommand: "show",
        options: { article: h.fixtures.longId },
      });
      await show.callback();
      const discuss = await answered(
        await h.emulator.clickButton({
          message: show.original()!,
          customId: `ask:discuss:${h.fixtures.longId}`,
        }),
      );
      const thread = /<#(\d+)>/.exec(discuss.original?.content ?? "")?.[1] ?? "none";
      const ask = await answered(
        await h.emulator.runCommand({
          name: "ask",
          options: { question: "What did the mayor of Springfield say?" },
          channel: thread,
        }),
      );
      expect(ask.original?.embeds[0]?.footer?.text).toMatch(/^From: /);
      // Each run opens its own thread: its id is the only difference.
      return { discuss: discuss.original?.content.replace(thread, "<thread>"), ask };
    },
  },
];

describe("the same commands over the gateway and over HTTP", () => {
  let h: TransportsHarness;
  beforeAll(async () => {
    h = await startTransports();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  for (const testCase of cases) {
    it(`answers ${testCase.name} identically over both transports`, {
      timeout: 60_000,
    }, async () => {
      await h.use("gateway");
      const overGateway = await testCase.run(h);
      await h.use("http");
      const overHttp = await testCase.run(h);
      expect(overHttp).toEqual(overGateway);
      expect(JSON.stringify(overHttp)).not.toContain('"ok":false');
    });
  }

  it("subscribes a channel to a digest over HTTP, checking the bot's permissions over REST", {
    timeout: 30_000,
  }, async () => {
    await h.use("http");
    const run = await h.emulator.runCommand({
      name: "digest",
      subcommand: "subscribe",
      options: { channel: "news-digest", schedule: "daily 08:00" },
    });
    const result = await answered(run);
    expect(result.original?.content).toMatch(/^Subscribed <#\d+> \(`[^`]+`\)/);
    h.emulator.faults.denyChannel(h.emulator.channelId("general"), 1n << 11n);
    const refused = await answered(
      await h.emulator.runCommand({
        name: "digest",
        subcommand: "subscribe",
        options: { channel: "general", schedule: "daily 08:00" },
      }),
    );
    expect(refused.original?.content).toContain("I need Send Messages");
    expect(refused.original?.ephemeral).toBe(true);
    h.emulator.faults.allowChannel(h.emulator.channelId("general"));
  });

  it("counts each interaction in the latency histogram by command, transport and outcome", async () => {
    const text = await h.http.running.metrics.registry.metrics();
    expect(text).toMatch(
      /newsdesk_interaction_duration_seconds_count\{command="article",transport="http",outcome="ok"\} [1-9]/,
    );
    expect(text).toMatch(
      /newsdesk_interaction_duration_seconds_count\{command="article",transport="http",outcome="user-error"\} [1-9]/,
    );
    const gatewayText = await h.gateway.running.metrics.registry.metrics();
    expect(gatewayText).toMatch(/command="article",transport="gateway",outcome="ok"/);
  });
});
