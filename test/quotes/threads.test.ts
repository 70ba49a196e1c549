import { afterEach, describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/articles/clean.js";
import { parseSeed } from "../../src/articles/parse.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import {
  createQuoteThreads,
  type QuoteThreads,
  QuoteTimeoutError,
} from "../../src/quotes/threads.js";

const articleOf = (id: string, body: string) =>
  cleanArticle(
    parseSeed(` date 2024-01-02 https://example.com/${id}\n${body}\n`, id, `${id}.txt`),
    {
      origin: "seed",
      addedAt: 0,
    },
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
const FAULTY = new URL("../fixtures/quote-worker-faulty.ts", import.meta.url);
const misbehaving = (text: string) => ({ paragraphs: [text], text });

let pools: QuoteThreads[] = [];
const pool = (options: Parameters<typeof createQuoteThreads>[0]) => {
  const threads = createQuoteThreads(options);
  pools.push(threads);
  return threads;
};
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

// Starting a thread loads the extractor through tsx: generous limits for a loaded machine.
const SLOW = 60_000;

describe("createQuoteThreads", () => {
  it(
    "gives the quotes the extractor gives, for many articles at once on fewer threads",
    async () => {
      const threads = pool({ threads: 2, timeoutMs: SLOW });
      const asked = [...ARTICLES, ...ARTICLES].flatMap((article) =>
        (["rules", "combined"] as const).map(async (engine) => ({
          got: await threads.extract(article, engine),
          want: extractQuotes(article, { engine }),
        })),
      );
      const answers = await Promise.all(asked);
      expect(answers).toHaveLength(12);
      for (const { got, want } of answers) expect(got).toEqual(want);
      expect(answers.some(({ got }) => got.length > 0)).toBe(true);
      expect(threads.where()).toBe("threads");
    },
    SLOW,
  );

  it(
    "stops an article that runs over its time, and serves the next one on a new thread",
    async () => {
      const threads = pool({ threads: 1, timeoutMs: 3_000, workerUrl: FAULTY });
      // Start the thread first, so the limit times the stalled article and not tsx's start-up.
      expect(await threads.extract(ARTICLES[0]!, "rules")).toEqual(extractQuotes(ARTICLES[0]!));
      const stalled = threads.extract(misbehaving("stall"), "rules");
      const next = threads.extract(ARTICLES[1]!, "rules");
      await expect(stalled).rejects.toBeInstanceOf(QuoteTimeoutError);
      expect(await next).toEqual(extractQuotes(ARTICLES[1]!));
    },
    SLOW,
  );

  it(
    "fails only the article whose thread throws, exits or runs out of memory",
    async () => {
      const threads = pool({ threads: 1, timeoutMs: SLOW, maxHeapMb: 48, workerUrl: FAULTY });
      expect(await threads.extract(ARTICLES[2]!, "rules")).toEqual(extractQuotes(ARTICLES[2]!));
      await expect(threads.extract(misbehaving("throw"), "rules")).rejects.toThrow(
        "no quotes here",
      );
      await expect(threads.extract(misbehaving("exit"), "rules")).rejects.toThrow(
        "quote thread exited (code 3)",
      );
      await expect(threads.extract(misbehaving("oom"), "rules")).rejects.toThrow();
      expect(await threads.extract(ARTICLES[0]!, "rules")).toEqual(extractQuotes(ARTICLES[0]!));
    },
    SLOW,
  );

  it(
    "extracts inline when no thread can start, for that article and the next",
    async () => {
      const threads = pool({
        threads: 1,
        timeoutMs: SLOW,
        workerUrl: new URL("../fixtures/no-such-worker.ts", import.meta.url),
      });
      expect(await threads.extract(ARTICLES[0]!, "rules")).toEqual(extractQuotes(ARTICLES[0]!));
      expect(await threads.extract(ARTICLES[1]!, "combined")).toEqual(
        extractQuotes(ARTICLES[1]!, { engine: "combined" }),
      );
      expect(threads.where()).toBe("inline");
    },
    SLOW,
  );

  it("fails an article that runs over while its thread starts, without going inline", async () => {
    const threads = pool({ threads: 1, timeoutMs: 1 });
    await expect(threads.extract(ARTICLES[0]!, "rules")).rejects.toBeInstanceOf(QuoteTimeoutError);
    expect(threads.where()).toBe("threads");
  });

  it("with no threads extracts inline; closed, it refuses", async () => {
    const threads = createQuoteThreads({ threads: 0, timeoutMs: 1 });
    expect(await threads.extract(ARTICLES[0]!, "rules")).toEqual(extractQuotes(ARTICLES[0]!));
    expect(threads.where()).toBe("inline");
    const real = pool({ threads: 1, timeoutMs: SLOW });
    await real.close();
    await expect(real.extract(ARTICLES[0]!, "rules")).rejects.toThrow("closed");
  });
});
