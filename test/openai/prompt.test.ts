import { describe, expect, it } from "vitest";
import { buildCombineMessages, buildSummaryMessages } from "../../src/openai/prompt.js";

const article = { title: "Bridge", text: "The council approved the bridge." };

describe("buildSummaryMessages", () => {
  it("asks for the server's language only when one is set", () => {
    const plain = buildSummaryMessages(article, { length: "short", format: "paragraph" });
    expect(plain[0]!.content).not.toContain("BCP 47");
    const german = buildSummaryMessages(article, {
      length: "short",
      format: "paragraph",
      language: "de",
    });
    expect(german[0]!.content).toContain('BCP 47 tag "de"');
    expect(german[0]!.content).toContain("without quotation marks");
    expect(german[1]).toEqual(plain[1]);
  });
});

describe("buildCombineMessages", () => {
  it("passes the language on", () => {
    const messages = buildCombineMessages(article, ["part one"], {
      length: "medium",
      format: "paragraph",
      language: "ja",
    });
    expect(messages[0]!.content).toContain('BCP 47 tag "ja"');
  });
});
