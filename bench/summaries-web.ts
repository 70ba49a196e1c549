/**
 * What the extractive engine shows of real web pages that is not the article: the 181 pages of the
 * article-extraction benchmark (bench/eval-extract.ts), read and cleaned as the bot reads a fetched
 * page, summarized at every length; a shown sentence counts as off the article when its words
 * (lower-cased, punctuation and spacing ignored) are not a run of the annotated article text. The
 * CNN/DailyMail dev set is clean text, so the ROUGE figures cannot see a byline or a date picked
 * from a page's opening lines; this figure can. Tightened sentences that dropped a word inside the
 * text (a picture pointer) also count, so the figure is an upper bound, the same for every row.
 */
import { existsSync } from "node:fs";
import { cleanBody } from "../src/articles/clean.js";
import { extractArticle } from "../src/extract/extract.js";
import { summarizeExtractively, normalized as words } from "../src/summaries/extractive.js";
import type { RankWeights } from "../src/summaries/rank.js";
import { DATA_DIR, loadPages } from "./eval-extract.js";
import { lead3Sentences, sentencesOfText } from "./summaries-cv.js";

export interface OffArticle {
  pages: number;
  shown: number;
  off: number;
}

interface ReadPage {
  paragraphs: string[];
  title: string;
  truth: string;
}

/** The benchmark's pages as the bot reads them; empty when ../shared is absent. */
export function readPages(): ReadPage[] {
  if (!existsSync(`${DATA_DIR}ground-truth.json`)) return [];
  const read: ReadPage[] = [];
  for (const page of loadPages()) {
    try {
      const extracted = extractArticle(page.html, page.url);
      const paragraphs = cleanBody(extracted.body);
      const truth = words(page.truth);
      if (paragraphs.length > 0 && truth)
        read.push({ paragraphs, title: extracted.title ?? "", truth });
    } catch {
      // A page the bot refuses (too broken) shows nothing.
    }
  }
  return read;
}

/** Off-article sentences in the engine's answers at short, medium and long. */
export function offArticle(pages: readonly ReadPage[], weights: RankWeights): OffArticle {
  let shown = 0;
  let off = 0;
  for (const page of pages) {
    for (const length of ["short", "medium", "long"] as const) {
      const { text, keyPoints } = summarizeExtractively(
        page,
        { length, format: "paragraph" },
        weights,
      );
      for (const sentence of [...sentencesOfText(text), ...keyPoints]) {
        shown++;
        if (!page.truth.includes(words(sentence))) off++;
      }
    }
  }
  return { pages: pages.length, shown, off };
}

/** The same count for Lead-3, the ROUGE tables' baseline: each page's first three sentences. */
export function offArticleLead3(pages: readonly ReadPage[]): OffArticle {
  let shown = 0;
  let off = 0;
  for (const page of pages) {
    for (const sentence of lead3Sentences(page)) {
      shown++;
      if (!page.truth.includes(words(sentence))) off++;
    }
  }
  return { pages: pages.length, shown, off };
}
