/**
 * An interview set out as questions and answers with no quotation marks (`Q: When did you decide
 * to play the knight sacrifice?` then `A: Honestly, at the board. …`): each answer, with any
 * paragraphs that go on from it before the next question, is the words of the one interviewed, a
 * direct quote as a reader takes it. resolve.ts names the one interviewed from the paragraph
 * before the questions (`answerer`) and gives each later answer the same speaker (`linkUncued`).
 */
import type { Candidate, Layout } from "./layout.js";

/** A paragraph opening with an interview's label for a question (`Q:`). */
export const QUESTION_LABEL = /^Q\s*[:.]\s/;
/** A paragraph opening with an interview's label for an answer (`A:`). */
export const ANSWER_LABEL = /^A\s*[:.]\s/;
/** A paragraph opening with either label. */
export const INTERVIEW_LABEL = /^[QA]\s*[:.]\s/;
/** An answer's label, then its words with no opening mark (`A: Badly, at first.`). */
const UNQUOTED_ANSWER = /^A\s*[:.]\s+(?![“"‘'])(?=\S)/;

/**
 * The candidates with each unquoted answer after a question as one direct quote, and without the
 * quotations and statements found inside those answers (the answer holds them: `A: I hope they
 * recognise their own aunties. … says, "That's my mother," …`).
 */
export function addInterviewAnswers(layout: Layout, candidates: Candidate[]): Candidate[] {
  const { paragraphs } = layout.article;
  const answers: Candidate[] = [];
  for (let p = 1; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    if (!paragraph.startsWith("A") || !QUESTION_LABEL.test(paragraphs[p - 1]!)) continue;
    const label = UNQUOTED_ANSWER.exec(paragraph);
    const base = layout.offsets[p]!;
    if (!label || base < 0) continue;
    const start = base + label[0].length;
    // Paragraphs with no label that go on from the answer, when a question follows them.
    let last = p;
    let k = p + 1;
    while (k < paragraphs.length && k - p <= 3 && !INTERVIEW_LABEL.test(paragraphs[k]!)) k++;
    if (k > p + 1 && QUESTION_LABEL.test(paragraphs[k] ?? "") && layout.offsets[k - 1]! >= 0)
      last = k - 1;
    answers.push({
      kind: "direct",
      start,
      end: layout.offsets[last]! + paragraphs[last]!.trimEnd().length,
      paragraph: p,
      sentence: 0,
      cue: null,
      speakerAt: start,
      inheritFrom: null,
    });
  }
  if (answers.length === 0) return candidates;
  const answered = new Set<number>();
  for (const a of answers) {
    for (let p = a.paragraph; p < paragraphs.length && layout.offsets[p]! < a.end; p++)
      answered.add(p);
  }
  return [...candidates.filter((c) => !answered.has(c.paragraph)), ...answers];
}
