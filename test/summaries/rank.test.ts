import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  contentWords,
  DEFAULT_WEIGHTS,
  featureRows,
  rankSentences,
  readsAsClause,
  selectSentences,
} from "../../src/summaries/rank.js";
import { MODEL_FEATURES, type SentenceModel } from "../../src/summaries/sentence-model.js";

const sentences = [
  "But will the city council approve the new library budget this week?",
  "The city council approved a budget of 4 million euros for the new public library on Monday.",
  "The mayor asked, 'Who will pay for the new library and its staff?'",
];

describe("rankSentences", () => {
  it("lowers a sentence that asks its own question by the question weight, not a quoted one", () => {
    const plain = rankSentences(sentences, { ...DEFAULT_WEIGHTS, question: 0 }).scores;
    const penalized = rankSentences(sentences, { ...DEFAULT_WEIGHTS, question: 0.5 }).scores;
    expect(penalized[0]).toBeCloseTo(plain[0]! - 0.5);
    expect(penalized[1]).toBeCloseTo(plain[1]!);
    expect(penalized[2]).toBeCloseTo(plain[2]!);
  });

  it("marks newsletter and related-link prompts as boilerplate", () => {
    const prompts = [
      "Sign up for the free daily newsletter.",
      "Get breaking news alerts and special reports.",
      "[Related: Salesforce Dreamforce Keynote]",
      "This post may contain affiliate and/or referral links.",
      "Media playback is unsupported on your device",
    ];
    const ranked = rankSentences([
      ...prompts,
      "The council approved the library budget on Monday.",
    ]);
    expect(ranked.boilerplate).toEqual([...prompts.map(() => true), false]);
  });

  it("adds the lead weight to the first three sentences only", () => {
    const article = [...sentences, "The library will open in the spring of next year downtown."];
    const off = rankSentences(article, { ...DEFAULT_WEIGHTS, lead: 0 }).scores;
    const on = rankSentences(article, { ...DEFAULT_WEIGHTS, lead: 0.5 }).scores;
    expect(on.map((score, i) => score - off[i]!)).toEqual(
      [0.5, 0.5, 0.5, 0].map((x) => expect.closeTo(x)),
    );
  });
});

describe("featureRows", () => {
  it("ends every row with the hand-set score of the given prior weights", () => {
    const rows = featureRows(sentences, "Library budget", DEFAULT_WEIGHTS);
    const hand = rankSentences(sentences, DEFAULT_WEIGHTS).scores;
    expect(rows.map((row) => row.length)).toEqual(sentences.map(() => MODEL_FEATURES.length));
    expect(rows.map((row) => row.at(-1))).toEqual(hand);
  });
});

describe("selectSentences", () => {
  const { model: _, ...prior } = DEFAULT_WEIGHTS;
  const only = (feature: (typeof MODEL_FEATURES)[number]): SentenceModel => ({
    features: [...MODEL_FEATURES],
    prior,
    mean: MODEL_FEATURES.map(() => 0),
    scale: MODEL_FEATURES.map(() => 1),
    weights: MODEL_FEATURES.map((name) => (name === feature ? 1 : 0)),
    bias: 0,
    ridge: 0,
    articles: 0,
    sentences: 0,
  });

  it("ranks by a learned model when the weights carry one", () => {
    const withModel = { ...DEFAULT_WEIGHTS, model: only("quotation") };
    expect(selectSentences(sentences, 1, 0, DEFAULT_WEIGHTS).chosen).toEqual([1]);
    expect(selectSentences(sentences, 1, 0, withModel).chosen).toEqual([2]);
  });

  it("ranks as the hand-set weights do under a model of the hand-set score alone", () => {
    const withModel = { ...DEFAULT_WEIGHTS, model: only("hand-set") };
    expect(rankSentences(sentences, withModel, "Library").scores).toEqual(
      rankSentences(sentences, DEFAULT_WEIGHTS).scores,
    );
  });
});

describe("rankSentences' similarity", () => {
  it("is the same read from the full matrix (centrality weighed) or computed per pair (property)", () => {
    const word = fc.constantFrom("vote", "court", "senate", "budget", "tax", "rain", "city", "law");
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(" ")}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 12 }), (sentences) => {
        const perPair = rankSentences(sentences, DEFAULT_WEIGHTS);
        const matrix = rankSentences(sentences, { ...DEFAULT_WEIGHTS, centrality: 0.5 });
        for (let i = 0; i < sentences.length; i++) {
          for (let j = 0; j < sentences.length; j++) {
            expect(perPair.similarity(i, j)).toBe(matrix.similarity(i, j));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The picks by definition: each time, of the sentences not picked and like no pick (strictly
 * eligible ones first), the first with the highest MMR value.
 */
function picksByDefinition(
  sentences: readonly string[],
  count: number,
  extra: number,
  weights: typeof DEFAULT_WEIGHTS,
): { chosen: number[]; further: number[] } {
  const ranked = rankSentences(sentences, weights);
  const picked: number[] = [];
  const mmr = (i: number) =>
    weights.lambda * ranked.scores[i]! -
    (1 - weights.lambda) * Math.max(0, ...picked.map((j) => ranked.similarity(i, j)));
  const next = (): number | undefined => {
    const open = sentences
      .map((_, i) => i)
      .filter((i) => !picked.includes(i))
      .filter((i) => picked.every((j) => ranked.similarity(i, j) <= weights.maxSimilarity));
    const pool = open.some((i) => ranked.eligible[i])
      ? open.filter((i) => ranked.eligible[i])
      : open;
    const best = Math.max(...pool.map(mmr));
    return pool.find((i) => mmr(i) === best);
  };
  const take = (total: number) => {
    for (let i = next(); picked.length < total && i !== undefined; i = next()) picked.push(i);
  };
  take(count);
  const chosen = [...picked].sort((a, b) => a - b);
  take(count + extra);
  return { chosen, further: picked.slice(chosen.length).sort((a, b) => a - b) };
}

describe("selectSentences' picks", () => {
  it("are the picks by definition, whichever order the tests run in (property)", () => {
    // Few words, so that sentences repeat one another and the likeness test rules some out.
    const word = fc.constantFrom("vote", "court", "senate", "budget", "tax", "rain", "the", "a");
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(" ")}.`);
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 14 }),
        fc.constantFrom(1, 0.7),
        fc.constantFrom(0.3, 0.6),
        (sentences, lambda, maxSimilarity) => {
          const weights = { ...DEFAULT_WEIGHTS, lambda, maxSimilarity };
          expect(selectSentences(sentences, 3, 2, weights)).toEqual(
            picksByDefinition(sentences, 3, 2, weights),
          );
        },
      ),
      { numRuns: 400, seed: 18 },
    );
  });
});

describe("selectSentences with the shipped weights", () => {
  // An obituary's lead: the short fact in second place is news, the later sentence is not.
  const obituary = [
    "Stan Freberg, whose comic career in advertising won him worldwide acclaim, has died.",
    "He was 88.",
    "Freberg died of natural causes at a Santa Monica hospital, his son and daughter confirmed.",
    "His son wrote on Facebook that he will carry his brilliant legacy forward as best he is able.",
  ];

  it("keeps a short opening sentence that a later, longer one would displace without the lead weight", () => {
    expect(selectSentences(obituary, 3, 0, DEFAULT_WEIGHTS).chosen).toEqual([0, 1, 2]);
    const noLead = { ...DEFAULT_WEIGHTS, lead: 0, shortClauses: false };
    expect(selectSentences(obituary, 3, 0, noLead).chosen).toEqual([0, 2, 3]);
  });
});

describe("readsAsClause", () => {
  it("takes a short sentence that reads as one, not the furniture of a page's opening lines", () => {
    for (const sentence of [
      "He was 88.",
      "Xi's problem is simple.",
      'What exactly is "service of process"?',
      "Your “success mindset” matters.",
    ]) {
      expect(readsAsClause(sentence)).toBe(true);
    }
    for (const sentence of [
      "BREAKING NEWS",
      "Sign In",
      "November 20, 2019",
      "ST. JOSEPH, Mich.",
      "JANIE HAR Nov.",
      "Palm Bay d.",
      "Am 12.",
      "Express.",
      "Kathrin Ziegler/Getty",
      "player.setav health * .",
    ]) {
      expect(readsAsClause(sentence)).toBe(false);
    }
  });

  it("counts three words whatever white space stands between them (property)", () => {
    const word = fc.constantFrom("was", "simple", "done", "“quoted”");
    const space = fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0");
    fc.assert(
      fc.property(fc.array(fc.tuple(space, word), { minLength: 1, maxLength: 4 }), (parts) => {
        const sentence = `He${parts.map(([s, w]) => s + w).join("")}.`;
        expect(readsAsClause(sentence)).toBe(1 + parts.length >= 3);
      }),
    );
  });
});

describe("contentWords", () => {
  it("drops stop words and stems plurals lightly", () => {
    expect(contentWords("The councils said the Libraries' budget was 4 million.")).toEqual([
      "council",
      "library",
      "budget",
      "4",
      "million",
    ]);
  });

  it("reads a sentence word by word, whatever stands between its words (property)", () => {
    const word = fc.constantFrom(
      "The",
      "councils",
      "said",
      "Zürich",
      "4",
      "library's",
      "été",
      "was",
    );
    const between = fc.constantFrom(" ", ", ", "—", "“", " (", "\n", "-");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, between), { maxLength: 12 }), (parts) => {
        const sentence = parts.map(([w, b]) => w + b).join("");
        expect(contentWords(sentence)).toEqual(parts.flatMap(([w]) => contentWords(w)));
      }),
    );
  });
});
