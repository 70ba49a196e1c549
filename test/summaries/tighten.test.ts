import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkQuotes } from "../../src/summaries/quote-check.js";
import { tightenSentence } from "../../src/summaries/tighten.js";

const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when `part`'s words appear in `whole` in the same order. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let i = 0;
  for (const word of whole) if (word === part[i]) i++;
  return i === part.length;
}

describe("tightenSentence", () => {
  it("removes a wire dateline glued to the text or set off by a dash", () => {
    expect(tightenSentence("Boston (CNN)Guilty across the board.")).toBe(
      "Guilty across the board.",
    );
    expect(tightenSentence("Kathmandu, Nepal (CNN)Rescuers pulled a man from the rubble.")).toBe(
      "Rescuers pulled a man from the rubble.",
    );
    expect(tightenSentence("WASHINGTON (AP) — The Senate passed the bill on Friday.")).toBe(
      "The Senate passed the bill on Friday.",
    );
    expect(tightenSentence('(CNN)"A long, long time ago..."')).toBe('"A long, long time ago..."');
  });

  it("keeps a bracket after a name that is not a dateline", () => {
    for (const sentence of [
      "Senator Jane Smith (D) said the bill would pass.",
      "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015 at Liberty University.",
    ]) {
      expect(tightenSentence(sentence)).toBe(sentence);
    }
  });

  it("removes bylines and timestamps at the start", () => {
    expect(
      tightenSentence(
        "By . Daily Mail Reporter . PUBLISHED: . 10:31 EST, 3 April 2015 . | . UPDATED: . 10:47 EST, 3 April 2015 . The club confirmed the deal.",
      ),
    ).toBe("The club confirmed the deal.");
    expect(
      tightenSentence("Last updated at 3:32 PM on 3rd April 2015 The club confirmed the deal."),
    ).toBe("The club confirmed the deal.");
  });

  it("removes video prompts and pointers to pictures the reader cannot see", () => {
    expect(
      tightenSentence(
        "Scroll down for video Prisoner Carlos Boente (pictured) was jailed for five years.",
      ),
    ).toBe("Prisoner Carlos Boente was jailed for five years.");
    expect(tightenSentence("James Boase, pictured, failed to stop after hitting a car.")).toBe(
      "James Boase failed to stop after hitting a car.",
    );
    expect(tightenSentence("Pat, 69, pictured left in fancy dress, enjoys pole dancing.")).toBe(
      "Pat, 69, enjoys pole dancing.",
    );
    expect(
      tightenSentence("Markus Asberg (left) and Samuel Kvarzell (far right) stopped the attack."),
    ).toBe("Markus Asberg and Samuel Kvarzell stopped the attack.");
    expect(tightenSentence("Scroll down for video")).toBe("");
  });

  it("keeps a bracket that is not about a picture", () => {
    for (const sentence of [
      "A kite measuring 6,000 metres (3.7 miles) was taken to the festival.",
      "The Senate must confirm the picks (back when it was Republicans who were picking them).",
    ]) {
      expect(tightenSentence(sentence)).toBe(sentence);
    }
  });

  it("puts back the full stop after a caption glued to the front of a sentence, without its label", () => {
    expect(
      tightenSentence(
        "Accused: Dr Ram Manohar, 38, has denied four counts of assault A senior doctor is accused of groping a nurse.",
      ),
    ).toBe(
      "Dr Ram Manohar, 38, has denied four counts of assault. A senior doctor is accused of groping a nurse.",
    );
    expect(
      tightenSentence(
        "People who never divorced can expect a higher income than a colleague The cost of divorce can wreck retirement, research says.",
      ),
    ).toBe(
      "People who never divorced can expect a higher income than a colleague. The cost of divorce can wreck retirement, research says.",
    );
  });

  it("changes nothing where a capital letter names something", () => {
    for (const sentence of [
      "Manohar offered to help Nurse A with her training on December 23, Liverpool Crown Court heard.",
      "Some new products claim to stop the damage from infra-red A rays and others say they protect the skin.",
      "A family of five pile onto scooters to get from A to B while another carries a pile of chairs.",
      "The others are identified only by letters A through I. Survey I showed less bias than the rest.",
      "Freberg died at a Santa Monica hospital, his son and daughter confirmed to The Hollywood Reporter.",
    ]) {
      expect(tightenSentence(sentence)).toBe(sentence);
    }
  });

  it("never changes quoted words", () => {
    for (const sentence of [
      "'I was there (pictured) all night, the whole time and then The police came in,' she said.",
      '"Scroll down for video, said the banner on the page," the editor wrote.',
      "'He was, pictured, there,' she said of the event.",
    ]) {
      expect(tightenSentence(sentence)).toBe(sentence);
    }
  });

  it("keeps the words of the sentence in order and passes the quote check (property)", () => {
    const piece = fc.constantFrom(
      "the council",
      "approved",
      "the budget",
      "(pictured)",
      ", pictured,",
      "(left)",
      "Scroll down for video",
      "'we will build it,'",
      '"a fine day"',
      "she said",
      "on Monday",
      "The mayor",
      "A spokesman",
      "said",
      "(CNN)",
      "Boston",
      "colleague",
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (pieces) => {
        const sentence = `${pieces.join(" ")}.`;
        const tightened = tightenSentence(sentence);
        expect(isSubsequence(tokens(tightened), tokens(sentence))).toBe(true);
        const checked = checkQuotes({ text: tightened, keyPoints: [] }, sentence);
        expect(checked.removed).toEqual([]);
        if (tightened) expect(tightenSentence(tightened)).toBe(tightened);
      }),
    );
  });
});
