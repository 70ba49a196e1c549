import { isVerbForm } from "./cues.js";
import {
  DOCUMENT_NOUN,
  FEMALE_WORDS,
  FIRST_NAME_GENDER,
  type Gender,
  HONORIFICS,
  MALE_WORDS,
  ORG_NOUNS,
  ORG_WORDS,
  PERSON_TITLE_NOUN,
  SENTENCE_STARTERS,
  TITLE_WORDS,
} from "./speaker-words.js";

/**
 * Who spoke: resolves the phrase a cue names (`Lavrov`, `he`, `the minister`, `The Washington Post`) to
 * the fullest name the article gives, with the title it gives. Short names match any part of an earlier
 * full name (`Choe` → `Choe Son Hui`); pronouns and definite descriptions go to the most recent
 * compatible speaker, then to the most recent compatible name in the text. An indefinite description
 * (`a source`, `officials`) is kept as written; a pronoun with nothing to point at resolves to null.
 */

export type SpeakerKind = "person" | "org" | "group";

export interface ResolvedSpeaker {
  name: string;
  title: string | null;
  kind: SpeakerKind;
}

interface NameEntity {
  name: string;
  tokens: string[];
  title: string | null;
  kind: "person" | "org";
  gender: Gender;
  at: number;
  sentenceStart: boolean;
}

interface HistoryEntry extends ResolvedSpeaker {
  gender: Gender;
  at: number;
}

const APPOSITIVE_TITLE = new RegExp(
  `^,\\s+((?:(?:the|a|an|[\\p{Lu}][\\p{L}’'.-]*’s|[\\p{Lu}][\\p{L}’'.-]*'s)\\s+)?(?:[\\p{L}’'.\\-]+\\s+){0,6}?${PERSON_TITLE_NOUN}(?:\\s+(?:of|for|at|to|on|with)\\s+[^,.;:“”"]{1,60}?)?)(?=[,.;]|\\s+(?:said|says|told|added)\\b)`,
  "u",
);
const NAME_RUN =
  /(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Pres|Sec|Supt|Insp|Det|Cmdr|Maj)\.|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}(?:[\p{L}’'-]|\.\p{Lu})*)(?:\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Jr|Sr)\.|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}(?:[\p{L}’'-]|\.\p{Lu})*|(?:de|da|del|di|van|von|der|den|bin|ibn|al|la|le|du|of|for|the)(?=\s+\p{Lu})))*/gu;

interface ParsedName {
  /** The name words (no title, no honorific, no leading article). */
  tokens: string[];
  title: string | null;
  kind: "person" | "org";
  gender: Gender;
  /** The whole phrase for organizations ("The Washington Post"). */
  display: string;
}

function isAcronym(token: string): boolean {
  return /^\p{Lu}{2,6}s?$/u.test(token) && !/^(?:I|II|III|IV|Jr|Sr)$/.test(token);
}

/** Parsed runs, shared across articles (names repeat): the results are never mutated. */
const parsedRuns = new Map<string, ParsedName | null>();

function parseNameRun(run: string, startsSentence: boolean): ParsedName | null {
  const key = startsSentence ? `^${run}` : run;
  const cached = parsedRuns.get(key);
  if (cached !== undefined) return cached;
  if (parsedRuns.size > 20000) parsedRuns.clear();
  const parsed = parseNameRunUncached(run, startsSentence);
  parsedRuns.set(key, parsed);
  return parsed;
}

function parseNameRunUncached(run: string, startsSentence: boolean): ParsedName | null {
  let words = run.split(/\s+/).filter((w) => w.length > 0);
  const lastWord = words[words.length - 1];
  // `… Choe Son Hui.` at a sentence end: the period is not part of the name.
  if (
    lastWord &&
    /^\p{Lu}[\p{Ll}’'-]+\.$/u.test(lastWord) &&
    !/^(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\.$/.test(lastWord)
  ) {
    words[words.length - 1] = lastWord.slice(0, -1);
  }
  let hadArticle = false;
  if (words[0] === "The" || words[0] === "the") {
    hadArticle = true;
    words = words.slice(1);
  }
  while (
    words.length > 0 &&
    startsSentence &&
    SENTENCE_STARTERS.has(words[0]!.replace(/\.$/, ""))
  ) {
    if (HONORIFICS[words[0]!] !== undefined) break;
    words = words.slice(1);
  }
  if (words.length === 0) return null;
  // A headline in title case (`Clinton Breaks With Obama On …`, `Christie Calls Clinton …`) is not a name.
  if (
    words
      .slice(1)
      .some(
        (w) =>
          isVerbForm(w) ||
          /^(?:With|On|To|For|In|At|Is|Are|Was|Be|Has|Have|Will|From|By|As|Over|Into|After|Before|About)$/.test(
            w,
          ),
      )
  ) {
    return null;
  }
  let gender: Gender = null;
  let lastTitle = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (HONORIFICS[w] !== undefined) {
      gender = HONORIFICS[w] ?? null;
      lastTitle = Math.max(lastTitle, i);
    } else if (TITLE_WORDS.has(w)) {
      lastTitle = i;
    }
  }
  const orgWord = (w: string) => ORG_WORDS.has(w) || isAcronym(w);
  const tail = words.slice(lastTitle + 1);
  const org =
    tail.length === 0 ||
    tail.some(orgWord) ||
    (lastTitle < 0 && (words.some(orgWord) || hadArticle));
  if (org) {
    const display = (hadArticle ? `${run.trim().split(/\s+/)[0]} ` : "") + words.join(" ");
    return { tokens: words, title: null, kind: "org", gender: null, display };
  }
  const titleWords = words.slice(0, lastTitle + 1).filter((w) => HONORIFICS[w] === undefined);
  const nameWords = words.slice(lastTitle + 1).filter((w) => !/^(?:of|for|the)$/.test(w));
  if (nameWords.length === 0) return null;
  const title = titleWords.length > 0 ? titleWords.join(" ") : null;
  if (title && gender === null)
    gender = FEMALE_WORDS.test(title) ? "f" : MALE_WORDS.test(title) ? "m" : null;
  if (gender === null && nameWords.length >= 2)
    gender = FIRST_NAME_GENDER.get(nameWords[0]!) ?? null;
  return { tokens: nameWords, title, kind: "person", gender, display: nameWords.join(" ") };
}

function isSentenceStart(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && /[\s“"‘'(«]/.test(text[j]!)) j--;
  return j < 0 || /[.!?:;…”’"]/.test(text[j]!);
}

/** Every capitalized name run in the text, with the title the article attaches to it. */
function indexNames(text: string, quoted: readonly [number, number][]): NameEntity[] {
  const entities: NameEntity[] = [];
  let q = 0;
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    const run = m[0];
    // Names inside quotation marks (`Crooked Hillary`) are someone's words, not the article's.
    while (q < quoted.length && quoted[q]![1] <= m.index) q++;
    const inQuote = quoted[q];
    if (inQuote && inQuote[0] <= m.index && m.index < inQuote[1]) continue;
    const sentenceStart = isSentenceStart(text, m.index);
    const parsed = parseNameRun(run, sentenceStart);
    if (!parsed) continue;
    const tail = text.slice(m.index + run.length, m.index + run.length + 160);
    let title = parsed.title;
    let gender = parsed.gender;
    if (parsed.kind === "person") {
      const appositive = APPOSITIVE_TITLE.exec(tail);
      if (appositive?.[1]) {
        title = title ?? appositive[1];
        if (gender === null) {
          gender = FEMALE_WORDS.test(appositive[1])
            ? "f"
            : MALE_WORDS.test(appositive[1])
              ? "m"
              : null;
        }
      }
    }
    entities.push({
      name: parsed.display,
      tokens: parsed.tokens.map((t) => t.toLowerCase()),
      title,
      kind: parsed.kind,
      gender,
      at: m.index,
      sentenceStart,
    });
  }
  return entities;
}

const PRONOUN = /^(?:he|she|they|it|we|i|who|you)$/i;
const INDEFINITE =
  /^(?:a|an|one|another|some|many|two|three|four|five|several|both|other|most|few|no|top|senior)\s/i;
/** `Clinton’s campaign`, `Keith Lamont Scott's family`: a description owned by a name. */
const POSSESSIVE = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s\s/u;
const NOT_TITLE_LEAD =
  /^(?:from|aside|including|now|by|to|of|in|on|at|with|for|as|recalled|called|treating|features|began|then|also|and|but|or|said|says|told)$/;
const INDEFINITE_ONE = /^(?:a|an|one|another)\s/i;
const DEFINITE = /^(?:the|his|her|their|its|our|my)\s/i;

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.every((t) => b.includes(t));
}

export interface SpeakerResolver {
  /** Resolves the phrase a cue names at offset `at`; remembers the result as the latest speaker. */
  resolve(phrase: string, at: number): ResolvedSpeaker | null;
  /** Records a speaker carried over from an earlier quote. */
  remember(speaker: ResolvedSpeaker, at: number): void;
}

/**
 * @param quoted absolute `[start, end)` ranges of quoted words, in order: names inside them are not
 *   used to resolve speakers.
 */
export function createSpeakerResolver(
  text: string,
  quoted: readonly [number, number][] = [],
): SpeakerResolver {
  const entities = indexNames(text, quoted);
  const history: HistoryEntry[] = [];
  const bestTitle = new Map<string, string>();
  const genderOf = new Map<string, Gender>();
  for (const e of entities) {
    const key = e.tokens.join(" ");
    if (e.title && !bestTitle.has(key)) bestTitle.set(key, e.title);
    if (e.gender && !genderOf.has(key)) genderOf.set(key, e.gender);
  }

  const occurrences = new Map<string, number>();
  for (const e of entities) {
    const key = e.tokens.join(" ");
    occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  }
  /**
   * Longer names win, except a name written once at a sentence start whose tail is a name written
   * elsewhere (`Rival Hillary Clinton` → `Hillary Clinton`).
   */
  const weights = new Map<NameEntity, number>();
  function weight(e: NameEntity): number {
    let w = weights.get(e);
    if (w === undefined) {
      const once = (occurrences.get(e.tokens.join(" ")) ?? 0) === 1;
      const tail = e.tokens.slice(1).join(" ");
      w =
        e.sentenceStart && once && e.tokens.length > 2 && occurrences.has(tail)
          ? 0
          : e.tokens.length;
      weights.set(e, w);
    }
    return w;
  }

  function fullestPerson(tokens: string[], at: number): NameEntity | null {
    let best: NameEntity | null = null;
    for (const e of entities) {
      if (e.kind !== "person" || !sameTokens(tokens, e.tokens)) continue;
      if (!best || weight(e) > weight(best)) best = e;
      else if (weight(e) === weight(best) && best.at > at && e.at <= at) best = e;
    }
    return best;
  }

  function genderFor(name: string): Gender {
    return genderOf.get(name.toLowerCase()) ?? null;
  }

  function push(speaker: ResolvedSpeaker, at: number, gender: Gender): ResolvedSpeaker {
    const known = gender ?? genderFor(speaker.name);
    if (known && !genderOf.has(speaker.name.toLowerCase()))
      genderOf.set(speaker.name.toLowerCase(), known);
    history.push({ ...speaker, gender: known, at });
    return speaker;
  }

  /** The latest person named as a sentence's subject before `at` (`Scott joked that …`). */
  function recentSubject(
    gender: Gender,
    at: number,
  ): { speaker: ResolvedSpeaker; at: number } | null {
    for (let i = entities.length - 1; i >= 0; i--) {
      const e = entities[i]!;
      if (e.at >= at || e.kind !== "person" || !e.sentenceStart) continue;
      const full = fullestPerson(e.tokens, at) ?? e;
      if (full.tokens.length < 2 && !full.title && !full.gender) continue;
      const g = genderFor(full.tokens.join(" ")) ?? full.gender ?? e.gender;
      if (gender && g && g !== gender) continue;
      const title = bestTitle.get(full.tokens.join(" ")) ?? full.title;
      return { speaker: { name: full.name, title, kind: "person" }, at: e.at };
    }
    return null;
  }

  function recentPerson(gender: Gender, at: number): ResolvedSpeaker | null {
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (h.kind !== "person") continue;
      const g = genderFor(h.name) ?? h.gender;
      if (gender && g && g !== gender) continue;
      // A person who opened a sentence since is the likelier antecedent.
      const subject = recentSubject(gender, at);
      if (subject && subject.at > h.at) return subject.speaker;
      return { name: h.name, title: h.title, kind: "person" };
    }
    for (let i = entities.length - 1; i >= 0; i--) {
      const e = entities[i]!;
      if (e.at >= at || e.kind !== "person") continue;
      // A name with no title, no known given name and one mention (`Mental Coverage`) is too weak.
      if (!e.title && !e.gender && (occurrences.get(e.tokens.join(" ")) ?? 0) < 2) continue;
      const g = genderFor(e.tokens.join(" ")) ?? e.gender;
      if (gender && g && g !== gender) continue;
      const full = fullestPerson(e.tokens, at) ?? e;
      return {
        name: full.name,
        title: bestTitle.get(full.tokens.join(" ")) ?? full.title,
        kind: "person",
      };
    }
    return null;
  }

  /** The latest speaker that is several people or a body: `Republicans`, `the campaign`. */
  function recentPlural(): ResolvedSpeaker | null {
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (h.kind === "org") return h;
      if (h.kind === "group" && !INDEFINITE_ONE.test(h.name) && /s\b|\sand\s/.test(h.name))
        return h;
    }
    return null;
  }

  function recentSpeaker(): ResolvedSpeaker | null {
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (h.kind === "person") return { name: h.name, title: h.title, kind: "person" };
    }
    return null;
  }

  function recentOrg(head: string | null, at: number): ResolvedSpeaker | null {
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (h.kind === "org" && (!head || h.name.toLowerCase().includes(head))) return h;
    }
    if (head) {
      for (let i = entities.length - 1; i >= 0; i--) {
        const e = entities[i]!;
        if (e.at < at && e.kind === "org" && e.name.toLowerCase().includes(head)) {
          return { name: e.name, title: null, kind: "org" };
        }
      }
    }
    return null;
  }

  function recentOrgEntity(at: number): ResolvedSpeaker | null {
    for (let i = entities.length - 1; i >= 0; i--) {
      const e = entities[i]!;
      if (e.at < at && e.kind === "org") return { name: e.name, title: null, kind: "org" };
    }
    return null;
  }

  function byTitle(head: string, at: number): ResolvedSpeaker | null {
    const re = new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i");
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (h.kind === "person" && h.title && re.test(h.title)) return h;
    }
    for (let i = entities.length - 1; i >= 0; i--) {
      const e = entities[i]!;
      if (e.at >= at || e.kind !== "person" || !e.title || !re.test(e.title)) continue;
      const full = fullestPerson(e.tokens, at) ?? e;
      return { name: full.name, title: e.title, kind: "person" };
    }
    return null;
  }

  function resolveDescription(phrase: string, at: number): ResolvedSpeaker {
    const words = phrase
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .split(/\s+/);
    const head = words[words.length - 1] ?? "";
    const ofIndex = words.indexOf("of");
    const core = ofIndex > 0 ? words.slice(0, ofIndex).join(" ") : words.join(" ");
    const coreHead = core.split(" ").pop() ?? head;
    // `Clinton’s campaign`, `the report`, `the letter`: the phrase names its source itself.
    const possessive = POSSESSIVE.test(phrase);
    if (possessive || DOCUMENT_NOUN.test(coreHead)) {
      return { name: phrase, title: null, kind: ORG_NOUNS.test(coreHead) ? "org" : "group" };
    }
    if (ORG_NOUNS.test(coreHead)) {
      return (
        recentOrg(coreHead, at) ?? recentOrg(null, at) ?? { name: phrase, title: null, kind: "org" }
      );
    }
    if (new RegExp(`^${PERSON_TITLE_NOUN}$`).test(coreHead) && !/s$/.test(coreHead)) {
      // `the senator`, `The Republican nominee`: the person with that title, else the person
      // the story is about (the latest person speaker).
      const found = byTitle(coreHead, at) ?? (/^the\s/i.test(phrase) ? recentSpeaker() : null);
      if (found) return found;
    }
    return { name: phrase, title: null, kind: "group" };
  }

  /** A person named inside a description: `the Democratic candidate Hillary Clinton`. */
  function embeddedPerson(phrase: string, at: number): ResolvedSpeaker | null {
    const described =
      /^\p{Ll}|^(?:The|A|An)\s/u.test(phrase) ||
      /\s(?!(?:of|the|de|da|del|di|van|von|der|den|bin|ibn|al|la|le|du|for|and|on)\s)\p{Ll}/u.test(
        phrase,
      );
    if (!described) return null;
    NAME_RUN.lastIndex = 0;
    let found: ResolvedSpeaker | null = null;
    for (let m = NAME_RUN.exec(phrase); m; m = NAME_RUN.exec(phrase)) {
      if (m.index === 0 || m.index + m[0].length < phrase.length) continue;
      const parsed = parseNameRun(m[0], false);
      if (parsed?.kind !== "person") continue;
      const tokens = parsed.tokens.map((t) => t.toLowerCase());
      const full = fullestPerson(tokens, at);
      if (tokens.length < 2 && !(full && full.tokens.length > tokens.length)) continue;
      const name = full && full.tokens.length > tokens.length ? full.name : parsed.display;
      const lead = phrase
        .slice(0, m.index)
        .replace(/^(?:the|a|an|The|A|An)\s+/, "")
        .trim();
      const title = [lead, parsed.title].filter((t) => t && t.length > 0).join(" ") || null;
      found = { name, title, kind: "person" };
    }
    return found;
  }

  return {
    remember(speaker, at) {
      push(speaker, at, null);
    },
    resolve(rawPhrase, at) {
      let phrase = rawPhrase
        .replace(/\s*\([^()]*\)/g, "")
        .replace(/\s*(?:--|[—–―])\s*$/, "")
        .trim()
        .replace(/,$/, "")
        .trim();
      let appositive: string | null = null;
      const comma = phrase.indexOf(",");
      if (comma > 0) {
        appositive =
          phrase
            .slice(comma + 1)
            .trim()
            .replace(/,$/, "")
            .trim() || null;
        phrase = phrase.slice(0, comma).trim();
        // `Caddell, speaking of …`: a participle clause, not a title.
        if (appositive && /^\p{Ll}+ing\b/u.test(appositive)) appositive = null;
      }
      // `recalled Mr. Obama`, `from Texas`: a verb or a preposition before a name means the cue
      // caught the wrong words; better no speaker than a wrong one.
      const lead = /^(\p{Ll}+)\s+(?=\p{Lu})/u.exec(phrase);
      if (lead?.[1] && (isVerbForm(lead[1]) || NOT_TITLE_LEAD.test(lead[1]))) return null;
      if (PRONOUN.test(phrase)) {
        const p = phrase.toLowerCase();
        if (p === "he" || p === "she") {
          const gender: Gender = p === "he" ? "m" : "f";
          const found = recentPerson(gender, at);
          if (!found) return null;
          if (!genderOf.has(found.name.toLowerCase()))
            genderOf.set(found.name.toLowerCase(), gender);
          return push(found, at, gender);
        }
        if (p === "they") {
          const found = recentPlural() ?? recentOrg(null, at);
          return found ? push(found, at, null) : null;
        }
        if (p === "it") {
          const found = recentOrg(null, at) ?? recentOrgEntity(at);
          return found ? push(found, at, null) : null;
        }
        return null;
      }
      // `Mr. Morgan of the Sierra Club`: a person and where they work.
      const of = /^(.+?)\s+(of\s+(?:the\s+)?\p{Lu}.*)$/u.exec(phrase);
      if (of?.[1] && of[2] && /^\p{Lu}/u.test(of[1])) {
        const person = parseNameRun(of[1], true);
        if (person?.kind === "person" && (person.gender !== null || person.tokens.length > 1)) {
          const tokens = person.tokens.map((t) => t.toLowerCase());
          const full = fullestPerson(tokens, at);
          const name = full && full.tokens.length > tokens.length ? full.name : person.display;
          const title = [person.title, of[2]].filter((t) => t !== null).join(" ");
          return push({ name, title, kind: "person" }, at, person.gender);
        }
      }
      const embedded = embeddedPerson(phrase, at);
      if (embedded) return push(embedded, at, null);
      if (INDEFINITE.test(phrase))
        return push({ name: phrase, title: null, kind: "group" }, at, null);
      // `the senator`, `The Republican presidential nominee`, `Obama’s veto`: a description.
      if (
        (DEFINITE.test(phrase) || POSSESSIVE.test(phrase)) &&
        /\s(?!(?:of|the|de|da|del|di|van|von|der|den|bin|ibn|al|la|le|du|for|and|on)\s)\p{Ll}/u.test(
          phrase,
        )
      ) {
        const described = resolveDescription(phrase, at);
        return push(described, at, null);
      }
      if (/^\p{Ll}/u.test(phrase)) {
        // `current Democratic presidential nominee`: a title without its article.
        const described = /^(?:current|former|then)\s/.test(phrase)
          ? resolveDescription(`the ${phrase}`, at)
          : { name: phrase, title: null, kind: "group" as const };
        if (described.kind === "person") return push(described, at, null);
        return push({ name: phrase, title: null, kind: "group" }, at, null);
      }
      const parsed = parseNameRun(phrase, true);
      if (!parsed) return null;
      if (parsed.kind === "person" && parsed.tokens.length === 1 && !parsed.title) {
        const only = parsed.tokens[0]!.toLowerCase();
        // `Democrats`, `Republicans`: a plural, not a person's name, unless a full name has it.
        if (/s$/.test(only) && !((fullestPerson([only], at)?.tokens.length ?? 0) > 1)) {
          return push({ name: parsed.display, title: null, kind: "group" }, at, null);
        }
      }
      if (parsed.kind === "org") {
        return push({ name: parsed.display, title: null, kind: "org" }, at, null);
      }
      const tokens = parsed.tokens.map((t) => t.toLowerCase());
      const full = fullestPerson(tokens, at);
      const name = full && full.tokens.length > tokens.length ? full.name : parsed.display;
      const key = (full && full.tokens.length > tokens.length ? full.tokens : tokens).join(" ");
      const title = parsed.title ?? appositive ?? bestTitle.get(key) ?? null;
      return push({ name, title, kind: "person" }, at, parsed.gender);
    },
  };
}
