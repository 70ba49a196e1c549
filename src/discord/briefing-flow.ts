/**
 * `/briefing`: reads `since` and `source` (ephemeral answers for bad ones), reserves an LLM call
 * within the server's budget when an LLM is configured (a refused reservation means extractive
 * stories that say why, not an error), defers, builds the briefing, and posts it: the first
 * message as the reply, the rest as follow-ups. The reservation is given back when no story came
 * from the LLM.
 */
import { DEFAULT_LLM_STORIES } from "../briefings/service.js";
import { parseSince } from "../briefings/since.js";
import type { Briefing } from "../briefings/types.js";
import type { BotDeps } from "../deps.js";
import { parseFeedId, parseSource } from "../digests/filters.js";
import {
  isAbortError,
  isUserError,
  localizedUserError,
  localizedUserErrorText,
  renderUserError,
  UserError,
} from "../errors.js";
import { translator } from "../i18n/t.js";
import { effectiveLlmBudget } from "../settings/types.js";
import { renderBriefing } from "./briefing-render.js";
import { languageName, settingsFor } from "./guild-settings.js";
import type { CommandInteraction } from "./interaction.js";
import type { LlmReservation } from "./llm-limits.js";
import { escapeText, forEdit, truncate } from "./render.js";
import { INTERACTION_BUDGET_MS } from "./summarize-flow.js";

export interface BriefingCommandRequest {
  since?: string | null | undefined;
  source?: string | null | undefined;
  /** A feed id, as `/feed list` shows it. */
  feed?: string | null | undefined;
}

export async function runBriefing(
  interaction: CommandInteraction,
  request: BriefingCommandRequest,
  deps: BotDeps,
): Promise<void> {
  const service = deps.briefings;
  if (!service) throw localizedUserError("briefing.disabled");
  const since = parseSince(request.since, deps.clock.now());
  if (since === null) {
    throw localizedUserError("briefing.badSince", {
      value: escapeText(truncate(String(request.since), 60)),
    });
  }
  const source = parseSource(request.source);
  const feedId = parseFeedId(request.feed);
  const settings = await settingsFor(deps, interaction.guildId);
  let reservation: LlmReservation | null = null;
  let refusal: string | null = null;
  if (service.llmModel !== null) {
    try {
      reservation = await deps.llmLimits.reserve(interaction.user.id, interaction.guildId, {
        guildBudget: effectiveLlmBudget(settings, deps.config.LLM_GUILD_HOURLY_BUDGET),
      });
    } catch (error) {
      // Over the budget or cooling down: the briefing still comes, written extractively, and says why.
      if (!isUserError(error)) throw error;
      refusal =
        localizedUserErrorText(error, interaction.locale, escapeText) ??
        renderUserError(error, escapeText);
    }
  }
  let briefing: Briefing | undefined;
  try {
    await interaction.deferReply();
    const signal = AbortSignal.timeout(
      Math.min(2 * deps.config.SUMMARY_DEADLINE_MS, INTERACTION_BUDGET_MS),
    );
    try {
      briefing = await service.brief({
        since,
        source: source ?? undefined,
        feedId: feedId ?? undefined,
        useLlm: reservation !== null,
        viewer: { guildId: interaction.guildId ?? undefined, userId: interaction.user.id },
        language: settings.language ?? undefined,
        signal,
      });
    } catch (error) {
      if (isAbortError(error) || signal.aborted) {
        throw new UserError("The briefing took too long.", {
          cause: error,
          i18n: { key: "error.tooSlow" },
        });
      }
      throw error;
    }
  } finally {
    const paid = briefing?.stories.some((s) => s.engine === "llm") ?? false;
    if (reservation && !paid) {
      await reservation.release().catch((error: unknown) => {
        deps.logger.warn({ err: error }, "could not release an LLM reservation");
      });
    }
  }
  const wroteLanguage = briefing.stories.some((s) => s.engine === "llm");
  const messages = renderBriefing(briefing, {
    t: translator(interaction.locale),
    model: service.llmModel,
    llmStories: DEFAULT_LLM_STORIES,
    now: deps.clock.now(),
    llmRefusal: refusal,
    source,
    feedId,
    missingLanguage:
      settings.language && !wroteLanguage && briefing.stories.length > 0
        ? languageName(settings.language)
        : null,
  });
  const [first, ...rest] = messages;
  await interaction.editReply(forEdit(first!));
  for (const message of rest) await interaction.followUp(message);
}
