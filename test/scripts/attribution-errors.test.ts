import { describe, expect, it } from "vitest";
import {
  boundaryTrait,
  coverageTrait,
  cueClass,
  type Gold,
  goldTraits,
  type Placed,
} from "../../scripts/attribution-errors.js";

function gold(body: string, content: string, source: string | null, cue: string | null): Gold {
  const at = (part: string | null) => (part === null ? null : body.indexOf(part));
  const start = at(content)!;
  return {
    file: "a.txt",
    content,
    content_start: start,
    content_end: start + content.length,
    source,
    source_start: at(source),
    source_end: source === null ? null : at(source)! + source.length,
    cue,
    cue_start: at(cue),
    cue_end: cue === null ? null : at(cue)! + cue.length,
    kind: "indirect",
    span: [start, start + content.length],
  };
}

const placed = (...spans: [number, number][]): Placed[] =>
  spans.map((span) => ({
    span,
    origin: "model",
    quote: {
      kind: "indirect",
      text: "",
      speaker: null,
      speakerTitle: null,
      cue: null,
      paragraph: 0,
      start: 0,
      end: 0,
    },
  }));

describe("cueClass", () => {
  it("tells reporting verbs, according to, nominal cues and stances apart", () => {
    expect(cueClass("said")).toBe("cue: reporting verb (lexicon)");
    expect(cueClass("according to")).toBe("cue: according to");
    expect(cueClass("criticism of")).toBe("cue: nominal");
    expect(cueClass("prefers")).toBe("cue: stance/attitude/other");
    expect(cueClass(null)).toBe("cue: none");
  });
});

describe("goldTraits", () => {
  it("notes a source after its content, far from its cue, and a content over two sentences", () => {
    const body =
      "The plan will fail. It costs too much, wrote the long-serving and widely read columnist Jones.";
    const g = gold(body, "The plan will fail. It costs too much", "Jones", "wrote");
    const traits = goldTraits(g, [g]);
    expect(traits).toContain("source after content");
    expect(traits).toContain("source far from cue (> 40 chars)");
    expect(traits).toContain("content over several sentences");
  });

  it("notes a chain: an attribution whose content holds another's cue", () => {
    const body = "Smith said Jones claimed the vote was rigged.";
    const outer = gold(body, "Jones claimed the vote was rigged", "Smith", "said");
    const inner = gold(body, "the vote was rigged", "Jones", "claimed");
    expect(goldTraits(outer, [outer, inner])).toContain(
      "chain (nested in or holding another attribution)",
    );
  });
});

describe("coverageTrait", () => {
  it("calls a miss covered by two short predictions split, and one with none missed outright", () => {
    expect(coverageTrait([0, 100], placed([0, 20], [50, 80]))).toBe(
      "missed: split in 2 pieces, 25–50% covered",
    );
    expect(coverageTrait([0, 100], placed([200, 220]))).toBe("missed: nothing predicted there");
  });
});

describe("boundaryTrait", () => {
  const text = "officials said the plan would pass, which surprised nobody in the capital";
  const span = (part: string): [number, number] => [
    text.indexOf(part),
    text.indexOf(part) + part.length,
  ];
  const gold = span("the plan would pass");

  it("tells a statement that runs on into a comma clause from one that starts early", () => {
    expect(boundaryTrait(span("the plan would pass, which surprised nobody"), gold, text)).toBe(
      "boundary: runs on past the gold content, into a clause after a comma",
    );
    expect(boundaryTrait(span("the plan would pass, which"), span("the plan"), text)).toBe(
      "boundary: runs on past the gold content, otherwise",
    );
    expect(boundaryTrait(span("officials said the plan"), gold, text)).toBe(
      "boundary: starts before the gold content",
    );
    expect(boundaryTrait(span("said the plan would pass, which"), gold, text)).toBe(
      "boundary: starts before and runs on past the gold content",
    );
  });
});
