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
import { localizedUserError } from "../errors.js";
import { translator } from "../i18n/t.js";
import { renderBriefing } from "./briefing-render.js";
import { languageName, settingsFor } from "./guild-settings.js";
import type { CommandInteraction } from "./interaction.js";
import { releaseUnlessPaid, reserveLlmTurn, withDeadline } from "./llm-turn.js";
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
  const { reservation, refusal } =
    service.llmModel !== null
      ? await reserveLlmTurn(interaction, deps, settings)
      : { reservation: null, refusal: null };
  let briefing: Briefing | undefined;
  try {
    await interaction.deferReply();
    const ms = Math.min(2 * deps.config.SUMMARY_DEADLINE_MS, INTERACTION_BUDGET_MS);
    briefing = await withDeadline(ms, "The briefing took too long.", (signal) =>
      service.brief({
        since,
        source: source ?? undefined,
        feedId: feedId ?? undefined,
        useLlm: reservation !== null,
        viewer: { guildId: interaction.guildId ?? undefined, userId: interaction.user.id },
        language: settings.language ?? undefined,
        signal,
      }),
    );
  } finally {
    const paid = briefing?.stories.some((s) => s.engine === "llm") ?? false;
    await releaseUnlessPaid(reservation, paid, deps.logger);
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
