/**
 * How the quote evaluation (`bench/eval-quotes.ts`) decides that a predicted speaker names a gold
 * PolNeAR source. Pure functions of the texts; the same for every engine.
 */

/** Words a name match passes over: articles, titles, possessives and reflexives (`Obama himself`). */
const NON_NAME = new Set(
  "the a an of mr mrs ms miss dr sen rep gov gen president presidential vice former secretary senator governor candidate nominee republican democratic democrat spokesman spokeswoman his her their its himself herself themselves itself".split(
    " ",
  ),
);
const PRONOUN_SOURCE =
  /^(?:he|she|they|it|we|i|you|who|which|that|his|her|their|its|him|them|this|these|those)$/i;

export const SINGULAR_PRONOUN = /^(?:he|she|him|her|his)$/i;
export const PLURAL_PRONOUN = /^(?:they|them|their)$/i;
const PLURAL_HEAD =
  /^(?:few|many|some|several|most|all|both|other|others|officials|lawmakers|legislators|critics|democrats|republicans|people|members|leaders|experts|analysts|aides|advisers|advocates|supporters|opponents|voters|protesters|demonstrators|residents|police|authorities|sources|polls|reports|studies|companies|groups|states|nations|countries|americans|families|parents|students|teachers|officers|investigators|prosecutors|activists|scientists|economists|researchers|historians|judges|senators|delegates|diplomats)$/i;

/**
 * A source naming several (`India and Pakistan`, `Lawmakers`, `Few people`) or a body (`The Security
 * Council`), not one person.
 */
export function isPlural(source: string): boolean {
  const first = source.trim().split(/[\s,]+/)[0] ?? "";
  return (
    /\s(?:and|&)\s/.test(source.split(",")[0] ?? source) ||
    PLURAL_HEAD.test(first) ||
    /^the\s/i.test(source.trim())
  );
}

function nameTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((t) => t.length > 0 && !NON_NAME.has(t));
}

/**
 * A source that names someone: `Trump`, `Mr. Obama`, `The New York Times` — not a pronoun and not
 * a description (`the Republican nominee`, `a Donald Trump tweet`).
 */
export function hasProperName(source: string): boolean {
  const s = source.trim();
  if (PRONOUN_SOURCE.test(s) || !/\p{Lu}/u.test(s)) return false;
  if (/^(?:the|The)\s/.test(s)) {
    const rest = s
      .slice(4)
      .split(/[\s,(]+/)
      .filter((w) => w.length > 0);
    return (
      rest.length > 0 &&
      rest.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|for|and|the|on)$/.test(w))
    );
  }
  return (
    /^[\p{Lu}\d]/u.test(s) &&
    !/^(?:A|An|His|Her|Their|Its|One|Another|Some|Many|Other|Several|Two|Three)\s/.test(s)
  );
}

function capitalizedWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .join(" ");
}

/**
 * The first session's name matcher (the "old" figure): the name is taken from the gold source's
 * first part only, so `Dow's chief executive, Andrew Liveris,` is cut before the name.
 */
export function namesMatch(predicted: string, title: string | null, gold: string): boolean {
  // The name, not its appositive: `Victor Cha, who served as …` → `Victor Cha`, `Mr. Morgan of the
  // Sierra Club` → `Mr. Morgan`; but `of` inside a title keeps the name after it (`Secretary of State
  // John F. Kerry`, whose part before `of` holds no name).
  const beforeOf = gold.split(/,|\(|\s(?:who|which|of|from)\s/)[0] ?? gold;
  const withOf = gold.split(/,|\(|\s(?:who|which|from)\s/)[0] ?? gold;
  const goldName =
    nameTokens(beforeOf).length === 0 && nameTokens(capitalizedWords(withOf)).length > 0
      ? withOf
      : beforeOf;
  const goldTokens = nameTokens(goldName);
  if (goldTokens.length === 0) return false;
  const predictedTokens = new Set([...nameTokens(predicted), ...nameTokens(title ?? "")]);
  if (goldTokens.every((t) => predictedTokens.has(t))) return true;
  return predictedTokens.has(goldTokens[goldTokens.length - 1]!);
}

/**
 * The parts of a gold source that can hold the speaker's name. An apposition names the person on
 * either side of its comma: `Victor Cha, a fellow at …` (the first part) or `Dow's chief executive,
 * Andrew Liveris,` (a description first, then the name). So: the first part, and — when the first
 * part is a description (not a proper name, or its last word in lower case: `the director of the
 * FBI`, `Dow's chief executive`) — the part after it, if it is a proper name.
 * Later parts are not names of the source (`…, a Sanders supporter from Hemet, California`).
 */
export function nameCandidates(gold: string): string[] {
  const parts = gold
    .split(/,|\(|\)|\s--\s|\s[—–]\s|;/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const first = parts[0];
  if (first === undefined) return [];
  const candidates = [first];
  const lastWord = first.split(/\s+/).at(-1) ?? "";
  const second = parts[1];
  const description = !hasProperName(first) || /^\p{Ll}/u.test(lastWord);
  if (description && second !== undefined && hasProperName(second)) {
    candidates.push(second);
  }
  return candidates;
}

/**
 * Whether the predicted speaker (or its title) names the gold source, taken whole: it matches the
 * name in one of the source's {@link nameCandidates} by the name-token rule of {@link namesMatch}.
 */
export function speakerNamesSource(predicted: string, title: string | null, gold: string): boolean {
  const parts = nameCandidates(gold);
  // A description names no one by tokens (`The senator from Vermont`), but the same words do.
  const said = plainWords(predicted);
  if (said.length > 0 && parts.some((part) => plainWords(part) === said)) return true;
  return parts.some((part) => namesMatch(predicted, title, part));
}

function plainWords(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .join(" ");
}

/** The name in a gold source taken whole (its last name candidate that is a proper name), or null
 * when it names no one (`he`, `the Florida senator`). */
export function sourceName(gold: string): string | null {
  return (
    nameCandidates(gold)
      .filter((part) => hasProperName(part))
      .at(-1) ?? null
  );
}

/**
 * The antecedent rule, fed the gold sources of one article in order: a source that is not a name
 * (`he`, `who`, `the president`) refers to the nearest earlier named one — for `he`/`she` one that
 * names one person (not `India and Pakistan` or `Lawmakers`), for `they` one that names several or
 * a body. `nameOf` gives the name in a source, or null when it names no one.
 */
export function createAntecedents(
  nameOf: (source: string) => string | null,
): (source: string | null) => string | null {
  let lastNamed: string | null = null;
  let lastSingular: string | null = null;
  let lastPlural: string | null = null;
  return (source) => {
    if (source === null) return null;
    const name = nameOf(source);
    if (name !== null) {
      lastNamed = source;
      if (isPlural(name)) lastPlural = source;
      else lastSingular = source;
      return null;
    }
    if (SINGULAR_PRONOUN.test(source.trim())) return lastSingular;
    if (PLURAL_PRONOUN.test(source.trim())) return lastPlural;
    return lastNamed;
  };
}
