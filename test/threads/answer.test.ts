import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AbortError } from "../../src/errors.js";
import {
  answerExtractively,
  answerQuestion,
  checkWrittenAnswer,
  prepareArticle,
  selectPromptSentences,
} from "../../src/threads/answer.js";
import type { AnswerWriter, WrittenAnswer } from "../../src/threads/types.js";

/** A demo article as the corpus holds it: one paragraph per line after the header. */
function demo(file: string): { title: string; text: string } {
  const lines = readFileSync(path.join(import.meta.dirname, "../../demo", file), "utf8")
    .split("\n")
    .slice(1)
    .filter((line) => line.trim() !== "");
  return { title: lines[0]!, text: lines.join("\n\n") };
}

const tram = demo("a1_tram-strike.txt");
const observatory = demo("k1_observatory.txt");

describe("prepareArticle", () => {
  it("numbers the sentences from 1 in article order", () => {
    const prepared = prepareArticle(tram);
    expect(prepared.sentences[0]).toMatchObject({ number: 1 });
    expect(prepared.sentences.at(-1)).toEqual({
      number: prepared.sentences.length,
      text: "The strike is planned to last 48 hours.",
    });
  });
});

describe("answerExtractively", () => {
  it("answers with the best-matching sentences, cited by number", () => {
    const answer = answerExtractively(prepareArticle(tram), "How many tram lines ran?");
    expect(answer.answered).toBe(true);
    expect(answer.sentences[0]!.text).toMatch(/^Only two of the city's eleven tram lines ran/);
    expect(answer.sentences[0]!.citations).toEqual([2]);
    expect(answer.sentences.length).toBeLessThanOrEqual(3);
  });

  it("finds the answer through inflections (walk/walked, drivers/driver)", () => {
    const answer = answerExtractively(prepareArticle(tram), "Why did the drivers walk out?");
    expect(answer.cited.map((s) => s.number)).toContain(1);
  });

  it("says the article does not answer a question about something it never mentions", () => {
    for (const question of [
      "What is the price of bitcoin?",
      "What did the mayor say about the football stadium?",
      "What is it?",
    ]) {
      expect(answerExtractively(prepareArticle(tram), question).answered).toBe(false);
    }
  });

  it("does not count a sentence holding only part of the question as an answer", () => {
    // "telescope" and "open" are in the article, "Mondays" is not.
    const prepared = prepareArticle(observatory);
    expect(answerExtractively(prepared, "Is the telescope open on Mondays?").answered).toBe(false);
    expect(answerExtractively(prepared, "What happens when it is cloudy?").answered).toBe(true);
  });
});

describe("selectPromptSentences", () => {
  it("sends every sentence when the article fits", () => {
    const prepared = prepareArticle(tram);
    expect(selectPromptSentences(prepared, "strike")).toEqual(prepared.sentences);
  });

  it("keeps the lead and the best matches of a long article, with their numbers", () => {
    const prepared = prepareArticle(tram);
    const chosen = selectPromptSentences(prepared, "How long will the strike last?", 450);
    const numbers = chosen.map((s) => s.number);
    expect(numbers).toContain(1);
    expect(numbers).toContain(prepared.sentences.length);
    expect(numbers.length).toBeLessThan(prepared.sentences.length);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});

describe("checkWrittenAnswer", () => {
  const prepared = prepareArticle(tram);

  it("keeps supported sentences with the sentences the check found, not the model's numbers", () => {
    const answer = checkWrittenAnswer(prepared, {
      answerable: true,
      sentences: [{ text: "The strike is planned to last 48 hours.", citations: [3] }],
    });
    expect(answer).toMatchObject({ engine: "llm", answered: true, removed: 0 });
    expect(answer!.sentences[0]!.citations).toEqual([prepared.sentences.length]);
    expect(answer!.cited.map((s) => s.number)).toEqual([prepared.sentences.length]);
  });

  it("removes and counts a sentence with a changed number", () => {
    const answer = checkWrittenAnswer(prepared, {
      answerable: true,
      sentences: [
        { text: "The strike is planned to last 72 hours.", citations: [10] },
        { text: "Only two of the eleven tram lines ran before nine o'clock.", citations: [2] },
      ],
    });
    expect(answer!.removed).toBe(1);
    expect(answer!.sentences).toHaveLength(1);
  });

  it("reports 'not answered' when the model says so", () => {
    expect(checkWrittenAnswer(prepared, { answerable: false, sentences: [] })).toMatchObject({
      engine: "llm",
      answered: false,
    });
  });

  it("gives null when no sentence is supported", () => {
    const written: WrittenAnswer = {
      answerable: true,
      sentences: [{ text: "The mayor cancelled the football final.", citations: [1] }],
    };
    expect(checkWrittenAnswer(prepared, written)).toBeNull();
  });

  it("checks the original of a translated sentence", () => {
    const answer = checkWrittenAnswer(prepared, {
      answerable: true,
      sentences: [
        {
          text: "Der Streik soll 48 Stunden dauern.",
          original: "The strike is planned to last 48 hours.",
          citations: [],
        },
      ],
    });
    expect(answer!.sentences[0]!.text).toBe("Der Streik soll 48 Stunden dauern.");
  });
});

function writerOf(write: AnswerWriter["write"]): AnswerWriter {
  return { model: "test-model", write };
}

describe("answerQuestion", () => {
  it("answers extractively without a writer", async () => {
    const answer = await answerQuestion(tram, "How long will the strike last?", { writer: null });
    expect(answer).toMatchObject({ engine: "extractive", answered: true, fallback: null });
  });

  it("gives the model the question and the numbered sentences", async () => {
    let seen: Parameters<AnswerWriter["write"]>[0] | undefined;
    const answer = await answerQuestion(tram, "How long will the strike last?", {
      writer: writerOf(async (input) => {
        seen = input;
        return {
          answerable: true,
          sentences: [{ text: "The strike is planned to last 48 hours.", citations: [9] }],
        };
      }),
      language: "de",
    });
    expect(seen?.question).toBe("How long will the strike last?");
    expect(seen?.language).toBe("de");
    expect(seen?.sentences[0]?.number).toBe(1);
    expect(answer.engine).toBe("llm");
  });

  it("falls back to the extractive answer when the model fails", async () => {
    const errors: unknown[] = [];
    const answer = await answerQuestion(tram, "How long will the strike last?", {
      writer: writerOf(async () => {
        throw new Error("upstream down");
      }),
      onWriterError: (error) => errors.push(error),
    });
    expect(answer).toMatchObject({ engine: "extractive", answered: true, fallback: "llm-failed" });
    expect(errors).toHaveLength(1);
  });

  it("falls back when nothing the model wrote is supported, counting what was removed", async () => {
    const answer = await answerQuestion(tram, "How long will the strike last?", {
      writer: writerOf(async () => ({
        answerable: true,
        sentences: [
          { text: "The strike will last a fortnight.", citations: [9] },
          { text: "Ferries stopped too.", citations: [1] },
        ],
      })),
    });
    expect(answer).toMatchObject({ engine: "extractive", fallback: "llm-unsupported", removed: 2 });
  });

  it("lets the caller's cancellation through instead of falling back", async () => {
    const controller = new AbortController();
    controller.abort();
    const result = answerQuestion(tram, "strike", {
      writer: writerOf(async () => {
        throw new AbortError("cancelled");
      }),
      signal: controller.signal,
    });
    await expect(result).rejects.toThrow("cancelled");
  });
});
