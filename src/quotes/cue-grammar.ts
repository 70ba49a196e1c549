/**
 * The grammar of attribution phrases as regular-expression sources: names, descriptions, subjects
 * before and after a reporting verb, appositives, auxiliaries and adverbs. Compiled into patterns by
 * src/quotes/cues.ts.
 */

import { ONE_PERSON_WORDS, SPEECH_PARTICIPLES } from "./speaker-words.js";

export const HONORIFIC =
  "(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Pres|Sec|Supt|Insp|Det|Cmdr|Maj|St)\\.";
/** A name's word; `al-` or `el-` may open one (`Bashar al-Assad`, `Abu Mohammed al-Jolani`). */
export const NAME_TOKEN = `(?:${HONORIFIC}|(?:Jr|Sr|Inc|Corp|Ltd)\\.|\\p{Lu}\\.(?:\\p{Lu}\\.)*|(?:[ae]l-)?\\p{Lu}(?:[\\p{L}’'\\-]|\\.\\p{Lu})*)`;
/**
 * The lower-case particles of names (`Charles de Gaulle`, `Ursula von der Leyen`, `Erik ten Hag`),
 * as alternatives. `ten` may also count a plural (`In March ten Republicans`): the name runs
 * (names.ts) and the walk back from a verb (cue-subjects.ts) check the word after it.
 */
export const NAME_PARTICLES = "de|da|del|di|van|von|der|den|ten|ter|bin|bint|ibn|al|la|le|du|arap";
/**
 * A Portuguese name's `do` between a word ending in `a` or `o` and a capitalized one (`Maria do
 * Carmo`, `Mato Grosso do Sul`); not `So do I` or `Why do Americans`.
 */
export const PORTUGUESE_DO = String.raw`do(?<=\p{Ll}[ao]\s+do)(?=\s+\p{Lu}\p{Ll})`;
/**
 * Particles the name runs and the appositive's name take beside NAME_PARTICLES (`João dos
 * Santos`, `Aled ap Rhys`, `Maria do Carmo`, `Marta de los Santos`); the subject grammar, at V8's
 * size limit, does not (cue-subjects.ts reads a Portuguese `do` as `de` for it).
 */
export const MORE_NAME_PARTICLES = `dos|das|ap|(?:los|las)(?<=de\\s+...)|${PORTUGUESE_DO}`;
/** A particle, or a lower-case word inside an organization's or a title's name. */
export const CONNECTOR = `(?:${NAME_PARTICLES}|of|for|the|and|on|&)`;
/**
 * The days of the week: WEEKDAYS bare, as members of a flat word list (cue-subjects.ts splits AUX
 * into its words), WEEKDAY as one group.
 */
/** Reporting verbs that may open a sentence before their speaker (`Said Comey, “…”`). */
export const OPENING_VERBS =
  "Said|Says|Added|Adds|Wrote|Writes|Explained|Continued|Replied|Recalled|Tweeted|Declared|Quipped|Stated|States|Responded|Answered";
/** What opens an amount after `up to` or `about`: a figure, a currency, a fraction, a number word. */
export const AMOUNT = String.raw`(?:\d|[$£€]|(?:half|a\s+(?:third|quarter|fifth|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b)`;
export const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** A weekday's name, alone. */
export const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAYS})$`);
export const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
/** Written with a shared ending: NAME repeats it, and the subject grammar repeats NAME. */
export const WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)";
/** `Council on Foreign Relations`, not `Reid on Monday`. */
const NOT_A_DAY = `(?!${WEEKDAY}\\b)`;
/** `the 6th Circuit`, `the 82nd Airborne Division`: an ordinal inside a name, before a capital. */
const ORDINAL_WORD = "\\d+(?:st|nd|rd|th)";
const ORDINAL = `${ORDINAL_WORD}(?=\\s+\\p{Lu})`;
/**
 * The space between a name's words: one line break at most, so a name never runs on into the next
 * paragraph (`… says Ken Doctor` then a paragraph opening `But there …` is not `Ken Doctor But`).
 */
const NAME_SPACE = "(?:[^\\S\\n]+(?:\\n[^\\S\\n]*)?|\\n[^\\S\\n]*)";
export const NAME = `${NAME_TOKEN}(?:${NAME_SPACE}(?:${NAME_TOKEN}|${ORDINAL}|${CONNECTOR}(?=\\s+(?:(?:the|de[rn]?|la)\\s+)?(?:${ORDINAL_WORD}\\s+)?${NOT_A_DAY}\\p{Lu})))*`;
/**
 * Words that end a description or a name's phrase: pronouns, relatives, auxiliaries, conjunctions,
 * verbs of speech (`that`, `which`, `who`, `whom`, `whose`, `was`, `were`, `is`, `are`, `be`,
 * `been`, `being`, `has`, `have`, `had`, `not`, `would`, `will`, `could`, `should`, `can`,
 * `cannot`, `may`, `might`, `did`, `do`, `does`, `it`, `he`, `she`, `they`, `we`, `I`, `you`,
 * `if`, `when`, `because`, `than`, `said`, `says`, `told`, `also`, `later`, `earlier`, `but`,
 * `and`, `or`, `while`, `as`, `so`, `to`, `this`, `these`, `those`, `there`, `then`, `what`,
 * `how`, `why`, `after`, `before`, `during`, `until`, `since`, `unless`, `whether`, `although`,
 * `though`). Written with shared first letters: the subject grammar repeats it fourteen times, and
 * its pattern must stay under V8's size limit (test/quotes/pattern-size.test.ts).
 */
export const STOP =
  "(?:th(?:at|is|ese|ose|ere|en|ey|an|ough)|wh(?:ich|om?|ose|en|ile|at|y|ether)|w(?:as|ere|ill|e)|(?:c|sh|w)ould|i[stf]|I|a(?:re|s|lso|nd|fter|lthough)|be(?:en|ing|cause|fore)?|ha[sd]|have|not|can(?:not)?|may|might|d(?:id|o|oes|uring)|s?he|you|sa(?:id|ys)|to(?:ld)?|later|earlier|but|or|so|how|un(?:til|less)|since)";
export const DESC_WORD = `(?:${HONORIFIC}|&|(?!${STOP}\\b)(?![\\p{L}]+n[’']t\\b)[\\p{L}\\d](?:[\\p{L}\\d’'\\-/&]|\\.(?=[\\p{L}\\d])|(?<=\\d),(?=\\d{3}\\b))*|(?:\\p{Lu}\\.){2,}(?=\\s))`;
/**
 * Articles, possessives, numbers and quantities opening a description, in either case (`the`,
 * `their`, `two`, `three`, `ten`, `top`, `a`, `an`, `another`, `his`, `her`, `its`, `one`, `other`,
 * `some`, `six`, `seven`, `several`, `senior`, `many`, `most`, `four`, `five`, `few`, `eight`,
 * `nine`, `dozens`, `both`), and `our`, `my`, `no`, `Those`.
 */
export const DETERMINER =
  "(?:[Tt](?:he(?:ir)?|wo|hree|en|op)|[Aa](?:n(?:other)?)?|[Hh](?:is|er)|[Ii]ts|our|my|[Oo](?:ne|ther)|[Ss](?:ome|ix|even|everal|enior)|[Mm](?:any|ost)|[Ff](?:our|ive|ew)|[Ee]ight|[Nn]ine|[Dd]ozens|[Bb]oth|no|Those)";
/**
 * `a source close to him`, `a person familiar with the talks`, `an adviser to the president`, `one
 * of the authors of that report`: `to` after a word for a role or a body (not `a nod to the
 * front-runner`), `with`, a demonstrative after `of` inside a description, and the `and` of `police
 * and crime commissioner` and `work and pensions secretary`.
 */
/**
 * A clause asking not to be named and why, which runs longer than a restrictive clause's usual
 * reach (`who asked not to be named because he was not authorized to speak to the media`).
 */
const ANONYMOUS_BECAUSE = String.raw`(?:asked\s+not\s+to\s+be\s+(?:named|identified)|spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|declined\s+to\s+be\s+(?:named|identified))\s+(?:because|as|since)\s+(?:he|she|they)\s+(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment|talk)(?:\s+(?!(?:said|says|told)\b)[\p{L}’'-]+){0,6}?`;
/**
 * The `and` of `police and crime commissioner`, `work and pensions secretary`, `founder and chief
 * executive`, `chairman and CEO`, `father and trainer,`: one office of two parts. Written short
 * (`ice` for `police`): the subject grammar is near V8's size limit.
 */
const ROLE_AND = String.raw`(?<=(?:ice|ork|der|man|ent|her)\s)and(?=\s+(?:crime|pensions|chief|CEO|\p{Ll}+,))`;
export const DESC = `${DETERMINER}(?:\\s+(?:${DESC_WORD}|who\\s+${ANONYMOUS_BECAUSE}|close\\s+to|familiar\\s+with|(?<=(?:er|or|ant|ent|ion|ary|ide|oy|sel|man|son|ty|nel)\\s)to(?=\\s+(?:the|a|an|his|her|their|its)\\s)|(?<=\\sof\\s)that(?=\\s)|${ROLE_AND})){1,12}?`;
export const PLURAL_NOUNS =
  "officials|proponents|backers|defenders|skeptics|sceptics|detractors|sources|experts|analysts|critics|police|aides|lawmakers|legislators|investigators|authorities|prosecutors|witnesses|residents|observers|economists|researchers|scientists|doctors|officers|advocates|supporters|opponents|reports|polls|documents|records|studies|surveys|data|Republicans|Democrats|insiders|diplomats|activists|organizers|organisers|spokesmen|representatives|advisers|advisors|allies|leaders|voters|people|members|staffers|strategists|pollsters|historians|scholars|detectives|agents|troops|rebels|militants|protesters|demonstrators|parents|students|teachers|fans|players|neighbors|neighbours|friends|relatives|family|locals|reporters|journalists|figures|judges|justices|lawyers|attorneys|senators|governors|candidates|delegates|executives|employees|workers|citizens|physicians|nurses|soldiers|veterans|farmers|owners|managers|mayors|fishermen|miners|pilots|passengers|shoppers|commuters|travellers|travelers|villagers|islanders|herders|growers|traders|landlords|tenants|homeowners|motorists|campaigners|volunteers|firefighters|paramedics|pupils|athletes";
const PLURAL_NOUN_SET = new Set(PLURAL_NOUNS.toLowerCase().split("|"));
/**
 * Alternatives in either case of their first letter, grouped by that letter (`[Oo](?:fficials|…)`),
 * in their order within each group; a word written capitalized stays so (`Republicans`). About
 * half the length of the words written twice, lower-case then capitalized: the subject grammar
 * holds it, under V8's size limit (test/quotes/pattern-size.test.ts).
 */
export function eitherCase(alternatives: string): string {
  const groups = new Map<string, { both: string[]; upper: string[] }>();
  for (const word of new Set(alternatives.split("|"))) {
    const first = word[0] ?? "";
    const key = first.toLowerCase();
    const group = groups.get(key) ?? { both: [], upper: [] };
    groups.set(key, group);
    (first === key ? group.both : group.upper).push(word.slice(1));
  }
  const parts: string[] = [];
  for (const [letter, { both, upper }] of groups) {
    const tails = (words: string[]) => (words.length === 1 ? words[0] : `(?:${words.join("|")})`);
    if (both.length > 0) parts.push(`[${letter.toUpperCase()}${letter}]${tails(both)}`);
    if (upper.length > 0) parts.push(`${letter.toUpperCase()}${tails(upper)}`);
  }
  return `(?:${parts.join("|")})`;
}
/** Whether a word, in any case, is one of PLURAL_NOUNS (`Polls`, `officials`). */
export const isPluralNoun = (word: string) => PLURAL_NOUN_SET.has(word.toLowerCase());
/** `Democrats trying to regain control of the Senate in November (say)`: a participle's clause. */
const PLURAL_PARTICIPLE = `\\s+(?!(?:including|according)\\b)\\p{Ll}{2,}ing(?:\\s+(?:to|${DESC_WORD})){0,8}?\\s+${DESC_WORD}`;
/**
 * Participles that say who saw a document (`reports seen by Reuters`, `obtained by the Post`): the
 * one who saw it did not say what it says (not `written by`, `released by`).
 */
export const DOCUMENT_PASSIVE = "seen|obtained|reviewed";
/**
 * `reports seen by Reuters (suggest)`, `documents obtained by the Post (show)`: who saw them;
 * `Analysts polled by LSEG (had expected)`: who asked them.
 */
const PLURAL_PASSIVE = `\\s+(?:${DOCUMENT_PASSIVE}|polled|surveyed|questioned|interviewed|consulted)\\s+(?:by|to)(?:\\s+${DESC_WORD}){1,4}?`;
/**
 * `People who have battled other online threats (say)`, `Officials who met Trump (said)`, `The
 * state officials whose laws have been invalidated (say)`: a relative clause without commas.
 */
const RESTRICTIVE_WHO = `(?:\\s+who\\s+${ANONYMOUS_BECAUSE}|\\s+who(?:se)?\\s+(?:(?!(?:said|says|say|told|tell|and|but|that)\\b)[\\p{L}’'.-]+\\s+){0,8}?(?!(?:said|says|say|told)\\b)[\\p{L}’'-]+(?:\\.\\p{L}+)*)?`;
export const PLURAL = `(?:(?:\\p{Lu}[\\p{L}.’'\\-]*|(?!(?:after|when|as|if|in|given)\\s)[a-z][\\p{L}\\-]*)\\s+){0,3}(?:${eitherCase(PLURAL_NOUNS)}|\\p{L}[\\p{L}-]*ists)(?:\\s+(?:familiar\\s+with|close\\s+to|(?:briefed|involved|knowledgeable|working)\\s+(?:on|in|about|with|for)|familiar|close|with|in|at|for|from|of|on|to)\\b(?:\\s+${DESC_WORD}){1,7}?(?:(?:,\\s+\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,2}){0,4},?\\s+and\\s+\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,2})?|${PLURAL_PARTICIPLE}|${PLURAL_PASSIVE})?${RESTRICTIVE_WHO}`;
/** A count of people before `of` (`Hundreds of`, `Tens of thousands of`). */
export const PEOPLE_COUNT_OF = String.raw`(?:Hundreds|Thousands|Dozens|Scores|Millions|Tens\s+of\s+thousands)\s+of`;
export const PRONOUN = "(?:he|she|they|we|I|it|He|She|They|We|It|who)";
/** What a period after it abbreviates: an honorific, an initial, a dotted abbreviation (`U.S`). */
const ABBREVIATED =
  "(?:\\bMrs?|\\bMs|\\bDr|\\bSen|\\bRep|\\bGov|\\bGen|\\bSt|\\bNo|\\bFt|\\bMt|\\bLt|\\bCol|\\bCapt|\\bSgt|\\bProf|\\bRev|\\bJr|\\bSr|(?<![\\p{L}.])\\p{Lu})|\\.\\p{Lu}";
/**
 * A work's title in quotation marks, held whole inside an appositive with the comma or period
 * that closes it (`, the co-author of "Going Viral," about …,`, `, a host of “The Five,”`).
 */
export const QUOTED_TITLE = `(?:[“"]|'')(?=[\\p{Lu}\\d])[^“”",.;:!?]{1,60}[,.]?(?:[”"]|'')(?=[\\s,])`;
/** A character of an appositive: no comma or mark, and a period only inside an abbreviation. */
const APPOSITIVE_CHAR = `(?:[^,.;:“”"!?]|\\.(?=[,\\p{L}\\d])|(?<=${ABBREVIATED})\\.(?=\\s)|${QUOTED_TITLE})`;
/**
 * `, a spokesman for Y,` `, R-Ky.,`: periods only inside abbreviations (`R-Ky.,` `U.S.`), after an
 * honorific (`, Mrs. Obama's chief of staff,`) or an initial (`, a former U.S. envoy,`).
 */
export const APPOSITIVE = `(?:(?:,\\s+${APPOSITIVE_CHAR}{1,160}?){1,4}(?:,|(?<=,(?:[”"]|''))))`;
const APPOSITIVE_AFTER_CHAR = `(?:[^,.;:“”"!?]|\\.(?=[\\p{L}-])|(?<=${ABBREVIATED})\\.(?=\\s)|(?<=\\d),(?=\\d{3}\\b))`;
/**
 * An appositive after a name following its verb (`said X, a fellow who worked with Ms. Y.`): up to
 * 90 characters, or 120 when it opens as a title does (`, a George Washington University grad
 * whose …`, `, Research and Advocacy Director for …`); not a clause after `According to Fox News,`.
 */
const APPOSITIVE_AFTER = `(?:,\\s+(?:(?=(?:a|an)\\s|\\p{Lu})${APPOSITIVE_AFTER_CHAR}{2,120}?|(?!(?:a|an)\\s|\\p{Lu})${APPOSITIVE_AFTER_CHAR}{2,90}?)(?=,(?!\\d{3}\\b)|;|$|(?<!${ABBREVIATED})\\.(?![\\p{L}-])))`;
/** An adverb set off by commas after a subject (`, however,` `, for their part,`). */
const SET_OFF_ADVERB =
  ",\\s+(?:however|meanwhile|though|too|in\\s+(?:turn|fact)|of\\s+course|for\\s+(?:instance|example|(?:his|her|its|their)\\s+part)),";
/**
 * After a description or a plural, an appositive that opens as one: a relative clause, a participle,
 * `when` or `once` (`The company, when contacted by Reuters,`), `now` or `formerly` (`The former
 * chancellor, now a backbench MP,`), `including`, `like` or an indefinite
 * (`One aide, who asked not to be named,` `The poll, released
 * on Monday,` `His critics, many of them Catholics,` `Democratic economists, like their Republican
 * counterparts,`), an adverb set off (`, however,` `, for its part,`), or where and how it was said
 * (`The senator, in a statement, said`); not any other aside (`, in Beaumont,`).
 */
export const DESC_APPOSITIVE = `(?:,\\s+\\d{1,3},|${SET_OFF_ADVERB}|,\\s+(?:in|on|at|during)\\s+(?:a|an|the|his|her|its|their)\\s+[^,.;:“”"!?]{2,60}?,|,\\s+(?:who|which|whose|including|like|unlike|many|some|most|all|both|one|a|an|by|from|when|once|now|formerly|\\p{Ll}+ed|${SPEECH_PARTICIPLES})\\s(?:[^,.;:“”"!?]|\\.(?=[,\\p{L}\\d])|(?<=(?:\\b(?:Mrs?|Ms|Dr|Sen|Rep|Gov|Gen|St|No)|(?<![\\p{L}.])\\p{Lu})|\\.\\p{Lu})\\.(?=\\s)){2,120}?,)`;
export const PAREN = "(?:\\s*\\([^()]{1,80}\\))?";
export const NOT_SUBJECT_START =
  "(?!(?:in|on|at|during|after|before|for|with|from|by|to|of|as|when|while|if|although|because|since|unless|until|despite|according|along|alongside|including|together|besides|except|plus|amid|against|than|like|unlike|without|within|through|toward|towards|via|per|into|onto|upon|across|behind|beyond|around|between|among|there|this|that|it|In|On|At|During|After|Before|For|With|From|By|To|Of|As|When|While|If|Although|Because|Since|Unless|Until|Despite|According|There|This|That|It)\\b)";
/** Any short noun phrase at a clause start: `Many Democrats`, `Companies and individuals`, `emails`. */
export const NOT_MODIFIER = "(?!\\p{Ll}+(?:ed|ing|ly)\\b)";
/**
 * `…, first pointed out`, `…, even admitted`: an adverb before the verb is not its subject (`even`
 * and `only` may open one: `even some technologists say`).
 */
const NOT_ADVERB =
  "(?!(?:first|also|then|later|now|still|just|never|always|often|once|again|soon|finally|previously|recently|instead|rather|given|including|amid|among|despite|unlike|besides|much(?!\\s+of\\b))\\b)(?!(?:last|this|next)\\s+(?:week|month|year|night|weekend|time)\\b)(?!(?:even|only|no|too)\\s+(?:\\p{Ll}+ed\\b|$))";
export const GENERIC = `${NOT_SUBJECT_START}${NOT_ADVERB}${NOT_MODIFIER}(?:${DESC_WORD})(?:\\s+${NOT_MODIFIER}${DESC_WORD}){0,4}(?<!\\s(?:by|of|for|to|with|in|on|at|from))`;
/**
 * `To understand`, `In Tulsa`, `Let's hope`, `Facing criticism`: a capitalized function word or an
 * opening participle does not start a subject.
 */
export const NOT_FUNCTION_WORD =
  "(?!(?:To|In|On|At|For|With|From|By|As|If|When|After|Before|While|But|And|Or|So|Yet|Even|According|Of|Since|Until|Although|Though|Because|Despite|During|Under|Over|Like|Unlike|Without|Within|Why|What|How|Where|Among|Amid|Amidst|Between|Toward|Towards|Across|Against|Through|Throughout|Behind|Beyond|Beneath|Along|Around|Upon|Via|Per|Let[’']s|Facing|Speaking|Responding|Citing|Noting|Pointing|Referring|Holding|Having|Joining|Addressing|Acknowledging|Defending|Describing|Following|Seeking|Hoping|Trying|Campaigning|Appearing|Reacting|Accepting|Asked|Pressed|Regarding|Concerning|Considering|Including|Excluding|Given)\\s)";
/**
 * `Democratic nominee Hillary Clinton`, `White House press secretary Josh Earnest`, `JPL scientist
 * and study co-author Michael Malaska`, `acting NASA administrator Sean Duffy`; no verb or
 * function word (`“…,” was how Ford described it`: `was how` is no title).
 */
export const TITLE_LOWER = `(?!(?:of|in|on|at|for|with|from|by|the|a|an|about)\\s|${STOP}\\s)\\p{Ll}[\\p{L}-]*`;
export const TITLED_NAME = `(?:(?:\\p{Lu}[\\p{L}.-]*[’']?(?:\\s+of)?|acting|interim|former)\\s+){0,2}(?:${TITLE_LOWER}\\s+){1,4}(?:and\\s+(?:(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}(?:${TITLE_LOWER}\\s+){1,3}|\\p{Lu}{2,3}\\s+))?(?:the\\s+)?${NAME}`;
/**
 * A name of up to five capitalized words in the possessive (`Clinton’s`, `Royal Berkshire NHS
 * Foundation Trust's`, `Barclays'`), as pattern source.
 */
export const OWNER = String.raw`(?:\p{Lu}[\p{L}.-]*\s+){0,4}\p{Lu}[\p{L}\d.-]*(?:[’']s|(?<=s)[’'])`;
/** `Carson’s business manager`, `Florida’s Republican attorney general`: a description owned by a name. */
export const POSSESSIVE_DESC = `${OWNER}(?:\\s+(?:${DESC_WORD}|${ROLE_AND})){1,6}?`;
/**
 * `Donald Trump’s longtime adviser Roger Stone`: a person's role, owned by a name, then their name,
 * with no commas (not `It’s a dynamic`, `Ryan’s campaign shrugged off Trump`).
 */
const OWNED_TITLE_NAME = `(?!(?:It|That|There|Here|What|Who|He|She|Let)[’']s\\s)(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*[’']s(?:\\s+(?!\\p{Ll}+ed\\s)${TITLE_LOWER}){1,4}\\s+${NAME}`;
/**
 * A poll's share of people: `Seventy-four percent of Democratic voters`, `53% of respondents`, `a
 * majority of Republicans`, `six in 10 voters`, `those surveyed`, `21,000`, after up to two of `more
 * than`, `at least`, `nearly`, `only` (`only about 4 in 10 voters`).
 */
export const SHARE = `(?:(?:[Aa]t\\s+least|[Mm]ore\\s+than|[Ff]ewer\\s+than|[Ll]ess\\s+than|[Nn]early|[Aa]lmost|[Aa]bout|[Rr]oughly|[Oo]nly|[Jj]ust|[Oo]ver|[Uu]nder)\\s+){0,2}(?:(?:[\\p{L}-]+|\\d+(?:\\.\\d+)?)\\s+percent|\\d+(?:\\.\\d+)?%|(?:[Aa]|[Tt]he)\\s+(?:majority|minority|plurality|third|quarter)|[Hh]alf|(?:[Tt]wo|[Oo]ne)-thirds?|(?:(?:[\\p{L}-]+|\\d+)\\s+(?:in|out\\s+of)\\s+(?:10|ten|five|four|three|two|\\d)|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\\d+)-(?:in|out-of)-\\p{L}+)(?:\\s+(?!${STOP}\\b)[\\p{L}-]+){0,8}?|[Tt]hose\\s+(?:surveyed|polled|questioned|interviewed|asked)|\\d{1,3}(?:,\\d{3})+)(?:\\s+of(?:\\s+those)?(?:\\s+${DESC_WORD}){1,5}?)?`;
/**
 * `Stacy Baker of Columbia, South Carolina (says)`, `… of the University of California, Berkeley`:
 * after a name holding `of`, a place set off by a comma.
 */
export const OF_PLACE =
  "(?:,(?<=\\sof\\s[^,]{1,60},)\\s+\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*)?(?=\\s))";
/** Not a name opening with a day, or a word and a day (`Monday`, `Also Monday`): a time. */
export const NOT_DAY_NAME = `(?!(?:\\p{Lu}\\p{Ll}+\\s+)?${WEEKDAY}\\b)`;
/**
 * `That person (said)`, `this official`: a demonstrative before a word for someone, which the
 * subject's first word may otherwise not be (`That is why …`).
 */
const DEMONSTRATIVE_DESC = `(?:This|That|this|that)\\s+(?:${ONE_PERSON_WORDS}|lawmaker|senator|executive|diplomat|analyst|expert)`;

/** Who a person speaks with, after `X and his …`: `team`, `wife`, `aides`. */
const COMPANIONS =
  "(?:team|colleagues|co-?authors|wife|husband|family|staff|aides|advisers|lawyers|attorneys|supporters|allies)";
/**
 * Words that open a phrase of when or where before a sentence's subject (`On Monday, `, `Outside
 * the court, `, `Last month, `).
 */
export const OPENING_PHRASE_WORDS =
  "On|In|At|After|Before|During|Earlier|Later|Last|This|Yesterday|Today|Tonight|Meanwhile|However|Outside|Inside|Nearby|Elsewhere|Overnight|Separately|Under|Opposite|Afterwards?|Next\\s+door|Across|Along|Down|Up|Further|Farther|Behind|Beside|Near|Around|Away";
/** A share set off in figures after it in words: `about two-thirds, 67 percent,`. */
const SHARE_IN_FIGURES = "(?:,\\s+\\d+(?:\\.\\d+)?(?:%|\\s+percent),)";
/** An age before a name set off after a description (`one protester, 23-year-old Ahmed Ali,`). */
const AGED = "(?:\\d{1,3}-year-old\\s+)?";
/**
 * The name a description gives, set off by commas, perhaps after an age or a role in lower case
 * (`The singer's husband, actor Tom Hardy,`, `one protester, 23-year-old Ahmed Ali,`).
 */
const NAMED_APPOSITIVE = `,\\s+${AGED}(?:\\p{Ll}[\\p{L}-]*\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}){0,3}${NAME},`;
/** `there` after a description: where it is (`A doctor there, who asked not to be named,`). */
const THERE = "(?:\\s+there(?=[\\s,]))";
export const SUBJECT = `(?:${SHARE}${SHARE_IN_FIGURES}?|${NOT_FUNCTION_WORD}(?:${NOT_DAY_NAME}${NAME}${OF_PLACE}?(?:(?:,\\s+${NAME})*,?\\s+and\\s+(?:${NAME}|others?\\b(?:\\s+${DESC_WORD}){0,5}?|(?<!(?:^|\\s)(?:She|He|They|We|It|I)\\s+and\\s+)(?:his|her|their)\\s+${COMPANIONS}))?${PAREN}${APPOSITIVE}?|${TITLED_NAME}${PAREN}${APPOSITIVE}?|${OWNED_TITLE_NAME}${PAREN}|(?:${DESC}|${POSSESSIVE_DESC}(?=,))(?:${NAMED_APPOSITIVE}|${THERE}?${DESC_APPOSITIVE}?)|${PLURAL}${THERE}?${DESC_APPOSITIVE}?|(?:[Hh]e|[Ss]he)\\s+and\\s+(?:his|her)\\s+${COMPANIONS}|${PRONOUN}|${GENERIC}(?:${SET_OFF_ADVERB})?)|${DEMONSTRATIVE_DESC})`;
/**
 * `said in an interview Sunday in Santa Monica`, `said Sunday`: an adjunct after the verb is not its
 * subject, nor is a clause (`says that Walker, who …`).
 */
const NOT_A_PREPOSITION =
  "(?!(?:in|on|at|during|after|before|from|with|by|to|for|of|about|over|under|that|whether|if|how|what|why|when|where)\\s)";
export const SUBJECT_AFTER = `${NOT_A_DAY}(?:(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}${NOT_A_PREPOSITION}(?:(?!(?:who|whose|which|that)\\s)[\\p{Ll}\\d][\\p{L}\\d/-]*\\s+){1,4}${NAME}${PAREN}|${NOT_A_PREPOSITION}(?:(?!${STOP}\\b)[\\p{L}\\d][\\p{L}\\d/-]*\\s+){1,3}(?!${STOP}\\b)[\\p{Ll}\\d][\\p{L}\\d/-]*\\s+${NAME}${PAREN}|${NAME}\\s+(?:magazine|newspaper)|${NAME}${PAREN}(?:,\\s+\\d{1,3}(?=,\\s)(?![^.;“”"]*\\swho\\s+(?:said|says|told|tells|added|wrote)\\b))?${APPOSITIVE_AFTER}?|(?:${DESC}|${POSSESSIVE_DESC}),\\s+(?:the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+|(?=(?:Rt|Rev(?:d|erend)?)\\b)))?${NAME}${PAREN}|${DESC}|${PLURAL}|he|she|they|we|I|it|another|one)(?<!\\s(?:close|familiar))(?=\\s*(?:[,.;:!?(—–]|--|$|\\s(?:on|in|at|during|after|before|while|when|to|as|from|about|last|this|later|earlier|afterwards?|yesterday|today|who|and|of|with|for|told|${WEEKDAYS})\\b))`;
export const AUX = `(?:both|all|also|instead|later|then|now|still|already|even|just|soon|previously|has|had|have|would|will|is|was|are|were|been|not|never|long|always|haven’t|hasn’t|haven't|hasn't|did|does|do|once|recently|repeatedly|often|again|further|quickly|publicly|privately|flatly|reportedly|simply|frankly|bluntly|first|finally|earlier|subsequently|tersely|angrily|candidly|yesterday|today|${WEEKDAYS})`;
export const FLAGS = "u";
export const PREPOSITION = `(?:according\\s+to|on|in|at|during|after|before|while|when|of|to|as|from|about|last|this(?=\\s+(?:week|month|year|weekend|morning|afternoon|evening|spring|summer|fall|autumn|winter|time|season|past|${WEEKDAYS})\\b)|later|earlier|(?:late|early)(?=\\s+(?:on\\s+|last\\s+|this\\s+)?(?:${WEEKDAYS}|week|month|year|night|morning|afternoon|evening|yesterday|today)\\b)|yesterday|today|tonight|recently|again|via|through|over|with|without|outside|inside|under|by|for|aboard|amid|following|${WEEKDAYS})`;
/** `to reporters`, `to the crowd`, `to CNN`; not an infinitive (`…, he continued to express …`). */
export const NOT_INFINITIVE = `(?!to\\s+(?!(?:the|a|an|his|her|their|its|our|my|reporters|journalists|him|them|me|us|\\p{Lu})))`;
export const TAIL_ADJUNCT = `(?:,?\\s+${NOT_INFINITIVE}${PREPOSITION}\\b[^;:“”"]{0,80}?|\\s+(?:reporters|journalists|him|her|them|me|us|(?:\\p{Lu}\\p{L}*\\s+|local\\s+|state\\s+)?(?:media|press|radio|television|TV)|${NAME}|${DESC})(?:,?\\s+${PREPOSITION}\\b[^;:“”"]{0,60}?)?)?`;
/** Auxiliaries and adverbs between a subject and its verb (`has also`, `forcefully`). */
export const ADVERB =
  "(?!(?:family|rally|ally|supply|reply|apply|assembly|anomaly|monopoly|belly|bully|jelly|only|early|holy|ugly|silly)\\b)\\p{Ll}{2,}ly";
/**
 * A time between a subject and its verb (`Feinstein last week said`, `Reid on Monday said`, `Spicer
 * on Thursday evening said`, `Spicer late Thursday said`).
 */
export const TIME = `(?:(?:last|this|next|earlier\\s+this|later\\s+that)\\s+(?:week|month|year|night|weekend|spring|summer|fall|winter|${WEEKDAYS})|(?:a|one|two|three|several|a\\s+few)\\s+(?:days?|weeks?|months?|years?)\\s+later|(?:on\\s+|late\\s+|early\\s+)${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|in\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:post|statement|interview|speech|letter|op-ed|memo|email|tweet|video|column|essay|address|appearance))`;
export const AUX_OR_ADVERB = `(?:${AUX}|${ADVERB}|${TIME})`;
/** A word of a label's name: an honorific, a capitalized word, or a witness's code (`B41`). */
const LABEL_WORD = String.raw`(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.|\p{Lu}[\p{L}’'.-]*|\p{Lu}{1,2}\d{1,3}`;
/** The name of a label before a colon (`Kasich: …`, `OK Gov Fallin: …`, `JAKE TAPPER: …`). */
export const LABEL_NAME = String.raw`(?:${LABEL_WORD})(?:\s+(?:(?:and|&|de|van|von)\s+)?(?:${LABEL_WORD})){0,4}`;
/**
 * Labels before a colon that name no speaker: a section, a kind of piece, a question or answer, a
 * credit line, a headline's exclamation (`Wow:`, `BUSTED:`).
 */
export const NOT_A_LABEL =
  /^(?:Update|Updated|Note|Editor|Editor’s|Editor's|Photo|Video|Watch|Related|Read|More|Source|Correction|Warning|Breaking|Exclusive|Opinion|Analysis|Obituary|Obituaries|Review|Profile|Explainer|Factbox|Timeline|Preview|Feature|Editorial|In\s+pictures|Q|A|UPDATE|NOTE|WATCH|RELATED|MORE|READ|VIDEO|PHOTO|PHOTOS|SOURCE|BREAKING|EXCLUSIVE|CORRECTION|OPINION|ANALYSIS|Contributing|Injuries|Injury\s+(?:Report|Update)|Up\s+Next|Next\s+Up|Key\s+Stats?|Lineups?|Attendance|Scoring|Venue|Kick-?off|Tip-?off|Wow|WOW|Look|LOOK|Boom|BOOM|Bombshell|BOMBSHELL|Busted|BUSTED|Revealed|REVEALED|Confirmed|CONFIRMED|STAT|Dear|DEAR|New\s+(?:Release|Price|Arrivals?|Deals?|Products?|Features?|Episode|Post|Music|Album|Book)|Attention|Atenção|Notice|Summary|Disclaimer|Sponsored|Advertisement|See\s+(?:More|Also)|Also\s+(?:Read|See)|Claims|(?:Expert\s+)?Verdict|Bottom\s+Line|Key\s+Takeaways?|Tips?|Pros|Cons|Gallery|Slideshow|Pictures|Images|Infographic|Podcast|Listen|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s|(?:Morning|Evening|Daily|Weekly)\s+(?:Email|Briefing|Newsletter|Digest|Roundup))\b/i;

/** A capitalized run of up to four words (`Rural Affairs`, `Levelling Up`). */
const CAPITAL_RUN = "\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}";
/**
 * A ministry whose name lists its remits (`the Department for Environment, Food and Rural
 * Affairs`, `the Ministry of Housing, Communities and Local Government`), or its minister's title
 * (`Minister of Ecology, Environmental Protection and Climate Change`): its commas set off nothing.
 */
const LISTED_REMITS = new RegExp(
  `\\b(?:Department|Ministry|Minister|Office|Secretary(?:\\s+of\\s+State)?)\\s+(?:of|for)\\s+${CAPITAL_RUN}(?:,\\s+${CAPITAL_RUN})+,?\\s+and\\s+\\p{Lu}`,
  "gu",
);

/** A committee named for the remits it lists (`the Environment, Food and Rural Affairs Committee`). */
const LISTED_COMMITTEE = new RegExp(
  `\\bthe\\s+${CAPITAL_RUN}(?:,\\s+${CAPITAL_RUN})+,?\\s+and\\s+${CAPITAL_RUN}\\s+(?:Select\\s+)?Committee\\b`,
  "gu",
);

/** What stands for a comma inside a ministry's name while the grammars read it. */
const REMIT_COMMA = "ʼ";

/**
 * `text` with the commas inside a ministry's listed remits read as a letter ending the word before,
 * and the spaces of an office's two-word remit (`secretary for tourism and wildlife`) as letters
 * too (same offsets), or null where it has neither (or holds the letters already): the subject
 * grammars read the name as one; unmaskRemits gives back what they found as written.
 */
export function maskRemits(text: string): string | null {
  if (text.includes(REMIT_COMMA) || text.includes(REMIT_SPACE)) return null;
  let masked = text;
  if (
    text.includes("Department") ||
    text.includes("Minist") ||
    text.includes("Office") ||
    text.includes("Secretary")
  ) {
    masked = masked.replace(LISTED_REMITS, (name) => name.replaceAll(",", REMIT_COMMA));
  }
  if (text.includes(" Committee")) {
    masked = masked.replace(LISTED_COMMITTEE, (name) => name.replaceAll(",", REMIT_COMMA));
  }
  // `Kenya’s cabinet secretary for tourism and wildlife, Wanjiru Kamau-Otieno,`: the remit's `and`
  // joins no subjects.
  if (text.includes(" and ") && OFFICE_WORD.test(text)) {
    masked = masked.replace(OFFICE_REMIT_AND, (remit) => remit.replaceAll(" ", REMIT_SPACE));
  }
  return masked === text ? null : masked;
}

/** What stands for a space inside an office's two-word remit while the grammars read it. */
const REMIT_SPACE = "ˑ";
const OFFICE_WORD = /\b(?:secretary|minister|commissioner|spokes(?:man|woman|person)|director)\s/i;
/** An office's remit of two lower-case words: `secretary for ▮tourism and wildlife▮`. */
const OFFICE_REMIT_AND =
  /(?<=\b(?:[Ss]ecretary|[Mm]inister|[Cc]ommissioner|[Ss]pokes(?:man|woman|person)|[Dd]irector)\s+(?:of|for)\s+)\p{Ll}+\s+and\s+\p{Ll}+(?=[,\s])/gu;

/** LISTED_REMITS where it is asked for, not searched for. */
const LISTED_REMITS_AT = new RegExp(LISTED_REMITS.source, "uy");
/** The rest of the capitalized run that ends a ministry's listed remits (`…and R▮ural Affairs`). */
const REMITS_LAST_RUN = /[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}/uy;

/**
 * Where the name of a ministry that lists its remits ends, when its word (`Ministry`) is within
 * `[from, to)` of `text`; else -1.
 */
export function listedRemitsEnd(text: string, from: number, to: number): number {
  const head = /\b(?:Department|Ministry|Minister|Office|Secretary)\b/.exec(text.slice(from, to));
  if (!head) return -1;
  LISTED_REMITS_AT.lastIndex = from + head.index;
  const m = LISTED_REMITS_AT.exec(text);
  if (!m) return -1;
  REMITS_LAST_RUN.lastIndex = m.index + m[0].length;
  const last = REMITS_LAST_RUN.exec(text);
  return last ? last.index + last[0].length : -1;
}

export function unmaskRemits(text: string): string {
  return text.replaceAll(REMIT_COMMA, ",").replaceAll(REMIT_SPACE, " ");
}
