/** Where an article came from: a file in the seeds folder, a page fetched on request, a feed. */
export type ArticleOrigin = "seed" | "fetched" | "feed";

/** What a seed file holds once its header is parsed, before cleaning. */
export interface RawArticle {
  /** The file stem for seeds; a stable hash of the URL for fetched pages. */
  id: string;
  /** YYYY-MM-DD, already checked to be a real calendar date. */
  date: string;
  /** The URL as written in the header. */
  url: string;
  /** The scraped body, everything after the header line. */
  body: string;
  /** Path of the file it was read from, or null for stdin and fetched pages. */
  file: string | null;
}

/** A cleaned article: what every command, summary, quote and digest works from. */
export interface Article {
  id: string;
  date: string;
  url: string;
  /** The URL's host without `www.`. */
  source: string;
  title: string;
  /** Cleaned paragraphs in the article's own order. */
  paragraphs: string[];
  /** The paragraphs joined by a blank line ("\n\n"). Quote offsets index into this. */
  text: string;
  wordCount: number;
  rawWordCount: number;
  origin: ArticleOrigin;
  /**
   * When the article entered the corpus (epoch ms): the file's mtime for seeds, the fetch time for
   * fetched pages. Digests select "new since the cursor" by this.
   */
  addedAt: number;
  /** From the page's metadata for fetched articles; null for seeds. */
  byline?: string | null;
  siteName?: string | null;
  /** For origin "feed": the id of the feed it came from (src/feeds). */
  feedId?: string;
}

/** What lists show of an article: no text (a list of 100,000 must stay small). */
export type ArticleHeader = Pick<
  Article,
  "id" | "date" | "url" | "source" | "title" | "wordCount" | "rawWordCount" | "origin" | "addedAt"
>;
