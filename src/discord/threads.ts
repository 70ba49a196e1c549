/**
 * Article threads over Discord's REST API (issue 16): start a public thread on a message
 * (`POST /channels/{channel}/messages/{message}/threads`) and post in it. Works the same from the
 * gateway bot and from HTTP replicas: no gateway cache, no privileged intent.
 */
import {
  type APIChannel,
  ChannelType,
  DiscordAPIError,
  type REST,
  RESTJSONErrorCodes,
  Routes,
  ThreadAutoArchiveDuration,
} from "discord.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { createOpenAiAnswerWriterFromConfig } from "../openai/ask.js";
import { NAMESPACES } from "../store/namespaces.js";
import type { Store } from "../store/store.js";
import { createThreadLinkRepository } from "../threads/repository.js";
import type { AnswerWriter, ThreadLinkRepository } from "../threads/types.js";
import type { ApiMessage } from "./interaction.js";

/** How starting a thread ended; refusals are codes, worded by the flow. */
export type StartThreadResult =
  | { kind: "created"; threadId: string }
  /** Discord already has a thread on this message (160004): it has the message's id. */
  | { kind: "exists"; threadId: string }
  | { kind: "missing-permission" }
  /** The message is gone, or the channel cannot hold threads. */
  | { kind: "unavailable" };

export interface ThreadChannels {
  startFromMessage(channelId: string, messageId: string, name: string): Promise<StartThreadResult>;
  /** Posts in the thread; false when Discord refused (missing permission, archived, gone). */
  post(threadId: string, message: ApiMessage): Promise<boolean>;
  /**
   * Whether the thread is still there (`GET /channels/{thread}`): false only when Discord says it
   * is unknown (404). Any other refusal (403: the bot cannot see it) counts as there.
   */
  exists(threadId: string): Promise<boolean>;
}

/** What `/ask` and the Discuss button need (absent in tests that do not use them). */
export interface ThreadServices {
  links: ThreadLinkRepository;
  /** Null without a bot token: the Discuss button says threads are not available. */
  channels: ThreadChannels | null;
  /** The LLM, or null: extractive answers. */
  writer: AnswerWriter | null;
}

/** Thread names are 1–100 characters. */
export function threadName(title: string): string {
  const name = title.replace(/\s+/g, " ").trim() || "Article";
  return name.length <= 100 ? name : `${name.slice(0, 99)}…`;
}

export function createRestThreadChannels(
  rest: () => Pick<REST, "post" | "get"> | null,
): ThreadChannels {
  const client = () => {
    const r = rest();
    if (!r) throw new Error("DISCORD_TOKEN is not set: threads cannot be opened.");
    return r;
  };
  return {
    async startFromMessage(channelId, messageId, name) {
      try {
        const thread = (await client().post(Routes.threads(channelId, messageId), {
          body: {
            name: threadName(name),
            auto_archive_duration: ThreadAutoArchiveDuration.OneDay,
          },
        })) as APIChannel;
        return { kind: "created", threadId: thread.id };
      } catch (error) {
        if (!(error instanceof DiscordAPIError)) throw error;
        if (error.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage) {
          return { kind: "exists", threadId: messageId };
        }
        if (
          error.status === 403 ||
          error.code === RESTJSONErrorCodes.MissingPermissions ||
          error.code === RESTJSONErrorCodes.MissingAccess
        ) {
          return { kind: "missing-permission" };
        }
        if (
          error.status === 404 ||
          error.code === RESTJSONErrorCodes.CannotExecuteActionOnThisChannelType
        ) {
          return { kind: "unavailable" };
        }
        throw error;
      }
    },
    async exists(threadId) {
      try {
        await client().get(Routes.channel(threadId));
        return true;
      } catch (error) {
        if (!(error instanceof DiscordAPIError)) throw error;
        if (error.status === 404 || error.code === RESTJSONErrorCodes.UnknownChannel) return false;
        if (error.status < 500) return true;
        throw error;
      }
    },
    async post(threadId, message) {
      try {
        await client().post(Routes.channelMessages(threadId), { body: message });
        return true;
      } catch (error) {
        if (error instanceof DiscordAPIError && error.status < 500) return false;
        throw error;
      }
    },
  };
}

/** Channel types a thread can be started in from a message. */
export const THREADABLE_CHANNELS: ReadonlySet<number> = new Set([
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
]);

/** The thread services as the composition root builds them. */
export function createThreadServices(
  config: Config,
  parts: {
    store: Pick<Store, "namespace">;
    rest: () => Pick<REST, "post" | "get"> | null;
    logger: Logger;
  },
): ThreadServices {
  return {
    links: createThreadLinkRepository(parts.store.namespace(NAMESPACES.threads)),
    channels: parts.rest() ? createRestThreadChannels(parts.rest) : null,
    writer: createOpenAiAnswerWriterFromConfig(config, parts.logger),
  };
}
