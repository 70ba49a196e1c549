import { generateOpml, type Opml, parseOpml } from "feedsmith";
import { UserError } from "../errors.js";

export interface OpmlFeed {
  url: string;
  title: string;
}

/** Every feed URL in an OPML document, nested outlines included, each once. */
export function readOpml(document: string): OpmlFeed[] {
  let parsed: Opml.Document<string>;
  try {
    parsed = parseOpml(document.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UserError("That file is not an OPML subscription list.", {
      cause: error,
      i18n: { key: "feed.notOpml" },
    });
  }
  const found = new Map<string, OpmlFeed>();
  const walk = (outlines: Opml.Outline<string>[] | undefined): void => {
    for (const outline of outlines ?? []) {
      const url = outline.xmlUrl?.trim();
      if (url && !found.has(url)) {
        found.set(url, { url, title: (outline.title ?? outline.text ?? "").trim() });
      }
      walk(outline.outlines);
    }
  };
  walk(parsed.body?.outlines);
  return [...found.values()];
}

/** An OPML 2.0 subscription list of `feeds`, for other feed readers. */
export function writeOpml(title: string, feeds: readonly OpmlFeed[]): string {
  return generateOpml({
    head: { title },
    body: {
      outlines: feeds.map((feed) => ({
        text: feed.title || feed.url,
        title: feed.title || feed.url,
        type: "rss",
        xmlUrl: feed.url,
      })),
    },
  });
}
