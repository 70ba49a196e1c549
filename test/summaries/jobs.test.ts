import { afterEach, describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import { isUserError, UserError } from "../../src/errors.js";
import { createInProcessJobs } from "../../src/jobs/in-process.js";
import type { JobsPort } from "../../src/jobs/ports.js";
import { silentLogger } from "../../src/logger.js";
import {
  createSummaryJobHandler,
  SUMMARY_QUEUE,
  type SummaryCharges,
  summarizeAsJob,
} from "../../src/summaries/jobs.js";
import type { SummaryService } from "../../src/summaries/service.js";
import type { Summary } from "../../src/summaries/types.js";

const article = buildArticle({
  id: "council",
  date: "2024-03-01",
  url: "https://example.com/council",
  title: "Council approves budget",
  paragraphs: ["The city council approved the budget on Monday."],
  rawWordCount: 8,
  origin: "seed",
  addedAt: 0,
});
const summary = { engine: "llm", text: "The council approved the budget." } as unknown as Summary;

/** A summary service that charges before its one "upstream call", like the real one. */
function fakeService(): Pick<SummaryService, "summarize" | "keyFor"> & { calls: number } {
  const service = {
    calls: 0,
    keyFor: () => "council:medium",
    async summarize(_article: unknown, options: { beforeUpstream?: () => Promise<void> }) {
      await options.beforeUpstream?.();
      service.calls++;
      return summary;
    },
  };
  return service as unknown as Pick<SummaryService, "summarize" | "keyFor"> & { calls: number };
}

const request = (userId: string) => ({
  article,
  length: "medium" as const,
  format: "paragraph" as const,
  payer: { userId, guildId: "g1" },
});

let jobs: JobsPort | null = null;
afterEach(async () => {
  await jobs?.close();
  jobs = null;
});

describe("summarizeAsJob", () => {
  it("tells the payer their refusal by the LLM limits as it is, without retrying", async () => {
    const service = fakeService();
    let reservations = 0;
    const charges: SummaryCharges = {
      reserve: async () => {
        reservations++;
        throw new UserError("You just asked for a summary: try again in 20 seconds.", {
          i18n: { key: "error.llmCooldown", params: { when: "in 20 seconds" } },
        });
      },
    };
    jobs = createInProcessJobs({ logger: silentLogger });
    await jobs.work(
      SUMMARY_QUEUE,
      createSummaryJobHandler(service, { deadlineMs: 5_000, charges }),
    );
    const failure = await summarizeAsJob(jobs, service, request("alice"), {
      timeoutMs: 5_000,
    }).catch((error: unknown) => error);
    expect(isUserError(failure)).toBe(true);
    expect((failure as Error).message).toBe(
      "You just asked for a summary: try again in 20 seconds.",
    );
    expect((failure as UserError).i18n).toEqual({
      key: "error.llmCooldown",
      params: { when: "in 20 seconds" },
    });
    expect(reservations).toBe(1);
    expect(service.calls).toBe(0);
  });

  it("runs the job again as a joiner's own when the job's payer was refused", async () => {
    const service = fakeService();
    let releaseAlice: () => void = () => {};
    const aliceWaits = new Promise<void>((resolve) => {
      releaseAlice = resolve;
    });
    const charged: string[] = [];
    const charges: SummaryCharges = {
      reserve: async (userId) => {
        if (userId === "alice") {
          await aliceWaits;
          throw new UserError("You have used your share of this server's summaries.");
        }
        charged.push(userId);
        return { release: async () => {} };
      },
    };
    jobs = createInProcessJobs({ logger: silentLogger });
    await jobs.work(
      SUMMARY_QUEUE,
      createSummaryJobHandler(service, { deadlineMs: 5_000, charges }),
    );
    const alice = summarizeAsJob(jobs, service, request("alice"), { timeoutMs: 5_000 }).catch(
      (error: unknown) => error,
    );
    // Bob asks for the same summary while Alice's job holds it: he joins her job.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const bob = summarizeAsJob(jobs, service, request("bob"), { timeoutMs: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    releaseAlice();
    expect(((await alice) as Error).message).toMatch(/your share/);
    await expect(bob).resolves.toEqual(summary);
    expect(charged).toEqual(["bob"]);
    expect(service.calls).toBe(1);
  });
});
