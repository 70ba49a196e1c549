import MiniSearch from "minisearch";

/**
 * The indexes behind `Corpus.search` and `Corpus.suggest`: MiniSearch's ranking (BM25+, prefix and
 * fuzzy matching, its tokenizer) over each article's title words and the first INDEXED_TEXT_CHARS
 * characters of its text, held in compact inverted indexes. MiniSearch itself keeps a Map entry of
 * 40 bytes or more per word per article: a 100,000-article corpus took about 220 MB of index and
 * went over the 500 MB budget; these take about 50 MB and score the same (tests compare them with
 * MiniSearch). Indexing a bounded lead keeps indexing time in proportion; the lead of a news
 * article names who, what and where, which is what people search for.
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
    if (segment.includes("%")) {
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // keep the raw segment
      }
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

/** Words too common to rank anything; left out of the indexes. */
const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by for from had has have he her his i in is it its of on or " +
    "our she that the their them they this to was we were which who will with you"
  ).split(" "),
);

/**
 * More words left out of the article text (not of titles): function words and reporting verbs
 * that nearly every news lead contains. They rank nothing, and leaving them out keeps about a
 * quarter of the postings of a 100,000-article index out of memory.
 */
const TEXT_STOP_WORDS = new Set([
  ...STOP_WORDS,
  ...(
    "about above after again against all also am any because before being below between both " +
    "can could did do does doing don down during each few further here him herself himself how " +
    "if into itself just me more most mr mrs ms my myself no nor not now off once only other ought " +
    "ours out over own same says said so some such than then there these those through too " +
    "under until up us very what when where while whom why would your yours"
  ).split(" "),
]);

export interface IndexHit {
  id: string;
  score: number;
}

export interface ArticleIndex {
  /** Articles with a title in the index. */
  readonly size: number;
  has(id: string): boolean;
  /** Adds an article, replacing any earlier version with the same id (title and, if given, text). */
  add(doc: IndexedDoc): void;
  /** Adds (or replaces) the text of an article; `search` sees only articles whose text is in. */
  addText(id: string, text: string): void;
  hasText(id: string): boolean;
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
  /** The article text; "" to add it later with `addText`. */
  text: string;
}

/** The start of `text`, at most `max` characters, cut at a space when one is near the end. */
export function leadText(text: string, max = INDEXED_TEXT_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

function processTitleTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) ? null : lower;
}

/** Text terms (and full-text queries): lower case, no stop words, no single characters. */
function processTextTerm(term: string): string | null {
  if (term.length < 2) return null;
  const lower = term.toLowerCase();
  return TEXT_STOP_WORDS.has(lower) ? null : lower;
}

const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;
/** A posting is one small integer: document number × 256 + term frequency (capped at 255). */
const FREQ_BITS = 256;
/** Document numbers stay below this so a posting stays a small integer (V8 Smi). */
const MAX_DOC_NUMBER = 2 ** 22;

/** MiniSearch's BM25+ (same parameters), so scores add up with the title index's. */
function scoreBm25(freq: number, matching: number, total: number, length: number, avg: number) {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return (
    idf *
    (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)))
  );
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * One field of the index (titles or text): an inverted index with one small integer per posting
 * (about 8 bytes, where MiniSearch's Map entries take 40 or more), scored exactly like a MiniSearch
 * field (BM25+, prefix and fuzzy weights, field length = distinct tokens). For 100,000 articles it
 * takes a fraction of the memory, which keeps the bot within its 500 MB budget with search built.
 * Removed documents leave dead postings until a quarter of them are dead, then all are compacted.
 */
class TermIndex {
  constructor(private readonly processTerm: (term: string) => string | null) {}

  private readonly postings = new Map<string, number[]>();
  private readonly docOf = new Map<string, number>();
  /** Document number → id (undefined once removed) and field length. */
  private ids: (string | undefined)[] = [];
  private lengths: number[] = [];
  /** Document number → how many postings it has (distinct indexed terms). */
  private termCounts: number[] = [];
  private live = 0;
  private totalLength = 0;
  private deadPostings = 0;
  private livePostings = 0;
  private sortedTerms: string[] | null = null;

  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.docOf.has(id);
  }

  add(id: string, text: string): void {
    this.remove(id);
    if (this.ids.length >= MAX_DOC_NUMBER) this.compact();
    const doc = this.ids.length;
    const tokens = tokenize(text);
    const length = new Set(tokens).size;
    const counts = new Map<string, number>();
    for (const token of tokens) {
      const term = this.processTerm(token);
      if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    this.ids.push(id);
    this.lengths.push(length);
    this.termCounts.push(counts.size);
    this.docOf.set(id, doc);
    this.live++;
    this.totalLength += length;
    for (const [term, count] of counts) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
        this.sortedTerms = null;
      }
      list.push(doc * FREQ_BITS + Math.min(count, FREQ_BITS - 1));
      this.livePostings++;
    }
  }

  remove(id: string): void {
    const doc = this.docOf.get(id);
    if (doc === undefined) return;
    this.docOf.delete(id);
    this.ids[doc] = undefined;
    this.live--;
    this.totalLength -= this.lengths[doc]!;
    // Its postings stay until compaction.
    const dead = this.termCounts[doc]!;
    this.deadPostings += dead;
    this.livePostings -= dead;
    if (this.deadPostings > this.livePostings / 4 && this.deadPostings > 1000) this.compact();
  }

  /** Drops dead postings and renumbers the documents densely. */
  private compact(): void {
    const renumber = new Map<number, number>();
    const ids: (string | undefined)[] = [];
    const lengths: number[] = [];
    const termCounts: number[] = [];
    this.ids.forEach((id, doc) => {
      if (id === undefined) return;
      renumber.set(doc, ids.length);
      this.docOf.set(id, ids.length);
      ids.push(id);
      lengths.push(this.lengths[doc]!);
      termCounts.push(this.termCounts[doc]!);
    });
    let postings = 0;
    for (const [term, list] of this.postings) {
      const kept: number[] = [];
      for (const posting of list) {
        const doc = renumber.get(Math.floor(posting / FREQ_BITS));
        if (doc !== undefined) kept.push(doc * FREQ_BITS + (posting % FREQ_BITS));
      }
      if (kept.length === 0) {
        this.postings.delete(term);
        this.sortedTerms = null;
      } else this.postings.set(term, kept);
      postings += kept.length;
    }
    this.ids = ids;
    this.lengths = lengths;
    this.termCounts = termCounts;
    this.livePostings = postings;
    this.deadPostings = 0;
  }

  /** Adds the score of every document matching `term` (or its prefix or fuzzy variants) to `into`. */
  searchTerm(
    term: string,
    prefix: boolean,
    fuzzy: boolean,
    into: Map<string, number>,
    boost = 1,
  ): void {
    this.scoreTerm(term, boost, into);
    const prefixed = new Set<string>();
    if (prefix) {
      const sorted = this.sorted();
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid]! < term) low = mid + 1;
        else high = mid;
      }
      for (let i = low; i < sorted.length && sorted[i]!.startsWith(term); i++) {
        const derived = sorted[i]!;
        const distance = derived.length - term.length;
        prefixed.add(derived);
        if (distance === 0) continue;
        const weight = (boost * PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance);
        this.scoreTerm(derived, weight, into);
      }
    }
    if (fuzzy) {
      const max = Math.min(MAX_FUZZY, Math.round(term.length * 0.2));
      if (max === 0) return;
      for (const derived of this.postings.keys()) {
        if (prefixed.has(derived) || derived === term) continue;
        const distance = boundedDistance(term, derived, max);
        if (distance > max) continue;
        const weight = (boost * FUZZY_WEIGHT * derived.length) / (derived.length + distance);
        this.scoreTerm(derived, weight, into);
      }
    }
  }

  private sorted(): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort();
    return this.sortedTerms;
  }

  private scoreTerm(term: string, weight: number, into: Map<string, number>) {
    const list = this.postings.get(term);
    if (!list || this.live === 0) return;
    let matching = 0;
    for (const posting of list) {
      if (this.ids[Math.floor(posting / FREQ_BITS)] !== undefined) matching++;
    }
    const average = this.totalLength / this.live;
    for (const posting of list) {
      const doc = Math.floor(posting / FREQ_BITS);
      const id = this.ids[doc];
      if (id === undefined) continue;
      const score =
        weight * scoreBm25(posting % FREQ_BITS, matching, this.live, this.lengths[doc]!, average);
      into.set(id, (into.get(id) ?? 0) + score);
    }
  }
}

/**
 * Two term indexes: titles (built with the corpus, behind `suggest`) and text (the lead of each
 * article, added later). `search` queries both and combines them exactly as one MiniSearch over
 * both fields would (BM25 per field, the title boosted 2×, the sum times the number of query words
 * matched); keeping them apart lets the text be indexed in the background without re-adding titles.
 */
export function createArticleIndex(options: { textChars?: number } = {}): ArticleIndex {
  const textChars = options.textChars ?? INDEXED_TEXT_CHARS;
  const titles = new TermIndex(processTitleTerm);
  const texts = new TermIndex(processTextTerm);

  /**
   * What MiniSearch does for a query over both fields: one query per word (the last one also as a
   * prefix, long ones fuzzily), each scored per field and summed; "AND" keeps the articles every
   * word matched; the sum is multiplied by the number of distinct words matched.
   */
  const searchBoth = (query: string): { all: IndexHit[]; any: IndexHit[] } => {
    const words: string[] = [];
    for (const token of tokenize(query)) {
      const term = processTextTerm(token);
      if (term !== null) words.push(term);
    }
    const merged = new Map<string, { raw: number; terms: Set<string>; words: number }>();
    words.forEach((word, i) => {
      const prefix = i === words.length - 1 && word.length >= 3;
      const fuzzy = word.length >= 5;
      const found = new Map<string, number>();
      titles.searchTerm(word, prefix, fuzzy, found, 2);
      texts.searchTerm(word, prefix, fuzzy, found);
      for (const [id, raw] of found) {
        const entry = merged.get(id);
        if (entry) {
          entry.raw += raw;
          entry.terms.add(word);
          entry.words++;
        } else merged.set(id, { raw, terms: new Set([word]), words: 1 });
      }
    });
    const all: IndexHit[] = [];
    const any: IndexHit[] = [];
    for (const [id, entry] of merged) {
      const hit = { id, score: entry.raw * entry.terms.size };
      any.push(hit);
      if (entry.words === words.length) all.push(hit);
    }
    const byScore = (a: IndexHit, b: IndexHit) => b.score - a.score;
    return { all: all.sort(byScore), any: any.sort(byScore) };
  };

  return {
    get size() {
      return titles.size;
    },
    has: (id) => titles.has(id),
    hasText: (id) => texts.has(id),
    add(doc) {
      texts.remove(doc.id);
      titles.add(doc.id, doc.title);
      if (doc.text !== "" && textChars > 0) texts.add(doc.id, leadText(doc.text, textChars));
    },
    addText(id, text) {
      texts.remove(id);
      if (textChars > 0) texts.add(id, leadText(text, textChars));
    },
    remove(id) {
      titles.remove(id);
      texts.remove(id);
    },
    search(query) {
      const { all, any } = searchBoth(query);
      return all.length > 0 ? all : any;
    },
    searchTitles(query) {
      // MiniSearch with prefix: true, fuzzy: 0.2 and "AND" over the title alone.
      const words: string[] = [];
      for (const token of tokenize(query)) {
        const term = processTitleTerm(token);
        if (term !== null) words.push(term);
      }
      let matched: Map<string, { raw: number; terms: Set<string> }> | null = null;
      for (const word of words) {
        const found = new Map<string, number>();
        titles.searchTerm(word, true, true, found);
        const next = new Map<string, { raw: number; terms: Set<string> }>();
        for (const [id, raw] of found) {
          if (matched === null) next.set(id, { raw, terms: new Set([word]) });
          else {
            const entry = matched.get(id);
            if (entry) next.set(id, { raw: entry.raw + raw, terms: entry.terms.add(word) });
          }
        }
        matched = next;
      }
      const hits: IndexHit[] = [];
      for (const [id, entry] of matched ?? []) {
        hits.push({ id, score: entry.raw * entry.terms.size });
      }
      return hits.sort((a, b) => b.score - a.score);
    },
  };
}
