import { existsSync, readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cleanArticle,
  cleanBody,
  normalizeWhiteSpace,
  sentenceKey,
} from "../../src/articles/clean.js";
import { parseSeed } from "../../src/articles/parse.js";
import { splitSentences } from "../../src/articles/sentences.js";

const seedFile = new URL("../../seeds/000_9575b9c55e492da0.txt", import.meta.url);
const cnndmDir = new URL("../../../shared/corpus/cnndm-dev/", import.meta.url);
const hasCnndm = existsSync(cnndmDir);

function readSeed() {
  return parseSeed(readFileSync(seedFile), "000_9575b9c55e492da0", seedFile.pathname);
}

/** True when every sentence of `input` (normalized) appears in the cleaned paragraphs. */
function lostSentences(input: string, paragraphs: readonly string[]): string[] {
  const output = ` ${sentenceKey(paragraphs.join("\n\n"))} `;
  return splitSentences(normalizeWhiteSpace(input))
    .map((span) => span.text)
    .filter((sentence) => sentenceKey(sentence) !== "")
    .filter((sentence) => !output.includes(` ${sentenceKey(sentence)} `));
}

describe("cleanBody", () => {
  describe("on the real seed", () => {
    const paragraphs = cleanBody(readSeed().body);

    it("comes out as seven paragraphs in the article's own order", () => {
      const bounds = paragraphs.map((p) => {
        const words = p.split(" ");
        return `${words.slice(0, 3).join(" ")} … ${words.slice(-4).join(" ")}`;
      });
      expect(bounds).toEqual([
        "Russian Foreign Minister … Minister Choe Son Hui.",
        '"As for the … his North Korean counterpart.',
        "Russia reaffirms its … peninsula, the minister said.",
        '"We have to … of tensions," Lavrov added.',
        "Russian President Vladimir … Hui said on Tuesday.",
        '"The chairman of … with Lavrov in Moscow.',
        "North Korea will … Russia, the minister added.",
      ]);
    });

    it("keeps the lead once", () => {
      const lead = "Russian Foreign Minister Sergey Lavrov said on Tuesday that he will discuss";
      expect(paragraphs.filter((p) => p.includes(lead))).toHaveLength(1);
    });

    it("joins the broken `, the minister said.` line to its sentence", () => {
      expect(paragraphs[2]).toBe(
        "Russia reaffirms its principled position in favor of a comprehensive and just settlement of the existing problems on the peninsula, the minister said.",
      );
    });

    it("splits `Tuesday.North Korea` and keeps each half once", () => {
      const text = paragraphs.join("\n\n");
      expect(text).not.toContain("Tuesday.North");
      expect(paragraphs[4]?.endsWith("said on Tuesday.")).toBe(true);
      expect(paragraphs[6]?.startsWith("North Korea will make every effort")).toBe(true);
      expect(text.split("North Korea will make every effort")).toHaveLength(2);
    });

    it("keeps every distinct sentence of the article exactly once", () => {
      const body = readSeed().body;
      expect(lostSentences(body, paragraphs)).toEqual([]);
      const keys = splitSentences(paragraphs.join("\n\n")).map((span) => sentenceKey(span.text));
      expect(new Set(keys).size).toBe(keys.length);
      // Multi-sentence quotations count as one sentence (no split inside an open quotation).
      expect(keys).toHaveLength(7);
    });

    it("keeps the ellipsis inside the quotation intact", () => {
      expect(paragraphs[5]).toContain("through joint efforts... Comrade Kim Jong Un then invited");
    });

    it("is idempotent on the seed", () => {
      expect(cleanBody(paragraphs.join("\n\n"))).toEqual(paragraphs);
    });
  });

  it("rejoins a line that starts with punctuation to the line before, without a space", () => {
    expect(cleanBody("Talks went on about the peninsula\n, the minister said.")).toEqual([
      "Talks went on about the peninsula, the minister said.",
    ]);
  });

  it("rejoins a line that starts with a lower-case word to the line before, with a space", () => {
    expect(cleanBody("Talks went on about the\npeninsula, the minister said.")).toEqual([
      "Talks went on about the peninsula, the minister said.",
    ]);
  });

  it("keeps a line starting with a capital as its own paragraph", () => {
    expect(cleanBody("The first paragraph.\nThe second paragraph.")).toEqual([
      "The first paragraph.",
      "The second paragraph.",
    ]);
  });

  it("never joins across a blank line", () => {
    expect(cleanBody("The first paragraph.\n\nand the second one.")).toEqual([
      "The first paragraph.",
      "and the second one.",
    ]);
  });

  it("splits glued sentences with a space", () => {
    expect(cleanBody("Lavrov spoke on Tuesday.North Korea will respond.")).toEqual([
      "Lavrov spoke on Tuesday. North Korea will respond.",
    ]);
  });

  it.each([
    "The U.S. and the U.K. agreed.",
    "Some, e.g. North Korea, refused.",
    "The author J. K. Rowling agreed.",
    "It grew 3.5 per cent by 10.30 a.m. on Monday.",
    "Read it on sputnikglobe.com today.",
    '"Through joint efforts... Comrade Kim agreed," Choe said.',
  ])("does not split or change %j", (sentence) => {
    expect(cleanBody(sentence)).toEqual([sentence]);
  });

  it("drops an exact duplicate paragraph, keeping the first", () => {
    const body =
      "First we met. Then we talked.\nSomething else happened.\nFirst we met. Then we talked.";
    expect(cleanBody(body)).toEqual(["First we met. Then we talked.", "Something else happened."]);
  });

  it("drops a near duplicate that differs only in quote style, case and white space", () => {
    const body = [
      '"We will continue," Lavrov said on Tuesday in Moscow.',
      "Choe thanked him.",
      "“We will  continue,”   Lavrov said on tuesday in Moscow.",
    ].join("\n");
    expect(cleanBody(body)).toEqual([
      '"We will continue," Lavrov said on Tuesday in Moscow.',
      "Choe thanked him.",
    ]);
  });

  it("drops a near duplicate sentence that differs by one word in twenty", () => {
    const first =
      "One ladder collapsed, so only 28 of the prisoners made it over the barbed wire, of which three made a home run back to freedom.";
    const second =
      "One ladder collapsed, so only 28 of the prisoners made it over the wire, of which three made a home run back to freedom.";
    expect(cleanBody(`${first}\nThe war ended.\n${second}`)).toEqual([first, "The war ended."]);
  });

  it("keeps short sentences that share all words in another order", () => {
    expect(cleanBody("The dog bit the man.\nThe man bit the dog.")).toEqual([
      "The dog bit the man.",
      "The man bit the dog.",
    ]);
  });

  it("drops a sentence already kept earlier from a later paragraph, keeping the rest", () => {
    const body =
      "Lavrov met Choe in Moscow.\nHe said more. Lavrov met Choe in Moscow. They parted.";
    expect(cleanBody(body)).toEqual(["Lavrov met Choe in Moscow.", "He said more. They parted."]);
  });

  it("drops a teaser block whose sentences all reappear later", () => {
    const body = [
      "The lead sentence comes first.",
      "Second fact is here.Third fact is there.",
      "The lead sentence comes first.",
      "Second fact is here.",
      "Third fact is there.",
    ].join("\n");
    expect(cleanBody(body)).toEqual([
      "The lead sentence comes first.",
      "Second fact is here.",
      "Third fact is there.",
    ]);
  });

  it("keeps the first copy of a block a later paragraph repeats whole, however often", () => {
    const block = "Second fact is here. Third fact is there.";
    expect(cleanBody(["Lead.", block, "Middle.", block].join("\n"))).toEqual([
      "Lead.",
      block,
      "Middle.",
    ]);
    // A page repeating one block thousands of times (each copy once compared with every later
    // one, before): one copy stays.
    const body = Array.from({ length: 3000 }, () => "By John Smith. Staff writer.").join("\n");
    expect(cleanBody(body)).toEqual(["By John Smith. Staff writer."]);
  });

  it("keeps a block when one of its sentences does not reappear", () => {
    const body = ["First fact here. Only said once.", "First fact here.", "Another one."].join(
      "\n",
    );
    expect(cleanBody(body)).toEqual(["First fact here. Only said once.", "Another one."]);
  });

  it("normalizes to NFC and turns non-breaking and other Unicode spaces into plain spaces", () => {
    expect(cleanBody("Cafe\u0301 owners\u00a0met\u2009here.\tAll   of them.")).toEqual([
      "Café owners met here. All of them.",
    ]);
  });

  it("keeps quotation marks and their content intact", () => {
    const body = "“It’s ‘done’,” she said. 'Fine,' he said. \"Go.\" Then they left.";
    expect(cleanBody(body)).toEqual([body]);
  });

  it("keeps the article's order", () => {
    const body = "Zebra news first.\nApple news second.\nMango news third.";
    expect(cleanBody(body)).toEqual([
      "Zebra news first.",
      "Apple news second.",
      "Mango news third.",
    ]);
  });

  it("returns no paragraphs for a blank body", () => {
    expect(cleanBody(" \n\u00a0\n")).toEqual([]);
  });

  describe("properties", () => {
    const words = [
      "army",
      "border",
      "council",
      "deal",
      "economy",
      "forces",
      "growth",
      "health",
      "island",
      "justice",
      "market",
      "nation",
      "office",
      "policy",
      "reform",
      "safety",
      "treaty",
      "union",
      "vote",
      "water",
      "minister",
      "talks",
      "rain",
      "village",
      "report",
      "budget",
    ];
    const sentence = (i: number) =>
      fc
        .tuple(
          fc.constantFrom(...words),
          fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }),
          fc.boolean(),
        )
        .map(([first, rest, comma]) => {
          const head = first.charAt(0).toUpperCase() + first.slice(1);
          const middle =
            comma && rest.length > 1 ? `${rest[0]}, ${rest.slice(1).join(" ")}` : rest.join(" ");
          return `${head} ${middle} item${i}.`;
        });
    /** An article (distinct sentences in paragraphs) and a body with the noise scrapers add. */
    const article = fc
      .integer({ min: 1, max: 12 })
      .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => sentence(i))))
      .chain((sentences) =>
        fc.record({
          sentences: fc.constant(sentences),
          cuts: fc.array(fc.boolean(), {
            minLength: sentences.length,
            maxLength: sentences.length,
          }),
          glue: fc.array(fc.boolean(), {
            minLength: sentences.length,
            maxLength: sentences.length,
          }),
          breakLine: fc.array(fc.boolean(), {
            minLength: sentences.length,
            maxLength: sentences.length,
          }),
          repeatLead: fc.boolean(),
          teaser: fc.boolean(),
        }),
      );
    function bodyOf(input: {
      sentences: string[];
      cuts: boolean[];
      glue: boolean[];
      breakLine: boolean[];
      repeatLead: boolean;
      teaser: boolean;
    }): string {
      const { sentences } = input;
      const paragraphs: string[] = [];
      let current = "";
      sentences.forEach((raw, i) => {
        let text = raw;
        if (input.breakLine[i]) text = text.replace(", ", "\n, ");
        current += current === "" ? text : `${input.glue[i] ? "" : " "}${text}`;
        if (input.cuts[i] || i === sentences.length - 1) {
          paragraphs.push(current);
          current = "";
        }
      });
      const lines = [paragraphs[0]!];
      if (input.teaser && sentences.length > 3) lines.push(sentences.slice(1, 4).join(""));
      if (input.repeatLead) lines.push(paragraphs[0]!);
      lines.push(...paragraphs.slice(1));
      return lines.join("\n");
    }

    it("loses no sentence and keeps their order", () => {
      fc.assert(
        fc.property(article, (input) => {
          const paragraphs = cleanBody(bodyOf(input));
          const output = ` ${sentenceKey(paragraphs.join(" "))} `;
          let previous = -1;
          for (const s of input.sentences) {
            const at = output.indexOf(` ${sentenceKey(s)} `);
            expect(at).toBeGreaterThan(previous);
            previous = at;
          }
        }),
      );
    });

    it("keeps each sentence once", () => {
      fc.assert(
        fc.property(article, (input) => {
          const keys = splitSentences(cleanBody(bodyOf(input)).join("\n\n")).map((span) =>
            sentenceKey(span.text),
          );
          expect(new Set(keys).size).toBe(keys.length);
        }),
      );
    });

    it("is idempotent and deterministic", () => {
      fc.assert(
        fc.property(article, (input) => {
          const body = bodyOf(input);
          const paragraphs = cleanBody(body);
          expect(cleanBody(body)).toEqual(paragraphs);
          expect(cleanBody(paragraphs.join("\n\n"))).toEqual(paragraphs);
        }),
      );
    });

    it("is idempotent on arbitrary text", () => {
      const piece = fc.constantFrom(
        "The",
        "talks",
        "U.S.",
        "J.",
        "3.5",
        ".",
        "?",
        "!",
        "...",
        '"',
        "“",
        "”",
        "‘",
        "’",
        ",",
        " ",
        "\n",
        "\n\n",
        "Korea",
        "tuesday",
        "\u00a0",
        "e\u0301",
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 50 }), (pieces) => {
          const paragraphs = cleanBody(pieces.join(""));
          expect(cleanBody(paragraphs.join("\n\n"))).toEqual(paragraphs);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe.skipIf(!hasCnndm)("on the CNN/DailyMail corpus (../shared/corpus/cnndm-dev)", () => {
    const files = hasCnndm ? readdirSync(cnndmDir).filter((f) => f.endsWith(".txt")) : [];

    it("loses no sentence except near duplicates, and is idempotent, for every file", () => {
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const raw = parseSeed(readFileSync(new URL(file, cnndmDir)), file, file);
        const paragraphs = cleanBody(raw.body);
        expect(cleanBody(paragraphs.join("\n\n")), file).toEqual(paragraphs);
        // A sentence missing from the output must be a near duplicate of one that is there.
        const kept = splitSentences(paragraphs.join("\n\n")).map(
          (s) => new Set(sentenceKey(s.text).split(" ")),
        );
        for (const lost of lostSentences(raw.body, paragraphs)) {
          const words = new Set(sentenceKey(lost).split(" "));
          const best = Math.max(
            ...kept.map(
              (k) => [...words].filter((w) => k.has(w)).length / new Set([...words, ...k]).size,
            ),
          );
          expect(best, `${file}: ${lost}`).toBeGreaterThanOrEqual(0.9);
        }
      }
    });

    it("keeps each article, written as one long line, as one paragraph", () => {
      for (const file of files) {
        const raw = parseSeed(readFileSync(new URL(file, cnndmDir)), file, file);
        if (raw.body.trim().includes("\n")) continue;
        expect(cleanBody(raw.body), file).toHaveLength(1);
      }
    });
  });
});

describe("cleanArticle", () => {
  it("builds the seed article: cleaned paragraphs, title, source and word counts", () => {
    const raw = readSeed();
    const article = cleanArticle(raw, { origin: "seed", addedAt: 1_700_000_000_000 });
    expect(article).toMatchObject({
      id: "000_9575b9c55e492da0",
      date: "2024-01-16",
      url: raw.url,
      source: "sputnikglobe.com",
      title:
        "Lavrov discusses situation on Korean Peninsula with North Korean counterpart in Moscow",
      origin: "seed",
      addedAt: 1_700_000_000_000,
      byline: null,
      siteName: null,
    });
    expect(article.paragraphs).toHaveLength(7);
    expect(article.text).toBe(article.paragraphs.join("\n\n"));
    expect(article.wordCount).toBeLessThan(article.rawWordCount);
  });
});

describe("normalizeWhiteSpace", () => {
  it("turns CRLF into LF, trims lines and removes invisible characters", () => {
    expect(normalizeWhiteSpace(" One\u200b line. \r\n  Two\u00ad lines.\u2028Three. ")).toBe(
      "One line.\nTwo lines.\nThree.",
    );
  });
});

describe("sentenceKey", () => {
  it("ignores case, punctuation, quote style and white space", () => {
    expect(sentenceKey("“We will  continue,” Lavrov said.")).toBe(
      sentenceKey('"we will continue," LAVROV said'),
    );
    expect(sentenceKey("Café in Москва, 2024!")).toBe("café in москва 2024");
  });
});

describe("cleanBody (all sentences compared, or through prefix indexes)", () => {
  it("gives the same paragraphs either way, near duplicates and teasers included", () => {
    const words = [
      "the",
      "port",
      "strike",
      "ended",
      "on",
      "monday",
      "after",
      "talks",
      "with",
      "union",
      "leaders",
      "said",
      "city",
      "officials",
      "late",
    ];
    const base = fc.array(fc.constantFrom(...words), { minLength: 6, maxLength: 14 });
    /** Sentences, some of them an earlier one with a word changed, added or dropped. */
    const sentences = fc
      .array(
        fc.tuple(base, fc.nat(), fc.nat(), fc.constantFrom("same", "swap", "add", "drop", "new")),
        { minLength: 2, maxLength: 30 },
      )
      .map((specs) => {
        const made: string[][] = [];
        for (const [fresh, pick, at, how] of specs) {
          const earlier = made[pick % Math.max(1, made.length)];
          let next = fresh;
          if (earlier && how !== "new") {
            next = [...earlier];
            const i = at % next.length;
            if (how === "swap") next[i] = words[(at + pick) % words.length]!;
            else if (how === "add") next.splice(i, 0, words[at % words.length]!);
            else if (how === "drop" && next.length > 1) next.splice(i, 1);
          }
          made.push(next);
        }
        return made.map((list) => `${list.join(" ").replace(/^./, (c) => c.toUpperCase())}.`);
      });
    const body = fc
      .tuple(sentences, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }))
      .map(([list, breaks]) => list.map((s, i) => (breaks[i] ? `${s}\n` : `${s} `)).join(""));
    fc.assert(
      fc.property(body, (text) => {
        expect(cleanBody(text, 0)).toEqual(cleanBody(text, Number.POSITIVE_INFINITY));
      }),
      { numRuns: 500 },
    );
  });
});
