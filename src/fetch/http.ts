import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupFunction, Socket } from "node:net";
import type { Readable } from "node:stream";
import { Agent, buildConnector, request } from "undici";
import { raceAbort } from "../abort.js";
import { AbortError, echo, UserError } from "../errors.js";
import { assertPublicAddress, assertPublicName, ipLiteralOf } from "./address.js";
import { discard, readCappedBody } from "./body.js";
import { bodyError, networkError } from "./network-errors.js";

/** One resolved address, as `dns.lookup(host, { all: true })` gives them. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has; injectable so tests can play DNS rebinding. */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export const defaultResolveHost: ResolveHost = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

export interface PageClientOptions {
  /** Skip every address check: tests and private deployments only. */
  allowPrivate: boolean;
  /** Whole request, from DNS to the last byte of every hop. */
  timeoutMs: number;
  connectTimeoutMs: number;
  /** Decoded body size cap, counted while streaming. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  resolveHost: ResolveHost;
  /** Tests only: addresses exempt from the checks (e.g. the fixture server's 127.0.0.1). */
  allowAddress?: (address: string) => boolean;
}

export type PageKind = "html" | "text";

export interface FetchedPage {
  /** The URL the page was finally served from, after redirects. */
  url: string;
  kind: PageKind;
  /** The media type the server declared, e.g. "text/html". */
  contentType: string;
  text: string;
  bytes: number;
}

export interface PageClient {
  getPage(url: string, signal?: AbortSignal): Promise<FetchedPage>;
  close(): Promise<void>;
}

type AssertAllowed = (address: string, shown: string) => void;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Human size for messages: 5 MB, 64 KB, 900 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/** Human duration for messages: 10 s, 0.3 s. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** Parses and checks a user's URL: http(s) only, nothing else, with a message for the person. */
export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new UserError("That is not a valid link: give a full address starting with https://.", {
      i18n: { key: "fetch.badLink" },
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UserError(
      `Only http and https links can be fetched, not ${url.protocol.replace(/:$/, "")}.`,
      {
        i18n: { key: "fetch.badScheme", params: { scheme: echo(url.protocol.replace(/:$/, "")) } },
      },
    );
  }
  if (url.username || url.password) {
    throw new UserError("Links with a user name or password in them are not fetched.", {
      i18n: { key: "fetch.credentials" },
    });
  }
  return url;
}

/**
 * A `net.connect` lookup that resolves with `resolveHost` and refuses the whole connection when
 * any resolved address is not public: this runs for every new socket, so DNS rebinding (a name
 * that turns private after the first check) and redirects to internal names fail here.
 */
function guardedLookup(resolveHost: ResolveHost, assertAllowed: AssertAllowed): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname)
      .then((addresses) => {
        for (const { address } of addresses) assertAllowed(address, hostname);
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = addresses.filter((a) => wanted === 0 || a.family === wanted);
        const firstAddress = usable[0];
        if (!firstAddress) {
          const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
            code: "ENOTFOUND",
            hostname,
          });
          throw error;
        }
        if (options.all) callback(null, usable);
        else callback(null, firstAddress.address, firstAddress.family);
      })
      .catch((error: unknown) => {
        callback(error as NodeJS.ErrnoException, "", 0);
      });
  };
}

function mediaTypeOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? "").split(";")[0]!.trim().toLowerCase();
}

function charsetOf(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(value ?? "");
  return match?.[1] ?? null;
}

function kindOf(mediaType: string): PageKind | null {
  if (mediaType === "text/html" || mediaType === "application/xhtml+xml") return "html";
  if (mediaType === "text/plain") return "text";
  return null;
}

/** Decodes body bytes: BOM, then the header's charset, then a `<meta charset>` near the top, else UTF-8. */
export function decodeBody(
  bytes: Uint8Array,
  headerCharset: string | null,
  kind: PageKind,
): string {
  let label = headerCharset;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = "utf-8";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = "utf-16be";
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = "utf-16le";
  if (!label && kind === "html") {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
    label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
  }
  try {
    return new TextDecoder(label ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * The one way Newsdesk reaches the web. Every hop (the first request and each redirect, at most
 * `maxRedirects`) is checked before any socket opens (scheme, IP literal, `localhost`, every
 * address the name resolves to), and again by the connector's lookup for each new connection,
 * and the socket's peer address once connected. Bodies are streamed and cut at `maxBytes`.
 */
export function createPageClient(options: PageClientOptions): PageClient {
  const { allowPrivate, allowAddress } = options;
  const assertAllowed: AssertAllowed = (address, shown) => {
    if (allowPrivate || allowAddress?.(address)) return;
    assertPublicAddress(address, shown);
  };
  const baseConnector = buildConnector({
    lookup: guardedLookup(options.resolveHost, assertAllowed),
    timeout: options.connectTimeoutMs,
  } as buildConnector.BuildOptions);
  const agent = new Agent({
    connect: (connectOptions, callback) => {
      baseConnector(connectOptions, (error, socket) => {
        if (error || !socket) {
          callback(error ?? new Error("no socket"), null);
          return;
        }
        // A last check on the address actually connected to (IP literals skip the lookup).
        const peer = (socket as Socket).remoteAddress ?? "";
        try {
          assertAllowed(peer, connectOptions.hostname);
        } catch (refusal) {
          socket.destroy();
          callback(refusal as Error, null);
          return;
        }
        callback(null, socket);
      });
    },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 4_000,
  });

  async function checkHop(url: URL, signal: AbortSignal): Promise<void> {
    if (allowPrivate) return;
    const literal = ipLiteralOf(url.hostname);
    if (literal !== null) {
      assertAllowed(literal, url.hostname);
      return;
    }
    assertPublicName(url.hostname);
    let addresses: ResolvedAddress[];
    try {
      addresses = await raceAbort(options.resolveHost(url.hostname), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw networkError(error, url.hostname);
    }
    for (const { address } of addresses) assertAllowed(address, url.hostname);
  }

  function readBody(body: Readable, encoding: string, signal: AbortSignal): Promise<Uint8Array> {
    const tooLarge = () =>
      new UserError(`The page is larger than ${formatBytes(options.maxBytes)}.`, {
        i18n: { key: "fetch.tooLarge", params: { size: formatBytes(options.maxBytes) } },
      });
    return readCappedBody(body, encoding, options.maxBytes, tooLarge, signal);
  }

  async function getPage(input: string, callerSignal?: AbortSignal): Promise<FetchedPage> {
    let url = parseHttpUrl(input);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    const onCallerAbort = (): void => controller.abort();
    if (callerSignal?.aborted) controller.abort();
    callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
    const signal = controller.signal;
    try {
      for (let redirects = 0; ; redirects++) {
        await checkHop(url, signal);
        let response: Awaited<ReturnType<typeof request>>;
        try {
          response = await request(url, {
            dispatcher: agent,
            method: "GET",
            signal,
            headers: {
              "user-agent": options.userAgent,
              accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
              "accept-encoding": "gzip, deflate, br",
              "accept-language": "en;q=1.0, *;q=0.5",
            },
          });
        } catch (error) {
          if (signal.aborted) throw error;
          throw networkError(error, url.hostname);
        }
        const { statusCode, headers, body } = response;
        if (REDIRECTS.has(statusCode)) {
          discard(body);
          const location = headers.location;
          const target = Array.isArray(location) ? location[0] : location;
          if (!target) {
            throw new UserError("The page redirected without saying where to.", {
              i18n: { key: "fetch.redirectNowhere" },
            });
          }
          if (redirects >= options.maxRedirects) {
            throw new UserError(`Too many redirects (more than ${options.maxRedirects}).`, {
              i18n: { key: "fetch.tooManyRedirects", params: { count: options.maxRedirects } },
            });
          }
          let next: URL;
          try {
            next = new URL(target, url);
          } catch {
            throw new UserError("The page redirected to an address that is not valid.", {
              i18n: { key: "fetch.badRedirect" },
            });
          }
          url = parseHttpUrl(next.href);
          continue;
        }
        if (statusCode < 200 || statusCode >= 300) {
          discard(body);
          throw new UserError(`That page answered with HTTP ${statusCode}.`, {
            i18n: { key: "fetch.httpStatus", params: { status: statusCode } },
          });
        }
        const mediaType = mediaTypeOf(headers["content-type"]);
        const kind = kindOf(mediaType);
        if (kind === null) {
          discard(body);
          throw new UserError(
            `That page is not HTML or plain text (${mediaType || "no content type"}).`,
            {
              i18n: {
                key: "fetch.notHtml",
                params: { type: echo(mediaType || "no content type") },
              },
            },
          );
        }
        const declared = Number(headers["content-length"]);
        const encodingHeader = headers["content-encoding"];
        const encoding = (Array.isArray(encodingHeader) ? encodingHeader[0] : encodingHeader) ?? "";
        if (encoding === "" && Number.isFinite(declared) && declared > options.maxBytes) {
          discard(body);
          throw new UserError(`The page is larger than ${formatBytes(options.maxBytes)}.`, {
            i18n: { key: "fetch.tooLarge", params: { size: formatBytes(options.maxBytes) } },
          });
        }
        let bytes: Uint8Array;
        try {
          bytes = await readBody(body, encoding.trim().toLowerCase(), signal);
        } catch (error) {
          if (signal.aborted) throw error;
          throw bodyError(error, url.hostname);
        }
        return {
          url: url.href,
          kind,
          contentType: mediaType,
          text: decodeBody(bytes, charsetOf(headers["content-type"]), kind),
          bytes: bytes.length,
        };
      }
    } catch (error) {
      if (timedOut) {
        throw new UserError(`The page did not answer in ${formatSeconds(options.timeoutMs)}.`, {
          cause: error,
          i18n: { key: "fetch.timeout", params: { time: formatSeconds(options.timeoutMs) } },
        });
      }
      if (callerSignal?.aborted) throw new AbortError("Fetch cancelled.", { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    }
  }

  return {
    getPage,
    close: () => agent.close(),
  };
}
