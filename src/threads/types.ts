/**
 * Article threads (issue 16): a public thread opened on an article message, where `/ask` answers
 * from that article only. The core keeps the thread → article link and answers questions; the
 * Discord layer (src/discord/discuss-flow.ts, ask-flow.ts) opens threads and words the replies.
 */

/** Which article a thread discusses, stored by thread id in the shared store. */
export interface ThreadLink {
  threadId: string;
  articleId: string;
  guildId: string;
  /** The channel the article message is in (the thread's parent). */
  channelId: string;
  /** The article message the thread was started on (Discord gives the thread the same id). */
  messageId: string;
  /** Who pressed Discuss: the article is read as they saw it (a page they fetched stays theirs). */
  createdBy: string;
  createdAt: number;
}

/** The port the Discord layer reads and writes links through (src/threads/repository.ts). */
export interface ThreadLinkRepository {
  get(threadId: string): Promise<ThreadLink | null>;
  save(link: ThreadLink): Promise<void>;
  /** Forgets a thread's link (the thread was deleted). */
  delete(threadId: string): Promise<void>;
}

/** One sentence of the article, numbered from 1 in article order: what answers cite. */
export interface NumberedSentence {
  number: number;
  text: string;
}

/** What the LLM is given for one question. */
export interface AnswerWriterInput {
  title: string;
  /** The article's sentences (all of them, or the best-matching ones when the article is long). */
  sentences: readonly NumberedSentence[];
  question: string;
  /** BCP 47 tag of the answer's language; absent: the article's own language. */
  language?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** One sentence the model wrote, with the article sentences it says it used. */
export interface WrittenAnswerSentence {
  text: string;
  /** The same sentence in the article's language, when `language` asked for a translation. */
  original?: string;
  citations: number[];
}

export interface WrittenAnswer {
  /** False when the model says the article does not answer the question. */
  answerable: boolean;
  sentences: WrittenAnswerSentence[];
}

/** The LLM port (src/openai/ask.ts implements it); throws on failure. */
export interface AnswerWriter {
  readonly model: string;
  write(input: AnswerWriterInput): Promise<WrittenAnswer>;
}

/** Why an answer is extractive although an LLM was wanted: codes, worded by the Discord layer. */
export type AnswerFallback = "llm-failed" | "llm-unsupported";

export interface AnswerSentence {
  text: string;
  /** Article sentence numbers this sentence rests on: the check's, never the model's alone. */
  citations: number[];
}

export interface Answer {
  engine: "llm" | "extractive";
  /** False: the article does not answer the question (no sentence matched / the model said so). */
  answered: boolean;
  sentences: AnswerSentence[];
  /** The article sentences cited, by number, in article order. */
  cited: NumberedSentence[];
  /** LLM sentences removed as not supported by the article. */
  removed: number;
  fallback: AnswerFallback | null;
}
