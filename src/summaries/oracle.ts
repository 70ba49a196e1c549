/**
 * The greedy extractive oracle (Nallapati et al. 2017, SummaRuNNer; Liu & Lapata 2019, BertSum): the
 * sentences that, added one at a time, most raise the stemmed (ROUGE-1 F1 + ROUGE-2 F1) of the set
 * against the reference, until none raises it or `limit` are chosen. The learned sentence scorer
 * (src/summaries/sentence-model.ts) is trained to rank them first. Pure and deterministic (ties go
 * to the earlier sentence).
 */
import { scoreRouge } from "./rouge.js";

function setScore(sentences: readonly string[], picked: readonly number[], reference: string) {
  const candidate = [...picked]
    .sort((a, b) => a - b)
    .map((i) => sentences[i]!)
    .join(" ");
  const score = scoreRouge(candidate, reference, { stem: true });
  return score.rouge1.f1 + score.rouge2.f1;
}

/** Indices (in article order) of the oracle's sentences. */
export function greedyOracle(sentences: readonly string[], reference: string, limit = 3): number[] {
  const picked: number[] = [];
  let best = 0;
  while (picked.length < limit) {
    let choice = -1;
    let choiceScore = best;
    for (let i = 0; i < sentences.length; i++) {
      if (picked.includes(i)) continue;
      const score = setScore(sentences, [...picked, i], reference);
      if (score > choiceScore + 1e-12) {
        choice = i;
        choiceScore = score;
      }
    }
    if (choice < 0) break;
    picked.push(choice);
    best = choiceScore;
  }
  return picked.sort((a, b) => a - b);
}
