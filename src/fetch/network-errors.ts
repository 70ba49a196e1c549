/**
 * Network failures of the page fetcher worded for readers: our own refusals (a private address) and
 * user errors pass through; DNS, connection, TLS and broken-body failures become one sentence naming
 * the site, with the original error as the cause.
 */
import { echo, UserError } from "../errors.js";
import { AddressRefusedError } from "./address.js";

/** Finds our refusal (or a timeout marker) in an error's cause chain. */
function findCause<T>(error: unknown, test: (e: unknown) => e is T): T | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (test(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const isRefusal = (e: unknown): e is AddressRefusedError => e instanceof AddressRefusedError;
const isUser = (e: unknown): e is UserError => e instanceof UserError;

/** A request that failed before its answer: no such host, refused, timed out, a bad certificate. */
export function networkError(error: unknown, hostname: string): UserError {
  const refusal = findCause(error, isRefusal) ?? findCause(error, isUser);
  if (refusal) return refusal;
  const code = findCause(error, (e): e is { code: string } =>
    Boolean(e && typeof (e as { code?: unknown }).code === "string"),
  )?.code;
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NODATA":
      return new UserError(`Could not find that site (${hostname}).`, {
        cause: error,
        i18n: { key: "fetch.noSuchHost", params: { host: echo(hostname) } },
      });
    case "ECONNREFUSED":
    case "ECONNRESET":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "UND_ERR_SOCKET":
      return new UserError(`Could not connect to that site (${hostname}).`, {
        cause: error,
        i18n: { key: "fetch.cannotConnect", params: { host: echo(hostname) } },
      });
    case "UND_ERR_CONNECT_TIMEOUT":
      return new UserError(`That site did not accept a connection (${hostname}).`, {
        cause: error,
        i18n: { key: "fetch.connectTimeout", params: { host: echo(hostname) } },
      });
    default:
      if (code?.startsWith("ERR_TLS") || code?.includes("CERT")) {
        return new UserError(`That site's security certificate is not valid (${hostname}).`, {
          cause: error,
          i18n: { key: "fetch.badCertificate", params: { host: echo(hostname) } },
        });
      }
      return new UserError(`Could not fetch that page (${code ?? "network error"}).`, {
        cause: error,
        i18n: { key: "fetch.networkError", params: { code: echo(code ?? "network error") } },
      });
  }
}

/** A body that failed mid-stream: broken compression, or the connection dropped while reading. */
export function bodyError(error: unknown, hostname: string): UserError {
  const known = findCause(error, isRefusal) ?? findCause(error, isUser);
  if (known) return known;
  const code = findCause(error, (e): e is { code: string } =>
    Boolean(e && typeof (e as { code?: unknown }).code === "string"),
  )?.code;
  if (code?.startsWith("Z_") || code?.includes("BROTLI") || code?.startsWith("ERR__ERROR")) {
    return new UserError(
      `That site sent a page that could not be decompressed (${hostname}): its compression is broken.`,
      { cause: error, i18n: { key: "fetch.badCompression", params: { host: echo(hostname) } } },
    );
  }
  return new UserError(
    `The connection to that site broke while the page was loading (${hostname}).`,
    { cause: error, i18n: { key: "fetch.connectionBroke", params: { host: echo(hostname) } } },
  );
}
