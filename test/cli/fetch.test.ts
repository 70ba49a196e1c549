import { readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { extractArticle } from "../../src/extract/extract.js";
import { buildFetchedArticle, fetchedArticleId } from "../../src/fetch/fetcher.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import { createExtractiveSummarizer } from "../../src/summaries/extractive.js";
import { type CliResult, repoRoot, runNewsdesk } from "../support/cli.js";

// Each run starts Node with tsx: slow on a shared two-core machine.
vi.setConfig({ testTimeout: 120_000 });

const ARTICLE_HTML = readFileSync(new URL("../fixtures/pages/article.html", import.meta.url));

let dir: string;
let server: Server;
let base: string;
/** Paths of every request the fixture site saw. */
const seen: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-cli-fetch-"));
  const seeds = path.join(dir, "seeds");
  await mkdir(seeds);
  const seedsDir = path.join(repoRoot, "seeds");
  const name = (await readdir(seedsDir)).filter((n) => n.endsWith(".txt")).sort()[0]!;
  await copyFile(path.join(seedsDir, name), path.join(seeds, name));
  server = createServer((req, res) => {
    seen.push(req.url ?? "/");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(ARTICLE_HTML);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

/** Runs the real binary with a clean environment: no LLM, SQLite under a temp DATA_DIR. */
function newsdesk(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const inherited = { ...process.env };
  for (const key of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "KEYV_URL", "FETCH_ALLOW_PRIVATE"]) {
    delete inherited[key];
  }
  return runNewsdesk(args, {
    env: {
      ...inherited,
      LOG_LEVEL: "warn",
      SEEDS_DIR: path.join(dir, "seeds"),
      DATA_DIR: path.join(dir, "data"),
      ...env,
    },
  });
}

describe("newsdesk summarize|quotes <URL outside the corpus>", () => {
  it("refuses a private address with the reason on stderr and exit code 1, without requesting it", async () => {
    const url = `${base}/article.html`;
    const result = await newsdesk(["summarize", url, "--json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "error: That address is not public (127.0.0.1: loopback), so Newsdesk will not fetch it.",
    );
    expect(seen).toEqual([]);
  });

  it("summarizes the page with FETCH_ALLOW_PRIVATE=1, in the same --json shape as corpus articles", async () => {
    const url = `${base}/article.html`;
    const result = await newsdesk(["summarize", url, "--json"], { FETCH_ALLOW_PRIVATE: "1" });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    const article = buildFetchedArticle(extractArticle(ARTICLE_HTML.toString(), url), url, 0);
    const expected = await createExtractiveSummarizer().summarize(article, {
      length: "medium",
      format: "paragraph",
    });
    expect(Object.keys(json).sort()).toEqual(
      ["article", "cached", "engine", "keyPoints", "model", "note", "summary", "usage"].sort(),
    );
    expect(json).toMatchObject({
      article: { id: fetchedArticleId(url), url },
      engine: "extractive",
      model: null,
      summary: expected.text,
      usage: null,
    });
    expect(seen).toEqual(["/article.html"]);
  });

  it("lists the page's quotes from the store's page cache without fetching it again", async () => {
    const url = `${base}/article.html`;
    const result = await newsdesk(["quotes", url, "--json"], { FETCH_ALLOW_PRIVATE: "1" });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      article: { id: string };
      quotes: Array<{ speaker: string | null; text: string }>;
    };
    expect(json.article.id).toBe(fetchedArticleId(url));
    const article = buildFetchedArticle(extractArticle(ARTICLE_HTML.toString(), url), url, 0);
    expect(json.quotes.map((q) => [q.speaker, q.text])).toEqual(
      extractQuotes(article).map((q) => [q.speaker, q.text]),
    );
    expect(seen).toEqual(["/article.html"]);
  });
});
