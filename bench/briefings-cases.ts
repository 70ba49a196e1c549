/**
 * Generated story-summary sentences for the citation check (bench/briefings.ts), from labelled
 * articles, deterministic for a seed. Supported kinds restate a source: `verbatim` (a source
 * sentence), `trimmed` (its longest clause), `fused` (the first half of one sentence and the second
 * half of a later one of the same article, as summaries join facts), `paraphrased` (word order moved, a sixth of the words
 * dropped, an attribution added). Unsupported kinds: `other-story` (a sentence of another story),
 * `wrong-number` (a source sentence with a number changed), `spliced` (half a source sentence,
 * half a sentence of another story), `wrong-name` (a source sentence with a capitalized name
 * replaced by one from another story: the hard case for a token-overlap check).
 */
import { splitSentences } from "../src/articles/sentences.js";
import type { Article } from "../src/articles/types.js";
import { seededRandom } from "../src/random.js";

export interface CitationCase {
  story: string;
  kind: string;
  supported: boolean;
  text: string;
  /** Filled in by the benchmark: the best support score over the story's sources. */
  score: number;
}

function sentencesOf(article: Pick<Article, "paragraphs">): string[] {
  return article.paragraphs
    .flatMap((p) => splitSentences(p).map((s) => s.text))
    .filter((s) => s.split(" ").length >= 8 && !/^["“]/.test(s));
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const half = (s: string, first: boolean) => {
  const w = words(s);
  const mid = Math.ceil(w.length / 2);
  return (first ? w.slice(0, mid) : w.slice(mid)).join(" ");
};
const sentence = (s: string) => {
  const t = s.replace(/[.,;:!?]+$/, "");
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
};

function paraphrase(text: string, next: () => number): string {
  const w = words(text.replace(/[.!?]$/, ""));
  const kept = w.filter((_, i) => i === 0 || next() > 1 / 6);
  const cut = Math.floor(kept.length / 2);
  return sentence(`${kept.slice(cut).join(" ")}, reports say, ${kept.slice(0, cut).join(" ")}`);
}

const NAME = /\b(\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}{2,})?)\b/u;

/** About two cases of each kind per story with two or more articles. */
export function generateCitationCases(
  labelled: ReadonlyArray<{ article: Article; story: string }>,
  seed: number,
): CitationCase[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const byStory = new Map<string, string[][]>();
  for (const { article, story } of labelled) {
    const list = byStory.get(story) ?? [];
    list.push(sentencesOf(article));
    byStory.set(story, list);
  }
  const stories = [...byStory.keys()].sort();
  const cases: CitationCase[] = [];
  const add = (story: string, kind: string, supported: boolean, text: string) =>
    cases.push({ story, kind, supported, text, score: 0 });
  for (const story of stories) {
    const articles = byStory.get(story)!.filter((s) => s.length >= 2);
    if (byStory.get(story)!.length < 2 || articles.length === 0) continue;
    const others = stories.filter((s) => s !== story).flatMap((s) => byStory.get(s)!.flat());
    for (let round = 0; round < 2; round++) {
      const own = pick(articles);
      const i = Math.floor(next() * (own.length - 1));
      const s = own[i]!;
      const following = own[i + 1]!;
      add(story, "verbatim", true, s);
      const clauses = s.split(/,\s+/).sort((a, b) => words(b).length - words(a).length);
      add(story, "trimmed", true, sentence(clauses[0]!));
      add(story, "fused", true, sentence(`${half(s, true)} and ${half(following, false)}`));
      add(story, "paraphrased", true, paraphrase(s, next));
      add(story, "other-story", false, pick(others));
      const withNumber = own.find((x) => /\d/.test(x));
      if (withNumber) {
        add(
          story,
          "wrong-number",
          false,
          withNumber.replace(/\d+/, (n) => String(Number(n) + 3)),
        );
      }
      add(story, "spliced", false, sentence(`${half(s, true)} ${half(pick(others), false)}`));
      const name = NAME.exec(s.slice(1))?.[1];
      const foreign = others.map((o) => NAME.exec(o.slice(1))?.[1]).filter((n) => n && n !== name);
      if (name && foreign.length > 0)
        add(story, "wrong-name", false, s.replace(name, pick(foreign)!));
    }
  }
  return cases;
}
