import { describe, expect, it } from "vitest";
import { findMarkSpans, openingStyle } from "../../src/quotes/marks.js";

function contents(text: string): string[] {
  return findMarkSpans(text).map((s) => text.slice(s.contentStart, s.contentEnd));
}

describe("findMarkSpans", () => {
  it("finds straight, curly, single and guillemet quotes", () => {
    expect(contents('He said "yes" and “no” and ‘maybe’ and «peut-être».')).toEqual([
      "yes",
      "no",
      "maybe",
      "peut-être",
    ]);
  });

  it("treats apostrophes as letters, not quote marks", () => {
    expect(contents("It’s the players’ night and the ’90s crowd’s too.")).toEqual([]);
  });

  it("reads an elided year (`in ‘08`, `the ‘90s`) as no opening mark", () => {
    const text = "Johnson said in ‘08 that the ‘90s were ‘different’ times.";
    expect(findMarkSpans(text).map((s) => text.slice(s.contentStart, s.contentEnd))).toEqual([
      "different",
    ]);
  });

  it("keeps a nested quote inside its outer quote", () => {
    expect(contents("“They call it ‘the plan’ now,” she said.")).toEqual([
      "They call it ‘the plan’ now,",
    ]);
  });

  it("ends an unclosed quote at the paragraph end and marks it open", () => {
    const [span] = findMarkSpans("She said: “We will not stop  ");
    expect(span).toMatchObject({ closed: false, continued: false });
  });

  it("cuts an open quote where a new one opens after a sentence end (joined paragraphs)", () => {
    const spans = findMarkSpans("‘I had a taste of it. ‘But it is not about me,’ said Locke.");
    expect(spans.map((s) => s.continued)).toEqual([true, false]);
  });

  it("reads straight single marks as quotation marks, as the Daily Mail prints them", () => {
    const text = "He said: 'I've got some nice experiences.' The team was 'in good shape'.";
    expect(contents(text)).toEqual(["I've got some nice experiences.", "in good shape"]);
    expect(findMarkSpans(text).map((s) => s.style)).toEqual(["single", "single"]);
  });

  it("closes a quote at a plural possessive when no other mark closes it before the next opens", () => {
    expect(contents("He said 'minorities' and 'radical extremism' were his words.")).toEqual([
      "minorities",
      "radical extremism",
    ]);
    expect(contents("They are ‘booth babes’ designed to attract people.")).toEqual(["booth babes"]);
    expect(contents("He said: 'The players' union is strong.' Then he left.")).toEqual([
      "The players' union is strong.",
    ]);
    // A quoted sentence runs on into the quote that opens after its sentence end; a fragment ends.
    expect(contents("'We have fun, we enjoy each others' company. 'I missed that.'")).toEqual([
      "We have fun, we enjoy each others' company.",
      "I missed that.",
    ]);
    expect(contents("It got 'Likes' on Facebook, one musing: 'Heavy bags.'")).toEqual([
      "Likes",
      "Heavy bags.",
    ]);
  });

  it("continues a straight single quote where a new one opens after a sentence end", () => {
    const text = "He said: 'I've got it. 'It's not so good. I think so. 'Everyone knows.' He left.";
    expect(contents(text)).toEqual([
      "I've got it.",
      "It's not so good. I think so.",
      "Everyone knows.",
    ]);
    expect(findMarkSpans(text).map((s) => s.continued)).toEqual([true, true, false]);
  });

  it("reads a straight mark that elides a word or opens an unclosed lower-case word as an apostrophe", () => {
    expect(
      contents("They rock 'n' roll, 'Tis the season, 'cause in the '90s 'em all went."),
    ).toEqual([]);
    expect(contents("Fans 'love it, the union said.")).toEqual([]);
    // A capital after the mark opens a quote even unclosed: a quoted paragraph that runs on.
    expect(findMarkSpans("He said: 'We will not stop")).toMatchObject([{ closed: false }]);
  });

  it("reads NYT-style '' marks as double quotes", () => {
    expect(contents("''This isn't tax reform,'' he said.")).toEqual(["This isn't tax reform,"]);
  });

  it("closes a curly quote with a straight mark when no curly mark follows", () => {
    const text =
      '“Deals should not be required," he said, adding they were handed out "like candy."';
    const spans = findMarkSpans(text);
    expect(spans.map((s) => [text.slice(s.contentStart, s.contentEnd), s.closed])).toEqual([
      ["Deals should not be required,", true],
      ["like candy.", true],
    ]);
  });

  it("closes a straight quote with a curly mark when no straight mark follows", () => {
    const text = '"I know. I know,” Henry said. “It is a dangerous moment.”';
    const spans = findMarkSpans(text);
    expect(spans.map((s) => [text.slice(s.contentStart, s.contentEnd), s.closed])).toEqual([
      ["I know. I know,", true],
      ["It is a dangerous moment.", true],
    ]);
  });

  it("closes a straight quote with a curly mark before a reporting verb", () => {
    const text = '"They do a great job,” he continued. "They are afraid."';
    expect(contents(text)).toEqual(["They do a great job,", "They are afraid."]);
  });

  it("opens a curly quote before a spaced ellipsis", () => {
    expect(contents("As Politico reported, “ … Trump would win, and handily.”")).toEqual([
      " … Trump would win, and handily.",
    ]);
  });

  it("reads a doubled opening mark as one", () => {
    expect(contents('"“You don’t win by states,” Rubio said before adding more."')).toEqual([
      "You don’t win by states,",
    ]);
  });

  it("leaves a curly quote nested in a straight one its own closing mark", () => {
    expect(contents('"It is not about “Equal Justice” anymore. It is about power')).toEqual([
      "It is not about “Equal Justice” anymore. It is about power",
    ]);
  });

  it("keeps waiting for a straight mark when one follows", () => {
    expect(contents('"The “best” deal," he said.')).toEqual(["The “best” deal,"]);
  });
});

describe("openingStyle", () => {
  it("names the mark a paragraph opens with", () => {
    expect(openingStyle("  “Next,")).toBe("curly");
    expect(openingStyle("No quote")).toBeNull();
  });
});
