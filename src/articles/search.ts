import MiniSearch from "minisearch";

/**
 * The indexes behind `Corpus.search` and `Corpus.suggest`: MiniSearch (BM25) over each article's
 * title words and the first INDEXED_TEXT_CHARS characters of its text. Indexing a bounded lead keeps
 * a 100,000-article corpus within the memory target and indexing time in proportion; the lead of a
 * news article names who, what and where, which is what people search for.
 */

/** Characters of an article's text that are indexed (cut at a word boundary). */
export const INDEXED_TEXT_CHARS = 400;
/** Characters of the body used as title words when the URL has no slug. */
const TITLE_FALLBACK_CHARS = 160;
const EXTENSION = /\.(?:s?html?|php\d?|aspx?|jsp|cms|cfm|amp)$/i;

/**
 * The words a title search matches, found without cleaning the article: the URL path's words (the
 * title is derived from the slug, so these are its words in lower case), without numeric or hash ids;
 * when the path has fewer than two words, the start of the body (where the fallback title comes
 * from) as well.
 */
export function titleWordsOf(url: string, body: string): string {
  let pathname = "";
  try {
    pathname = new URL(url).pathname;
  } catch {
    // no path words
  }
  const words: string[] = [];
  for (const segment of pathname.split("/")) {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // keep the raw segment
    }
    for (const token of decoded.replace(EXTENSION, "").split(/[-_+.,\s]+/)) {
      if (token === "" || /^\d{5,}$/.test(token)) continue;
      if (/^[0-9a-f]{8,}$/i.test(token) && /\d/.test(token)) continue;
      words.push(token);
    }
  }
  const wordy = words.filter((word) => /\p{L}/u.test(word)).length;
  if (wordy >= 2) return words.join(" ");
  return `${words.join(" ")} ${leadText(body.trimStart(), TITLE_FALLBACK_CHARS)}`.trim();
}

/** Words too common to rank anything; left out of the index to keep it small. */
const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by for from had has have he her his i in is it its of on or " +
    "our she that the their them they this to was we were which who will with you"
  ).split(" "),
);

export interface IndexHit {
  id: string;
  score: number;
}

export interface ArticleIndex {
  readonly size: number;
  has(id: string): boolean;
  /** Adds an article, replacing any earlier version with the same id. */
  add(doc: IndexedDoc): void;
  remove(id: string): void;
  /**
   * Ranked full-text matches, best first. Every word must match; when no article has them all,
   * any word may. The last word also matches as a prefix (3+ letters), long words fuzzily.
   */
  search(query: string): IndexHit[];
  /** Autocomplete over titles: every word as a prefix, fuzzily, best first. */
  searchTitles(query: string): IndexHit[];
}

export interface IndexedDoc {
  id: string;
  title: string;
  text: string;
}

/** The start of `text`, at most `max` characters, cut at a space when one is near the end. */
export function leadText(text: string, max = INDEXED_TEXT_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) ? null : lower;
}

export function createArticleIndex(options: { textChars?: number } = {}): ArticleIndex {
  const textChars = options.textChars ?? INDEXED_TEXT_CHARS;
  const index = new MiniSearch<IndexedDoc>({ fields: ["title", "text"], processTerm });
  const toHits = (results: readonly { id: unknown; score: number }[]): IndexHit[] =>
    results.map((result) => ({ id: String(result.id), score: result.score }));

  return {
    get size() {
      return index.documentCount;
    },
    has: (id) => index.has(id),
    add(doc) {
      if (index.has(doc.id)) index.discard(doc.id);
      index.add({ id: doc.id, title: doc.title, text: leadText(doc.text, textChars) });
    },
    remove(id) {
      if (index.has(id)) index.discard(id);
    },
    search(query) {
      const options = {
        boost: { title: 2 },
        prefix: (term: string, i: number, terms: string[]) =>
          i === terms.length - 1 && term.length >= 3,
        fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
      };
      const all = index.search(query, { ...options, combineWith: "AND" });
      return toHits(all.length > 0 ? all : index.search(query, { ...options, combineWith: "OR" }));
    },
    searchTitles(query) {
      return toHits(
        index.search(query, { fields: ["title"], prefix: true, fuzzy: 0.2, combineWith: "AND" }),
      );
    },
  };
}
