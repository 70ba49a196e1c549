import { randomBytes } from "node:crypto";
import type { EventEmitter } from "node:events";
import type { APIApplicationCommand } from "discord.js";
import { type Clock, systemClock } from "../clock.js";
import { type Logger, silentLogger } from "../logger.js";
import type { GatewayHub } from "./gateway.js";
import {
  ALL_PERMISSIONS,
  createGuildState,
  type GuildState,
  guildIdOnShard,
  memberPermissions,
  roleIds,
} from "./guild-state.js";
import { DiscordErrors } from "./http.js";
import { type ApplicationKeys, createApplicationKeys } from "./http-delivery.js";
import { createSnowflakeGenerator } from "./snowflake.js";
import { isThread, threadPermissions } from "./threads.js";
import type {
  AutocompleteChoice,
  EmulatedChannel,
  EmulatedMessage,
  EmulatedUser,
  EmulatorChannelInput,
  EmulatorEvents,
  EmulatorGuildInput,
  EmulatorOptions,
  InteractionHandle,
  RecordedCallback,
  RecordedRequest,
} from "./types.js";

/**
 * The emulator's state: the application, its users, the guild, channels, messages, commands and
 * interactions, shared by the resource modules (channels.ts, guilds.ts, interactions.ts, …) that
 * read and change it. It holds no HTTP or gateway code; `gateway` is the hub that dispatches events.
 */

/** Permission bits the emulator reasons about. */
export const Permission = {
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

export { ALL_PERMISSIONS };
export const EVERYONE_PERMISSIONS =
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.UseApplicationCommands |
  Permission.CreatePublicThreads |
  Permission.SendMessagesInThreads;

export const MessageFlag = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressNotifications: 1 << 12,
};

export const InteractionType = { Command: 2, Component: 3, Autocomplete: 4 } as const;

export interface ChannelState {
  channel: EmulatedChannel;
  deleted: boolean;
  messageIds: string[];
}

export interface InteractionState {
  id: string;
  token: string;
  type: number;
  payload: Record<string, unknown>;
  dispatchedAt: number;
  channelId: string;
  user: EmulatedUser;
  commandName: string | undefined;
  sourceMessageId: string | undefined;
  callbacks: RecordedCallback[];
  acknowledged: boolean;
  originalId: string | undefined;
  followupIds: string[];
  choices: AutocompleteChoice[] | undefined;
  handle: InteractionHandle;
  /** Set while the interaction is being POSTed to the endpoint: webhooks wait for it, as the
   *  initial response is applied before anything sent with the token. */
  delivery?: Promise<void>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString("base64url");
}

/** The events the model emits; the server (an EventEmitter) is the emitter. */
export type ModelEvents = Pick<EventEmitter, "emit" | "on" | "off">;

export class EmulatorModel {
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;
  /** The default guild's id. */
  readonly guildId: string;
  readonly guilds = new Map<string, GuildState>();
  readonly user: EmulatedUser;
  readonly bot: EmulatedUser;
  readonly requests: RecordedRequest[] = [];
  readonly clock: Clock;
  readonly logger: Logger;
  readonly nextId: () => string;
  readonly callbackWindowMs: number;
  readonly tokenLifetimeMs: number;
  readonly nonceWindowMs: number;
  readonly recommendedShards: number;
  readonly channels = new Map<string, ChannelState>();
  readonly messages = new Map<string, EmulatedMessage>();
  readonly users = new Map<string, EmulatedUser>();
  readonly nonces = new Map<string, { messageId: string; at: number }>();
  readonly globalCommands = new Map<string, APIApplicationCommand>();
  readonly guildCommands = new Map<string, Map<string, APIApplicationCommand>>();
  readonly interactions = new Map<string, InteractionState>();
  readonly keys: ApplicationKeys = createApplicationKeys();
  /** The "Interactions Endpoint URL" (null: interactions go over the gateway). */
  endpoint: string | null = null;
  readonly gateway: GatewayHub;
  /**
   * How to let go each request an injected delay holds (`faults.nextRest(…, { delayMs })`), until
   * its delay ends or the emulator closes. A set, not listeners on a shared signal: a test may hold
   * many requests at once, and each leaves when it is let go.
   */
  readonly held = new Set<() => void>();
  readonly events: ModelEvents;
  /** Set by the server once it listens. */
  gatewayUrl = "";

  constructor(
    options: EmulatorOptions,
    events: ModelEvents,
    createGateway: (model: EmulatorModel) => GatewayHub,
  ) {
    this.events = events;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.nextId = createSnowflakeGenerator(this.clock);
    this.callbackWindowMs = options.callbackWindowMs ?? 3000;
    this.tokenLifetimeMs = options.tokenLifetimeMs ?? 15 * 60_000;
    this.nonceWindowMs = options.nonceWindowMs ?? 5 * 60_000;
    this.recommendedShards = options.recommendedShards ?? 1;
    this.token =
      options.token ??
      `${Buffer.from(this.nextId()).toString("base64url")}.${randomToken(4)}.${randomToken(20)}`;
    this.applicationId = options.applicationId ?? this.nextId();
    this.botUserId = this.applicationId;
    this.bot = {
      id: this.botUserId,
      username: options.botName ?? "Newsdesk",
      global_name: null,
      discriminator: "0001",
      avatar: null,
      bot: true,
    };
    this.user = {
      id: options.user?.id ?? this.nextId(),
      username: options.user?.username ?? "reader",
      global_name: options.user?.globalName ?? "Reader",
      discriminator: "0",
      avatar: null,
    };
    this.users.set(this.bot.id, this.bot);
    this.users.set(this.user.id, this.user);
    this.guildId = this.addGuild(options.guild ?? {}).id;
    this.gateway = createGateway(this);
  }

  now(): number {
    return this.clock.now();
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  emit<E extends keyof EmulatorEvents>(event: E, ...args: EmulatorEvents[E]): void {
    this.events.emit(event, ...args);
  }

  // ---------------------------------------------------------------- guilds

  /** Creates a guild with its channels (no gateway dispatch: the caller decides). */
  addGuild(spec: EmulatorGuildInput): GuildState {
    const taken = (id: string) => this.guilds.has(id);
    const id =
      spec.id ??
      (spec.shard === undefined ? this.nextId() : guildIdOnShard(this.nextId, spec.shard, taken));
    if (taken(id)) throw new Error(`addGuild: a guild with id ${id} exists`);
    const guild = createGuildState({
      id,
      name: spec.name ?? "Newsroom",
      createdAt: this.iso(),
      ownerId: this.user.id,
      botUserId: this.botUserId,
      nextId: this.nextId,
      spec,
      everyonePermissions: EVERYONE_PERMISSIONS,
      ensureUser: (member) => this.ensureUser(member),
    });
    this.guilds.set(id, guild);
    const channels = spec.channels ?? [{ name: "general" }, { name: "news-digest" }];
    for (const input of channels) this.insertChannel(input, id);
    return guild;
  }

  /** A guild by id; the default guild when omitted. Throws (a test driver's error) when unknown. */
  requireGuild(guildId: string = this.guildId): GuildState {
    const guild = this.guilds.get(guildId);
    if (guild === undefined) throw new Error(`The emulator has no guild ${guildId}`);
    return guild;
  }

  /** The user with this id (created with the username when new). */
  ensureUser(input: { id?: string; username?: string; globalName?: string }): string {
    const existing = input.id !== undefined ? this.users.get(input.id) : undefined;
    const user: EmulatedUser = {
      id: input.id ?? this.nextId(),
      username: input.username ?? existing?.username ?? "member",
      global_name: input.globalName ?? existing?.global_name ?? null,
      discriminator: "0",
      avatar: null,
    };
    this.users.set(user.id, user);
    return user.id;
  }

  // ---------------------------------------------------------------- channels

  insertChannel(input: EmulatorChannelInput, guildId: string = this.guildId): EmulatedChannel {
    const guild = this.requireGuild(guildId);
    const id = input.id ?? this.nextId();
    const channel: EmulatedChannel = {
      id,
      name: input.name,
      type: input.type ?? 0,
      guild_id: guild.id,
      position: this.liveChannels(guild.id).length,
      parent_id: null,
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      permission_overwrites: (input.overwrites ?? []).map((o) => ({
        id: roleIds(guild, [o.role])[0] ?? guild.id,
        type: 0 as const,
        allow: (o.allow ?? 0n).toString(),
        deny: (o.deny ?? 0n).toString(),
      })),
    };
    this.channels.set(id, { channel, deleted: false, messageIds: [] });
    return channel;
  }

  /** A live channel by id (any guild), or by name (with or without "#") in a guild (default the
   *  default guild). */
  findChannel(idOrName: string, guildId: string = this.guildId): EmulatedChannel | undefined {
    const byId = this.channels.get(idOrName);
    if (byId !== undefined) return byId.channel;
    const name = idOrName.replace(/^#/, "");
    return this.liveChannels(guildId).find((c) => c.name === name);
  }

  /** A guild's live channels (default the default guild); threads are not listed, as in Discord. */
  liveChannels(guildId: string = this.guildId): EmulatedChannel[] {
    return [...this.channels.values()]
      .filter((c) => !c.deleted && c.channel.guild_id === guildId && !isThread(c.channel))
      .map((c) => c.channel);
  }

  /** A channel's messages in creation order (deleted ones too). */
  channelMessages(channelId: string): EmulatedMessage[] {
    const state =
      this.channels.get(channelId) ?? this.channels.get(this.findChannel(channelId)?.id ?? "");
    if (state === undefined) return [];
    return state.messageIds.map((id) => this.messages.get(id)).filter((m) => m !== undefined);
  }

  /** For REST routes: 404 Unknown Channel when the channel does not exist or was deleted. */
  requireChannel(channelId: string): ChannelState {
    const state = this.channels.get(channelId);
    if (state === undefined || state.deleted) throw DiscordErrors.unknownChannel();
    return state;
  }

  /** For test drivers: a thrown Error (not a Discord error) when the channel is unknown. */
  requireKnownChannel(idOrName: string): ChannelState {
    const id = this.findChannel(idOrName)?.id ?? idOrName;
    const state = this.channels.get(id);
    if (state === undefined) throw new Error(`The emulator has no channel "${idOrName}"`);
    return state;
  }

  // ---------------------------------------------------------------- permissions

  /** The bot's permissions in a channel: its guild's roles, then the channel's overwrites. */
  botPermissions(channel: EmulatedChannel): bigint {
    // A thread has its parent's permissions (threads.ts).
    if (isThread(channel)) return threadPermissions(this, channel, (c) => this.botPermissions(c));
    const guild = this.guilds.get(channel.guild_id);
    return guild === undefined ? 0n : memberPermissions(guild, this.botUserId, channel);
  }

  requirePermissions(channel: EmulatedChannel, needed: bigint): void {
    const permissions = this.botPermissions(channel);
    if ((permissions & Permission.ViewChannel) === 0n) throw DiscordErrors.missingAccess();
    if ((permissions & needed) !== needed) throw DiscordErrors.missingPermissions();
  }

  // ---------------------------------------------------------------- waiting

  /** Resolves with check()'s first defined value, re-checked on every message, callback or answered request. */
  waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const onChange = () => {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off("message", onChange);
        this.events.off("interaction-callback", onChange);
        this.events.off("request", onChange);
      };
      // Each REST request is answered after its state changes, so "request" covers every change.
      this.events.on("message", onChange);
      this.events.on("interaction-callback", onChange);
      this.events.on("request", onChange);
    });
  }

  waitForEvent(event: keyof EmulatorEvents, timeoutMs: number, what: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off(event, done);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.events.off(event, done);
        resolve();
      };
      this.events.on(event, done);
    });
  }
}
