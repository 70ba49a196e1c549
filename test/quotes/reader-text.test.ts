import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract.js";
import { quoteForReader } from "../../src/quotes/reader-text.js";

describe("quoteForReader", () => {
  it("joins a quotation carried on into its next paragraph, without the mark that carries it", () => {
    const paragraphs = [
      "“This has been the hardest year in our history. We have had to make hard decisions.",
      "“But I believe we are now on the right path,” she said.",
    ];
    const [quote] = extractQuotes({ text: paragraphs.join("\n\n"), paragraphs });
    expect(quote?.text).toContain("\n\n“But");
    expect(quoteForReader(quote!.text)).toBe(
      "This has been the hardest year in our history. We have had to make hard decisions. But I believe we are now on the right path",
    );
  });

  it("keeps marks inside a paragraph and turns each run of white space into one space", () => {
    expect(quoteForReader("  It was a “fair”\n deal.  ")).toBe("It was a “fair” deal.");
    expect(quoteForReader('One.\n\n"Two.')).toBe("One. Two.");
  });

  it("drops the speaker's own cue set off inside a reported statement, keeping the commas a clause needs", () => {
    const paragraphs = [
      "Representative David McKinley spoke at the hearing.",
      "A major part of the reason that more resources are needed, McKinley said, is the flow of drugs into the country.",
    ];
    const quote = extractQuotes({ text: paragraphs.join("\n\n"), paragraphs }).find(
      (q) => q.kind === "indirect",
    );
    expect(quote?.speaker).toBe("David McKinley");
    expect(quoteForReader(quote!.text, quote!.speaker)).toBe(
      "A major part of the reason that more resources are needed is the flow of drugs into the country",
    );
    expect(
      quoteForReader(
        "He rigged a mast, Jordan said, but he could make little headway",
        "Frank Jordan",
      ),
    ).toBe("He rigged a mast, but he could make little headway");
    expect(quoteForReader("In 1997, she wrote, she met him", "Elise Matthesen")).toBe(
      "In 1997, she met him",
    );
  });

  it("drops a described speaker's own cue set off inside a statement, keeping the comma before a phrase that describes the whole", () => {
    const paragraphs = [
      "Britain's economy unexpectedly shrank by 0.1% in October, official figures show, the second monthly contraction in a row.",
    ];
    const quote = extractQuotes({ text: paragraphs.join("\n\n"), paragraphs }).find(
      (q) => q.kind === "indirect",
    );
    expect(quote?.speaker).toBe("official figures");
    expect(quoteForReader(quote!.text, quote!.speaker)).toBe(
      "Britain's economy unexpectedly shrank by 0.1% in October, the second monthly contraction in a row",
    );
    expect(
      quoteForReader(
        "Prices rose again, the company said, the third rise this year",
        "the company",
      ),
    ).toBe("Prices rose again, the third rise this year");
    expect(
      quoteForReader("Prices rose again, the bank said, the third rise this year", "the company"),
    ).toBe("Prices rose again, the bank said, the third rise this year");
    // With an auxiliary, and a verb of announcing.
    const fares = [
      "Rail fares in England will rise by 4.6% from March, the government has confirmed, the biggest increase in more than a year.",
    ];
    const rise = extractQuotes({ text: fares[0]!, paragraphs: fares })[0]!;
    expect([rise.speaker, quoteForReader(rise.text, rise.speaker)]).toEqual([
      "the government",
      "Rail fares in England will rise by 4.6% from March, the biggest increase in more than a year",
    ]);
  });

  it("keeps a cue inside the statement that is someone else's, or that the statement repeats", () => {
    expect(quoteForReader("The plan, Smith said, is dead", "Jones")).toBe(
      "The plan, Smith said, is dead",
    );
    expect(quoteForReader("After that, Ford wrote, and wrote, and wrote", "John Ford")).toBe(
      "After that, Ford wrote, and wrote, and wrote",
    );
    expect(quoteForReader("The plan, Jones said, is dead")).toBe("The plan, Jones said, is dead");
  });

  it("shows a refusal with its verb, which a reported statement's `to …` alone reads as the opposite of", () => {
    expect(quoteForReader("to blame the referee", "Southgate", "refused")).toBe(
      "refused to blame the referee",
    );
    expect(
      quoteForReader("to say whether staff were disciplined", "A spokeswoman", "declined"),
    ).toBe("declined to say whether staff were disciplined");
    expect(quoteForReader("the referee was wrong", "Southgate", "said")).toBe(
      "the referee was wrong",
    );
    expect(quoteForReader("to blame the referee", "Southgate", "wanted")).toBe(
      "to blame the referee",
    );
  });

  it("shows a question with its verb, which a reported `whether …` alone reads as a claim", () => {
    expect(quoteForReader("whether Apple would raise prices", null, "Asked")).toBe(
      "asked whether Apple would raise prices",
    );
    expect(quoteForReader("if he had met Trump", "A reporter", "asked")).toBe(
      "asked if he had met Trump",
    );
    expect(quoteForReader("how the plan would work", "Smith", "wondered")).toBe(
      "wondered how the plan would work",
    );
    expect(quoteForReader("if elected, she would back the bill", "Smith", "said")).toBe(
      "if elected, she would back the bill",
    );
    expect(quoteForReader("the plan would work", "Smith", "asked")).toBe("the plan would work");
  });

  it("drops the comma a statement cut mid-sentence keeps inside its closing quotation mark", () => {
    expect(quoteForReader("it spent “far too much,”", "Chip Roy", "said")).toBe(
      "it spent “far too much”",
    );
    expect(quoteForReader("the plan was “dead.”", "Smith", "said")).toBe("the plan was “dead.”");
  });

  it("shows a statement that is its cue's object with the cue, not as a bare order or headline", () => {
    // [the statement's words, its speaker, its cue, what the reader sees]
    const cases: [string, string | null, string, string][] = [
      ["remain in the race", "Sanders", "vowed to", "vowed to remain in the race"],
      [
        "an independent investigation",
        "Newsom",
        "called for",
        "called for an independent investigation",
      ],
      ["residents to stay indoors", "Officials", "urged", "urged residents to stay indoors"],
      [
        "a $50 billion share buyback",
        "Nvidia",
        "announced",
        "announced a $50 billion share buyback",
      ],
      [
        "allies to speed up deliveries",
        "Zelenskyy",
        "urging",
        "urging allies to speed up deliveries",
      ],
      [
        "a £760m bill for pay claims",
        "The council",
        "citing",
        "citing a £760m bill for pay claims",
      ],
      [
        "growing calls for a ceasefire",
        "Netanyahu",
        "rejecting",
        "rejecting growing calls for a ceasefire",
      ],
      [
        "of raping two girls who had been abducted",
        null,
        "accused",
        "accused of raping two girls who had been abducted",
      ],
      [
        "Mr Powell for not cutting rates faster",
        "Donald Trump",
        "attacked",
        "attacked Mr Powell for not cutting rates faster",
      ],
      ["Sanders in the primary", "Many voters", "backed", "backed Sanders in the primary"],
      // A clause reads on its own; `according to` frames a claim.
      ["the factory would close", "Nvidia", "announced", "the factory would close"],
      ["Revenue rose 5%", "the company", "according to", "Revenue rose 5%"],
    ];
    for (const [text, speaker, cue, shown] of cases) {
      expect(quoteForReader(text, speaker, cue)).toBe(shown);
    }
  });

  it("shows the verb of an object followed by `as` or an infinitive, or by a label in quotation marks, and of a proposal or a post", () => {
    const cases: [string, string, string, string][] = [
      [
        "the cut as a “precautionary measure” aimed at supporting market stability",
        "Saudi Arabia's energy ministry",
        "described",
        "described the cut as a “precautionary measure” aimed at supporting market stability",
      ],
      [
        "parents to check their children's records after an outbreak spread to 14 schools",
        "Health officials",
        "urging",
        "urging parents to check their children's records after an outbreak spread to 14 schools",
      ],
      [
        "the agency's case “fundamentally flawed”",
        "The companies",
        "called",
        "called the agency's case “fundamentally flawed”",
      ],
      [
        "selling 413 stores to a smaller rival",
        "The companies",
        "proposed",
        "proposed selling 413 stores to a smaller rival",
      ],
      [
        "a sample of the files on a leak site",
        "The group",
        "posted",
        "posted a sample of the files on a leak site",
      ],
      [
        "which local partner it would use",
        "The company",
        "did not say",
        "did not say which local partner it would use",
      ],
      [
        "the failure on an engine that fired for longer than planned",
        "Roscosmos",
        "blamed",
        "blamed the failure on an engine that fired for longer than planned",
      ],
      // A clause before `to` reads on its own.
      ["he would run to succeed Smith", "Jones", "announced", "he would run to succeed Smith"],
    ];
    for (const [text, speaker, cue, shown] of cases) {
      expect(quoteForReader(text, speaker, cue)).toBe(shown);
    }
  });

  it("shows an order with its verb, whom it orders reading as its object (`ordered him to pay …`)", () => {
    expect(quoteForReader("him to pay a £2,000 fine and costs", "Susan Clarke", "ordered")).toBe(
      "ordered him to pay a £2,000 fine and costs",
    );
    expect(quoteForReader("staff to leave the building", "The council", "instructed")).toBe(
      "instructed staff to leave the building",
    );
  });

  it("drops `, according to X,` inside a statement when X is its speaker", () => {
    expect(
      quoteForReader(
        "A teenager became seriously ill in November, according to health officials, and the source of his infection remains unknown",
        "health officials",
        "according to",
      ),
    ).toBe(
      "A teenager became seriously ill in November, and the source of his infection remains unknown",
    );
    expect(
      quoteForReader(
        "The biggest change, according to Smith, is the timing",
        "John Smith",
        "according to",
      ),
    ).toBe("The biggest change is the timing");
    expect(
      quoteForReader(
        "The biggest change, according to a person close to the process, is the timing",
        "John Smith",
        "according to",
      ),
    ).toBe("The biggest change, according to a person close to the process, is the timing");
  });

  it("keeps the verb after a speaker who does not hold the statement (`Not everyone: agrees …`)", () => {
    expect(quoteForReader("the threat has grown", "Not everyone", "agrees")).toBe(
      "agrees the threat has grown",
    );
    expect(quoteForReader("the threat has grown", "Norway", "said")).toBe("the threat has grown");
  });
});
