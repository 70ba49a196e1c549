/**
 * What `/ask` and `/briefing` share around one LLM turn: a reservation within the server's budget
 * (a refusal is worded for the reply, not thrown: the answer comes extractively and says why), the
 * work under one deadline (an abort is the localized "took too long"), and the reservation given
 * back when the LLM wrote nothing.
 */
import type { BotDeps } from "../deps.js";
import {
  isAbortError,
  isUserError,
  localizedUserErrorText,
  renderUserError,
  UserError,
} from "../errors.js";
import type { Logger } from "../logger.js";
import { effectiveLlmBudget, type GuildSettings } from "../settings/types.js";
import type { LlmReservation } from "./llm-limits.js";
import { escapeText } from "./render.js";

export interface LlmTurn {
  reservation: LlmReservation | null;
  /** Why the LLM will not be asked (cooldown, budget), worded for the reader; null otherwise. */
  refusal: string | null;
}

/** Reserves one LLM call for the interaction's user and server; a limit reached is a refusal. */
export async function reserveLlmTurn(
  interaction: { user: { id: string }; guildId: string | null; locale: string },
  deps: Pick<BotDeps, "llmLimits" | "config">,
  settings: GuildSettings,
): Promise<LlmTurn> {
  try {
    const reservation = await deps.llmLimits.reserve(interaction.user.id, interaction.guildId, {
      guildBudget: effectiveLlmBudget(settings, deps.config.LLM_GUILD_HOURLY_BUDGET),
    });
    return { reservation, refusal: null };
  } catch (error) {
    if (!isUserError(error)) throw error;
    const refusal =
      localizedUserErrorText(error, interaction.locale, escapeText) ??
      renderUserError(error, escapeText);
    return { reservation: null, refusal };
  }
}

/** Runs `work` with a signal that aborts after `ms`; running out of time is a UserError. */
export async function withDeadline<T>(
  ms: number,
  tooSlow: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const signal = AbortSignal.timeout(ms);
  try {
    return await work(signal);
  } catch (error) {
    if (isAbortError(error) || signal.aborted) {
      throw new UserError(tooSlow, { cause: error, i18n: { key: "error.tooSlow" } });
    }
    throw error;
  }
}

/** Gives the reservation back unless the LLM was paid for; a failure to do so is only logged. */
export async function releaseUnlessPaid(
  reservation: LlmReservation | null,
  paid: boolean,
  logger: Logger,
): Promise<void> {
  if (!reservation || paid) return;
  await reservation.release().catch((error: unknown) => {
    logger.warn({ err: error }, "could not release an LLM reservation");
  });
}
