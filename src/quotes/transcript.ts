/**
 * A transcript set out as turns, each paragraph opening with its speaker's name and a colon in
 * ordinary case (`Whitcombe: Tonight was not the night we wanted. …`, `Judge Weibel-Sutter: And
 * what response did you receive?`): each turn, with the paragraphs without a label that go on from
 * it before the next turn, is a direct quote of the one its label names, as a reader takes it. A
 * story holds such a transcript when at least three paragraphs open with a turn's label and the
 * labels are of two speakers or more, one of them named as a person and one speaking twice; a
 * label alone (`Trump: I’m not interested`) is a headline's, and labels in capitals (`TAPPER:`)
 * are a transcript's turns that reported-shapes.ts reads, as PolNeAR marks them, but for a show's
 * roles (`PRESENTER:`, `CALLER (DAVE, BRISTOL):`, `CALL HANDLER:`), read here as `Presenter`,
 * `Dave` and `Call Handler`. A role is the one the story names in it (`presenter Gail Fairbanks`);
 * two roles each speaking twice make a transcript with no one named.
 */
import { escapeRegExp } from "../escape-regexp.js";
import { NAME_PARTICLES, NOT_A_LABEL } from "./cue-grammar.js";
import { cueFrom } from "./cues.js";
import type { Candidate, Layout } from "./layout.js";
import { parseNameRun } from "./name-runs.js";

/**
 * A turn's label: up to four capitalized words (a name, maybe after a title), maybe an outlet in
 * brackets (`Reporter (RNZ)`), a colon, then words with no opening quotation mark. Group 1 the
 * label as written, 2 the speaker's words.
 */
const TURN_LABEL = new RegExp(
  String.raw`^((\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:${NAME_PARTICLES})\s+)?\p{Lu}[\p{L}.’'-]*){0,3})(?:\s+\([^()]{1,40}\))?):\s+(?![“"‘'])(?=\S)`,
  "u",
);
/** Labels for the ones who put the questions or chair the exchange, named by their role. */
const ROLE_LABEL =
  /^(?:Reporter|Journalist|Moderator|Host|Co-Host|Anchor|Interviewer|Presenter|Caller|Guest|Listener|Call Handler|Dispatcher|Operator|Question|Chair|Chairman|Chairwoman|Prosecutor|Counsel|Witness)$/;
/**
 * A role in capitals (group 1), maybe a name in brackets before a comma and where the speaker is
 * (group 2: `CALLER (DAVE, BRISTOL)`).
 */
const CAPITAL_ROLE =
  /^(PRESENTER|HOST|CO-HOST|ANCHOR|MODERATOR|INTERVIEWER|CALLER|GUEST|LISTENER|CALL HANDLER|DISPATCHER|OPERATOR)(?:\s+\(([\p{Lu}][\p{Lu}.’'\s-]*?)(?:,[^()]*)?\))?$/u;

/** `DAVE` as `Dave`, `CO-HOST` as `Co-Host`. */
function capitalizeWords(text: string): string {
  return text.toLowerCase().replace(/(?<![\p{L}’'])\p{Ll}/gu, (c) => c.toUpperCase());
}

/** Three words or more with letters. */
const WORDS = /^(?:[^\p{L}]*\p{L}+){3}/u;
/** Turns a story needs for its labelled paragraphs to be a transcript. */
const MIN_TURNS = 3;
/** Unlabelled paragraphs a turn may run on over, before the next turn. */
const MAX_RUN_ON = 3;

/** Whether `word` is written in `text` more often than the labels that hold it (`labelled`). */
function namedOutsideLabels(text: string, word: string, labelled: number): boolean {
  const pattern = new RegExp(`(?<![\\p{L}’'-])${escapeRegExp(word)}(?![\\p{L}-])`, "gu");
  let count = 0;
  for (const _ of text.matchAll(pattern)) if (++count > labelled) return true;
  return false;
}

/**
 * The candidates with each turn of a transcript in ordinary case as one direct quote, cued by its
 * label, and without the quotations and statements found inside the turns (the turn holds them).
 */
export function addTranscriptTurns(layout: Layout, candidates: Candidate[]): Candidate[] {
  const { paragraphs } = layout.article;
  const turns: { p: number; speaker: string; label: string }[] = [];
  // Callers and guests named in their labels' brackets: people by their role.
  const callers = new Set<string>();
  for (let p = 0; p < paragraphs.length; p++) {
    const m = TURN_LABEL.exec(paragraphs[p]!);
    if (!m?.[1] || !m[2]) continue;
    // A phone-in's or a show's role in capitals (`PRESENTER:`, `CALLER (DAVE, BRISTOL):`): the
    // role, or the caller's name in its brackets, in ordinary case.
    const role = CAPITAL_ROLE.exec(m[1]);
    const speaker = role?.[1] ? capitalizeWords(role[2] ?? role[1]) : m[2];
    if (role?.[2]) callers.add(speaker);
    // (Else a label in capitals is reported-shapes.ts's; `Update:` or `Note:` is no one's; nor is
    // a figure's: `Clinton: 1,769.`)
    if (!/\p{Ll}/u.test(speaker) || NOT_A_LABEL.test(speaker)) continue;
    if (!WORDS.test(paragraphs[p]!.slice(m[0].length))) continue;
    turns.push({ p, speaker, label: m[0] });
  }
  if (turns.length < MIN_TURNS) return candidates;
  // A label names a person when it reads as a name with a title, an honorific or a given name
  // (`Judge Weibel-Sutter`, `Mr Bediako`, `Sam Paterson`), or as a surname the story writes
  // outside the labels too (`Whitcombe` after `Aroha Whitcombe`); not `Venue:` or `Tickets:`.
  const surnames = new Map<string, string>();
  const labelsOf = new Map<string, number>();
  const named = new Set<string>();
  for (const name of callers) named.add(name);
  for (const t of turns) {
    if (named.has(t.speaker) || surnames.has(t.speaker) || ROLE_LABEL.test(t.speaker)) continue;
    const parsed = parseNameRun(t.speaker, true);
    if (parsed?.kind !== "person") continue;
    if (parsed.title !== null || parsed.gender !== null || parsed.tokens.length > 1) {
      named.add(t.speaker);
    } else {
      surnames.set(t.speaker, parsed.tokens[0]!);
    }
  }
  for (const t of turns) {
    const surname = surnames.get(t.speaker);
    if (surname) labelsOf.set(surname, (labelsOf.get(surname) ?? 0) + 1);
  }
  for (const [speaker, surname] of surnames) {
    if (namedOutsideLabels(layout.text, surname, labelsOf.get(surname)!)) named.add(speaker);
  }
  const kept = turns.filter((t) => named.has(t.speaker) || ROLE_LABEL.test(t.speaker));
  // Two speakers or more, one of them speaking twice or more: a guide's sections (`Sanders: Win
  // in a walk.` then `Trump: Move past Iowa.`) label each name once.
  const speakers = new Set(kept.map((t) => t.speaker)).size;
  // (Or, with no one named, two roles each speaking twice: `CALL HANDLER:` and `CALLER:`.)
  const roles = (name: string) => kept.filter((t) => t.speaker === name).length >= 2;
  const rolesOnly =
    named.size === 0 && speakers === 2 && [...new Set(kept.map((t) => t.speaker))].every(roles);
  if (
    kept.length < MIN_TURNS ||
    (named.size === 0 && !rolesOnly) ||
    speakers < 2 ||
    speakers === kept.length
  ) {
    return candidates;
  }
  const labelled = new Set(turns.map((t) => t.p));
  // (Not over the writer's own paragraph between turns, which attributes words of its own:
  // `Mei-Lin, sitting beside him, giggled and said she had known …`.)
  const cued = new Set(candidates.filter((c) => c.cue !== null).map((c) => c.paragraph));
  const quotes: Candidate[] = [];
  // `PRESENTER:` after `in which presenter Gail Fairbanks asked listeners`: the one the story names
  // in that role.
  const roleNames = new Map<string, string>();
  for (const t of kept) {
    if (!ROLE_LABEL.test(t.speaker) || roleNames.has(t.speaker)) continue;
    const holder = new RegExp(
      String.raw`(?<![\p{L}-])${escapeRegExp(t.speaker.toLowerCase())}\s+(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})`,
      "u",
    ).exec(layout.text);
    if (holder?.[1] && parseNameRun(holder[1], false)?.kind === "person") {
      roleNames.set(t.speaker, holder[1]);
    }
  }
  for (const t of kept) {
    const base = layout.offsets[t.p]!;
    if (base < 0) continue;
    // Paragraphs with no label that go on from the turn, when another turn follows them.
    let last = t.p;
    let k = t.p + 1;
    while (k < paragraphs.length && k - t.p <= MAX_RUN_ON && !labelled.has(k) && !cued.has(k)) k++;
    if (k > t.p + 1 && labelled.has(k) && layout.offsets[k - 1]! >= 0) last = k - 1;
    const start = base + t.label.length;
    quotes.push({
      kind: "direct",
      start,
      end: layout.offsets[last]! + paragraphs[last]!.trimEnd().length,
      paragraph: t.p,
      sentence: 0,
      // A cue with no verb, which a reader sees as no cue.
      cue: cueFrom(roleNames.get(t.speaker) ?? t.speaker, base, ""),
      speakerAt: base,
      inheritFrom: null,
    });
  }
  const inTurns = new Set<number>();
  for (const q of quotes) {
    for (let p = q.paragraph; p < paragraphs.length && layout.offsets[p]! < q.end; p++) {
      inTurns.add(p);
    }
  }
  return [...candidates.filter((c) => !inTurns.has(c.paragraph)), ...quotes];
}
