import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFeedHttp, createPageReader, createSafeClient } from "../../src/fetch/conditional.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";

let server: FeedServer;
let client: ReturnType<typeof createSafeClient>;

beforeAll(async () => {
  server = await startFeedServer();
  client = createSafeClient({
    allowPrivate: false,
    timeoutMs: 5_000,
    maxBytes: 64 * 1024,
    allowOrigins: [server.origin],
  });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("no error");
};

describe("createFeedHttp", () => {
  it("sends the validators back and reads a 304 as not modified", async () => {
    server.set("/etag.xml", { body: "<rss/>", cacheControl: "max-age=900" });
    const http = createFeedHttp(client);
    const first = await http.getFeed(server.url("/etag.xml"), { etag: null, lastModified: null });
    expect(first).toMatchObject({ status: "ok", text: "<rss/>", maxAgeSeconds: 900 });
    const etag = first.status === "ok" ? first.etag : null;
    expect(await http.getFeed(server.url("/etag.xml"), { etag, lastModified: null })).toEqual({
      status: "not-modified",
    });

    const lastModified = "Tue, 05 Mar 2024 09:30:00 GMT";
    server.set("/date.xml", { body: "<rss/>", etag: false, lastModified });
    const dated = await http.getFeed(server.url("/date.xml"), { etag: null, lastModified });
    expect(dated.status).toBe("not-modified");
  });

  it("decodes a document in the encoding its XML declaration names", async () => {
    const body = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Café</title></rss>',
      "latin1",
    );
    server.set("/latin1.xml", { body, contentType: "application/rss+xml" });
    const response = await createFeedHttp(client).getFeed(server.url("/latin1.xml"), {
      etag: null,
      lastModified: null,
    });
    expect(response.status === "ok" && response.text).toContain("Café");
  });

  it("refuses documents over the size cap, private addresses and redirects to them", async () => {
    const http = createFeedHttp(client);
    const none = { etag: null, lastModified: null };
    server.set("/big.xml", { body: "x".repeat(100 * 1024) });
    expect((await errorOf(http.getFeed(server.url("/big.xml"), none))).code).toBe("too-large");
    server.set("/stream.xml", { streamBytes: 1024 * 1024 });
    expect((await errorOf(http.getFeed(server.url("/stream.xml"), none))).code).toBe("too-large");
    expect((await errorOf(http.getFeed("http://10.1.2.3/feed", none))).code).toBe(
      "refused-address",
    );
    server.set("/hop.xml", { redirectTo: "http://127.0.0.1:1/internal" });
    expect((await errorOf(http.getFeed(server.url("/hop.xml"), none))).code).toBe(
      "refused-address",
    );
    expect((await errorOf(http.getFeed("http://localhost/feed", none))).code).toBe(
      "refused-address",
    );
  });
});

describe("createPageReader", () => {
  it("refuses a linked document that is not a web page", async () => {
    server.set("/image.png", { body: "PNG", contentType: "image/png" });
    const error = await errorOf(createPageReader(client).readPage(server.url("/image.png")));
    expect(error.message).toContain("not HTML");
  });
});
