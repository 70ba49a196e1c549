import { createHash } from "node:crypto";
import { type AnyFeed, parseFeed } from "feedsmith";
import { normalizeUrl } from "../articles/url.js";
import { FeedError } from "./errors.js";
import { titleToText } from "./html-text.js";
import type { FeedItem, ParsedFeed } from "./types.js";

/** Items kept from one document unless the caller says otherwise: the newest this many. */
export const DEFAULT_MAX_ITEMS = 100;

export interface ParseFeedOptions {
  /** The URL the document was served from: relative links are resolved against it. */
  url: string;
  /** The poll time (epoch ms): future dates are clamped to it. */
  now: number;
  /** Keep the newest this many items (default DEFAULT_MAX_ITEMS). */
  maxItems?: number;
}

/** What an item looks like before identity and ordering: every format reduced to this. */
interface RawItem {
  guid: string | null;
  title: string;
  link: string | null;
  date: string | null;
  author: string | null;
  contentHtml: string;
}

type Of<F extends AnyFeed["format"]> = Extract<AnyFeed, { format: F }>["feed"];
type ItemOf<F extends AnyFeed["format"]> = NonNullable<
  F extends "atom" ? Of<"atom">["entries"] : Of<F & ("rss" | "rdf" | "json")>["items"]
>[number];

const first = <T>(values: readonly T[] | undefined): T | undefined => values?.[0];
const text = (value: string | undefined | null): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

function rssItem(item: ItemOf<"rss">): RawItem {
  const guid = text(item.guid?.value);
  const permaLink = guid && item.guid?.isPermaLink !== false && /^https?:\/\//i.test(guid);
  return {
    guid,
    title: item.title ?? "",
    link: text(item.link) ?? (permaLink ? guid : null),
    date: text(item.pubDate) ?? text(first(item.dc?.dates)) ?? null,
    author: text(first(item.authors)?.name) ?? text(first(item.dc?.creators)),
    contentHtml: item.content?.encoded ?? item.description ?? "",
  };
}

function atomItem(entry: ItemOf<"atom">): RawItem {
  const links = entry.links ?? [];
  const alternate =
    links.find((l) => !l.rel || l.rel === "alternate") ?? links.find((l) => l.rel !== "self");
  return {
    guid: text(entry.id),
    title: entry.title?.value ?? "",
    link: text(alternate?.href),
    date: text(entry.published) ?? text(entry.updated),
    author: text(first(entry.authors)?.name) ?? text(first(entry.dc?.creators)),
    contentHtml: entry.content?.value ?? entry.summary?.value ?? "",
  };
}

function rdfItem(item: ItemOf<"rdf">): RawItem {
  return {
    guid: text(item.rdf?.about) === text(item.link) ? null : text(item.rdf?.about),
    title: item.title ?? "",
    link: text(item.link),
    date: text(first(item.dc?.dates)) ?? null,
    author: text(first(item.dc?.creators)),
    contentHtml: item.content?.encoded ?? item.description ?? "",
  };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function jsonItem(item: ItemOf<"json">): RawItem {
  const plain = item.content_text ? escapeHtml(item.content_text).replace(/\n/g, "<br>") : null;
  return {
    guid: text(item.id),
    title: item.title ?? "",
    link: text(item.url) ?? text(item.external_url),
    date: text(item.date_published) ?? text(item.date_modified),
    author: text(first(item.authors)?.name),
    contentHtml: item.content_html ?? plain ?? item.summary ?? "",
  };
}

const PERIOD_MINUTES: Record<string, number> = {
  hourly: 60,
  daily: 1440,
  weekly: 10080,
  monthly: 43200,
  yearly: 525600,
};

function syndicationMinutes(sy: { updatePeriod?: string; updateFrequency?: number } | undefined) {
  const period = sy?.updatePeriod
    ? PERIOD_MINUTES[sy.updatePeriod.trim().toLowerCase()]
    : undefined;
  if (!period) return null;
  const frequency = sy?.updateFrequency && sy.updateFrequency > 0 ? sy.updateFrequency : 1;
  return period / frequency;
}

function describe(parsed: AnyFeed): {
  title: string;
  homePage: string | null;
  ttl: number | null;
  items: RawItem[];
} {
  switch (parsed.format) {
    case "rss": {
      const feed = parsed.feed;
      const ttl = typeof feed.ttl === "number" && feed.ttl > 0 ? feed.ttl : null;
      return {
        title: feed.title ?? "",
        homePage: text(feed.link),
        ttl: ttl ?? syndicationMinutes(feed.sy),
        items: (feed.items ?? []).map(rssItem),
      };
    }
    case "atom": {
      const feed = parsed.feed;
      const home = feed.links?.find((l) => !l.rel || l.rel === "alternate");
      return {
        title: feed.title?.value ?? "",
        homePage: text(home?.href),
        ttl: syndicationMinutes(feed.sy),
        items: (feed.entries ?? []).map(atomItem),
      };
    }
    case "rdf": {
      const feed = parsed.feed;
      return {
        title: feed.title ?? "",
        homePage: text(feed.link),
        ttl: syndicationMinutes(feed.sy),
        items: (feed.items ?? []).map(rdfItem),
      };
    }
    case "json": {
      const feed = parsed.feed;
      return {
        title: feed.title ?? "",
        homePage: text(feed.home_page_url),
        ttl: null,
        items: (feed.items ?? []).map(jsonItem),
      };
    }
  }
}

/** True when the document declares entities in a DOCTYPE: refused, never expanded. */
function declaresEntities(document: string): boolean {
  const doctype = /<!DOCTYPE/i.exec(document.slice(0, 65_536));
  if (!doctype) return false;
  const end = document.indexOf("]>", doctype.index);
  const prolog = document.slice(doctype.index, end === -1 ? doctype.index + 65_536 : end);
  return /<!ENTITY/i.test(prolog);
}

/** Says what a document is when feedsmith does not recognize it as a feed. */
function notAFeed(document: string, cause: unknown): FeedError {
  const head = document.slice(0, 2048).trimStart().toLowerCase();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: binary data is what this looks for
  if (/[\u0000-\u0008\u000e-\u001a]/.test(document.slice(0, 4096))) {
    return new FeedError("not-a-feed", "That address serves binary data, not a feed.", {
      cause,
      i18n: { key: "feedError.binary" },
    });
  }
  if (/^(<!doctype html|<html|<head|<body)/.test(head) || /<html[\s>]/.test(head)) {
    return new FeedError(
      "not-a-feed",
      "That address serves a web page, not a feed: look on the site for its RSS or Atom link.",
      { cause, i18n: { key: "feedError.webPage" } },
    );
  }
  if (head.startsWith("{") || head.startsWith("[")) {
    return new FeedError("not-a-feed", "That address serves JSON, but not a JSON Feed.", {
      cause,
      i18n: { key: "feedError.json" },
    });
  }
  if (head === "")
    return new FeedError("empty", "That address serves an empty document.", {
      cause,
      i18n: { key: "feedError.empty" },
    });
  return new FeedError("not-a-feed", "That address does not serve an RSS, Atom or JSON feed.", {
    cause,
    i18n: { key: "feedError.notAFeed" },
  });
}

/** An absolute http(s) link, resolved against `base`; null for anything else. */
export function resolveLink(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Epoch ms of a feed date, or null when it is missing or not a date. */
export function parseFeedDate(value: string | null): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * An item's identity across polls: its guid (or Atom/JSON id), else its normalized link, else a
 * hash of its title and date as written; null when it has none of them.
 */
export function itemKey(item: {
  guid: string | null;
  link: string | null;
  title: string;
  date: string | null;
}): string | null {
  if (item.guid) return `guid:${item.guid}`;
  if (item.link) {
    try {
      return `link:${normalizeUrl(item.link)}`;
    } catch {
      // not http(s): fall through to the hash
    }
  }
  if (!item.title && !item.date) return null;
  const hash = createHash("sha256")
    .update(`${item.title}\n${item.date ?? ""}`)
    .digest("hex");
  return `hash:${hash.slice(0, 32)}`;
}

/**
 * Parses an RSS 0.9x/2.0, Atom, RDF or JSON Feed document into normalized items: titles as plain
 * text, links absolute, dates clamped to `now`, one item per identity (the first in the document
 * wins), the newest `maxItems` kept. Documents that declare XML entities are refused (nothing is
 * expanded, external entities never resolved).
 * @throws FeedError "not-a-feed", "malformed", "entities" or "empty".
 */
export function parseFeedDocument(document: string, options: ParseFeedOptions): ParsedFeed {
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const body = document.replace(/^\uFEFF/, "");
  if (body.trim() === "") {
    throw new FeedError("empty", "That address serves an empty document.", {
      i18n: { key: "feedError.empty" },
    });
  }
  if (declaresEntities(body)) {
    throw new FeedError(
      "entities",
      "That feed declares its own XML entities, which Newsdesk refuses to expand.",
      { i18n: { key: "feedError.entities" } },
    );
  }
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(body);
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "DetectError") throw notAFeed(body, error);
    throw new FeedError("malformed", "That feed is broken: its XML or JSON cannot be read.", {
      cause: error,
      i18n: { key: "feedError.malformed" },
    });
  }
  const described = describe(parsed);
  const seen = new Set<string>();
  const dropped = { overLimit: 0, duplicates: 0, unusable: 0 };
  const items: FeedItem[] = [];
  for (const raw of described.items) {
    const link = resolveLink(raw.link, options.url);
    const title = titleToText(raw.title);
    const key = itemKey({ guid: raw.guid, link, title, date: raw.date });
    if (!key) {
      dropped.unusable++;
      continue;
    }
    if (seen.has(key)) {
      dropped.duplicates++;
      continue;
    }
    seen.add(key);
    const date = parseFeedDate(raw.date);
    items.push({
      key,
      title,
      link,
      publishedAt: date === null ? null : Math.min(date, options.now),
      author: raw.author ? titleToText(raw.author) || null : null,
      contentHtml: raw.contentHtml,
    });
  }
  // Newest first; undated items count as new (they get the time they are first seen). Stable, so
  // equal dates keep the document's order.
  const ordered = items
    .map((item, index) => ({ item, index, at: item.publishedAt ?? options.now }))
    .sort((a, b) => b.at - a.at || a.index - b.index)
    .map(({ item }) => item);
  dropped.overLimit = Math.max(0, ordered.length - maxItems);
  return {
    format: parsed.format,
    title: titleToText(described.title),
    homePage: resolveLink(described.homePage, options.url),
    ttlMinutes: described.ttl,
    items: ordered.slice(0, maxItems),
    dropped,
  };
}
