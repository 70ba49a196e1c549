import { DiscordAPIError, REST } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import { systemClock } from "../../src/clock.js";
import {
  createSummaryReplyHandler,
  editOriginalWhenAcknowledged,
  SUMMARY_REPLY_QUEUE,
  type SummaryReplyJob,
} from "../../src/discord/summary-jobs.js";
import type { JobsPort } from "../../src/jobs/ports.js";
import { silentLogger } from "../../src/logger.js";
import { createOpenAiSummarizer } from "../../src/openai/summarizer.js";
import { createBullJobs } from "../../src/queue/bullmq.js";
import { restOptions } from "../../src/services.js";
import { createStore } from "../../src/store/store.js";
import { createExtractiveSummarizer } from "../../src/summaries/extractive.js";
import { createSummaryJobHandler, SUMMARY_QUEUE } from "../../src/summaries/jobs.js";
import { createSummaryService } from "../../src/summaries/service.js";
import { eventually } from "../jobs/eventually.js";
import { type DiscordRecorder, startDiscordRecorder } from "../support/discord-recorder.js";
import {
  answerJson,
  type OpenAiTestServer,
  startOpenAiTestServer,
} from "../support/openai-server.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

function discordError(status: number, code: number): DiscordAPIError {
  return new DiscordAPIError({ code, message: "x" }, code, status, "PATCH", "/x", {
    body: undefined,
    files: undefined,
  });
}

describe("editOriginalWhenAcknowledged", () => {
  it("waits for a deferral still on its way and edits once it has landed", async () => {
    let calls = 0;
    await editOriginalWhenAcknowledged(
      async () => {
        calls++;
        if (calls < 3) throw discordError(404, 10008);
      },
      Date.now(),
      new AbortController().signal,
    );
    expect(calls).toBe(3);
  });

  it("gives up at once on an interaction past its acknowledgement window", async () => {
    let calls = 0;
    const edit = async () => {
      calls++;
      throw discordError(404, 10008);
    };
    await expect(
      editOriginalWhenAcknowledged(edit, Date.now() - 6_000, new AbortController().signal),
    ).rejects.toThrow(DiscordAPIError);
    expect(calls).toBe(1);
  });

  it("passes any other failure on without waiting", async () => {
    let calls = 0;
    const edit = async () => {
      calls++;
      throw discordError(401, 50027);
    };
    await expect(
      editOriginalWhenAcknowledged(edit, Date.now(), new AbortController().signal),
    ).rejects.toThrow(DiscordAPIError);
    expect(calls).toBe(1);
  });
});

const APP_ID = "123456789012345678";
const SUMMARY =
  "The council met on Monday and agreed the bridge budget after a long debate about tolls, " +
  "lanes for cyclists and the schedule of the works, which start in the spring.";

/** A snowflake made now: reply deadlines are computed from the interaction's id. */
function interactionId(n: number): string {
  return String(((BigInt(Date.now()) - 1_420_070_400_000n) << 22n) + BigInt(n));
}

describe.skipIf(!REDIS_SERVER_BIN)("createSummaryReplyHandler (BullMQ, redis-server)", () => {
  let redis: RedisServer;
  let llm: OpenAiTestServer;
  let discord: DiscordRecorder;
  let jobs: JobsPort;

  beforeAll(async () => {
    [redis, llm, discord] = await Promise.all([
      startRedis(),
      startOpenAiTestServer(),
      startDiscordRecorder(),
    ]);
    jobs = await createBullJobs({ url: redis.url, logger: silentLogger });
    const service = createSummaryService({
      llm: createOpenAiSummarizer({
        apiKey: "test",
        baseURL: llm.baseURL,
        model: "test-model",
        timeoutMs: 10_000,
        maxRetries: 0,
        deadlineMs: 60_000,
        streamIdleMs: 10_000,
        logger: silentLogger,
      }),
      extractive: createExtractiveSummarizer(),
      cache: (await createStore({ url: "memory://", logger: silentLogger })).namespace("summaries"),
      logger: silentLogger,
    });
    await jobs.work(SUMMARY_QUEUE, createSummaryJobHandler(service, { deadlineMs: 60_000 }), {
      concurrency: 2,
    });
    const deps = {
      jobs,
      summarizer: service,
      rest: new REST(restOptions({ DISCORD_API_URL: discord.apiUrl })),
      logger: silentLogger,
      clock: systemClock,
      config: { SUMMARY_DEADLINE_MS: 60_000, FETCH_ALLOW_PRIVATE: false },
      // Articles travel in the jobs here: nothing is looked up or fetched.
      corpus: null as never,
      fetcher: null as never,
    };
    await jobs.work(SUMMARY_REPLY_QUEUE, createSummaryReplyHandler(deps, { attempts: 1 }), {
      concurrency: 4,
    });
  });

  afterAll(async () => {
    await jobs?.close();
    await Promise.all([redis?.stop(), llm?.close(), discord?.close()]);
  });

  function replyJob(id: string): SummaryReplyJob {
    return {
      applicationId: APP_ID,
      token: `token-${id}`,
      interactionId: id,
      article: buildArticle({
        id: "bridge-1",
        date: "2026-11-30",
        url: "https://news.example.com/bridge/1",
        title: "The bridge budget",
        paragraphs: ["The council met on Monday to discuss the bridge budget for next year."],
        rawWordCount: 14,
        origin: "seed",
        addedAt: 0,
      }),
      url: null,
      length: "short",
      format: "paragraph",
      payer: null,
      requester: { userId: "u", guildId: null },
    };
  }

  function edits(id: string): Array<{ description: string; footer: string }> {
    return discord.calls
      .filter((c) => c.method === "PATCH" && c.path.includes(`/token-${id}/messages/@original`))
      .map((c) => {
        const embeds = (c.body?.embeds ?? []) as Array<Record<string, unknown>>;
        const embed = embeds[0] ?? {};
        return {
          description: String(embed.description ?? ""),
          footer: String((embed.footer as { text?: string } | undefined)?.text ?? ""),
        };
      });
  }

  const isFinal = (edit: { footer: string }) => !edit.footer.startsWith("Writing");

  it("edits the reply as the LLM streams, then gives the final answer to creator and joiner", async () => {
    // About 4 s of streaming: several progress edits at one per second.
    llm.script(() => ({
      content: answerJson({ summary: SUMMARY }),
      chunkSize: 6,
      chunkDelayMs: 120,
    }));
    const creator = interactionId(1);
    const joiner = interactionId(2);
    await jobs.enqueue(SUMMARY_REPLY_QUEUE, replyJob(creator), { id: `reply:${creator}` });
    await eventually(
      () => edits(creator).length > 0,
      () => JSON.stringify(discord.calls),
    );
    // Joins the summary job while it streams.
    await jobs.enqueue(SUMMARY_REPLY_QUEUE, replyJob(joiner), { id: `reply:${joiner}` });
    await eventually(
      () => [creator, joiner].every((id) => edits(id).some(isFinal)),
      () => JSON.stringify(discord.calls),
    );
    expect(llm.requests).toHaveLength(1);
    const seen = edits(creator);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    const progress = seen.slice(0, -1);
    for (const edit of progress) {
      expect(isFinal(edit)).toBe(false);
      expect(SUMMARY.startsWith(edit.description.replace(/…$/, ""))).toBe(true);
    }
    // The text grows; the final answer comes last, once.
    expect(progress.map((e) => e.description.length)).toEqual(
      [...progress.map((e) => e.description.length)].sort((a, b) => a - b),
    );
    expect(seen.at(-1)!.description).toBe(SUMMARY);
    expect(seen.filter(isFinal)).toHaveLength(1);
    // The joiner's last word is the same final answer.
    const joined = edits(joiner);
    expect(joined.at(-1)).toEqual(seen.at(-1));
    expect(joined.filter(isFinal)).toHaveLength(1);
  }, 60_000);

  it("words a refusal in the reader's locale and labels Discuss in the server's", async () => {
    const refused = interactionId(3);
    await jobs.enqueue(
      SUMMARY_REPLY_QUEUE,
      { ...replyJob(refused), article: null, url: "not a link", locale: "de" },
      { id: `reply:${refused}` },
    );
    const patches = (id: string) =>
      discord.calls.filter(
        (c) => c.method === "PATCH" && c.path.includes(`/token-${id}/messages/@original`),
      );
    await eventually(
      () => patches(refused).length > 0,
      () => JSON.stringify(discord.calls),
    );
    expect(patches(refused).at(-1)?.body?.content).toBe(
      "Das ist kein gültiger Link: Gib eine vollständige Adresse an, die mit https:// beginnt.",
    );
    llm.script(() => ({ content: answerJson({ summary: SUMMARY }) }));
    const labelled = interactionId(4);
    await jobs.enqueue(
      SUMMARY_REPLY_QUEUE,
      { ...replyJob(labelled), labelLocale: "fr" },
      { id: `reply:${labelled}` },
    );
    // Only the finished summary has buttons (the progress edits are worded in French too).
    const final = () =>
      patches(labelled).find(
        (c) => Array.isArray(c.body?.components) && (c.body.components as unknown[]).length > 0,
      );
    await eventually(
      () => final() !== undefined,
      () => JSON.stringify(discord.calls),
    );
    const rows = final()?.body?.components as Array<{
      components: Array<{ label: string }>;
    }>;
    expect(rows.flatMap((row) => row.components.map((c) => c.label))).toEqual(["Discuter"]);
  }, 60_000);
});
