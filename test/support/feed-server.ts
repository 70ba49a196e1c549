import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { generateRssFeed } from "feedsmith";

/** What one path serves. `etag` (default true) answers If-None-Match with 304. */
export interface Route {
  body?: string | Buffer;
  contentType?: string;
  status?: number;
  etag?: boolean;
  lastModified?: string;
  cacheControl?: string;
  /** Stream this many bytes of filler (no Content-Length) instead of `body`. */
  streamBytes?: number;
  /** Never answer (the client's timeout must fire). */
  hang?: boolean;
  /** Answer with this redirect status and Location instead. */
  redirectTo?: string;
}

export interface FeedServer {
  readonly origin: string;
  url(path: string): string;
  set(path: string, route: Route): void;
  remove(path: string): void;
  /** Every request: its path, status and body bytes written. */
  readonly requests: { path: string; status: number; bytes: number }[];
  bytesSent(): number;
  close(): Promise<void>;
}

function etagOf(body: string | Buffer): string {
  return `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
}

/** A loopback HTTP server serving feeds and pages from a table the test changes between polls. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer["requests"] = [];
  const hanging = new Set<ServerResponse>();
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? "/").split("?")[0]!;
    const route = routes.get(path);
    const record = (status: number, bytes: number) => requests.push({ path, status, bytes });
    if (!route) {
      record(404, 0);
      res.writeHead(404).end();
      return;
    }
    if (route.redirectTo) {
      record(302, 0);
      res.writeHead(302, { location: route.redirectTo }).end();
      return;
    }
    if (route.hang) {
      hanging.add(res);
      record(0, 0);
      return;
    }
    if (route.streamBytes !== undefined) {
      res.writeHead(200, { "content-type": route.contentType ?? "application/rss+xml" });
      const chunk = Buffer.alloc(64 * 1024, "<!-- filler -->");
      let sent = 0;
      const pump = (): void => {
        while (sent < route.streamBytes!) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => record(200, sent));
      res.on("error", () => {});
      pump();
      return;
    }
    const body = route.body ?? "";
    const headers: Record<string, string> = {
      "content-type": route.contentType ?? "application/rss+xml; charset=utf-8",
    };
    const etag = route.etag === false ? null : etagOf(body);
    if (etag) headers.etag = etag;
    if (route.lastModified) headers["last-modified"] = route.lastModified;
    if (route.cacheControl) headers["cache-control"] = route.cacheControl;
    const status = route.status ?? 200;
    const sameDate =
      route.lastModified !== undefined && req.headers["if-modified-since"] === route.lastModified;
    if (status === 200 && ((etag && req.headers["if-none-match"] === etag) || sameDate)) {
      record(304, 0);
      res.writeHead(304, headers).end();
      return;
    }
    const bytes = Buffer.byteLength(body);
    record(status, bytes);
    res.writeHead(status, { ...headers, "content-length": String(bytes) }).end(body);
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, route) => routes.set(path, route),
    remove: (path) => routes.delete(path),
    requests,
    bytesSent: () => requests.reduce((sum, r) => sum + r.bytes, 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface TestItem {
  guid: string;
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
}

/** An RSS 2.0 document (feedsmith's generator) for a list of items. */
export function rssOf(title: string, link: string, items: TestItem[]): string {
  return generateRssFeed({
    title,
    link,
    description: `${title} feed`,
    items: items.map((item) => ({
      title: item.title,
      link: item.link,
      description: item.description,
      guid: { value: item.guid, isPermaLink: false },
      ...(item.pubDate ? { pubDate: item.pubDate } : {}),
    })),
  });
}

/** An article page the extractor reads: a headline and a few paragraphs of real sentences. */
export function articlePage(title: string, paragraphs: string[]): string {
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join("")}</article></body></html>`;
}
