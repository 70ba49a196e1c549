import { describe, expect, it } from "vitest";
import type { DirectError } from "../../bench/eval-quotes.js";
import { classifyDirectError, showDirectError } from "../../scripts/direct-errors.js";

const BODY = "“We will win,” Ann Lee said. “Then we rest.” The “big” plan was shown.";

function error(type: "fp" | "fn", text: string, overlapping: string[] = []): DirectError {
  const at = BODY.indexOf(text);
  return {
    type,
    file: "a.txt",
    body: BODY,
    span: [at, at + text.length],
    quote: type === "fp" ? { kind: "direct", text, speaker: null, speakerTitle: null } : null,
    gold: null,
    correctForAll: false,
    overlapping: overlapping.map((o) => [BODY.indexOf(o), BODY.indexOf(o) + o.length]),
  };
}

describe("classifyDirectError", () => {
  it("calls a miss over two of our quotes split and a one-word quote short", () => {
    const gold = "We will win,” Ann Lee said. “Then we rest.";
    expect(classifyDirectError(error("fn", gold, ["We will win", "Then we rest."]))).toBe("split");
    expect(classifyDirectError(error("fp", "big"))).toBe("short");
    expect(classifyDirectError(error("fp", "Then we rest."))).toBe("unannotated");
  });
});

describe("showDirectError", () => {
  it("marks the span in its context and lists our overlapping quotes", () => {
    const shown = showDirectError(error("fn", "Then we rest.", ["Then we rest"]), 10);
    expect(shown).toBe("ee said. “⟦Then we rest.⟧” The “big\n    ours: Then we rest");
  });
});
