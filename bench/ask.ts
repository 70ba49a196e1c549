/**
 * `/ask` without an LLM: BM25 over one article's sentences and the "does the article answer?"
 * threshold (src/threads/answer.ts), on questions about the demo newsroom written for this bench:
 * answerable ones (with a phrase of the sentence that answers) and ones the article does not answer
 * (several share words with it). For each coverage threshold: how many answerable questions get an
 * answer, how many of those show the answering sentence, and how many unanswerable ones get a
 * (wrong) answer. `npm run bench -- ask`. The questions were written after reading the articles, by
 * the person who chose the threshold: the figures are optimistic.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import {
  ANSWER_COVERAGE_THRESHOLD,
  answerExtractively,
  prepareArticle,
} from "../src/threads/answer.js";
import type { BenchSection } from "./types.js";

const DEMO_DIR = fileURLToPath(new URL("../demo/", import.meta.url));

/** [article file, question, a phrase of the answering sentence, or null: not in the article]. */
export const QUESTIONS: ReadonlyArray<readonly [string, string, string | null]> = [
  ["a1_tram-strike.txt", "How long will the strike last?", "planned to last 48 hours"],
  ["a1_tram-strike.txt", "How many tram lines ran?", "Only two of the city's eleven"],
  ["a1_tram-strike.txt", "Why did the drivers walk out?", "dispute over a new night-shift rota"],
  ["a1_tram-strike.txt", "Who is the union secretary?", "union secretary Marta Oyelaran"],
  ["a1_tram-strike.txt", "When does the new rota start?", "due to start in January"],
  ["b1_bridge.txt", "Why was the Sallow Bridge closed?", "found a crack"],
  ["b1_bridge.txt", "How long will the bridge closure last?", "at least two weeks"],
  ["b1_bridge.txt", "Can cyclists still use the bridge?", "Pedestrians and cyclists may still use"],
  ["b1_bridge.txt", "How long were the queues on Harbour Road?", "queues of up to forty minutes"],
  ["d1_drayle-flood.txt", "When will the river peak?", "expected to peak on Friday evening"],
  ["d1_drayle-flood.txt", "Where are sandbags handed out?", "Sandbags were being handed out"],
  ["d1_drayle-flood.txt", "When did the Drayle last flood?", "last flooded in February 2021"],
  ["e1_northfield-budget.txt", "How did the council vote on the budget?", "29 votes to 22"],
  ["e1_northfield-budget.txt", "How much will council tax rise?", "Council tax will rise by 3.9"],
  [
    "e1_northfield-budget.txt",
    "How many people signed the petition?",
    "Eleven thousand people signed",
  ],
  ["f1_rovers-cup.txt", "Who scored the winning goal?", "Captain Jonah Ferrier scored the winner"],
  ["f1_rovers-cup.txt", "What was the final score?", "beating Valemont Athletic 2-1"],
  ["h1_carrow-beetle.txt", "How long is the beetle?", "about three millimetres long"],
  [
    "h1_carrow-beetle.txt",
    "Where were the findings published?",
    "Carrow Journal of Natural History",
  ],
  ["i1_brindle-recall.txt", "Which use-by dates does the recall cover?", "use-by dates between"],
  ["i1_brindle-recall.txt", "What caused the oat milk to spoil?", "seal on one filling line"],
  ["i1_brindle-recall.txt", "Will prices change in the cafes?", "prices would not change"],
  ["k1_observatory.txt", "When was the observatory built?", "built in 1961"],
  ["k1_observatory.txt", "What happens when it is cloudy?", "cancel sessions at short notice"],
  // Not answered by the article (several share a word or two with it).
  ["a1_tram-strike.txt", "What did the mayor say about the strike?", null],
  ["a1_tram-strike.txt", "How much do tram drivers earn?", null],
  ["a1_tram-strike.txt", "Will ferries run during the strike?", null],
  ["b1_bridge.txt", "How much will the bridge repairs cost?", null],
  ["b1_bridge.txt", "When was the Sallow Bridge built?", null],
  ["d1_drayle-flood.txt", "How many homes were flooded on Friday?", null],
  ["d1_drayle-flood.txt", "Did the schools close?", null],
  ["e1_northfield-budget.txt", "How many libraries will close in Ashgrove next year?", null],
  ["e1_northfield-budget.txt", "What is the mayor's salary?", null],
  ["f1_rovers-cup.txt", "Who won the Coastal Cup last year?", null],
  ["f1_rovers-cup.txt", "How many tickets were sold online?", null],
  ["h1_carrow-beetle.txt", "Is the beetle poisonous?", null],
  ["i1_brindle-recall.txt", "Has anyone been made ill by almond milk?", null],
  ["k1_observatory.txt", "Is the telescope open on Mondays?", null],
  ["k1_observatory.txt", "How much does a visit cost?", null],
];

const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

function load(file: string) {
  const raw = parseSeed(readFileSync(`${DEMO_DIR}${file}`), file.replace(/\.txt$/, ""), null);
  return prepareArticle(cleanArticle(raw, { origin: "seed", addedAt: 0 }));
}

export async function run(): Promise<BenchSection> {
  const prepared = new Map(QUESTIONS.map(([file]) => [file, load(file)]));
  const answerable = QUESTIONS.filter((q) => q[2] !== null).length;
  const unanswerable = QUESTIONS.length - answerable;
  const rows = THRESHOLDS.map((threshold) => {
    let answered = 0;
    let found = 0;
    let wrong = 0;
    for (const [file, question, phrase] of QUESTIONS) {
      const answer = answerExtractively(prepared.get(file)!, question, null, threshold);
      if (phrase === null) {
        if (answer.answered) wrong++;
        continue;
      }
      if (!answer.answered) continue;
      answered++;
      if (answer.sentences.some((s) => s.text.includes(phrase))) found++;
    }
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(0)} %`;
    const mark = threshold === ANSWER_COVERAGE_THRESHOLD ? " (chosen)" : "";
    return `| ${threshold.toFixed(1)}${mark} | ${answered}/${answerable} (${pct(answered, answerable)}) | ${found}/${answerable} (${pct(found, answerable)}) | ${wrong}/${unanswerable} (${pct(wrong, unanswerable)}) |`;
  });
  return {
    title: "/ask without an LLM: BM25 answers and the 'not answered' threshold",
    markdown: [
      `${QUESTIONS.length} questions about ${prepared.size} demo articles: ${answerable} the article answers (a phrase of the answering sentence is known), ${unanswerable} it does not (several share words with it). An answer is the 2–3 best BM25 sentences; the question counts as answered when one sentence holds at least the threshold of the question's IDF-weighted terms. The questions were written after reading the articles by whoever chose the threshold, so the figures are optimistic.`,
      "",
      "| coverage threshold | answerable: answered | answerable: answering sentence shown | unanswerable: answered anyway |",
      "| --- | --- | --- | --- |",
      ...rows,
    ].join("\n"),
  };
}
