import diagnosticsChannel from "node:diagnostics_channel";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { normalizeUrl } from "../../src/articles/url.js";
import { createManualClock } from "../../src/clock.js";
import { isAbortError, isUserError } from "../../src/errors.js";
import {
  type ArticleFetcherOptions,
  buildFetchedArticle,
  createArticleFetcher,
  DEFAULT_USER_AGENT,
  fetchedArticleId,
} from "../../src/fetch/fetcher.js";
import type { ResolveHost } from "../../src/fetch/http.js";
import { createMemoryLogger } from "../../src/logger.js";
import { createStore, type Store } from "../../src/store/store.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), "utf8");

const ARTICLE_HTML = fixture("article.html");
const NO_ARTICLE_HTML = fixture("no-article.html");
const ARTICLE_TXT = fixture("article.txt");
/** 20 MB of spaces, about 20 KB on the wire. */
const GZIP_BOMB = gzipSync(Buffer.alloc(20 * 1024 * 1024, " "));

/** Every request the fixture server saw, and how many bytes the huge route managed to write. */
const seen: { path: string; userAgent: string | undefined }[] = [];
let connections = 0;
let hugeBytesWritten = 0;
let hugeClosed: Promise<void> = Promise.resolve();
let flakyFailuresLeft = 0;

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? "/", "http://fixture");
  seen.push({ path: url.pathname + url.search, userAgent: req.headers["user-agent"] });
  const html = (body: string): void => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(body);
  };
  const redirectTo = (location: string, status = 302): void => {
    res.writeHead(status, { location });
    res.end();
  };
  switch (url.pathname) {
    case "/article":
    case "/news/bridge":
      html(ARTICLE_HTML);
      return;
    case "/gzip":
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(gzipSync(ARTICLE_HTML));
      return;
    case "/bad-gzip": {
      const good = gzipSync(ARTICLE_HTML);
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(Buffer.concat([good.subarray(0, 20), Buffer.from("not gzip at all, sorry")]));
      return;
    }
    case "/bad-br":
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "br" });
      res.end(Buffer.from("this is not brotli data"));
      return;
    case "/reset-mid-body":
      res.writeHead(200, { "content-type": "text/html", "content-length": "100000" });
      res.write(ARTICLE_HTML.slice(0, 200), () => res.socket?.resetAndDestroy());
      return;
    case "/latin1": {
      const page = ARTICLE_HTML.replace("officials said.", "officials said in Montréal.");
      res.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" });
      res.end(Buffer.from(page, "latin1"));
      return;
    }
    case "/plain":
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end(ARTICLE_TXT);
      return;
    case "/no-article":
      html(NO_ARTICLE_HTML);
      return;
    case "/image":
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      return;
    case "/missing":
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>Not found</h1>");
      return;
    case "/flaky":
      if (flakyFailuresLeft > 0) {
        flakyFailuresLeft--;
        res.writeHead(503, { "content-type": "text/html" });
        res.end("busy");
        return;
      }
      html(ARTICLE_HTML);
      return;
    case "/redirect": {
      // /redirect?n=3 → /redirect?n=2 → … → /article
      const n = Number(url.searchParams.get("n") ?? "1");
      redirectTo(n <= 1 ? "/article" : `/redirect?n=${n - 1}`, n % 2 === 0 ? 301 : 302);
      return;
    }
    case "/loop":
      redirectTo(`/loop?i=${Number(url.searchParams.get("i") ?? "0") + 1}`);
      return;
    case "/redirect-to":
      redirectTo(url.searchParams.get("target") ?? "/article");
      return;
    case "/slow-headers":
      return; // never answers
    case "/slow-body":
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body><p>The first words arrive and then");
      return; // never ends
    case "/declared-huge":
      res.writeHead(200, { "content-type": "text/html", "content-length": String(50_000_000) });
      res.write("<html>");
      return;
    case "/huge": {
      // Streams 1 MB chunks until the client hangs up (or 64 MB, far past any cap).
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(1024 * 1024, "<p>filler</p>\n");
      hugeClosed = new Promise((resolve) => res.on("close", resolve));
      const pump = (): void => {
        while (hugeBytesWritten < 64 * 1024 * 1024 && !res.destroyed) {
          hugeBytesWritten += chunk.length;
          if (!res.write(chunk)) {
            res.once("drain", pump);
            return;
          }
        }
        res.end();
      };
      pump();
      return;
    }
    case "/gzip-bomb": {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(GZIP_BOMB);
      return;
    }
    default:
      res.writeHead(404);
      res.end();
  }
}

let server: Server;
let origin: string;
let port: number;
let store: Store;
const fetchers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  server = createServer(route);
  server.on("connection", () => {
    connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  store = await createStore({ url: "memory://", logger: createMemoryLogger() });
});

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
  seen.length = 0;
  connections = 0;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

const FETCHED_AT = Date.UTC(2024, 5, 1, 12, 0, 0);

function makeFetcher(options: Partial<ArticleFetcherOptions> = {}) {
  const logger = createMemoryLogger();
  const fetcher = createArticleFetcher({
    allowPrivate: true,
    timeoutMs: 5_000,
    logger,
    clock: createManualClock(FETCHED_AT),
    ...options,
  });
  fetchers.push(fetcher);
  return fetcher;
}

/** The fixture server is on 127.0.0.1: only that one address is exempt, every check stays on. */
const onlyFixtureServer = (address: string): boolean => address === "127.0.0.1";

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (!isUserError(error)) throw error;
    return error.message;
  }
  throw new Error("expected a refusal");
}

/** Counts sockets undici was about to open while `run` runs. */
async function countConnectAttempts(run: () => Promise<unknown>): Promise<number> {
  let attempts = 0;
  const onConnect = (): void => {
    attempts++;
  };
  diagnosticsChannel.subscribe("undici:client:beforeConnect", onConnect);
  try {
    await run();
  } finally {
    diagnosticsChannel.unsubscribe("undici:client:beforeConnect", onConnect);
  }
  return attempts;
}

describe("createArticleFetcher", () => {
  it("fetches a news page into a cleaned Article with the page's metadata", async () => {
    const article = await makeFetcher().fetchArticle(`${origin}/news/bridge?utm_source=x`);
    expect(article.origin).toBe("fetched");
    expect(article.title).toBe("Harbour bridge reopens after two years of repairs");
    expect(article.byline).toBe("Mara Quinn, Tomas Reyes");
    expect(article.siteName).toBe("The Coastal Ledger");
    expect(article.date).toBe("2024-03-05");
    expect(article.addedAt).toBe(FETCHED_AT);
    expect(article.id).toBe(fetchedArticleId(`${origin}/news/bridge`));
    expect(article.id).toMatch(/^web-[0-9a-f]{16}$/);
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[0]).toMatch(/^The harbour bridge reopened/);
    expect(article.text).not.toMatch(/Advertisement|Photo: City|© 2024|Sign in|Tweet/);
    expect(article.text).not.toContain("Harbour bridge reopens"); // the headline is the title
    expect(article.text).toBe(article.paragraphs.join("\n\n"));
    expect(article.rawWordCount).toBeGreaterThanOrEqual(article.wordCount);
  });

  it("sends the honest User-Agent", async () => {
    await makeFetcher().fetchArticle(`${origin}/article`);
    expect(seen[0]?.userAgent).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^Newsdesk\/\d/);
  });

  it("dates an article without a published date by the fetch day", async () => {
    const article = await makeFetcher().fetchArticle(`${origin}/plain`);
    expect(article.date).toBe("2024-06-01");
  });

  it("treats a plain-text page as the body, titled by its first line", async () => {
    const article = await makeFetcher().fetchArticle(`${origin}/plain`);
    expect(article.title).toBe("Council approves new cycle lanes on Main Street");
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs[0]).toMatch(/^The city council voted/);
  });

  it("decompresses gzip and decodes the declared charset", async () => {
    const fetcher = makeFetcher();
    expect((await fetcher.fetchArticle(`${origin}/gzip`)).paragraphs).toHaveLength(5);
    expect((await fetcher.fetchArticle(`${origin}/latin1`)).text).toContain("Montréal");
  });

  it("follows redirects within the allowed server, up to five", async () => {
    const article = await makeFetcher().fetchArticle(`${origin}/redirect?n=5`);
    expect(article.url).toBe(`${origin}/article`);
    expect(seen.map((s) => s.path)).toEqual([
      "/redirect?n=5",
      "/redirect?n=4",
      "/redirect?n=3",
      "/redirect?n=2",
      "/redirect?n=1",
      "/article",
    ]);
  });

  it("refuses a sixth redirect", async () => {
    expect(await refusal(makeFetcher().fetchArticle(`${origin}/loop`))).toMatch(
      /^Too many redirects/,
    );
    expect(seen).toHaveLength(6);
  });

  it.each([
    ["http://10.0.0.1/admin", /not public \(10\.0\.0\.1: private\)/],
    ["http://169.254.169.254/latest/meta-data/", /not public \(169\.254\.169\.254: link-local\)/],
    ["http://[::ffff:127.0.0.2]/", /not public/],
    ["http://localhost:1/", /not public \(localhost/],
    ["file:///etc/passwd", /^Only http and https links/],
    ["gopher://127.0.0.1:6379/", /^Only http and https links/],
  ])("refuses a redirect to %s before connecting", async (target, message) => {
    const fetcher = makeFetcher({ allowPrivate: false, allowAddress: onlyFixtureServer });
    const url = `${origin}/redirect-to?target=${encodeURIComponent(target)}`;
    let text = "";
    const attempts = await countConnectAttempts(async () => {
      text = await refusal(fetcher.fetchArticle(url));
    });
    expect(text).toMatch(message);
    expect(attempts).toBe(1); // the fixture server only
    expect(seen).toHaveLength(1);
  });

  it("refuses a redirect to a name that resolves to a private address", async () => {
    const lookup: ResolveHost = async (host) =>
      host === "intranet.example" ? [{ address: "192.168.1.10", family: 4 }] : [];
    const fetcher = makeFetcher({ allowPrivate: false, allowAddress: onlyFixtureServer, lookup });
    const url = `${origin}/redirect-to?target=${encodeURIComponent("http://intranet.example/")}`;
    expect(await refusal(fetcher.fetchArticle(url))).toMatch(
      /not public \(intranet\.example: private\)/,
    );
  });

  it.each([
    ["http://2130706433/", "loopback"],
    ["http://0x7f.1/", "loopback"],
    ["http://017700000001/", "loopback"],
    ["http://[::ffff:127.0.0.1]/", "loopback"],
    ["http://[::1]/", "loopback"],
    ["http://localhost/", "loopback"],
    ["http://LOCALHOST./", "loopback"],
    ["http://api.localhost/", "loopback"],
    ["http://0.0.0.0/", "unspecified"],
    ["http://[::]/", "unspecified"],
    ["http://10.0.0.1/", "private"],
    ["http://172.16.5.4/", "private"],
    ["http://192.168.0.1:8080/", "private"],
    ["http://169.254.169.254/", "link-local"],
    ["http://[fe80::1]/", "link-local"],
    ["http://[fc00::1]/", "unique-local"],
    ["http://100.64.0.1/", "carrier-grade NAT"],
    ["http://224.0.0.1/", "multicast"],
    ["http://[ff02::1]/", "multicast"],
    ["http://[64:ff9b::a9fe:a9fe]/", "link-local"],
  ])("refuses %s before any DNS query or socket", async (url, why) => {
    const lookups: string[] = [];
    const lookup: ResolveHost = async (host) => {
      lookups.push(host);
      return [{ address: "127.0.0.1", family: 4 }];
    };
    const fetcher = makeFetcher({ allowPrivate: false, lookup });
    let text = "";
    const attempts = await countConnectAttempts(async () => {
      text = await refusal(fetcher.fetchArticle(url));
    });
    expect(text).toMatch(/^That address is not public/);
    expect(text).toContain(why);
    expect(attempts).toBe(0);
    expect(lookups).toEqual([]);
  });

  it.each([
    ["ftp://example.com/file.txt", /^Only http and https links can be fetched, not ftp/],
    ["file:///etc/passwd", /^Only http and https links can be fetched, not file/],
    ["javascript:alert(1)", /^Only http and https/],
    ["not a link", /^That is not a valid link/],
    ["http://user:secret@example.com/", /user name or password/],
  ])("refuses %s", async (url, message) => {
    const fetcher = makeFetcher({ allowPrivate: false });
    const attempts = await countConnectAttempts(async () => {
      expect(await refusal(fetcher.fetchArticle(url))).toMatch(message);
    });
    expect(attempts).toBe(0);
  });

  it("refuses a public-looking name that resolves to a private address, before any socket", async () => {
    const lookup: ResolveHost = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.1.2.3", family: 4 },
    ];
    const fetcher = makeFetcher({ allowPrivate: false, lookup });
    const attempts = await countConnectAttempts(async () => {
      expect(await refusal(fetcher.fetchArticle("http://news.example/story"))).toMatch(
        /not public \(news\.example: private\)/,
      );
    });
    expect(attempts).toBe(0);
  });

  it("refuses DNS rebinding: a name public at the first check and loopback at connect", async () => {
    let calls = 0;
    const lookup: ResolveHost = async () => {
      calls++;
      // Public for the check before connecting, then the fixture server's loopback address.
      return calls === 1
        ? [{ address: "93.184.216.34", family: 4 }]
        : [{ address: "127.0.0.1", family: 4 }];
    };
    const fetcher = makeFetcher({ allowPrivate: false, lookup });
    const message = await refusal(fetcher.fetchArticle(`http://rebind.example:${port}/article`));
    expect(message).toMatch(/not public \(rebind\.example: loopback\)/);
    expect(calls).toBe(2);
    expect(connections).toBe(0); // refused in the connect-time lookup, before any TCP connection
    expect(seen).toEqual([]);
  });

  it("names a body that fails mid-stream plainly, like other network failures", async () => {
    const fetcher = makeFetcher();
    for (const route of ["/bad-gzip", "/bad-br"]) {
      expect(await refusal(fetcher.fetchArticle(`${origin}${route}`))).toMatch(
        /^That site sent a page that could not be decompressed \(127\.0\.0\.1\): its compression is broken\.$/,
      );
    }
    expect(await refusal(fetcher.fetchArticle(`${origin}/reset-mid-body`))).toBe(
      "The connection to that site broke while the page was loading (127.0.0.1).",
    );
  });

  it("gives up on a page whose body never ends, at the total timeout", async () => {
    const fetcher = makeFetcher({ timeoutMs: 300 });
    expect(await refusal(fetcher.fetchArticle(`${origin}/slow-body`))).toBe(
      "The page did not answer in 0.3 s.",
    );
  });

  it("gives up on a server that never answers, at the total timeout", async () => {
    const fetcher = makeFetcher({ timeoutMs: 300 });
    expect(await refusal(fetcher.fetchArticle(`${origin}/slow-headers`))).toBe(
      "The page did not answer in 0.3 s.",
    );
  });

  it("stops reading a body past the size cap", async () => {
    hugeBytesWritten = 0;
    const fetcher = makeFetcher({ maxBytes: 1024 * 1024, timeoutMs: 10_000 });
    expect(await refusal(fetcher.fetchArticle(`${origin}/huge`))).toBe(
      "The page is larger than 1 MB.",
    );
    await hugeClosed;
    // The server could not push the 64 MB it wanted: the fetcher hung up.
    expect(hugeBytesWritten).toBeLessThan(16 * 1024 * 1024);
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const fetcher = makeFetcher();
    expect(await refusal(fetcher.fetchArticle(`${origin}/declared-huge`))).toBe(
      "The page is larger than 5 MB.",
    );
  });

  it("counts the cap on the decompressed body", async () => {
    const fetcher = makeFetcher({ maxBytes: 1024 * 1024, timeoutMs: 10_000 });
    expect(await refusal(fetcher.fetchArticle(`${origin}/gzip-bomb`))).toBe(
      "The page is larger than 1 MB.",
    );
  });

  it("refuses a page that is not HTML or plain text", async () => {
    expect(await refusal(makeFetcher().fetchArticle(`${origin}/image`))).toBe(
      "That page is not HTML or plain text (image/png).",
    );
  });

  it("refuses a page with no article", async () => {
    expect(await refusal(makeFetcher().fetchArticle(`${origin}/no-article`))).toBe(
      "No article found on that page.",
    );
  });

  it("reports an HTTP error status", async () => {
    expect(await refusal(makeFetcher().fetchArticle(`${origin}/missing`))).toBe(
      "That page answered with HTTP 404.",
    );
  });

  it("serves a second fetch of the same URL, in any form, from the cache", async () => {
    const cache = store.namespace("pages-cache-test");
    const fetcher = makeFetcher({ cache });
    const first = await fetcher.fetchArticle(`${origin}/article`);
    const second = await fetcher.fetchArticle(`${origin}/article/?utm_campaign=x#top`);
    expect(second).toEqual(first);
    expect(seen).toHaveLength(1);
    // A new fetcher over the same store (a restart) still hits the cache.
    const again = await makeFetcher({ cache }).fetchArticle(`${origin}/article`);
    expect(again).toEqual(first);
    expect(seen).toHaveLength(1);
    expect(await cache.get(normalizeUrl(`${origin}/article`))).toEqual(
      JSON.parse(JSON.stringify(first)),
    );
  });

  it("caches under the redirect target too", async () => {
    const cache = store.namespace("pages-redirect-test");
    const fetcher = makeFetcher({ cache });
    await fetcher.fetchArticle(`${origin}/redirect?n=2`);
    seen.length = 0;
    await fetcher.fetchArticle(`${origin}/article`);
    expect(seen).toEqual([]);
  });

  it("fetches again once the cache entry has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(FETCHED_AT);
    const fetcher = makeFetcher({ cache: store.namespace("pages-ttl-test"), cacheTtlMs: 60_000 });
    await fetcher.fetchArticle(`${origin}/article`);
    vi.setSystemTime(FETCHED_AT + 30_000);
    await fetcher.fetchArticle(`${origin}/article`);
    expect(seen).toHaveLength(1);
    vi.setSystemTime(FETCHED_AT + 61_000);
    await fetcher.fetchArticle(`${origin}/article`);
    expect(seen).toHaveLength(2);
  });

  it("does not cache failures", async () => {
    flakyFailuresLeft = 1;
    const fetcher = makeFetcher({ cache: store.namespace("pages-flaky-test") });
    expect(await refusal(fetcher.fetchArticle(`${origin}/flaky`))).toMatch(/HTTP 503/);
    const article = await fetcher.fetchArticle(`${origin}/flaky`);
    expect(article.paragraphs.length).toBeGreaterThan(0);
    expect(seen).toHaveLength(2);
  });

  it("ignores a malformed cache entry and fetches the page", async () => {
    const cache = store.namespace("pages-malformed-test");
    await cache.set(normalizeUrl(`${origin}/article`), { id: "web-0", paragraphs: "nope" });
    const article = await makeFetcher({ cache }).fetchArticle(`${origin}/article`);
    expect(article.paragraphs).toHaveLength(5);
    expect(seen).toHaveLength(1);
  });

  it("makes one request for concurrent fetches of one URL", async () => {
    const fetcher = makeFetcher();
    const [a, b, c] = await Promise.all([
      fetcher.fetchArticle(`${origin}/article`),
      fetcher.fetchArticle(`${origin}/article?utm_source=a`),
      fetcher.fetchArticle(`${origin}/article#x`),
    ]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(seen).toHaveLength(1);
  });

  it("rejects with AbortError when the caller's signal aborts", async () => {
    const fetcher = makeFetcher({ timeoutMs: 1_000 });
    const controller = new AbortController();
    const pending = fetcher.fetchArticle(`${origin}/slow-headers`, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toSatisfy(isAbortError);
  });
});

describe("buildFetchedArticle", () => {
  it("uses the published day, the fetch time and the cleaned paragraphs", () => {
    const article = buildFetchedArticle(
      {
        title: "A title",
        byline: null,
        siteName: "Site",
        publishedTime: "2023-01-02T03:04:05Z",
        publishedDate: "2023-01-02",
        blocks: ["One  paragraph here.", "Two."],
        body: "One  paragraph here.\n\nTwo.",
        rawText: "One paragraph here. Two. Extra",
      },
      "https://www.example.com/a/",
      FETCHED_AT,
    );
    expect(article).toMatchObject({
      id: fetchedArticleId("https://example.com/a"),
      date: "2023-01-02",
      source: "example.com",
      title: "A title",
      paragraphs: ["One paragraph here.", "Two."],
      addedAt: FETCHED_AT,
      rawWordCount: 5,
      byline: null,
      siteName: "Site",
      origin: "fetched",
    });
  });
});

describe("buildFetchedArticle with paragraphs cleaned already (on a work thread)", () => {
  it("takes them as they are instead of cleaning the body again", () => {
    const page = {
      title: "A title",
      byline: null,
      siteName: null,
      publishedTime: null,
      publishedDate: "2023-01-02",
      blocks: ["One  paragraph here."],
      body: "One  paragraph here.",
      rawText: "One paragraph here.",
    };
    const url = "https://example.com/a";
    expect(
      buildFetchedArticle({ ...page, paragraphs: ["Cleaned."] }, url, FETCHED_AT).paragraphs,
    ).toEqual(["Cleaned."]);
    expect(buildFetchedArticle(page, url, FETCHED_AT).paragraphs).toEqual(["One paragraph here."]);
  });
});

describe("fetchedArticleId", () => {
  it("is the same for every form of one URL and differs between URLs", () => {
    expect(fetchedArticleId("https://www.Example.com/a/?utm_source=x")).toBe(
      fetchedArticleId("http://example.com/a"),
    );
    expect(fetchedArticleId("https://example.com/a")).not.toBe(
      fetchedArticleId("https://example.com/b"),
    );
  });
});
