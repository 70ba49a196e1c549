/**
 * A quotation's words as a reader sees them on one line: white space runs as one space, and the
 * opening mark that carries a quotation on into its next paragraph dropped (`…hard decisions.
 * “But I believe …`: the quotation is one, its first paragraph left open by convention).
 */
const CONTINUED_PARAGRAPH = /\n[^\S\n]*\n\s*[“"‘](?=\S)/g;

/**
 * The speaker's own cue set off by commas inside a reported statement (`The tuft cell, Herbert
 * said, is …`, `The economy shrank in October, official figures show, …`, `…, the government has
 * confirmed, …`): group 1 the subject, group 2 the verb.
 */
const CUE_ASIDE =
  /,\s+(he|she|they|it|we|(?:(?!(?:has|have|had)\s)\p{L}[\p{L}.’'-]*\s+){0,3}(?!(?:has|have|had)\s)\p{L}[\p{L}.’'-]*)\s+(?:(?:has|have|had)\s+)?(said|says|added|adds|argued|argues|noted|notes|wrote|writes|explained|explains|insisted|insists|recalled|recalls|believes|thinks|show|shows|showed|suggest|suggests|suggested|confirmed|confirms|announced|announces|warned|warns|estimated|estimates|reported|reports)\s*,\s+/gu;

/** Words that open a clause or phrase of their own after the aside: the comma before them stays. */
const OWN_CLAUSE =
  /^(?:but|and|or|so|yet|ever|while|whereas|because|although|though|as|since|until|unless|if|when|which|who|where|\p{Ll}+ing)\b/u;

/**
 * A noun phrase after the aside, which says more of the whole statement before it (`…, officials
 * said, the second fall in a row`): the comma stays.
 */
const APPOSITIVE_AFTER = /^(?:the|a|an)\s/;

/** A short opening phrase before the aside (`In 1997, Elise wrote, she …`): its comma stays. */
const OPENING =
  /^(?:in|at|on|after|before|meanwhile|however|for|by|with|since|during|over|under|still|yet|instead|now|then|last|this|next|today|yesterday|earlier|later)\b(?:\s+\S+){0,5}$/iu;

/**
 * `text` without the cue of its own speaker set off by commas inside it (`A major part of the
 * reason, McKinley said, is the flow of drugs`, `…, according to health officials, …`): the aside
 * says who, which the reader sees beside the statement. Only a pronoun or a word of `speaker`'s
 * name counts.
 */
function withoutOwnCue(text: string, speaker: string): string {
  const names = new Set(speaker.toLowerCase().split(/\s+/));
  const cued = text.replace(CUE_ASIDE, (aside, subject: string, verb: string, at: number) => {
    const words = subject.trim().toLowerCase().split(/\s+/);
    const own = /^(?:he|she|they|it|we)$/.test(words[0]!) || words.every((w) => names.has(w));
    // `Ford wrote, and wrote, and wrote`: the verb said again is the statement's own.
    if (!own || new RegExp(`^(?:and|or)\\s+${verb}\\b`).test(text.slice(at + aside.length)))
      return aside;
    return joinAround(text, aside, at);
  });
  // `…, according to health officials, …`, `…, according to Smith, …` when they are the speaker.
  return cued.replace(ACCORDING_ASIDE, (aside, source: string, at: number) =>
    source
      .toLowerCase()
      .split(/\s+/)
      .every((w) => names.has(w))
      ? joinAround(cued, aside, at)
      : aside,
  );
}

/** What joins the words on either side of an aside at `at` taken out of `text`: a comma, or a space. */
function joinAround(text: string, aside: string, at: number): string {
  const rest = text.slice(at + aside.length);
  return OWN_CLAUSE.test(rest) ||
    APPOSITIVE_AFTER.test(rest) ||
    OPENING.test(text.slice(0, at).trim())
    ? ", "
    : " ";
}

/** `, according to X, ` inside a statement: group 1 the source. */
const ACCORDING_ASIDE = /,\s+according\s+to\s+([^,;:“”"]{1,100}?),\s+/gu;

/** A refusal's verb (`refused`, `declined`), whose statement is what was not done. */
const REFUSAL = /^(?:refused|refuses|refusing|declined|declines|declining)$/;

/** An auxiliary and its negation (`did not`, `wouldn't`), as a cue may be written with them. */
export const NEGATION = String.raw`(?:did|does|do|would|could|will|can|has|have|had)(?:\s+not|n[’']t)`;
/** A cue written with its negation (`did not say`, `wouldn't confirm`; see resolve.ts). */
const NEGATED_CUE = new RegExp(`^${NEGATION}\\s`);

/** A question's verb (`asked`, `wondered`), whose statement is what was asked. */
const QUESTION =
  /^(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question|questions|questioned|questioning)$/i;
/** What opens an indirect question: `whether`, `if`, a wh-word. */
const ASKED = /^(?:whether|if|how|what|why|who|whom|when|where|which)\s/;

/**
 * A cue whose last word is a preposition or a particle that takes the statement as its object
 * (`vowed to`, `called for`, `referring to`, `talking about`); not `according to`, whose
 * statement is a claim of its own.
 */
const CUE_WITH_PARTICLE =
  /^(?!according\s)\p{L}+(?:\s+\p{L}+)*\s+(?:to|for|about|on|of|against|with|into|at)$/iu;
/** Verbs whose statement may be a thing they act on (`called the plan “a stunt”`, `urged …`). */
const OBJECT_CUE =
  /^(?:called|calls|calling|described|describes|describing|dismissed|dismisses|accused|accuses|accusing|urged|urges|urging|blamed|blames|praised|praises|praising|criticized|criticised|criticizes|criticises|condemned|condemns|denounced|denounces|declared|declares|announced|announces|announcing|unveiled|unveils|forecast|forecasts|hailed|hails|welcomed|welcomes|thanked|thanks|thanking|cited|cites|citing|found|finds|rejected|rejects|rejecting|denied|denies|denying|defended|defends|defending|proposed|proposes|proposing|posted|posts|posting|recommended|recommends|endorsed|endorses|attacked|attacks|attacking|slammed|slams|slamming|mocked|mocks|mocking|blasted|blasts|supported|supports|backed|backs|opposed|opposes|ordered|orders|ordering|instructed|instructs|encouraged|encourages)$/i;
/** Words between quotation marks, marks included. */
const QUOTED_WORDS = /[“"][^“”"]*[”"]/g;
/**
 * A short object, then `as`, an infinitive's `to` or the preposition the verb takes (`the cut as a
 * “precautionary measure” aimed at …`, `parents to check their children's records after …`, `the
 * failure on an engine that fired …`): the words read as the verb's object even when a clause of
 * their own follows.
 */
const OBJECT_THEN_PREPOSITION = /^((?:[\p{L}\d’'-]+\s+){1,5}?)(?:as|to|on|for|of)\s/u;
/**
 * A verb in a statement's words, an auxiliary or a past form (not `speed`): then they read as a
 * clause on their own. Also read where a statement is cut (src/quotes/reported.ts).
 */
export const CLAUSE_VERB =
  /\b(?:is|was|are|were|be|been|has|had|have|will|would|could|can|may|might|should|must|did|does|do|fell|rose|grew)\b|\b\p{Ll}+(?<!e)ed\b|[’']s\s+(?:been|not)\b/u;

/**
 * `text` on one line as a reader sees it; given the `speaker` of a reported statement, without
 * that speaker's cue set off inside it; given its `cue`, a refusal with its verb (`Southgate:
 * refused to blame the referee`, not `to blame the referee`, which reads as the opposite), a
 * question with its own (`asked whether Apple would raise prices`, not a claim that it would),
 * and a statement that is the object of its cue with the cue (`vowed to remain in the race`,
 * `called for an independent investigation`, `urged residents to stay indoors`), not a bare verb
 * or noun phrase that reads as an order or a headline; after a speaker who does not hold it, with
 * the cue too (`Not everyone: agrees the threat has grown`).
 */
export function quoteForReader(
  text: string,
  speaker: string | null = null,
  cue: string | null = null,
): string {
  // `it spent “far too much,”`: a statement cut where the sentence went on keeps no comma.
  const oneLine = text
    .replace(CONTINUED_PARAGRAPH, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/,(["”’])$/, "$1");
  const own = speaker ? withoutOwnCue(oneLine, speaker) : oneLine;
  return cue && (showsCue(cue, own) || (speaker !== null && NONE_WHO.test(speaker)))
    ? `${cue.toLowerCase()} ${own}`
    : own;
}

/**
 * A speaker that says who does not hold the statement (`Not everyone agrees the threat has
 * grown`): the statement reads right only after its verb.
 */
const NONE_WHO = /^(?:not|no|nobody|none|neither|few)\b/i;

/** Whether a statement's words `own` read right only after their `cue`. */
function showsCue(cue: string, own: string): boolean {
  if (REFUSAL.test(cue) && /^to\s/.test(own)) return true;
  // `did not say which partner it would use`: what was not said.
  if (NEGATED_CUE.test(cue)) return true;
  if (QUESTION.test(cue) && ASKED.test(own)) return true;
  if (CUE_WITH_PARTICLE.test(cue)) return true;
  if (OBJECT_CUE.test(cue)) {
    // `the agency's case “fundamentally flawed”`: the words quoted are the label, not a clause.
    const unquoted = own.replace(QUOTED_WORDS, "");
    const object = OBJECT_THEN_PREPOSITION.exec(unquoted);
    if (!CLAUSE_VERB.test(object ? object[1]! : unquoted)) return true;
  }
  // `of raping two girls`, `as quiet and polite`: words that never read without their verb.
  return cue !== "according to" && /^(?:of|for|as|about|against|on|with)\s/.test(own);
}
