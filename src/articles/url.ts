import { ArticleFormatError } from "./parse.js";

/** Query parameters that only track the reader; dropped by normalizeUrl. */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "yclid",
  "mc_cid",
  "mc_eid",
  "ref_src",
  "ref_url",
  "igshid",
  "_ga",
  "_gl",
  "cmpid",
  "ocid",
  "smid",
  "sr_share",
]);

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new ArticleFormatError(`malformed URL "${url}"`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ArticleFormatError(`not an http(s) URL: ${parsed.protocol.replace(/:$/, "")}`);
  }
  return parsed;
}

function stripWww(host: string): string {
  return host.startsWith("www.") ? host.slice(4) : host;
}

/**
 * The canonical form of an article URL, so that one article has one key: https, lower-case host
 * without `www.`, no default port, no fragment, no trailing slash, no tracking parameters
 * (`utm_*`, `fbclid`, `gclid`…), remaining query parameters sorted by name.
 * @throws ArticleFormatError for a malformed or non-http(s) URL.
 */
export function normalizeUrl(url: string): string {
  const parsed = parseHttpUrl(url);
  const host = stripWww(parsed.hostname.toLowerCase());
  const port =
    parsed.port === "" || parsed.port === "80" || parsed.port === "443" ? "" : `:${parsed.port}`;
  let path = parsed.pathname;
  while (path.length > 0 && path.endsWith("/")) path = path.slice(0, -1);
  const kept: [string, string][] = [];
  for (const [name, value] of parsed.searchParams) {
    const lower = name.toLowerCase();
    if (lower.startsWith("utm_") || TRACKING_PARAMS.has(lower)) continue;
    kept.push([name, value]);
  }
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : "";
  return `https://${host}${port}${path}${query}`;
}

/**
 * The site an article comes from: the URL's host, lower-case, without `www.`.
 * @throws ArticleFormatError for a malformed or non-http(s) URL.
 */
export function sourceOf(url: string): string {
  return stripWww(parseHttpUrl(url).hostname.toLowerCase());
}
