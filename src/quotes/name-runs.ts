/**
 * What one run of capitalized words names: a person (name words, title, honorific gender) or an
 * organization, read from the run alone (`Sen. Marco Rubio`, `CNN’s Jake Tapper`, `The Washington
 * Post`), or nothing (`Clinton Breaks With Obama`, a headline). Parsed runs are kept: names repeat.
 * Used by the article's name index (src/quotes/names.ts) and the speaker resolver.
 */

import { isPluralNoun, NAME_PARTICLES, OPENING_VERBS, WEEKDAY_WORD } from "./cue-grammar.js";
import {
  FIRST_NAME_GENDER,
  type Gender,
  genderOfWords,
  HONORIFICS,
  ORG_WORDS,
  PLACED_SUFFIX,
  SENTENCE_ADVERB,
  SENTENCE_STARTERS,
  TITLE_WORDS,
} from "./speaker-words.js";
import { isVerbForm } from "./verbs.js";

/** A word for a person's role or origin (`Author`, `Prisoner`, `Australian`, `Neighbour`). */
const ROLE_NOUN =
  /^(?!(?:Neither|Either|Whether|Together|Rather|Further|Other|Another|However|After|Under|Over|Later|Never|Ever|Recent|Current|Present|Different)$)(?:\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:er|or|ist|ian|ant|ent|ee|ess)|(?:Fly|Scrum|Full|Wing|Left|Right|Centre)-(?:half|back)|Neighbour|Rookie|Quarterback|Linebacker|Pitcher|Shortstop|Outfielder|Goalie|Guard|Centre|Center|All-Star|Pro-Bowler)$/u;

/**
 * A nationality before a known given name (`American Lauren Davis`): a description, like a role
 * (`Scientologist John Travolta`).
 */
export const DEMONYM =
  /^(?:American|British|English|Scottish|Welsh|Irish|French|German|Italian|Spanish|Portuguese|Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Polish|Czech|Hungarian|Greek|Turkish|Russian|Ukrainian|Chinese|Japanese|Korean|Indian|Pakistani|Australian|Canadian|Mexican|Brazilian|Argentine|Argentinian|Colombian|Chilean|Israeli|Iranian|Iraqi|Syrian|Saudi|Egyptian|Nigerian|Kenyan|Serbian|Croatian|Romanian|Bulgarian|Malaysian|Indonesian|Georgian|Kazakh|Uzbek|Estonian|Latvian|Lithuanian|Slovak|Slovenian|Icelandic|Peruvian|Venezuelan|Cuban|Jamaican|Ghanaian|Ethiopian|Moroccan|Algerian|Tunisian|Lebanese|Jordanian|Emirati|Qatari|Afghan|Bangladeshi|Nepali|Taiwanese|Belarusian|Albanian|Bosnian|Armenian|Cypriot|Maltese|Ecuadorian|Uruguayan|Paraguayan|Bolivian|Zimbabwean|Ugandan|Tanzanian|Senegalese|Cameroonian|Ivorian|Congolese|Somali|Libyan|Thai|Vietnamese|Filipino|Singaporean)$/;

/** The last words of events' names that no surname is (`Atlantic Championship`, `World Cup`). */
const EVENT_ENDS =
  "Prix|Open|Cup|Championships?|Olympics|Marathon|Festival|Awards|Trophy|Race|Regatta";
/** The last word of an event's name that no surname is. */
const EVENT_END = new RegExp(`^(?:${EVENT_ENDS})$`);
/**
 * The last word of an event's name after a nationality (`Hungarian Grand Prix`, `Spanish Civil
 * War`), surnames too (`Masters`).
 */
const EVENT_WORD = new RegExp(
  `^(?:${EVENT_ENDS}|Games|Masters|Classic|Derby|War|Revolution|Series|Tour|Slam|Week|Season)$`,
);

/** A nationality of two words (`West Indian`, `South African`, `New Zealander`). */
const DEMONYM_PAIR =
  /^(?:West Indian|South African|New Zealander|Sri Lankan|Saudi Arabian|North Korean|South Korean|Northern Irish|Puerto Rican|Costa Rican)$/;

/** A sport, which with a country names its governing body (`Athletics Kenya`, `British Cycling`). */
const SPORT_BODY_WORD =
  /^(?:Athletics|Cricket|Tennis|Rugby|Hockey|Cycling|Swimming|Rowing|Netball|Football|Basketball|Volleyball|Gymnastics|Triathlon|Badminton|Sailing|Canoeing|Skateboarding)$/;

/** One person by where they are from: `Dutchman`, `Spaniard`, `Scot`. */
export const ONE_FROM =
  /^(?:Spaniard|Dane|Swede|Finn|Pole|Scot|Turk|Briton|Kiwi|Argentine|(?:Dutch|French|English|Irish|Welsh|Scots)(?:man|woman))$/;

/** Reporting verbs that open a sentence before their speaker (`Said Comey, “…”`). */
const OPENING_VERB = new RegExp(`^(?:${OPENING_VERBS})$`);

export interface ParsedName {
  /** The name words (no title, no honorific, no leading article). */
  tokens: string[];
  title: string | null;
  kind: "person" | "org";
  gender: Gender;
  /** The whole phrase for organizations ("The Washington Post"). */
  display: string;
  /** `tokens` in lower case. */
  lowerTokens: string[];
  /** `lowerTokens` joined by spaces. */
  lowerKey: string;
}

/**
 * A name's word as the memory of names keys it: in lower case, without accents, so `Nguyen` and
 * `Dvorak` find `Nguyễn Thị Thu Hà` and `Antonín Dvořák`, as an article may write one name both
 * ways. Most words are ASCII and skip the decomposition.
 */
const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;
export function nameKey(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(MARKS, "") : lower;
}

function lowered(words: readonly string[]): { lowerTokens: string[]; lowerKey: string } {
  const lowerTokens = words.map(nameKey);
  return { lowerTokens, lowerKey: lowerTokens.join(" ") };
}

function isAcronym(token: string): boolean {
  // `Charles III`, `Leo XIV`: a regnal number, no initials.
  return /^\p{Lu}{2,6}s?$/u.test(token) && !/^(?:X{0,3}(?:IX|IV|V?I{0,3})|Jr|Sr)$/.test(token);
}

/**
 * Parsed runs, shared across articles (names repeat), one table for runs that open a sentence and
 * one for the others: the results are never mutated.
 */
const parsedRuns = new Map<string, ParsedName | null>();
const parsedSentenceRuns = new Map<string, ParsedName | null>();

/**
 * States and countries the news names often, written whole: a place, never a person (`Delaware`
 * had answered a later `she`). Not `Washington`, `Virginia`, `Georgia` or `Israel` (Steve Israel),
 * which are people's names too.
 */
const PLACES = new Set([
  ..."Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming America Britain England France Germany Russia China Japan Mexico Canada Iran Iraq Syria Turkey Egypt Libya Cuba Ukraine Afghanistan Pakistan India Italy Spain Greece Brazil Belgium Europe Africa Asia Scotland Wales Ireland Australia".split(
    " ",
  ),
  "New Hampshire",
  "New Jersey",
  "New Mexico",
  "New York",
  "North Carolina",
  "South Carolina",
  "North Dakota",
  "South Dakota",
  "Rhode Island",
  "West Virginia",
  "North Korea",
  "South Korea",
  "Saudi Arabia",
  "United States",
  "South Africa",
  "New Zealand",
  "Sri Lanka",
  ..."Armenia Azerbaijan Kazakhstan Uzbekistan Moldova Bulgaria Slovakia Slovenia Bosnia Albania Cyprus Malta Iceland Estonia Latvia Lithuania Kenya Zambia Chile Ecuador Venezuela Bolivia Paraguay Israel Malaysia Singapore Nepal Mongolia Taiwan".split(
    " ",
  ),
  ..."Argentina Portugal Netherlands Sweden Norway Denmark Finland Poland Croatia Serbia Switzerland Austria Nigeria Ghana Ethiopia Colombia Uruguay Peru Jamaica Bangladesh Indonesia Vietnam Thailand Philippines Morocco Tunisia Algeria Senegal Cameroon Zimbabwe Uganda Tanzania Qatar Lebanon Belarus Romania Hungary".split(
    " ",
  ),
]);

/** Whether a name is a state or country PLACES holds (`Texas`, `New York`). */
export const isPlace = (name: string): boolean => PLACES.has(name);

/**
 * Companies named like people (`Wells Fargo`, `Goldman Sachs`): an organization, never a `she`.
 */
const COMPANIES = new Set([
  "Wells Fargo",
  "Goldman Sachs",
  "Morgan Stanley",
  "Merrill Lynch",
  "Lehman Brothers",
  "Charles Schwab",
  "Dow Jones",
  "Berkshire Hathaway",
  "Warner Bros",
  "Warner Brothers",
]);

const LEADING_PREPOSITION =
  /^(?:Among|Amid|Amidst|Beneath|Between|Despite|During|Throughout|Toward|Towards|Across|Against|Behind|Beyond|Along|Around|Upon|Via|Opposite)$/;

/** `It’s`, `That's`: a pronoun with its verb contracted, never a name's first word. */
const CONTRACTED_PRONOUN = /^(?:It|That|Here|What|There|Let|He|She|Who)[’']s$/;

/** A preposition in capitals inside a body's or a work's name. */
const INNER_PREPOSITION = /^(?:Without|Within|Across|Beyond|Between|Among|Behind|Through|Under)$/;

/** Words that show a run of capitals is a headline, not a name (past its first word). */
const HEADLINE_WORD =
  /^(?:Said|Told|Wrote|The|With|On|To|For|In|At|Is|Are|Was|Were|Be|Has|Have|Had|Will|Would|Could|Can|May|Might|Must|Should|Does|Did|Not|Just|Let|Against|Than|From|By|As|Over|Into|After|Before|About|Of|A|An|That|Why|How|What|When|Where|While|If|Because)$/;

/**
 * A headline's verbs of action, third person (`Nguyen Stuns Top Seed`, `Verstappen Holds Off
 * Norris`): none of them a common surname, unlike `Banks` or `Sears`.
 */
const HEADLINE_ACTION = new Set(
  "Stuns|Holds|Beats|Wins|Edges|Tops|Downs|Routs|Sinks|Takes|Leads|Seals|Clinches|Sweeps|Rallies|Cruises|Survives|Outlasts|Hits|Slams|Blasts|Backs|Seeks|Faces|Quits|Joins|Signs|Sets|Gets|Makes|Unveils|Launches|Cuts|Hikes|Raises|Approves|Rejects|Blocks|Halts|Bans|Sues|Fires|Hires|Opens|Closes|Defends|Retains|Extends|Ends|Keeps|Breaks|Returns|Resigns|Steps|Storms|Grabs|Snatches|Crushes|Thrashes|Stays|Moves|Eyes|Plans|Wants|Loses|Falls|Rises|Soars|Slumps|Tumbles|Dies|Marks|Honours|Honors|Mourns|Celebrates|Lifts|Claims|Books|Reaches|Pulls|Puts|Gives|Shows|Targets|Threatens|Promises|Pledges|Welcomes|Hails|Praises|Condemns|Axes|Scraps|Drops|Ditches|Dumps|Overturns|Upholds|Orders|Jails|Clears|Frees|Charges|Arrests|Finds|Seizes".split(
    "|",
  ),
);

/** Title words that are also surnames: `Peter T. King`, `Julie Bishop`, `Joe Judge`. */
const SURNAME_TITLES = new Set(["King", "Bishop", "Judge", "Major", "Marshal", "Lord", "Prince"]);
/** Organizations' words that are surnames too, after a given name (`Fiona Hill`, `Emily Post`). */
const SURNAME_ORG_WORDS = new Set([
  "Hill",
  "Fox",
  "Post",
  "Bloomberg",
  "Church",
  "Gallup",
  "Apple",
  "Bench",
  "Power",
]);

/**
 * Whether the title word at `i` ends the run after a name's word: a surname (`Peter T. King`), as
 * any title word is after a given name (`John Constable`).
 */
function surnameAfterName(words: readonly string[], i: number): boolean {
  // `Martin Luther King III`: a generation's numeral after the surname.
  const last = GENERATION.test(words.at(-1) ?? "") ? words.length - 2 : words.length - 1;
  if (i === 0 || i !== last) return false;
  const before = words[i - 1]!;
  if (!SURNAME_TITLES.has(words[i]!) && !FIRST_NAME_GENDER.has(before)) return false;
  return !TITLE_WORDS.has(before) && HONORIFICS[before] === undefined && !ORG_WORDS.has(before);
}

/** A generation's numeral or suffix after a name: `III`, `Jr`. */
const GENERATION = /^(?:II|III|IV|Jr\.?|Sr\.?)$/;

/**
 * A capitalized participle in -ed or -ing of seven letters or more, not a given name or a surname
 * (`Mildred`, `Manning`) nor a place (`Reading`, `Beijing`).
 */
const PARTICIPLE_OPENER =
  /^(?!(?:Mildred|Winifred|Manfred|Siegfried|Mohamed|Mohammed|Muhammed|Muhammad|Associated|Planned|Concerned|Retired|Distinguished|Registered|Certified|Licensed|Allied|Federated|Incorporated|Manning|Browning|Fleming|Harding|Downing|Channing|Sterling|Stirling|Pickering|Golding|Spalding|Redding|Cushing|Hemming|Gosling|Dowling|Keating|Whiting|Fielding|Banning|Reading|Flushing|Wyoming|Beijing|Nanjing|Ruling)$)\p{Lu}\p{Ll}{4,}(?:ed|ing)$/u;

/** A word an office's department may hold between its capitalized words. */
const OFFICE_JOIN = /^(?:of|for|in|the|and|&)$/;

/**
 * Where the person's name begins after an office and the department it is of, for or in
 * (`Minister for Health ▮Mary Byrne`, `Permanent Secretary in the Ministry of Natural Resources
 * ▮Dr Savitri Ramcharran`): at a known given name, or a doctor's or an honorific's title before one
 * of two or three capitalized words that are no organization's, the office's words all
 * capitalized or joining ones. Else -1.
 */
function officeThenName(words: readonly string[], lastTitle: number): number {
  if (!/^(?:of|for|in)$/.test(words[lastTitle + 1] ?? "")) return -1;
  for (let k = lastTitle + 3; k < words.length - 1; k++) {
    const w = words[k]!;
    const titled = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?$/.test(w);
    if (!titled && !FIRST_NAME_GENDER.has(w)) continue;
    const name = words.slice(titled ? k + 1 : k);
    if (name.length < (titled ? 1 : 2) || name.length > 3) return -1;
    if (!name.every((n) => /^\p{Lu}\p{Ll}/u.test(n) && !ORG_WORDS.has(n) && !TITLE_WORDS.has(n)))
      return -1;
    const held = words.slice(lastTitle + 1, k);
    return held.every((h) => OFFICE_JOIN.test(h) || /^\p{Lu}/u.test(h)) ? k : -1;
  }
  return -1;
}

/** A trade a story writes before a business's name as a sentence opens (`Carmaker Stellantis`). */
const TRADE_OPENING =
  /^(?:Carmaker|Automaker|Supermarket|Retailer|Airline|Chipmaker|Drugmaker|Planemaker|Insurer|Lender|Broadcaster|Brewer|Housebuilder|Streamer|Conglomerate|Regulator|Watchdog|Telecoms|Charity)$/;

/** A peer's title, written with one name (`Lord Hendy`). */
const PEERAGE = /^(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)$/;

export function parseNameRun(run: string, startsSentence: boolean): ParsedName | null {
  const runs = startsSentence ? parsedSentenceRuns : parsedRuns;
  const cached = runs.get(run);
  if (cached !== undefined) return cached;
  if (parsedRuns.size + parsedSentenceRuns.size > 20000) {
    parsedRuns.clear();
    parsedSentenceRuns.clear();
  }
  const parsed = parseNameRunUncached(run, startsSentence);
  runs.set(run, parsed);
  return parsed;
}

function parseNameRunUncached(run: string, startsSentence: boolean): ParsedName | null {
  const owned = splitEmployer(trimRun(run, startsSentence));
  const { words, hadArticle } = dropLeadingWords(owned.words, startsSentence);
  if (!readsAsName(words)) return null;
  // `The Dutchman, who won …`: a person by where they are from, no organization.
  if (hadArticle && words.length === 1 && ONE_FROM.test(words[0]!)) return null;
  // `Carmaker Stellantis is recalling …`: a trade, capitalized as it opens the sentence, before a
  // business's one-word name.
  if (startsSentence && words.length === 2 && TRADE_OPENING.test(words[0]!)) {
    const name = words.slice(1);
    return {
      tokens: name,
      title: null,
      kind: "org",
      gender: null,
      display: name[0]!,
      ...lowered(name),
    };
  }
  const { lastTitle, gender } = lastTitleOf(words, startsSentence);
  // `Minister for Health Mary Byrne`, `Permanent Secretary in the Ministry of Natural Resources Dr
  // Savitri Ramcharran`: an office and its department, then the person.
  const office = lastTitle >= 0 ? officeThenName(words, lastTitle) : -1;
  if (office > 0) {
    const person = parseNameRun(words.slice(office).join(" "), false);
    if (person?.kind === "person") {
      const held = words.slice(0, office).join(" ");
      return { ...person, title: person.title ? `${held} ${person.title}` : held };
    }
  }
  // `Bill Clinton`: a first name that is also an organization's word (`Farm Bill`) opens a name.
  const orgWord = (w: string, i: number, list: readonly string[]) =>
    (ORG_WORDS.has(w) && !(i === 0 && list.length > 1 && FIRST_NAME_GENDER.has(w))) || isAcronym(w);
  const tail = words.slice(lastTitle + 1);
  const joined = words.join(" ");
  // `Mayor Don Guardian`, `Sen. John Post`: after a title, a given name and a surname that is also
  // an organization's word.
  const titledSurname =
    lastTitle >= 0 &&
    tail.length === 2 &&
    FIRST_NAME_GENDER.has(tail[0]!) &&
    ORG_WORDS.has(tail[1]!) &&
    !isAcronym(tail[1]!);
  // `Vice President JD Vance`, `Gov. JB Pritzker`: after a title, initials written as capitals
  // without periods, then a surname (and maybe `Jr.`); not a role's initials (`Former AG Mukasey`).
  const initialsName =
    lastTitle >= 0 &&
    (tail.length === 2 || (tail.length === 3 && /^(?:Jr|Sr)\.?$/.test(tail[2]!))) &&
    /^\p{Lu}{2}$/u.test(tail[0]!) &&
    !/^(?:AG|DA|PM|MP|VP|GM|DJ|MC|QC|KC|SG|US|UK|UN|EU|NY|LA|DC)$/.test(tail[0]!) &&
    /^\p{Lu}\p{Ll}+$/u.test(tail[1]!) &&
    !ORG_WORDS.has(tail[1]!) &&
    !TITLE_WORDS.has(tail[1]!);
  // `Fiona Hill`, `Michael Bloomberg`, `Vicente Fox`: a given name and a surname that is also an
  // organization's name (not `Elizabeth Street`, a place).
  const givenSurname =
    tail.length === 2 && FIRST_NAME_GENDER.has(tail[0]!) && SURNAME_ORG_WORDS.has(tail[1]!);
  // `Sunniva Holt of Brackwater Securities`, `David Woodard of Clemson University`: a person named
  // before where they work, the organization's words all after `of`.
  const ofAt = words.indexOf("of");
  const named = ofAt > lastTitle ? words.slice(lastTitle + 1, ofAt) : [];
  const personOfOrg =
    named.length >= 2 &&
    named.length <= 3 &&
    named.every((w, i, list) => /^\p{Lu}\p{Ll}/u.test(w) && !orgWord(w, i, list)) &&
    !PLACES.has(named.join(" ")) &&
    // `the British Chambers of Commerce`: a nationality opens an organization's name, not a
    // person's, unless a given name follows it (`American Lauren Davis of …`).
    !(DEMONYM.test(named[0]!) && !FIRST_NAME_GENDER.has(named[1]!)) &&
    words.slice(ofAt + 1).some(orgWord);
  const org =
    !personOfOrg &&
    (tail.length === 0 ||
      // `Former England (captain …)`: a title's place is no person.
      PLACES.has(tail.join(" ")) ||
      // `Hurricane Katrina`, `Storm Eilidh`, `Lake Urmia`: a storm's or a place's name is no
      // person's.
      STORM_OR_PLACE.test(words[0]!) ||
      // `the Atlantic Championship`, `the Australian Open`: an event's name is no person's.
      (words.length > 1 && EVENT_END.test(words.at(-1)!) && !FIRST_NAME_GENDER.has(words[0]!)) ||
      (tail.some(orgWord) && !titledSurname && !givenSurname && !initialsName) ||
      (lastTitle < 0 &&
        ((words.some(orgWord) && !givenSurname) ||
          hadArticle ||
          isAgainstName(words) ||
          // `Marks & Spencer`, `Harlow & Finch`: a firm named for its founders.
          words.includes("&") ||
          // `Doctors Without Borders`, `Harvest Without Men` (a film): a preposition in capitals
          // inside is a body's or a work's name.
          words.some((w, k) => k > 0 && INNER_PREPOSITION.test(w)) ||
          PLACES.has(joined) ||
          // `Athletics Kenya`, `Cricket Australia`, `British Cycling`: a sport's governing body.
          (words.length === 2 && words.some((w) => SPORT_BODY_WORD.test(w))) ||
          COMPANIES.has(joined.replace(/^the\s/, "")))));
  if (org) {
    const display = (hadArticle ? `${run.trim().split(/\s+/)[0]} ` : "") + words.join(" ");
    return {
      tokens: words,
      title: null,
      kind: "org",
      gender: null,
      display,
      ...lowered(words),
    };
  }
  return personOf(words, lastTitle, gender, owned.employer);
}

/**
 * The words of a run that may be a name: without a participle or a place opening a sentence
 * before it, a period ending the sentence after it, or its possessive.
 */
function trimRun(run: string, startsSentence: boolean): string[] {
  let words = run.split(/\s+/).filter((w) => w.length > 0);
  // `Lumière Systems’ founder`: a plural's possessive mark is no part of the name.
  const final = words.at(-1);
  if (final && /s[’']$/.test(final)) words[words.length - 1] = final.slice(0, -1);
  // `Joining the Audi e-tron SUV, …`: a participle and its object open the sentence, no name.
  if (startsSentence && words[1] === "the" && /^\p{Lu}\p{Ll}+ing$/u.test(words[0]!)) {
    words = words.slice(2);
  }
  // `Understated Perez raises political profile` (a headline): a participle
  // opening the sentence before a name is no part of it (`Mildred`, `Manfred` are names).
  if (
    startsSentence &&
    words.length > 1 &&
    PARTICIPLE_OPENER.test(words[0]!) &&
    words
      .slice(1)
      .every(
        (w) =>
          /^\p{Lu}\p{Ll}+$/u.test(w) &&
          !ORG_WORDS.has(w) &&
          !TITLE_WORDS.has(w) &&
          HONORIFICS[w] === undefined,
      )
  ) {
    words = words.slice(1);
  }
  // `chest X-rays Nurse B alleged` (a sentence glued to the one before it): a letter joined to a
  // lower-case word (`X-rays`, `U-turn`) opens no name.
  if (words.length > 1 && /^\p{Lu}-\p{Ll}{2,}$/u.test(words[0]!)) words = words.slice(1);
  // `Scotland Martin Taylor`, `on Tuesday Gerard Pique (left)` (a caption glued to what is before
  // it): a place before a given name, or a day, is no part of the name.
  if (
    words.length > 2 &&
    ((PLACES.has(words[0]!) && FIRST_NAME_GENDER.has(words[1]!)) || WEEKDAY_WORD.test(words[0]!)) &&
    /^\p{Lu}\p{Ll}/u.test(words[1]!) &&
    /^\p{Lu}\p{Ll}/u.test(words[2]!)
  ) {
    words = words.slice(1);
  }
  // `called Wednesday for Supreme Court Justice Ruth Bader Ginsburg`: a day and a connector before
  // a name are no part of it.
  if (
    words.length > 2 &&
    WEEKDAY_WORD.test(words[0]!) &&
    /^(?:for|of|the)$/.test(words[1]!) &&
    /^\p{Lu}/u.test(words[2]!)
  ) {
    words = words.slice(2);
  }
  // `Lawyers for Ronald Delacroix`: people acting for a person are no part of the name.
  if (
    words.length > 3 &&
    /^(?:for|of)$/.test(words[1]!) &&
    (FIRST_NAME_GENDER.has(words[2]!) || HONORIFICS[words[2]!] !== undefined) &&
    isPluralNoun(words[0]!.toLowerCase())
  ) {
    words = words.slice(2);
  }
  const lastWord = words[words.length - 1];
  // `… Choe Son Hui.` at a sentence end: the period is not part of the name.
  if (
    lastWord &&
    /^\p{Lu}[\p{Ll}’'-]+\.$/u.test(lastWord) &&
    !/^(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\.$/.test(lastWord)
  ) {
    words[words.length - 1] = lastWord.slice(0, -1);
  }
  // `Eric Trump Foundation's`, `Clinton’s`: the name without the possessive.
  const last = words[words.length - 1];
  if (last && /\p{L}[’']s$/u.test(last)) words[words.length - 1] = last.slice(0, -2);
  // `Manhattan-based Skin Laundry`, `Amazon-owned Whole Foods`: where it is based is no part of a
  // name of two words or more after it.
  const placed = words.findLastIndex((w) => PLACED_WORD.test(w));
  if (
    placed >= 0 &&
    placed < words.length - 2 &&
    words.slice(placed + 1).every((w) => /^\p{Lu}/u.test(w))
  ) {
    words = words.slice(placed + 1);
  }
  // `Judge Stephen Kramer QC`, `Jess Phillips MP`: letters after a name are no part of it; nor is
  // the first word of a sentence glued on after it (`Harley Levanic Some …`, a caption's end).
  while (words.length > 1 && TRAILING_NOT_NAME.test(words[words.length - 1]!)) words.pop();
  return words;
}

/** Where a name is based or who owns it, in one word (`Manhattan-based`, `Amazon-owned`). */
const PLACED_WORD = new RegExp(`\\p{L}${PLACED_SUFFIX}$`, "u");
/** Post-nominal letters, and words that open a sentence but end no name. */
const TRAILING_NOT_NAME =
  /^(?:QC|KC|SC|MP|MSP|MEP|TD|MLA|MLC|MPP|OBE|MBE|CBE|KBE|DBE|PhD|Esq|Some|Many|Most|Another|Others|Both|Each|Several|The|An|But|And|Or|Meanwhile|However|Also|Still|He|She|They|We|His|Her|Their|Its|This|These|Those|There)$/;

/**
 * What names a storm before its given name (`Hurricane Katrina`, `Storm Eilidh`), or a lake, a
 * mountain, a river, a coast, a square, a street or a saint's town before its own (`Lake Urmia`,
 * `Mount Manaslu`, `Cape Agulhas`, `Largo da Graça`, `São Paulo`, `San Bartolo`).
 */
const STORM_OR_PLACE =
  /^(?:Hurricane|Typhoon|Cyclone|Storm|Superstorm|Lake|Loch|Mount|Mt\.|River|Gulf|Cape|Isle|Largo|Praça|Plaza|Piazza|Rua|Calle|Avenida|São|San)$/;
/** Words after a country's possessive that open a title, no given name (`Britain's Got Talent`). */
const NOT_A_GIVEN_NAME =
  /^(?:Got|Next|Top|Best|Most|Biggest|Finest|Own|Largest|Oldest|Great|Grand)$/;
/** A particle inside a name (`de la Cruz`, `van der Merwe`, `bin Salman`, `dos Santos`). */
export const NAME_PARTICLE_WORD = new RegExp(`^(?:${NAME_PARTICLES}|della|dos|das|do|ap|el|y|e)$`);

/**
 * `CNN’s Jake Tapper`, `Fox News’ Megyn Kelly`, `Purple PAC's Crane`: a person named after a
 * possessive works there (`employer`); `words` are then the person's.
 */
function splitEmployer(words: string[]): { words: string[]; employer: string | null } {
  let employer: string | null = null;
  for (let i = CONTRACTED_PRONOUN.test(words[0] ?? "") ? -1 : words.length - 2; i >= 0; i--) {
    const w = words[i]!;
    const owner = /\p{L}[’']s$/u.test(w)
      ? w.slice(0, -2)
      : /\p{L}s[’']$/u.test(w)
        ? w.slice(0, -1)
        : null;
    if (owner === null) continue;
    const rest = words.slice(i + 1);
    // `Bellmont State’s Jaylen Price`: a state university's team (not `Assistant State’s Attorney`).
    const ownerIsOrg =
      owner.split(/\s+/).some((o) => ORG_WORDS.has(o) || isAcronym(o)) ||
      words.slice(0, i).some((o) => ORG_WORDS.has(o)) ||
      (i > 0 && owner === "State" && !TITLE_WORDS.has(rest[0] ?? ""));
    // `South Africa’s Thabo Pietersen-Mokoena`, `Spain's Álvaro Ruiz de la Cruz`: a country's
    // player or leader, a name of two words or more after it.
    const ownerIsPlace = PLACES.has([...words.slice(0, i), owner].join(" "));
    const person =
      FIRST_NAME_GENDER.has(rest[0]!) ||
      (ownerIsPlace &&
        rest.length >= 2 &&
        rest.length <= 5 &&
        !NOT_A_GIVEN_NAME.test(rest[0]!) &&
        /^\p{Lu}/u.test(rest.at(-1)!) &&
        rest.every((r) => /^\p{Lu}[\p{L}’'-]*$/u.test(r) || NAME_PARTICLE_WORD.test(r))) ||
      (ownerIsOrg &&
        rest.filter((r) => !NAME_PARTICLE_WORD.test(r)).length <= 3 &&
        /^\p{Lu}/u.test(rest.at(-1)!) &&
        rest.every(
          (r) => /^\p{Lu}(?:\p{Ll}[\p{L}’'-]*|\.)$/u.test(r) || NAME_PARTICLE_WORD.test(r),
        ));
    // `CNN's Tapper`: one word after the owner is a surname, not a place (`CIA's Benghazi`).
    if (
      person &&
      !rest.some((r) => ORG_WORDS.has(r)) &&
      !(rest.length === 1 && PLACES.has(rest[0]!))
    ) {
      employer = [...words.slice(0, i), owner].join(" ");
      words = words.slice(i + 1);
    }
    break;
  }
  return { words, employer };
}

/**
 * A word that opens sentences and no name: `However`, `Once`, and the same in a paper's capitals
 * for its first words (`AS Opposition Leader Bill Shorten said`); not an organization's initials
 * (`IT`, `WHO`).
 */
function isSentenceStarter(word: string): boolean {
  const bare = word.replace(/\.$/, "");
  if (SENTENCE_STARTERS.has(bare)) return true;
  return (
    bare.length > 1 &&
    bare.length <= 7 &&
    bare !== "IT" &&
    bare !== "WHO" &&
    /^\p{Lu}+$/u.test(bare) &&
    SENTENCE_STARTERS.has(bare[0] + bare.slice(1).toLowerCase())
  );
}

/** The run without a preposition, an article, a sentence's opening word or verb before the name. */
function dropLeadingWords(
  words: string[],
  startsSentence: boolean,
): { words: string[]; hadArticle: boolean } {
  // `Beneath Clinton’s Wins …` (a headline), `Among Democrats`: a preposition opens no name.
  while (words.length > 1 && LEADING_PREPOSITION.test(words[0]!)) words = words.slice(1);
  let hadArticle = false;
  if (words[0] === "The" || words[0] === "the") {
    hadArticle = true;
    words = words.slice(1);
  }
  // `… agreement' But Leonard Ellerbe, CEO of …` (no period before it): a conjunction is no name.
  while (words.length > 1 && /^(?:But|And|Or|Nor)$/.test(words[0]!)) words = words.slice(1);
  while (words.length > 0 && startsSentence && isSentenceStarter(words[0]!)) {
    // `Sen. Marco Rubio` opening a sentence keeps his title, as he does inside one.
    if (HONORIFICS[words[0]!] !== undefined || TITLE_WORDS.has(words[0]!)) break;
    // `The Sunday Times`: a day after the article is the name's.
    if (hadArticle && words.length > 1 && WEEKDAY_WORD.test(words[0]!)) break;
    words = words.slice(1);
  }
  // `Said Comey, “…”`: a verb opening the sentence before its speaker (a lone `Said` may be a name).
  if (startsSentence && words.length > 1 && OPENING_VERB.test(words[0]!)) words = words.slice(1);
  return { words, hadArticle };
}

/** Whether any words are left that may be a name, and they do not read as a headline. */
/**
 * A campaign named for what it opposes (`Surfers Against Sewage`, `Mothers Against Drunk Driving`,
 * `Campaign Against Arms Trade`): people or a campaign, `Against`, then what.
 */
function isAgainstName(words: readonly string[]): boolean {
  return (
    words.length >= 3 &&
    words[1] === "Against" &&
    /^(?:\p{Lu}\p{Ll}+s|Campaign|Coalition|Alliance|Action)$/u.test(words[0]!) &&
    !isVerbForm(words[0]!) &&
    words.slice(2).every((w) => /^\p{Lu}/u.test(w))
  );
}

function readsAsName(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  if (words.length === 1 && SENTENCE_ADVERB.test(words[0]!)) return false;
  // `late on Wednesday, his spokesman said`: a day alone is no one's name.
  if (words.length === 1 && WEEKDAY_WORD.test(words[0]!)) return false;
  // `Eventually I made a family tree`: an adverb, then the pronoun, is no regnal name (`Charles I`).
  if (words.length === 2 && words[1] === "I" && /\p{Ll}ly$/u.test(words[0]!)) return false;
  // `It’s All CNN’s Fault Ted Cruz` (a headline): a contracted pronoun opens no name.
  if (CONTRACTED_PRONOUN.test(words[0]!)) return false;
  // A headline in title case (`Clinton Breaks With Obama On …`, `Christie Calls Clinton …`, `Move
  // Against Bernie Sanders Could Backfire`) is not a name; `May` ending one is (`Theresa May`), as
  // is `Will` after a given name (`George Will`), and `Will` after a title opens one (`GOP Chairman
  // Will Rogers`).
  const end = words.length - 1;
  const givenWill = (k: number) =>
    k < end && (TITLE_WORDS.has(words[k - 1]!) || HONORIFICS[words[k - 1]!] !== undefined);
  if (
    words.some(
      (w, k) =>
        k > 0 &&
        // `Organization of American States`: the plural noun ends a body's name (`United States`,
        // a place, stays none); `Harlow Falls`, `Palm Springs`: a town's.
        !(w === "States" && k === end && words[k - 1] !== "United") &&
        !PLACE_PLURAL.test(w) &&
        // `Meridian Cruises`, `Stagecoach Buses`: a company's last word, no verb.
        !(k === end && ORG_WORDS.has(w)) &&
        (isVerbForm(w) ||
          HEADLINE_ACTION.has(w) ||
          (HEADLINE_WORD.test(w) &&
            !(k === 1 && isAgainstName(words)) &&
            !(
              (w === "May" || (w === "Will" && FIRST_NAME_GENDER.has(words[k - 1]!))) &&
              k === end
            ) &&
            !(w === "Will" && givenWill(k)))),
    )
  ) {
    return false;
  }
  return true;
}

/** The bodies whose members a title names before the name: `Council Member`, `Board Member`. */
const MEMBER_OF = /^(?:Council|Board|Assembly|Committee|Commission)$/;

/**
 * Where the titles and honorifics before the name end (`lastTitle`, -1 with none), and the gender
 * an honorific gives.
 */
function lastTitleOf(
  words: readonly string[],
  startsSentence: boolean,
): { lastTitle: number; gender: Gender } {
  let gender: Gender = null;
  // `Author Florian Huber`, `Prisoner Carlos Boente`: a word for a person's role, capitalized only
  // because it opens the sentence, before a name of two words, or of three after a known given
  // name (`Promoter Oscar Delgado Villarreal`); inside a sentence, before a known given name (`but
  // Scientologist John Travolta is not a fan`).
  // `Frenchman Antoine Moreau`, `Briton Tom Smith`: one from a place is a person anywhere.
  let lastTitle =
    (startsSentence || FIRST_NAME_GENDER.has(words[1] ?? "") || ONE_FROM.test(words[0]!)) &&
    (words.length === 3 || (words.length === 4 && FIRST_NAME_GENDER.has(words[1]!))) &&
    (ROLE_NOUN.test(words[0]!) ||
      ONE_FROM.test(words[0]!) ||
      (DEMONYM.test(words[0]!) && FIRST_NAME_GENDER.has(words[1]!))) &&
    !FIRST_NAME_GENDER.has(words[0]!) &&
    words.slice(1).every((w) => /^\p{Lu}(?:\p{Ll}|[’']\p{Lu})[\p{L}’'-]+$/u.test(w))
      ? 0
      : -1;
  // `Dutchman Erik van Rooyen`: with a particle inside the name; `(the) Malaysian Farid bin
  // Hassan`, `(the) American Trent Halvorsen-Diaz`: a nationality before a name of two words or
  // more, none an organization's.
  if (
    lastTitle < 0 &&
    (ONE_FROM.test(words[0]!) ||
      (DEMONYM.test(words[0]!) && !words.some((w) => ORG_WORDS.has(w)))) &&
    words.length > 3 &&
    words.length <= 5 &&
    words.slice(2, -1).every((w) => NAME_PARTICLE_WORD.test(w)) &&
    /^\p{Lu}\p{Ll}[\p{L}’'-]+$/u.test(words[1]!) &&
    /^\p{Lu}\p{Ll}[\p{L}’'-]+$/u.test(words.at(-1)!)
  ) {
    lastTitle = 0;
  }
  // `(the) American Trent Halvorsen-Diaz`: a nationality before a name of two words, neither an
  // organization's nor a title's.
  if (
    lastTitle < 0 &&
    words.length === 3 &&
    DEMONYM.test(words[0]!) &&
    words.slice(1).every((w) => /^\p{Lu}\p{Ll}[\p{L}’'-]+$/u.test(w)) &&
    !words.some((w) => ORG_WORDS.has(w) || TITLE_WORDS.has(w))
  ) {
    lastTitle = 0;
  }
  // (Not an event's: `The Hungarian Grand Prix`, `the Australian Open`.)
  if (lastTitle === 0 && DEMONYM.test(words[0]!) && EVENT_WORD.test(words.at(-1)!)) lastTitle = -1;
  if (lastTitle === 0 && ONE_FROM.test(words[0]!)) {
    gender = /woman$/.test(words[0]!) ? "f" : /man$/.test(words[0]!) ? "m" : null;
  }
  // `West Indian Shai Gooding-Pierre`, `South African Thabo Mokoena`: a nationality of two words
  // before a name of two.
  if (
    lastTitle < 0 &&
    words.length === 4 &&
    DEMONYM_PAIR.test(`${words[0]} ${words[1]}`) &&
    words.slice(2).every((w) => /^\p{Lu}\p{Ll}[\p{L}’'-]*$/u.test(w))
  ) {
    lastTitle = 1;
  }
  // `Father-of-three John Smith`, `Grandmother-of-three Pat`: a parent by their children.
  const parent = words.length > 1 ? PARENT_OF.exec(words[0]!) : null;
  if (parent) {
    lastTitle = 0;
    gender = /mother|mum|nan|gran(?!dad|dfather)/i.test(parent[1]!) ? "f" : "m";
  }
  // `Singer Adele`, `Rapper Drake`: an artist's trade opening the sentence before one name;
  // `Frenchman Lemaire`, where they are from.
  if (
    startsSentence &&
    words.length === 2 &&
    (ARTIST.test(words[0]!) || NATIVE_OF.test(words[0]!)) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[1]!)
  ) {
    lastTitle = 0;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (HONORIFICS[w] !== undefined) {
      gender = HONORIFICS[w] ?? null;
      lastTitle = Math.max(lastTitle, i);
    } else if (
      // `Chancellor-designate Friedrich Albrecht-Holm`, `President-elect …`, `Editor-in-chief …`.
      (TITLE_WORDS.has(w) ||
        TITLE_WORDS.has(w.replace(/-(?:designate|elect|in-[Cc]hief)$/, "")) ||
        // `Council Member Priya Desai-Whitfield`: a member of a body named before.
        (w === "Member" && i > 0 && MEMBER_OF.test(words[i - 1]!))) &&
      !surnameAfterName(words, i) &&
      // Not a word of the office after `of` (`Minister of Foreign Affairs Ahmed Aboul Gheit`).
      !(i > 1 && words[i - 1] === "of" && i + 1 < words.length && OFFICE_END.test(words[i + 1]!))
    ) {
      lastTitle = i;
    } else if (
      // `Fellow Briton Emma Raducanu`: a nationality or one from a place after a word of the
      // title, before a known given name and a surname.
      i > 0 &&
      i + 2 < words.length &&
      (DEMONYM.test(w) || ONE_FROM.test(w)) &&
      FIRST_NAME_GENDER.has(words[i + 1]!)
    ) {
      lastTitle = i;
    }
  }
  return { lastTitle, gender };
}

/**
 * A capitalized plural for people that no surname ends like: `Administrators`, `Scientists`,
 * `Physicians` (not `-ers`: `Rogers`).
 */
const PEOPLE_WORD = /^\p{Lu}\p{Ll}+(?:ors|ists|ians|ives|ees)$/u;

/** A parent or grandparent by how many children: `Father-of-three`, `mother-of-two`, `Mum-of-two`. */
const PARENT_OF =
  /^((?:[Gg]rand)?(?:[Mm]other|[Ff]ather)|[Gg]ran|[Gg]randad|[Mm]um|[Dd]ad|[Nn]an)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/;

/** One from a country, by a word no given name is (not `Scot`, `Dane`, `Finn`). */
const NATIVE_OF =
  /^(?:Spaniard|Briton|Swede|Argentine|(?:Dutch|French|English|Irish|Welsh|Scots)(?:man|woman))$/;

/**
 * An artist's trade, which one who goes by one name has before it (`Singer Adele`), or a word for
 * a player a headline writes before a surname (`Amateur Park leads Open`).
 */
const ARTIST =
  /^(?:Singer|Rapper|Actor|Actress|Comedian|Presenter|Artist|Designer|Chef|Novelist|Poet|Songwriter|Model|Dancer|Magician|Guitarist|Drummer|DJ|Star|Popstar|Influencer|YouTuber|Amateur|Veteran|Rookie|Debutant|Youngster|Teenager)$/;

/** The last word of an office's place or department (`Mayor of New York City`, `Secretary of Health`). */
const OFFICE_END =
  /^(?:City|County|State|States|Kingdom|Republic|Province|District|Region|Island|Islands|Affairs|Rights|Security|Intelligence|Justice|Defense|Defence|Health|Education|Energy|Commerce|Labor|Labour|Treasury|Transportation|Agriculture|Services|Development|Staff)$/;

/** A plural that ends towns' names and reads as a verb's form (`Harlow Falls`, `Palm Springs`). */
const PLACE_PLURAL = /^(?:Falls|Springs|Rocks|Sands|Wells|Forks|Bluffs|Shoals|Flats|Heights)$/;

/** A known given name, alone or before a hyphen (`James`, `Eva-Marie`). */
function isGivenName(word: string): boolean {
  return FIRST_NAME_GENDER.has(word) || FIRST_NAME_GENDER.has(word.split("-")[0]!);
}

/** A title that only says someone has a doctorate or a chair: `Dr.`, `Professor`. */
export const ACADEMIC_TITLE = /^(?:Dr\.?|Doctor|Prof\.?|Professor)$/;
/** A clergy's or a privy counsellor's style: `Rev`, `Reverend`, `Rt Hon`, `Most Rev`. */
export const STYLE = String.raw`(?:(?:Rt\.?|Right|Most|Very)\s+)?(?:Rev|Revd|Reverend|Hon|Honourable)`;
/** A style as a title's words: `Rev.`, `Rt Hon`. */
export const STYLE_TITLE = new RegExp(`^${STYLE}\\.?$`);

/** The person a run names after its titles (before `lastTitle`, inclusive). */
function personOf(
  words: readonly string[],
  lastTitle: number,
  honorificGender: Gender,
  employer: string | null,
): ParsedName | null {
  let gender = honorificGender;
  // `Mr Justice Foxton`, a High Court judge: the honorific is part of the judge's title.
  let titleWords = words
    .slice(0, lastTitle + 1)
    .filter((w, i) => HONORIFICS[w] === undefined || words[i + 1] === "Justice");
  // `Time for Dr. Sherlock` (a heading): words with no title or organization among them before a
  // preposition are no part of the title (`Minister for Europe Chris Bryant`, `Council on
  // American-Islamic Relations National Executive Director Nihad Awad` keep theirs).
  const preposition = titleWords.findLastIndex((w) => /^(?:for|to|with|by|from|at|in|on)$/.test(w));
  if (
    preposition >= 0 &&
    !titleWords.slice(0, preposition).some((w) => TITLE_WORDS.has(w) || ORG_WORDS.has(w))
  ) {
    titleWords = titleWords.slice(preposition + 1);
  }
  // `Cyber security expert Prof Alan Woodward`, `Vice-chancellor Prof Wendy Larner`,
  // `Geophysicist Dr. Kristín Jónsdóttir-Olsen`: an academic's title after a role is the name's,
  // not the role's.
  if (titleWords.length > 1 && ACADEMIC_TITLE.test(titleWords.at(-1)!)) {
    titleWords.pop();
  }
  // `Association of State Correctional Administrators`: a body's name, its last word people.
  const tail = words.slice(lastTitle + 1);
  if (
    titleWords.some((w) => ORG_WORDS.has(w)) &&
    (PEOPLE_WORD.test(tail.at(-1) ?? "") || isPluralNoun(tail.at(-1) ?? "")) &&
    !tail.some(isGivenName)
  ) {
    return {
      tokens: [...words],
      title: null,
      kind: "org",
      gender: null,
      display: words.join(" "),
      ...lowered([...words]),
    };
  }
  // `John R. Kasich of Ohio`, `Lee Wang of The Intercept`: the person's name ends before `of`.
  // `U.S. Chris Christie` (a sentence ending in `U.S.` before the name), `ambassador to Britain Liu
  // Xiaming`: the country is no name.
  const rest = words.slice(lastTitle + 1);
  if (
    rest.length >= 3 &&
    (/^(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.)$/.test(rest[0]!) || PLACES.has(rest[0]!)) &&
    rest.every((w) => /^\p{Lu}/u.test(w))
  ) {
    rest.shift();
  }
  // `Director of National Intelligence James Clapper`: the office runs on to the given name, or to
  // a name of two words after the office's (`Mayor of London Sadiq Khan`, `Deputy Director of Public
  // Prosecution Eva-Marie Persson`); `Governor of Texas`, `Mayor of New York City`, `High
  // Commissioner for Human Rights`: an office alone, which speaks as an institution does.
  if (
    lastTitle >= 0 &&
    /^(?:of|for)$/.test(rest[0] ?? "") &&
    !words.slice(0, lastTitle + 1).some(isGivenName)
  ) {
    const given = rest.findIndex(isGivenName);
    const last = rest.at(-1) ?? "";
    // `Minister of Indigenous Peoples Raquel Araújo Tupinambá`: the office ends at its last word
    // in -s or of an office's end, when a name of two words or more follows.
    let ended = -1;
    for (let k = 1; k < rest.length - 2; k++) {
      if (OFFICE_END.test(rest[k]!) || /^\p{Lu}\p{Ll}+s$/u.test(rest[k]!)) ended = k + 1;
    }
    const office =
      given >= 2 && given < rest.length - 1
        ? given
        : ended > 0
          ? ended
          : rest.length >= 4 && !OFFICE_END.test(last) && !PLACES.has(last)
            ? rest.length - 2
            : -1;
    if (office < 0) {
      const display = words.filter((w) => HONORIFICS[w] === undefined).join(" ");
      return {
        tokens: [...words],
        title: null,
        kind: "org",
        gender: null,
        display,
        ...lowered([...words]),
      };
    }
    titleWords.push(...rest.splice(0, office));
  }
  // (`Kasper Lindholm for Winter Quarters`, a prize's film: nor before `for`.)
  const of = rest.findIndex((w) => w === "of" || w === "for");
  const nameWords = (of > 0 ? rest.slice(0, of) : rest).filter((w) => !/^(?:of|for|the)$/.test(w));
  if (nameWords.length === 0) return null;
  // `Lord Hendy`, `Baroness Hale`: a peer is known by the title with the one name.
  const peer = nameWords.length === 1 && PEERAGE.test(titleWords.at(-1) ?? "");
  const peerage = peer ? titleWords.pop()! : null;
  const title = titleWords.length > 0 ? titleWords.join(" ") : employer;
  // `Tran Thi Mai`, `Vo Thi Hoa`: a Vietnamese woman's middle name, whatever the title's word.
  if (gender === null && nameWords.length === 3 && nameWords[1] === "Thi") gender = "f";
  if (gender === null) gender = genderOfWords(peerage ?? title ?? "");
  if (gender === null && nameWords.length >= 2)
    gender = FIRST_NAME_GENDER.get(nameWords[0]!) ?? null;
  return {
    tokens: nameWords,
    title,
    kind: "person",
    gender,
    display: peerage ? `${peerage} ${nameWords[0]}` : nameWords.join(" "),
    ...lowered(nameWords),
  };
}
