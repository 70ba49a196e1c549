import type { BotDeps } from "../deps.js";
import { isUserError, localizedUserErrorText, renderUserError } from "../errors.js";
import { t } from "../i18n/t.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import type { Command } from "./command.js";
import { parseComponentId } from "./components.js";
import type { Interaction } from "./interaction.js";
import { escapeText, forEdit, type RenderedMessage, renderNotice } from "./render.js";

export const GENERIC_FAILURE = "Something went wrong on our side. Please try again in a moment.";

/** Discord's "Unknown interaction" (expired token or answered elsewhere) and "already acknowledged". */
const EXPIRED_CODES = new Set([10062, 10015, 40060]);

/** What the error path needs from an interaction (structural, so tests can pass a plain object). */
export interface Repliable {
  readonly id: string;
  readonly guildId: string | null;
  readonly deferred: boolean;
  readonly replied: boolean;
  /** Set by the deferral or the reply: false when everyone in the channel sees the answer. */
  readonly ephemeral: boolean | null;
  reply(options: RenderedMessage): Promise<unknown>;
  editReply(options: Omit<RenderedMessage, "flags">): Promise<unknown>;
  deleteReply(): Promise<unknown>;
  followUp(options: RenderedMessage): Promise<unknown>;
  /** The reader's locale: the notice is worded in it (English when absent). */
  readonly locale?: string;
}

function errorCode(error: unknown): number | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "number" ? code : null;
  }
  return null;
}

/** True for Discord's "Unknown interaction" family: the token expired or someone else answered. */
export function isExpiredInteraction(error: unknown): boolean {
  const code = errorCode(error);
  return code !== null && EXPIRED_CODES.has(code);
}

/**
 * The one error path. A UserError becomes an ephemeral message written for the person; anything
 * else is logged with the command and ids, and the person sees a short generic message. Either way
 * only the person sees it: after a public deferral the "thinking…" reply is deleted and the notice
 * is an ephemeral follow-up (editing it would show the notice to the whole channel); after a
 * private deferral the reply is edited; after an answer it is a follow-up; else a reply. An
 * expired interaction is logged. Never throws.
 */
export async function respondWithError(
  interaction: Repliable,
  error: unknown,
  context: { logger: Logger; command: string },
): Promise<void> {
  const { logger, command } = context;
  const ids = { command, guildId: interaction.guildId, interactionId: interaction.id };
  if (isExpiredInteraction(error)) {
    logger.warn({ ...ids, code: errorCode(error) }, "interaction expired or unknown");
    return;
  }
  const userFacing = isUserError(error);
  if (!userFacing) logger.error({ ...ids, err: error }, "command failed");
  // The person's own input echoed in the message is escaped like everything else; a message with
  // a catalog key is worded in the reader's locale (briefings, issue 16).
  const notice = renderNotice(
    userFacing
      ? (localizedUserErrorText(error, interaction.locale, escapeText) ??
          renderUserError(error, escapeText))
      : interaction.locale
        ? t(interaction.locale, "error.generic")
        : GENERIC_FAILURE,
  );
  try {
    if (interaction.deferred && interaction.ephemeral === false) {
      try {
        await interaction.deleteReply();
      } catch (deleteError) {
        if (isExpiredInteraction(deleteError)) throw deleteError;
        // The placeholder stays: better it says why than "thinking…" forever.
        logger.warn({ ...ids, err: deleteError }, "could not delete the public deferred reply");
        await interaction.editReply(forEdit(notice));
        return;
      }
      await interaction.followUp(notice);
    } else if (interaction.deferred) await interaction.editReply(forEdit(notice));
    else if (interaction.replied) await interaction.followUp(notice);
    else await interaction.reply(notice);
  } catch (replyError) {
    const level = isExpiredInteraction(replyError) ? "warn" : "error";
    logger[level]({ ...ids, err: replyError }, "could not send the error message");
  }
}

/** How an interaction ended: answered, refused with a UserError, failed, or not taken (shutdown). */
export type Outcome = "ok" | "user-error" | "error" | "ignored";

export interface Dispatcher {
  handle(interaction: Interaction): Promise<Outcome>;
  /** Stops taking new interactions; those in flight carry on. */
  close(): void;
  /**
   * Resolves when every interaction in flight has finished, or after `timeoutMs` (shutdown passes
   * the summary deadline plus a margin, `shutdownDrainMs` in bot.ts).
   */
  drain(timeoutMs: number): Promise<void>;
  readonly inFlight: number;
}

/** Routes interactions to commands: slash commands, autocomplete, and buttons by custom id. */
export function createDispatcher(
  commands: readonly Command[],
  deps: BotDeps,
  options: { metrics?: Metrics } = {},
): Dispatcher {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const running = new Set<Promise<Outcome>>();
  let open = true;
  const { logger } = deps;

  /** The error path, and the outcome it stands for. */
  async function failed(
    interaction: Interaction & Repliable,
    error: unknown,
    command: string,
  ): Promise<Outcome> {
    await respondWithError(interaction, error, { logger, command });
    return isUserError(error) ? "user-error" : "error";
  }

  async function route(interaction: Interaction): Promise<Outcome> {
    if (interaction.kind === "command") {
      const command = byName.get(interaction.commandName);
      try {
        if (!command) throw new Error(`unknown command ${interaction.commandName}`);
        await command.execute(interaction, deps);
        return "ok";
      } catch (error) {
        return failed(interaction, error, interaction.commandName);
      }
    }
    if (interaction.kind === "autocomplete") {
      const command = byName.get(interaction.commandName);
      try {
        if (command?.autocomplete) await command.autocomplete(interaction, deps);
        else await interaction.respond([]);
        return "ok";
      } catch (error) {
        const ids = { command: interaction.commandName, interactionId: interaction.id };
        if (isExpiredInteraction(error)) logger.warn({ ...ids }, "autocomplete expired");
        else
          logger.error({ ...ids, guildId: interaction.guildId, err: error }, "autocomplete failed");
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
        return "error";
      }
    }
    const parsed = parseComponentId(interaction.customId);
    const command = parsed ? byName.get(parsed.command) : undefined;
    const name = parsed ? `${parsed.command}:${parsed.action}` : interaction.customId;
    try {
      if (!parsed || !command?.handleComponent) {
        throw new Error(`no handler for component ${interaction.customId}`);
      }
      await command.handleComponent(interaction, parsed, deps);
      return "ok";
    } catch (error) {
      return failed(interaction, error, name);
    }
  }

  /** The metric label: the command, or the button's command and action (never user input). */
  function labelOf(interaction: Interaction): string {
    if (interaction.kind !== "component")
      return byName.has(interaction.commandName) ? interaction.commandName : "unknown";
    const parsed = parseComponentId(interaction.customId);
    return parsed && byName.has(parsed.command) ? `${parsed.command}:${parsed.action}` : "unknown";
  }

  return {
    get inFlight() {
      return running.size;
    },
    async handle(interaction) {
      if (!open) {
        logger.info({ interactionId: interaction.id }, "shutting down: interaction ignored");
        return "ignored";
      }
      const started = performance.now();
      const task = route(interaction).catch((error: unknown): Outcome => {
        logger.error({ interactionId: interaction.id, err: error }, "interaction handler failed");
        return "error";
      });
      running.add(task);
      try {
        const outcome = await task;
        options.metrics?.interactionDuration.observe(
          { command: labelOf(interaction), transport: interaction.transport, outcome },
          (performance.now() - started) / 1000,
        );
        return outcome;
      } finally {
        running.delete(task);
      }
    },
    close() {
      open = false;
    },
    async drain(timeoutMs) {
      if (running.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
        timer.unref();
      });
      await Promise.race([Promise.allSettled([...running]).then(() => undefined), timeout]);
      clearTimeout(timer);
    },
  };
}
