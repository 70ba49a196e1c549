/**
 * The reply to `/ask`: the question as the embed's title, the answer with [n] marks for the
 * article sentences it rests on (an extractive answer quotes those sentences), the cited sentences
 * listed so a reader can check them, and notes on how it was answered. Text comes from the i18n
 * catalogs in the reader's locale; the article's and the reader's text is escaped.
 */
import type { APIEmbed } from "discord.js";
import type { Translate } from "../i18n/t.js";
import type { Answer } from "../threads/types.js";
import { escapeText, LIMITS, type RenderedMessage, renderMessage, truncate } from "./render.js";

export interface AnswerContext {
  t: Translate;
  question: string;
  /** The article's title (footer). */
  title: string;
  /** The LLM's name, or null when none is configured. */
  model: string | null;
  /** Why the LLM was not asked although configured (the limits' refusal, already worded). */
  refusal: string | null;
  /** The server's answer language when this answer could not follow it. */
  missingLanguage: string | null;
}

const CITED_LINE = 300;

function marks(citations: readonly number[]): string {
  return citations.map((n) => `\\[${n}\\]`).join("");
}

/** The line above an extractive answer: why it is the article's own sentences. */
function extractiveLead(answer: Answer, context: AnswerContext): string {
  const { t } = context;
  if (context.refusal !== null) return t("ask.fallbackRefused", { reason: context.refusal });
  if (answer.fallback === "llm-failed") return t("ask.fallback");
  if (answer.fallback === "llm-unsupported") return t("ask.fallbackUnsupported");
  return t("ask.extractive");
}

function answerText(answer: Answer, context: AnswerContext): string {
  const { t } = context;
  if (!answer.answered) return `**${t("ask.notAnswered")}**`;
  if (answer.engine === "extractive") {
    const quotes = answer.sentences.map((s) => `> ${escapeText(s.text)} ${marks(s.citations)}`);
    return [extractiveLead(answer, context), ...quotes].join("\n");
  }
  return answer.sentences
    .map((s) => `${escapeText(s.text)} ${marks(s.citations)}`.trimEnd())
    .join(" ");
}

export function renderAnswer(answer: Answer, context: AnswerContext): RenderedMessage {
  const { t } = context;
  const notes: string[] = [];
  if (answer.engine === "llm") notes.push(t("ask.llm", { model: escapeText(context.model ?? "") }));
  else if (!answer.answered) notes.push(t("ask.searched"));
  if (answer.removed > 0) notes.push(t("ask.removed", { count: answer.removed }));
  if (context.missingLanguage !== null && answer.answered && answer.engine !== "llm") {
    notes.push(t("ask.noLanguage", { language: escapeText(context.missingLanguage) }));
  }
  const noteLines = notes.map((note) => `-# ${note}`).join("\n");
  const tail = noteLines ? `\n\n${noteLines}` : "";
  const body = truncate(answerText(answer, context), LIMITS.embedDescription - tail.length);
  const embed: APIEmbed = {
    title: truncate(
      `❓ ${escapeText(context.question.replace(/\s+/g, " ").trim())}`,
      LIMITS.embedTitle,
    ),
    description: `${body}${tail}`,
    footer: { text: truncate(t("ask.from", { title: context.title }), LIMITS.footer) },
  };
  // An LLM answer lists the sentences it cites; an extractive one already quotes them.
  if (answer.engine === "llm" && answer.cited.length > 0) {
    const lines = answer.cited.map(
      (s) => `\\[${s.number}\\] ${escapeText(truncate(s.text, CITED_LINE))}`,
    );
    const value: string[] = [];
    let used = 0;
    for (const line of lines) {
      if (used + line.length + 1 > LIMITS.fieldValue) break;
      value.push(line);
      used += line.length + 1;
    }
    embed.fields = [{ name: t("ask.cited"), value: value.join("\n") || "—" }];
  }
  return renderMessage({ embeds: [embed] });
}
