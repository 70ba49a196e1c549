/**
 * Title, byline, site name and publication time from a page's own metadata: JSON-LD
 * (`NewsArticle`, `Article`… at the top level, in arrays and in `@graph`), Open Graph and
 * `article:*` meta tags, other common meta names, and `<time datetime>`. Read before Readability
 * runs, because Readability strips scripts from the document.
 */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting|TechArticle|APIReference|SatiricalArticle)$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(node: Json): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.replace(/^.*[/:]/, ""));
}

/** Every object in a JSON-LD value: arrays, `@graph`, nested `mainEntity`. */
function* walkJsonLd(value: unknown, depth = 0): Generator<Json> {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) yield* walkJsonLd(item, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  yield value;
  if (value["@graph"] !== undefined) yield* walkJsonLd(value["@graph"], depth + 1);
  if (value.mainEntity !== undefined) yield* walkJsonLd(value.mainEntity, depth + 1);
}

function text(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = decodeEntities(value).replace(/\s+/g, " ").trim();
  return trimmed === "" ? null : trimmed;
}

/** Meta content is often double-escaped ("&amp;#8217;"): undo the common entities once more. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x?[0-9a-f]+|amp|quot|apos|lt|gt|nbsp);/gi, (whole, code: string) => {
    const lower = code.toLowerCase();
    if (lower === "amp") return "&";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "nbsp") return " ";
    const n = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(namesOf);
  const direct = text(value);
  if (direct !== null) return isUrl(direct) ? [] : [direct];
  if (isObject(value)) {
    const name = text(value.name);
    return name !== null && !isUrl(name) ? [name] : [];
  }
  return [];
}

interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
}

function readJsonLd(document: Document): JsonLdArticle | null {
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    const source = (script.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "");
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    for (const node of walkJsonLd(parsed)) {
      if (!typesOf(node).some((t) => ARTICLE_TYPES.test(t))) continue;
      return {
        headline: text(node.headline) ?? text(node.name),
        authors: namesOf(node.author),
        publisher: namesOf(node.publisher)[0] ?? null,
        datePublished: text(node.datePublished) ?? text(node.dateCreated),
      };
    }
  }
  return null;
}

function readMetaTags(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll("meta[content]"))) {
    const content = text(meta.getAttribute("content"));
    if (content === null) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function first(...candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    if (candidate) return candidate;
  }
  return null;
}

function readTimeElement(document: Document): string | null {
  const preferred =
    document.querySelector("time[itemprop~=datePublished][datetime]") ??
    document.querySelector("time[pubdate][datetime]") ??
    document.querySelector("article time[datetime]") ??
    document.querySelector("time[datetime]");
  return text(preferred?.getAttribute("datetime"));
}

/** Cleans a byline: drops a leading "By", collapses white space, refuses URLs and long text. */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  const cleaned = value
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^by\s*:?\s+/i, "")
    .trim();
  if (cleaned === "" || isUrl(cleaned) || cleaned.length > 120) return null;
  return cleaned;
}

export function readPageMetadata(document: Document): PageMetadata {
  const jsonLd = readJsonLd(document);
  const meta = readMetaTags(document);
  const metaAuthor = first(meta.get("author"), meta.get("article:author"), meta.get("dc.creator"));
  return {
    title: first(
      jsonLd?.headline,
      meta.get("og:title"),
      meta.get("twitter:title"),
      meta.get("dc.title"),
      meta.get("headline"),
    ),
    byline: cleanByline(
      first(
        jsonLd && jsonLd.authors.length > 0 ? [...new Set(jsonLd.authors)].join(", ") : null,
        metaAuthor && !isUrl(metaAuthor) ? metaAuthor : null,
        meta.get("parsely-author"),
        meta.get("sailthru.author"),
      ),
    ),
    siteName: first(meta.get("og:site_name"), jsonLd?.publisher),
    publishedTime: first(
      jsonLd?.datePublished,
      meta.get("article:published_time"),
      meta.get("og:published_time"),
      meta.get("datepublished"),
      meta.get("parsely-pub-date"),
      meta.get("pubdate"),
      meta.get("publishdate"),
      meta.get("date"),
      meta.get("dc.date"),
      meta.get("dc.date.issued"),
      meta.get("sailthru.date"),
      readTimeElement(document),
    ),
  };
}
