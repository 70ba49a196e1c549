import type { LookupFunction, Socket } from "node:net";
import { Agent, buildConnector, request } from "undici";
import { raceAbort } from "../abort.js";
import { echo, isUserError, type UserErrorKey } from "../errors.js";
import { extractPage, type PageExtractor } from "../extract/extract.js";
import { FeedError } from "../feeds/errors.js";
import type {
  ArticlePage,
  FeedHttp,
  FeedResponse,
  FeedValidators,
  PageReader,
} from "../feeds/ports.js";
import { maxAgeOf } from "../feeds/schedule.js";
import type { FeedErrorCode } from "../feeds/types.js";
import {
  AddressRefusedError,
  assertPublicAddress,
  assertPublicName,
  ipLiteralOf,
} from "./address.js";
import { discard, readCappedBody } from "./body.js";
import { DEFAULT_USER_AGENT } from "./fetcher.js";
import {
  decodeBody,
  defaultResolveHost,
  formatBytes,
  formatSeconds,
  parseHttpUrl,
  type ResolveHost,
} from "./http.js";

/**
 * Raw GETs with conditional headers, for feeds and the pages their items link to. Same rules as
 * the page fetcher (src/fetch/http.ts, ADR 0004): every hop's host checked before any socket, every
 * resolved and connected address public, bodies streamed and cut at `maxBytes`, one deadline for the
 * whole request. A 304 returns before any body is read.
 */
export interface SafeClientOptions {
  /** Skip every address check (FETCH_ALLOW_PRIVATE): tests and private deployments only. */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  userAgent?: string;
  resolveHost?: ResolveHost;
  /**
   * Exact origins ("http://127.0.0.1:4100") exempt from the address checks: the playground's demo
   * feed server, and the test fixture server. Nothing else on that host or port is.
   */
  allowOrigins?: readonly string[];
}

interface RawResponse {
  status: 200 | 304;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  bytes: Uint8Array;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function header(headers: RawResponse["headers"], name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function findCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function findRefusal(error: unknown): AddressRefusedError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof AddressRefusedError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function networkFailure(error: unknown, hostname: string): FeedError {
  if (error instanceof FeedError) return error;
  const refusal = findRefusal(error);
  if (refusal) {
    return new FeedError("refused-address", refusal.message, { cause: error, i18n: refusal.i18n });
  }
  const code = findCode(error);
  const fail = (kind: FeedErrorCode, message: string, i18n: UserErrorKey | undefined) =>
    new FeedError(kind, message, { cause: error, i18n });
  const host = echo(hostname);
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NODATA":
      return fail("network", `Could not find that site (${hostname}).`, {
        key: "fetch.noSuchHost",
        params: { host },
      });
    case "UND_ERR_CONNECT_TIMEOUT":
      return fail("timeout", `That site did not accept a connection (${hostname}).`, {
        key: "fetch.connectTimeout",
        params: { host },
      });
    default:
      if (isUserError(error)) return fail("network", error.message, error.i18n);
      return fail(
        "network",
        `Could not connect to that site (${hostname}: ${code ?? "network error"}).`,
        code
          ? { key: "feedError.cannotConnect", params: { host, code } }
          : { key: "fetch.cannotConnect", params: { host } },
      );
  }
}

export interface SafeClient {
  get(url: string, headers: Record<string, string>, accept: string): Promise<RawResponse>;
  close(): Promise<void>;
}

/**
 * The checked agent and the per-hop check: every address a name resolves to, and the one connected
 * to, must be public (unless allowed), except for the exact origins in `allowOrigins`.
 */
function createGuard(options: SafeClientOptions): {
  agent: Agent;
  checkHop(url: URL, signal: AbortSignal): Promise<void>;
} {
  const resolveHost = options.resolveHost ?? defaultResolveHost;
  const allowedOrigins = new Set((options.allowOrigins ?? []).map((o) => new URL(o).origin));
  const exempt = (hostname: string, port: string | number, protocol = "http:"): boolean => {
    if (allowedOrigins.size === 0) return false;
    const host = hostname.includes(":") && !hostname.startsWith("[") ? `[${hostname}]` : hostname;
    return allowedOrigins.has(new URL(`${protocol}//${host}:${port}`).origin);
  };
  const assertAllowed = (address: string, shown: string): void => {
    if (!options.allowPrivate) assertPublicAddress(address, shown);
  };
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolveHost(hostname)
      .then((addresses) => {
        for (const { address } of addresses) assertAllowed(address, hostname);
        const usable = addresses.filter(
          (a) => !lookupOptions.family || lookupOptions.family === a.family,
        );
        const firstAddress = usable[0];
        if (!firstAddress) {
          throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
            code: "ENOTFOUND",
          });
        }
        if (lookupOptions.all) callback(null, usable);
        else callback(null, firstAddress.address, firstAddress.family);
      })
      .catch((error: unknown) => callback(error as NodeJS.ErrnoException, "", 0));
  };
  const connector = buildConnector({
    lookup,
    timeout: Math.min(5_000, options.timeoutMs),
  } as buildConnector.BuildOptions);
  const agent = new Agent({
    connect: (connectOptions, callback) => {
      const allowed = exempt(connectOptions.hostname, connectOptions.port, connectOptions.protocol);
      const connect = allowed ? buildConnector({ timeout: 5_000 }) : connector;
      connect(connectOptions, (error, socket) => {
        if (error || !socket) return callback(error ?? new Error("no socket"), null);
        if (!allowed) {
          try {
            assertAllowed((socket as Socket).remoteAddress ?? "", connectOptions.hostname);
          } catch (refusal) {
            socket.destroy();
            return callback(refusal as Error, null);
          }
        }
        callback(null, socket);
      });
    },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 4_000,
  });

  async function checkHop(url: URL, signal: AbortSignal): Promise<void> {
    if (options.allowPrivate) return;
    if (exempt(url.hostname, url.port || (url.protocol === "https:" ? 443 : 80), url.protocol)) {
      return;
    }
    const literal = ipLiteralOf(url.hostname);
    if (literal !== null) return assertAllowed(literal, url.hostname);
    assertPublicName(url.hostname);
    const addresses = await raceAbort(resolveHost(url.hostname), signal);
    for (const { address } of addresses) assertAllowed(address, url.hostname);
  }
  return { agent, checkHop };
}

/** The checked HTTP client both the feed fetcher and the page reader use. */
export function createSafeClient(options: SafeClientOptions): SafeClient {
  const maxRedirects = options.maxRedirects ?? 5;
  const { agent, checkHop } = createGuard(options);

  const tooLarge = () => {
    const size = formatBytes(options.maxBytes);
    return new FeedError("too-large", `The document is larger than ${size}.`, {
      i18n: { key: "feedError.tooLarge", params: { size } },
    });
  };

  async function get(
    input: string,
    extraHeaders: Record<string, string>,
    accept: string,
  ): Promise<RawResponse> {
    let url: URL;
    try {
      url = parseHttpUrl(input);
    } catch (error) {
      throw new FeedError("network", (error as Error).message, {
        cause: error,
        i18n: isUserError(error) ? error.i18n : undefined,
      });
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    const signal = controller.signal;
    try {
      for (let redirects = 0; ; redirects++) {
        let response: Awaited<ReturnType<typeof request>>;
        try {
          await checkHop(url, signal);
          response = await request(url, {
            dispatcher: agent,
            method: "GET",
            signal,
            headers: {
              "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
              accept,
              "accept-encoding": "gzip, deflate, br",
              ...extraHeaders,
            },
          });
        } catch (error) {
          if (signal.aborted) throw error;
          throw networkFailure(error, url.hostname);
        }
        const { statusCode, headers, body } = response;
        if (REDIRECTS.has(statusCode)) {
          discard(body);
          const target = header(headers, "location");
          if (!target || redirects >= maxRedirects) {
            throw new FeedError(
              "http-status",
              `Too many or broken redirects (HTTP ${statusCode}).`,
              { i18n: { key: "feedError.redirects", params: { status: statusCode } } },
            );
          }
          try {
            url = parseHttpUrl(new URL(target, url).href);
          } catch (error) {
            throw new FeedError(
              "http-status",
              "A redirect pointed to an address that is not valid.",
              { cause: error, i18n: { key: "feedError.badRedirect" } },
            );
          }
          continue;
        }
        if (statusCode === 304) {
          discard(body);
          return { status: 304, url: url.href, headers, bytes: new Uint8Array() };
        }
        if (statusCode < 200 || statusCode >= 300) {
          discard(body);
          throw new FeedError("http-status", `The server answered with HTTP ${statusCode}.`, {
            i18n: { key: "feedError.httpStatus", params: { status: statusCode } },
          });
        }
        const encoding = (header(headers, "content-encoding") ?? "").trim().toLowerCase();
        const declared = Number(header(headers, "content-length"));
        if (encoding === "" && Number.isFinite(declared) && declared > options.maxBytes) {
          discard(body);
          throw tooLarge();
        }
        return {
          status: 200,
          url: url.href,
          headers,
          bytes: await readCappedBody(body, encoding, options.maxBytes, tooLarge),
        };
      }
    } catch (error) {
      if (signal.aborted) {
        const time = formatSeconds(options.timeoutMs);
        throw new FeedError("timeout", `No answer in ${time}.`, {
          cause: error,
          i18n: { key: "feedError.timeout", params: { time } },
        });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  return { get, close: () => agent.close() };
}

function charsetOf(contentType: string | null): string | null {
  return /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? "")?.[1] ?? null;
}

/** XML declares its own encoding (`<?xml … encoding="ISO-8859-1"?>`) when the header does not. */
function xmlEncodingOf(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1");
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
}

/** Feeds over the safe client: conditional GET, any content type (the parser judges the body). */
export function createFeedHttp(client: SafeClient): FeedHttp {
  return {
    async getFeed(url: string, validators: FeedValidators): Promise<FeedResponse> {
      const headers: Record<string, string> = {};
      if (validators.etag) headers["if-none-match"] = validators.etag;
      if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
      const response = await client.get(
        url,
        headers,
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1",
      );
      if (response.status === 304) return { status: "not-modified" };
      const contentType = header(response.headers, "content-type");
      const charset = charsetOf(contentType) ?? xmlEncodingOf(response.bytes);
      return {
        status: "ok",
        url: response.url,
        text: decodeBody(response.bytes, charset, "text"),
        bytes: response.bytes.length,
        etag: header(response.headers, "etag"),
        lastModified: header(response.headers, "last-modified"),
        maxAgeSeconds: maxAgeOf(header(response.headers, "cache-control")),
      };
    },
  };
}

/** The pages feed items link to, extracted with the same extractor as /summarize url:. */
export function createPageReader(
  client: SafeClient,
  /** Where pages are read (a work thread in the bot); inline by default. */
  readPage: PageExtractor = extractPage,
): PageReader {
  return {
    async readPage(url: string): Promise<ArticlePage> {
      const response = await client.get(
        url,
        {},
        "text/html,application/xhtml+xml,text/plain;q=0.9",
      );
      const contentType = header(response.headers, "content-type") ?? "";
      const media = contentType.split(";")[0]!.trim().toLowerCase();
      const html = media === "text/html" || media === "application/xhtml+xml";
      if (!html && media !== "text/plain") {
        throw new FeedError("not-a-feed", `The linked page is not HTML (${media || "no type"}).`, {
          i18n: { key: "fetch.notHtml", params: { type: echo(media || "?") } },
        });
      }
      const text = decodeBody(response.bytes, charsetOf(contentType), html ? "html" : "text");
      const page = await readPage(text, response.url, html ? "html" : "text");
      return {
        url: response.url,
        title: page.title,
        byline: page.byline,
        siteName: page.siteName,
        publishedDate: page.publishedDate,
        body: page.body,
        ...(page.paragraphs ? { paragraphs: page.paragraphs } : {}),
        rawText: page.rawText,
      };
    },
  };
}
