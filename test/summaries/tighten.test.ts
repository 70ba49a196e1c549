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

  it("removes the URL, stamp, byline and capitals dateline a web page glues to its first sentence", () => {
    const cases: [string, string][] = [
      [
        "https://www.chron.com/business/article/New-car-sales-14847624.php New car sales plunge 10 percent in October.",
        "New car sales plunge 10 percent in October.",
      ],
      [
        "Nov. 20, 2019, 9:28 AM UTC VIENNA — The house where Hitler was born will be a police station.",
        "The house where Hitler was born will be a police station.",
      ],
      [
        "November 18, 2019 | 4:10pm A case of the plague was reported in China.",
        "A case of the plague was reported in China.",
      ],
      [
        "19.11.2019, 08:57 The attorney general is investigating WeWork.",
        "The attorney general is investigating WeWork.",
      ],
      [
        "November 20, 2019 - 11:28 AMT At least 106 protesters have been killed.",
        "At least 106 protesters have been killed.",
      ],
      [
        "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET) Welcome to the new laptop.",
        "Welcome to the new laptop.",
      ],
      [
        "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m. PG&E was set to begin shutting off power.",
        "PG&E was set to begin shutting off power.",
      ],
      [
        "By Justine Coleman - 11/18/19 11:04 PM EST A New York man pleaded guilty.",
        "A New York man pleaded guilty.",
      ],
      [
        "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM NASA scientists found water.",
        "NASA scientists found water.",
      ],
      [
        "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m. The claim is false.",
        "The claim is false.",
      ],
      ["SIOUX FALLS, S.D. – People are talking about it.", "People are talking about it."],
      [
        "Steve Peoples, Ap National Political Writer New uncertainty hangs over the primary.",
        "New uncertainty hangs over the primary.",
      ],
      [
        "Meg Kinnard and Errin Haines, Associated Press About a dozen owners were gathered.",
        "About a dozen owners were gathered.",
      ],
      ["Tom Krisher, Ap Auto Writer", ""],
      [
        "A row of cars sits at a dealership (AP Photo/David Zalubowski).",
        "A row of cars sits at a dealership.",
      ],
      [
        "The core stage was installed in November (credit: NASA/Jude Guidry).",
        "The core stage was installed in November.",
      ],
      ["November 18, 2019", ""],
    ];
    for (const [sentence, tightened] of cases) expect(tightenSentence(sentence)).toBe(tightened);
  });

  it("keeps a sentence that only starts with a date, a byline-like phrase or a capital word", () => {
    for (const sentence of [
      "By Monday, officials had counted 40 votes.",
      "By Friday, November 20, 2019 the vote had failed.",
      "November 18, 2019 was the day the vote failed.",
      "May 2019 was warm.",
      "10.5 million people voted on Tuesday.",
      "NASA said the launch — its third — went well.",
      "John Smith, AP Writer said the story was old.",
      "Police said Smith, AP reported, was arrested.",
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

  it("reads any white space as one space, whichever spaces the text holds (property)", () => {
    const word = fc.constantFrom("The", "mayor", "said", "(pictured)", "“we win”", "Boston", "-");
    const space = fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", " \n ");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 10 }), (parts) => {
        const sentence = `${parts.map(([w, s]) => w + s).join("")}.`;
        expect(tightenSentence(sentence)).toBe(tightenSentence(sentence.replace(/\s+/g, " ")));
        expect(tightenSentence(sentence)).not.toMatch(/\s\s|[^\S ]/);
      }),
    );
  });
});
