/**
 * `/ask question:` inside an article thread: finds the thread's article (the link in the shared
 * store), reserves an LLM call within the server's budget when an LLM is configured (a refusal
 * means an extractive answer that says why, not an error), defers publicly, answers from the
 * article only (src/threads/answer.ts) and posts the answer with its citations. Outside an
 * article thread the reply is an ephemeral explanation. The reservation is given back when the
 * answer did not come from the LLM.
 */
import type { BotDeps } from "../deps.js";
import { localizedUserError } from "../errors.js";
import { translator } from "../i18n/t.js";
import { answerQuestion } from "../threads/answer.js";
import type { Answer } from "../threads/types.js";
import { visibleTo } from "./articles.js";
import { renderAnswer } from "./ask-render.js";
import { languageName, settingsFor } from "./guild-settings.js";
import type { CommandInteraction } from "./interaction.js";
import { releaseUnlessPaid, reserveLlmTurn, withDeadline } from "./llm-turn.js";
import { forEdit } from "./render.js";
import { INTERACTION_BUDGET_MS } from "./summarize-flow.js";

export async function runAsk(
  interaction: CommandInteraction,
  question: string,
  deps: BotDeps,
): Promise<void> {
  const threads = deps.threads;
  if (!threads) throw localizedUserError("discuss.disabled");
  const link = interaction.channelId ? await threads.links.get(interaction.channelId) : null;
  if (!link || link.guildId !== interaction.guildId) throw localizedUserError("ask.notThread");
  const text = question.replace(/\s+/g, " ").trim();
  if (!/[\p{L}\p{N}]/u.test(text)) throw localizedUserError("ask.emptyQuestion");
  // The article as the person who opened the thread saw it: a page they fetched is already public
  // in the channel through the message the thread was started on.
  const article = await visibleTo(deps, {
    user: { id: link.createdBy },
    guildId: link.guildId,
  }).get(link.articleId);
  if (!article) throw localizedUserError("ask.noArticle");
  const settings = await settingsFor(deps, interaction.guildId);
  const { reservation, refusal } = threads.writer
    ? await reserveLlmTurn(interaction, deps, settings)
    : { reservation: null, refusal: null };
  let answer: Answer | undefined;
  try {
    await interaction.deferReply();
    const ms = Math.min(deps.config.SUMMARY_DEADLINE_MS, INTERACTION_BUDGET_MS);
    answer = await withDeadline(ms, "That took too long.", (signal) =>
      answerQuestion(article, text, {
        writer: reservation ? threads.writer : null,
        language: settings.language ?? undefined,
        signal,
        onWriterError: (error) =>
          deps.logger.warn({ err: error }, "the LLM could not answer a question"),
      }),
    );
  } finally {
    await releaseUnlessPaid(reservation, answer?.engine === "llm", deps.logger);
  }
  recordAnswer(deps, answer, reservation !== null);
  await interaction.editReply(
    forEdit(
      renderAnswer(answer, {
        t: translator(interaction.locale),
        question: text,
        title: article.title,
        model: threads.writer?.model ?? null,
        refusal,
        missingLanguage: settings.language ? languageName(settings.language) : null,
      }),
    ),
  );
}

/** Counts the LLM call (or its failure) like summaries do. */
function recordAnswer(deps: BotDeps, answer: Answer, asked: boolean): void {
  const metrics = deps.metrics;
  if (!metrics || !asked) return;
  if (answer.engine === "llm") metrics.llmCalls.inc({ outcome: "ok" });
  else if (answer.fallback === "llm-failed") {
    metrics.llmCalls.inc({ outcome: "failed" });
    metrics.llmFallbacks.inc({ reason: "failed" });
  }
}
