import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADVERB, AUX, AUX_OR_ADVERB, SUBJECT } from "../../src/quotes/cue-grammar.js";
import {
  afterDatelineOrDay,
  describedByWhoFrom,
  joinedSubjectBefore,
  matchSentenceSubject,
  matchSubjectBefore,
  subjectThenAuxFrom,
} from "../../src/quotes/cue-subjects.js";

/** matchSubjectBefore as it was before its shortcuts: every start tried, words split by regex. */
const SUBJECT_AT = new RegExp(`(${SUBJECT})\\s+(?:${AUX_OR_ADVERB}\\s+)*$`, "uy");
const CLAUSE_BOUNDARY =
  /(?:,(?!\d)|[;:—–―(])["”’]?\s*(?:(?:and|but|or|yet|so|while|whereas|though|although|because|since|after|before|until|unless|whether|as|even\s+though|even\s+after|even\s+as|even\s+if)\s+)?|--\s*|["”’]\s+|\s(?:and|but|while|as|because|so|when|although|though|where|after|before|since|whereas|until|if)\s+|\s(?:in|on|at|of|for|from|by|with|under|among|to)\s+(?:which|whom)\s+/g;
const SENTENCE_OPENER =
  /^(?:But|And|Yet|So|Still|However|Meanwhile|Now|Then|Also|Instead|Indeed|Later|Earlier|Separately|Similarly|Previously|As|While|Whereas|When|Although|Though|Because|If|Since|Once|Until)\s+/;
const ADVERB_WORD = new RegExp(`^${ADVERB}$`, "u");
const AUX_WORDS = new Set(AUX.slice(3, -1).split("|"));
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}’'-]*|(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Jr|Sr)\.)$/u;
const FUNCTION_WORD =
  /^(?:To|In|On|At|For|With|From|By|As|If|When|After|Before|While|The|A|An|This|That|These|Those|It|But|And|Or|So|Yet|According|Of|Since|Until|Although|Though|Because|Despite|During|Under|Over|Like|Unlike|Without|Within|Then|Now|Still|Also|Even|Only|Just|Why|What|How|Where|Who|There|Here|Let[’']s)$/;
const NAME_CONNECTOR = /^(?:de|da|del|di|van|von|der|den|bin|ibn|al|la|le|du|of)$/;
const PARTY = /^\((?:D|R|I)(?:-\p{Lu}[\p{L}.]{0,5})?\)$/u;
const DASH_ASIDE = /\s(?:—|–|--)\s[^—–"“”]{1,100}?\s(?:—|–|--)\s$/;

function bySlowPath(text: string, verbAt: number): { speaker: string; at: number } | null {
  const from = Math.max(0, verbAt - 160);
  const pre = text.slice(from, verbAt);
  // An aside between dashes before the verb: the subject is before it.
  const aside = /\s$/.test(pre) ? DASH_ASIDE.exec(pre) : null;
  if (aside) return bySlowPath(text, from + aside.index + 1);
  const starts: number[] = [];
  if (from === 0) {
    starts.push(0);
    const opener = SENTENCE_OPENER.exec(pre);
    if (opener) starts.push(opener[0].length);
  }
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(pre); m; m = CLAUSE_BOUNDARY.exec(pre)) {
    starts.push(m.index + m[0].length);
  }
  starts.sort((a, b) => a - b);
  for (const start of starts) {
    if (start >= pre.length) break;
    SUBJECT_AT.lastIndex = start;
    const m = SUBJECT_AT.exec(pre);
    // A subject joined by `and` to one opening the sentence (`His wife Anne and their two
    // children`), a grammar of its own rather than a shortcut.
    const joined = from === 0 ? joinedSubjectBefore(pre, start) : null;
    if (m?.[1] !== undefined) {
      return joined !== null
        ? { speaker: joined + m[1], at: 0 }
        : { speaker: m[1], at: from + start };
    }
    // A description and the relative clause restricting it (forty-second session), a grammar
    // of its own rather than a shortcut.
    const described = describedByWhoFrom(text, from, start, verbAt);
    if (described !== null) {
      return joined !== null
        ? { speaker: joined + described, at: 0 }
        : { speaker: described, at: from + start };
    }
  }
  const party = /\s\((?:D|R|I)(?:-\p{Lu}[\p{L}.]{0,5})?\),\s$/u.exec(pre);
  if (party) return bySlowPath(text, from + party.index + 1);
  const words: { word: string; at: number }[] = [];
  const re = /\S+/g;
  re.lastIndex = pre.length > 100 ? pre.length - 100 : 0;
  for (let m = re.exec(pre); m; m = re.exec(pre)) words.push({ word: m[0], at: m.index });
  let i = words.length - 1;
  while (i >= 0 && (AUX_WORDS.has(words[i]!.word) || ADVERB_WORD.test(words[i]!.word))) i--;
  if (i > 0 && PARTY.test(words[i]!.word)) i--;
  if (i < 0 || !/\s$/.test(pre)) return null;
  const last = words[i]!;
  if (["he", "she", "they", "who", "we", "I"].includes(last.word)) {
    return { speaker: last.word, at: from + last.at };
  }
  let j = i;
  while (
    j >= 0 &&
    (NAME_WORD.test(words[j]!.word) || (j < i && NAME_CONNECTOR.test(words[j]!.word)))
  )
    j--;
  while (j + 1 <= i && NAME_CONNECTOR.test(words[j + 1]!.word)) j++;
  while (j + 1 <= i && FUNCTION_WORD.test(words[j + 1]!.word)) j++;
  if (j === i) return null;
  const first = words[j + 1]!;
  return { speaker: pre.slice(first.at, last.at + last.word.length), at: from + first.at };
}

/** A subject at the text's start without the dateline opening it (`ACCRA, Ghana (AP) — `). */
function withoutDateline(found: { speaker: string; at: number } | null) {
  if (found?.at !== 0) return found;
  const dateline = afterDatelineOrDay(found.speaker);
  return dateline > 0 && dateline < found.speaker.length
    ? { speaker: found.speaker.slice(dateline), at: dateline }
    : found;
}

describe("matchSentenceSubject", () => {
  it("finds the name opening a sentence when a verb follows it", () => {
    expect(matchSentenceSubject("Reid frequently mocked Romney for his taxes.")).toEqual({
      speaker: "Reid",
      at: 0,
    });
  });

  it("looks past an opening phrase set off by a comma", () => {
    const sentence = "On Thursday, Trump spoke to reporters.";
    expect(matchSentenceSubject(sentence)).toEqual({ speaker: "Trump", at: 13 });
  });
});

describe("matchSubjectBefore", () => {
  const at = (text: string) => text.lastIndexOf("said");

  it("takes the subject of the clause right before the verb", () => {
    const text = "The plan is dead, the senator has said";
    expect(matchSubjectBefore(text, at(text))).toEqual({ speaker: "the senator", at: 18 });
  });

  it("takes the subject after `, as`, not the name at its end", () => {
    const text = "But the last part, as Paul Krugman of the New York Times said";
    expect(matchSubjectBefore(text, at(text))?.speaker).toBe("Paul Krugman of the New York Times");
  });

  it("takes a name right before the verb without a clause boundary", () => {
    const text = "In a meeting with editors Trump said";
    expect(matchSubjectBefore(text, at(text))?.speaker).toBe("Trump");
  });

  it("takes a name before adverbs and auxiliaries right before the verb", () => {
    const text = "In a meeting with editors Trump has sharply said";
    expect(matchSubjectBefore(text, at(text))).toEqual({ speaker: "Trump", at: 26 });
  });

  it("keeps what it found in a memo keyed by the text's offset, for any length of that text", () => {
    const sentence = "The plan is dead, the senator has said on Monday.";
    const verbAt = sentence.indexOf("said");
    const memo = { found: new Map(), offset: 40 };
    const first = matchSubjectBefore(sentence, verbAt, memo);
    expect(first).toEqual(matchSubjectBefore(sentence, verbAt));
    // The same words cut shorter, from the same offset: the memo answers.
    expect(matchSubjectBefore(sentence.slice(0, verbAt + 4), verbAt, memo)).toBe(first);
    expect(memo.found.size).toBe(1);
  });

  it("finds no subject when the verb follows no words", () => {
    expect(matchSubjectBefore("“said", 1)).toBeNull();
  });

  it("finds what the patterns tried at every start find, in any text (property)", () => {
    const pieces = fc.constantFrom(
      " ",
      "  ",
      "\u00a0",
      ",",
      ", ",
      "; ",
      "“",
      "” ",
      "(",
      ") ",
      "-- ",
      "— ",
      "(D-MA) ",
      "(D-MA), ",
      "Let’s ",
      "Trump ",
      "Mr. ",
      "de ",
      "the ",
      "senator ",
      "In ",
      "who ",
      "in which ",
      "he ",
      "has ",
      "also ",
      "quickly ",
      "sharply ",
      "officials ",
      "and ",
      "told ",
      "É",
      "x",
      "Ana Ruiz",
      "Hillary Clinton and Donald Trump spoke in the evening with reporters there ",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.nat(20), (parts, pad) => {
        const text = `${"#".repeat(pad)}${parts.join("")}`;
        for (const verbAt of [text.length, Math.max(0, text.length - 3)]) {
          expect(matchSubjectBefore(text, verbAt)).toEqual(
            withoutDateline(bySlowPath(text, verbAt)),
          );
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("subjectThenAuxFrom", () => {
  it("finds what the patterns anchored at the start, or after a comma or dash, found (property)", () => {
    // The two patterns the one sticky pattern replaced (twenty-ninth session).
    const atStart = new RegExp(`^(${SUBJECT})\\s+(?:${AUX_OR_ADVERB}\\s+)*$`, "u");
    const afterGap = new RegExp(`^\\s*[,—–]?\\s*(${SUBJECT})\\s+(?:${AUX_OR_ADVERB}\\s+)*$`, "u");
    const gap = /^\s*[,—–]?\s*/;
    const pieces = fc.constantFrom(
      " ",
      "\u00a0",
      ",",
      ", ",
      "— ",
      "–",
      "-- ",
      "The ",
      "the ",
      "Trump ",
      "Ana Ruiz ",
      "Mr. ",
      "senator ",
      "officials ",
      "he ",
      "who ",
      "and ",
      "has ",
      "also ",
      "sharply ",
      "last week ",
      "(D-MA) ",
      "a spokesman for the company ",
      "60 percent of voters ",
    );
    let found = 0;
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const afterComma = subjectThenAuxFrom(text, gap.exec(text)![0].length);
        expect(subjectThenAuxFrom(text, 0)).toBe(atStart.exec(text)?.[1] ?? null);
        expect(afterComma).toBe(afterGap.exec(text)?.[1] ?? null);
        if (afterComma !== null) found++;
      }),
      { numRuns: 600 },
    );
    // Not only texts with no subject: the generator builds subjects too.
    expect(found).toBeGreaterThan(30);
  });
});
