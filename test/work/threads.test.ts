import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanArticle, cleanBody } from "../../src/articles/clean.js";
import { parseSeed } from "../../src/articles/parse.js";
import { isUserError } from "../../src/errors.js";
import { extractArticle, extractPlainText } from "../../src/extract/extract.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import { summarizeExtractively } from "../../src/summaries/extractive.js";
import { createWorkThreads, type WorkThreads, WorkTimeoutError } from "../../src/work/threads.js";

const articleOf = (id: string, body: string) =>
  cleanArticle(
    parseSeed(` date 2024-01-02 https://example.com/${id}\n${body}\n`, id, `${id}.txt`),
    { origin: "seed", addedAt: 0 },
  );

const ARTICLES = [
  articleOf(
    "a",
    "“We will win,” Sanders said. Officials said the plan would cost more than expected.",
  ),
  articleOf(
    "b",
    "The mayor said on Tuesday that the bridge would reopen. “It is safe,” she added.",
  ),
  articleOf(
    "c",
    "Prices rose again, according to the statistics office, and analysts expect more.",
  ),
];
const PLAIN = `River rises\n\n${"The river rose two metres overnight and the council closed the bridge. ".repeat(3)}`;
const PAGE = readFileSync(new URL("../fixtures/pages/article.html", import.meta.url), "utf8");
const FAULTY = new URL("../fixtures/work-worker-faulty.ts", import.meta.url);
const SLOW_START = new URL("../fixtures/work-worker-slow-start.ts", import.meta.url);
const misbehaving = (text: string) => ({ paragraphs: [text], text });
const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

let pools: WorkThreads[] = [];
const pool = (options: Parameters<typeof createWorkThreads>[0]) => {
  const threads = createWorkThreads(options);
  pools.push(threads);
  return threads;
};
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

// Starting a thread loads the extractors through tsx: generous limits for a loaded machine.
const SLOW = 60_000;

describe("createWorkThreads", () => {
  it(
    "gives the quotes and pages the extractors give, many at once on fewer threads",
    async () => {
      const threads = pool({ threads: 2, timeoutMs: SLOW });
      const asked = [...ARTICLES, ...ARTICLES].flatMap((article) =>
        (["rules", "combined"] as const).map(async (engine) => ({
          got: await threads.quotes(article, engine),
          want: extractQuotes(article, { engine }),
        })),
      );
      const page = threads.page(PAGE, "https://ledger.example/news/bridge", "html");
      const text = threads.page(PLAIN, "https://x.example/t", "text");
      const summaries = ARTICLES.map((article) =>
        threads.summary(article, { length: "medium", format: "bullets" }),
      );
      // Two threads, seventeen tasks: the rest wait their turn.
      expect(threads.waiting()).toBeGreaterThan(10);
      const answers = await Promise.all(asked);
      expect(answers).toHaveLength(12);
      for (const { got, want } of answers) expect(got).toEqual(want);
      expect(answers.some(({ got }) => got.length > 0)).toBe(true);
      // Read and cleaned on the thread: what the fetcher and the feeds would clean after it.
      const read = extractArticle(PAGE, "https://ledger.example/news/bridge");
      expect(await page).toEqual({ ...read, paragraphs: cleanBody(read.body) });
      const plain = extractPlainText(PLAIN, "https://x.example/t");
      expect(await text).toEqual({ ...plain, paragraphs: cleanBody(plain.body) });
      expect(cleanBody(read.body).length).toBeGreaterThan(0);
      expect(await Promise.all(summaries)).toEqual(
        ARTICLES.map((a) => summarizeExtractively(a, { length: "medium", format: "bullets" })),
      );
      expect(threads.where()).toBe("threads");
    },
    SLOW,
  );

  it(
    "gives a page's refusal back as the same message for the reader",
    async () => {
      const threads = pool({ threads: 1, timeoutMs: SLOW });
      const refused = await caught(
        threads.page("<html><body></body></html>", "https://x.example/", "html"),
      );
      expect(isUserError(refused)).toBe(true);
      expect((refused as Error).message).toBe("No article found on that page.");
      expect(threads.where()).toBe("threads");
    },
    SLOW,
  );

  it(
    "stops each task that runs over its time, and serves the next one on a new thread",
    async () => {
      const seen: string[] = [];
      // A thread for each stall, so that they run at once; limits generous for a loaded machine.
      const threads = pool({
        threads: 3,
        timeoutMs: 8_000,
        workerUrl: FAULTY,
        observe: ({ task, where, outcome }) => seen.push(`${task} ${where} ${outcome}`),
      });
      expect(await threads.quotes(ARTICLES[0]!, "rules")).toEqual(extractQuotes(ARTICLES[0]!));
      const stalled = caught(threads.quotes(misbehaving("stall"), "rules"));
      // The page and the summary wait without a busy core, not to slow the tests beside these.
      const stalledPage = caught(threads.page("idle", "https://x.example/", "text"));
      const stalledSummary = caught(
        threads.summary({ paragraphs: ["idle"] }, { length: "short", format: "paragraph" }),
      );
      // Every thread is stalled: this waits for one of them to be replaced.
      const next = threads.quotes(ARTICLES[1]!, "rules");
      expect(await stalled).toBeInstanceOf(WorkTimeoutError);
      // A page past its time is the reader's answer, worded like any refused page.
      const page = await stalledPage;
      expect(isUserError(page)).toBe(true);
      expect((page as Error).message).toBe("That page took too long to read.");
      const summary = await stalledSummary;
      expect(isUserError(summary)).toBe(true);
      expect((summary as Error).message).toBe("That article took too long to summarize.");
      expect(await next).toEqual(extractQuotes(ARTICLES[1]!));
      // The threads started one after another: the stalls end in that order or close to it.
      expect(seen[0]).toBe("quotes threads ok");
      expect(seen.slice(1).sort()).toEqual([
        "page threads timeout",
        "quotes threads ok",
        "quotes threads timeout",
        "summary threads timeout",
      ]);
      expect(threads.waiting()).toBe(0);
    },
    SLOW,
  );

  it(
    "fails only the task whose thread throws, exits or runs out of memory",
    async () => {
      const threads = pool({ threads: 1, timeoutMs: SLOW, maxHeapMb: 48, workerUrl: FAULTY });
      expect(await threads.quotes(ARTICLES[2]!, "rules")).toEqual(extractQuotes(ARTICLES[2]!));
      await expect(threads.quotes(misbehaving("throw"), "rules")).rejects.toThrow("no quotes here");
      await expect(threads.quotes(misbehaving("exit"), "rules")).rejects.toThrow(
        "work thread exited (code 3)",
      );
      await expect(threads.quotes(misbehaving("oom"), "rules")).rejects.toThrow();
      expect(await threads.quotes(ARTICLES[0]!, "rules")).toEqual(extractQuotes(ARTICLES[0]!));
      expect(threads.where()).toBe("threads");
    },
    SLOW,
  );

  it(
    "times a task from its thread's start: a slow start is not the task's time",
    async () => {
      // Under the task's limit alone, over it with the thread's start (5.5 s and more); the limit
      // leaves the first extraction room on a loaded machine.
      const threads = pool({ threads: 1, timeoutMs: 5_000, workerUrl: SLOW_START });
      expect(await threads.quotes(ARTICLES[0]!, "rules")).toEqual(extractQuotes(ARTICLES[0]!));
      expect(threads.where()).toBe("threads");
    },
    SLOW,
  );

  it("fails a task whose thread does not start in time, without going inline", async () => {
    const threads = pool({
      threads: 1,
      timeoutMs: SLOW,
      startTimeoutMs: 500,
      workerUrl: SLOW_START,
    });
    const error = await caught(threads.quotes(ARTICLES[0]!, "rules"));
    expect(error).toBeInstanceOf(WorkTimeoutError);
    expect((error as WorkTimeoutError).timeoutMs).toBe(500);
    expect(threads.where()).toBe("threads");
  });

  it(
    "works inline when no thread can start, for that task and the next",
    async () => {
      const threads = pool({
        threads: 1,
        timeoutMs: SLOW,
        workerUrl: new URL("../fixtures/no-such-worker.ts", import.meta.url),
      });
      expect(await threads.quotes(ARTICLES[0]!, "rules")).toEqual(extractQuotes(ARTICLES[0]!));
      expect(await threads.quotes(ARTICLES[1]!, "combined")).toEqual(
        extractQuotes(ARTICLES[1]!, { engine: "combined" }),
      );
      expect(threads.where()).toBe("inline");
    },
    SLOW,
  );

  it("warm, starts its threads before any task: one that cannot start is known at once", async () => {
    const missing = new URL("../fixtures/no-such-worker.ts", import.meta.url);
    const lazy = pool({ threads: 1, timeoutMs: SLOW, workerUrl: missing });
    const warm = pool({ threads: 1, timeoutMs: SLOW, workerUrl: missing, warm: true });
    await vi.waitFor(() => expect(warm.where()).toBe("inline"), { timeout: 20_000 });
    expect(lazy.where()).toBe("threads");
    expect(await warm.quotes(ARTICLES[0]!, "rules")).toEqual(extractQuotes(ARTICLES[0]!));
  });

  it("with no threads works inline; closed, it refuses", async () => {
    const threads = createWorkThreads({ threads: 0, timeoutMs: 1 });
    expect(await threads.quotes(ARTICLES[0]!, "rules")).toEqual(extractQuotes(ARTICLES[0]!));
    expect(threads.where()).toBe("inline");
    const real = pool({ threads: 1, timeoutMs: SLOW });
    await real.close();
    await expect(real.quotes(ARTICLES[0]!, "rules")).rejects.toThrow("closed");
  });
});
