/**
 * An interview set out as questions and answers with no quotation marks (`Q: When did you decide
 * to play the knight sacrifice?` then `A: Honestly, at the board. …`, or the writer's questions as
 * paragraphs of their own with the answers after them and no labels): each answer, with any
 * paragraphs that go on from a labelled one before the next question, is the words of the one
 * interviewed, a direct quote as a reader takes it. resolve.ts names the one interviewed from the
 * paragraph before the questions (`answerer`) and gives each later answer the same speaker
 * (`linkUncued`).
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
 * A paragraph that is only a question in the writer's words (an interview's), maybe quoting a few
 * words back (`You have said that Africa is treated as “a waiting room”. What do you mean?`).
 */
export function isQuestionParagraph(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.length < 300 && text.endsWith("?") && !hasQuotation(text);
}

/** A few words quoted back in double marks, not opening the paragraph. */
const WORDS_QUOTED_BACK = /(?<=\s)(?:“[^“”"\n]{1,60}”|"[^“”"\n]{1,60}")/g;

/** Whether `text` quotes more than a few words back (an apostrophe is no mark). */
function hasQuotation(text: string): boolean {
  return /[“”"‘’]/.test(text.replace(/\p{L}’\p{L}/gu, "").replace(WORDS_QUOTED_BACK, ""));
}

/** Words of one spoken to. */
const SECOND_PERSON = /(?<![\p{L}’'])(?:[Yy]ou|[Yy]our)(?![\p{L}’'])/u;
/**
 * A short paragraph put to the one interviewed as a statement: `you` or `your` (unless not
 * `spokenTo`), no first person, no quotation, ending in a full stop (`You have been criticised for
 * being too political.`).
 */
function isPromptParagraph(paragraph: string, spokenTo = true): boolean {
  const text = paragraph.trim();
  return (
    text.length < 200 &&
    text.endsWith(".") &&
    (!spokenTo || SECOND_PERSON.test(text)) &&
    !FIRST_PERSON.test(text) &&
    !hasQuotation(text)
  );
}
/** A label and its colon opening a paragraph (`Q:`, `NPR:`, `VIRTANEN:`, `Reporter (RNZ):`). */
const ANY_LABEL = /^\s*\p{Lu}[^:.!?\n]{0,40}:\s/u;
/** Words of one speaking as themselves (`We`, `My`, `Our` opening a sentence too). */
const FIRST_PERSON =
  /(?<![\p{L}’'])(?:I|I[’'](?:m|d|ve|ll)|[Mm]y|me|[Ww]e|us|[Oo]ur)(?![\p{L}’'])/u;
/** A paragraph introducing an interview in the writer's words (`spoke to us by phone`). */
const INTERVIEW_INTRO =
  /\b(?:spoke|talked)\s+to\s+(?:us|me|the\s+\p{Lu}|\p{Lu})|\binterview\b|\bconversation\s+has\s+been\s+edited|\bedited\s+for\s+(?:length|clarity)/u;

/**
 * An interview set out as the writer's questions, each a paragraph of its own with no label and
 * no quotation marks, each answered by the paragraph after it in the first person with no opening
 * mark (`You spent ten years as an engineer. What made you switch?` then `I didn't really switch.
 * …`): at least two such pairs in a row, the first after a paragraph that introduces an interview
 * and answered in the first person. The answers' paragraphs and the paragraph introducing them,
 * else none.
 */
function unlabelledAnswers(paragraphs: readonly string[]): { answers: number[]; intro: number } {
  const answers: number[] = [];
  let intro = -1;
  for (let p = 1; p + 1 < paragraphs.length; p++) {
    // Inside the interview, a prompt put as a statement to the one interviewed (`You have been
    // criticised for being too political, especially on housing.`) asks as a question does.
    // Two answers in, a short statement put with no `you` (`The European Union wants Senegal to
    // do more to stop boats leaving.`) asks too, when the first person answers it.
    const asks =
      isQuestionParagraph(paragraphs[p]!) ||
      (answers.length > 0 &&
        answers.at(-1) === p - 1 &&
        (isPromptParagraph(paragraphs[p]!) ||
          (answers.length >= 2 &&
            isPromptParagraph(paragraphs[p]!, false) &&
            FIRST_PERSON.test(paragraphs[p + 1]!))));
    if (!asks || ANY_LABEL.test(paragraphs[p]!)) continue;
    const answer = paragraphs[p + 1]!;
    if (/^\s*[“"‘']/.test(answer) || isQuestionParagraph(answer) || ANY_LABEL.test(answer))
      continue;
    if (answers.length === 0) {
      // The first answer speaks as its speaker, after a paragraph introducing an interview.
      if (!FIRST_PERSON.test(answer) || !INTERVIEW_INTRO.test(paragraphs[p - 1]!)) continue;
      intro = p - 1;
    } else if (p !== answers.at(-1)! + 1) {
      break;
    }
    answers.push(p + 1);
  }
  return answers.length >= 2 ? { answers, intro } : { answers: [], intro: -1 };
}

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
  // An interview of the writer's questions and answers in the first person, with no labels.
  const unlabelled = unlabelledAnswers(paragraphs);
  for (const p of unlabelled.answers) {
    const base = layout.offsets[p]!;
    if (base < 0) continue;
    const start = base + (/^\s*/.exec(paragraphs[p]!)?.[0].length ?? 0);
    answers.push({
      kind: "direct",
      start,
      end: base + paragraphs[p]!.trimEnd().length,
      paragraph: p,
      sentence: 0,
      cue: null,
      speakerAt: start,
      inheritFrom: null,
      interview: unlabelled.intro,
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
