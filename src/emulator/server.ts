import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIApplicationCommand } from "discord.js";
import { type Clock, systemClock } from "../clock.js";
import { type Logger, silentLogger } from "../logger.js";
import { checkCommandBody } from "./commands.js";
import { GatewayHub, GatewayOp, shardOf } from "./gateway.js";
import { DiscordErrors, DiscordHttpError, parseBody, readBody } from "./http.js";
import {
  type ApplicationKeys,
  createApplicationKeys,
  deliverInteraction,
} from "./http-delivery.js";
import type {
  AutocompleteChoice,
  AutocompleteInput,
  ClickButtonInput,
  CommandOptionValue,
  EmulatedChannel,
  EmulatedMessage,
  EmulatedUser,
  Emulator,
  EmulatorChannelInput,
  EmulatorEvents,
  EmulatorFaults,
  EmulatorOptions,
  InteractionHandle,
  InteractionUserInput,
  RecordedCallback,
  RecordedRequest,
  RestFault,
  RestMatch,
  RunCommandInput,
} from "./index.js";
import { checkMessageBody, isEmptyMessage } from "./limits.js";
import { mentionsPinged, pingedMentions } from "./mentions.js";
import { createSnowflakeGenerator } from "./snowflake.js";

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
  SendMessagesInThreads: 1n << 38n,
} as const;

const ALL_PERMISSIONS = (1n << 51n) - 1n;
const EVERYONE_PERMISSIONS =
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.UseApplicationCommands |
  Permission.SendMessagesInThreads;

const MessageFlag = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressNotifications: 1 << 12,
};
const CREATE_FLAGS =
  MessageFlag.SuppressEmbeds |
  MessageFlag.Ephemeral |
  MessageFlag.SuppressNotifications |
  (1 << 15);
const EDIT_FLAGS = MessageFlag.SuppressEmbeds | (1 << 15);

const InteractionType = { Command: 2, Component: 3, Autocomplete: 4 } as const;
const Callback = {
  Reply: 4,
  DeferReply: 5,
  DeferUpdate: 6,
  Update: 7,
  Autocomplete: 8,
  Modal: 9,
} as const;

interface ChannelState {
  channel: EmulatedChannel;
  deleted: boolean;
  messageIds: string[];
}

interface InteractionState {
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

interface PendingFault {
  match: RestMatch;
  fault: RestFault;
  remaining: number;
}

interface RouteContext {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: Array<{ field: string; filename: string; contentType: string; size: number }>;
}

interface RouteResult {
  status: number;
  body?: unknown;
}

interface Route {
  method: string;
  template: string;
  segments: string[];
  auth: boolean;
  handle(ctx: RouteContext): RouteResult | Promise<RouteResult>;
}

const API_PREFIX = "/api/v10";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function randomToken(bytes: number): string {
  return randomBytes(bytes).toString("base64url");
}

function matchRoute(segments: string[], route: Route): Record<string, string> | null {
  if (segments.length !== route.segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const pattern = route.segments[i] ?? "";
    const actual = segments[i] ?? "";
    if (pattern.startsWith(":")) params[pattern.slice(1)] = actual;
    else if (pattern !== actual) return null;
  }
  return params;
}

/** Starts the emulator; `startEmulator` in index.ts is the public entry point. */
export async function launchEmulator(options: EmulatorOptions): Promise<Emulator> {
  const emulator = new EmulatorServer(options);
  await emulator.listen(options.host ?? "127.0.0.1", options.port ?? 0);
  return emulator;
}

class EmulatorServer extends EventEmitter implements Emulator {
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly guildId: string;
  readonly user: EmulatedUser;
  readonly bot: EmulatedUser;
  readonly requests: RecordedRequest[] = [];
  readonly faults: EmulatorFaults;

  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #nextId: () => string;
  readonly #callbackWindowMs: number;
  readonly #tokenLifetimeMs: number;
  readonly #nonceWindowMs: number;
  readonly #guildName: string;
  readonly #createdAt: string;
  readonly #channels = new Map<string, ChannelState>();
  readonly #messages = new Map<string, EmulatedMessage>();
  readonly #users = new Map<string, EmulatedUser>();
  readonly #nonces = new Map<string, { messageId: string; at: number }>();
  readonly #globalCommands = new Map<string, APIApplicationCommand>();
  readonly #guildCommands = new Map<string, Map<string, APIApplicationCommand>>();
  readonly #interactions = new Map<string, InteractionState>();
  readonly #keys: ApplicationKeys = createApplicationKeys();
  #endpoint: string | null = null;
  readonly #pendingFaults: PendingFault[] = [];
  readonly #routes: Route[];
  readonly #gateway: GatewayHub;
  readonly #server: Server;
  readonly #closing = new AbortController();
  #port = 0;
  #host = "127.0.0.1";

  constructor(options: EmulatorOptions) {
    super();
    this.setMaxListeners(100);
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger ?? silentLogger;
    this.#nextId = createSnowflakeGenerator(this.#clock);
    this.#callbackWindowMs = options.callbackWindowMs ?? 3000;
    this.#tokenLifetimeMs = options.tokenLifetimeMs ?? 15 * 60_000;
    this.#nonceWindowMs = options.nonceWindowMs ?? 5 * 60_000;
    this.token =
      options.token ??
      `${Buffer.from(this.#nextId()).toString("base64url")}.${randomToken(4)}.${randomToken(20)}`;
    this.applicationId = options.applicationId ?? this.#nextId();
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
      id: options.user?.id ?? this.#nextId(),
      username: options.user?.username ?? "reader",
      global_name: options.user?.globalName ?? "Reader",
      discriminator: "0",
      avatar: null,
    };
    this.#users.set(this.bot.id, this.bot);
    this.#users.set(this.user.id, this.user);
    this.guildId = options.guild?.id ?? this.#nextId();
    this.#guildName = options.guild?.name ?? "Newsroom";
    this.#createdAt = new Date(this.#clock.now()).toISOString();
    const channels = options.guild?.channels ?? [{ name: "general" }, { name: "news-digest" }];
    for (const input of channels) this.#insertChannel(input);
    this.#routes = this.#buildRoutes();
    this.#gateway = new GatewayHub({
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      logger: this.#logger,
      buildReady: (sessionId, shard) => this.#buildReady(sessionId, shard),
      onIdentify: (payload) => this.emit("identify", payload),
      onResume: (payload) => this.emit("resume", payload),
      onReady: (sessionId) => this.emit("ready", sessionId),
      onDisconnect: () => this.emit("disconnect"),
      onPacket: (packet) => this.emit("gateway", { ...packet, at: this.#now() }),
    });
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.#logger.error({ err: error }, "emulator request failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ code: 0, message: "500: Internal Server Error" }));
      });
    });
    this.#server.on("upgrade", (req, socket, head) =>
      this.#gateway.handleUpgrade(req, socket, head),
    );
    this.faults = this.#buildFaults();
  }

  async listen(host: string, port: number): Promise<void> {
    this.#host = host;
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(port, host, () => {
        this.#server.off("error", reject);
        resolve();
      });
    });
    this.#port = (this.#server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://${this.#host}:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://${this.#host}:${this.#port}/gateway`;
  }

  get connected(): boolean {
    const session = this.#gateway.activeSession;
    return session?.connected === true && session.ready;
  }

  // ---------------------------------------------------------------- public state

  channelId(name: string): string {
    const channel = this.channel(name);
    if (channel === undefined) throw new Error(`The emulator has no channel named "${name}"`);
    return channel.id;
  }

  channel(idOrName: string): EmulatedChannel | undefined {
    const byId = this.#channels.get(idOrName);
    if (byId !== undefined) return byId.channel;
    const name = idOrName.replace(/^#/, "");
    return [...this.#channels.values()].find((c) => !c.deleted && c.channel.name === name)?.channel;
  }

  channels(): EmulatedChannel[] {
    return [...this.#channels.values()].filter((c) => !c.deleted).map((c) => c.channel);
  }

  addChannel(input: EmulatorChannelInput): EmulatedChannel {
    const channel = this.#insertChannel(input);
    this.#gateway.dispatch("CHANNEL_CREATE", channel);
    return channel;
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  commands(guildId?: string): APIApplicationCommand[] {
    const map = guildId === undefined ? this.#globalCommands : this.#guildCommands.get(guildId);
    return [...(map?.values() ?? [])];
  }

  messages(channelId: string): EmulatedMessage[] {
    const state =
      this.#channels.get(channelId) ?? this.#channels.get(this.channel(channelId)?.id ?? "");
    if (state === undefined) return [];
    return state.messageIds.map((id) => this.#messages.get(id)).filter((m) => m !== undefined);
  }

  message(messageId: string): EmulatedMessage | undefined {
    return this.#messages.get(messageId);
  }

  waitForMessage(
    predicate: (message: EmulatedMessage) => boolean,
    timeoutMs = 5000,
  ): Promise<EmulatedMessage> {
    return this.#waitUntil(
      () => [...this.#messages.values()].find((m) => m.deleted !== true && predicate(m)),
      timeoutMs,
      "a message matching the predicate",
    );
  }

  mentionsPinged(message: EmulatedMessage): boolean {
    return mentionsPinged(message);
  }

  async waitForSession(timeoutMs = 15_000): Promise<void> {
    if (this.connected) return;
    await this.#waitForEvent("ready", timeoutMs, "a bot session (IDENTIFY → READY)");
  }

  override on<E extends keyof EmulatorEvents>(
    event: E,
    listener: (...args: EmulatorEvents[E]) => void,
  ): this {
    return super.on(event, listener as (...args: unknown[]) => void);
  }

  override off<E extends keyof EmulatorEvents>(
    event: E,
    listener: (...args: EmulatorEvents[E]) => void,
  ): this {
    return super.off(event, listener as (...args: unknown[]) => void);
  }

  async close(): Promise<void> {
    this.#closing.abort();
    await this.#gateway.shutdown();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- driving it like a user

  async runCommand(input: RunCommandInput): Promise<InteractionHandle> {
    const command = this.#findCommand(input.name);
    const { options, resolved } = this.#buildOptions(
      command,
      input.subcommand,
      input.options ?? {},
      undefined,
    );
    const data: Record<string, unknown> = {
      id: command.id,
      name: command.name,
      type: command.type ?? 1,
    };
    if (options.length > 0) data.options = options;
    if (resolved !== undefined) data.resolved = resolved;
    if (command.guild_id !== undefined) data.guild_id = command.guild_id;
    return this.#dispatchInteraction({
      type: InteractionType.Command,
      data,
      channel: input.channel,
      user: input.user,
      permissions: input.permissions,
      locale: input.locale,
      commandName: command.name,
      sourceMessage: undefined,
    });
  }

  async clickButton(input: ClickButtonInput): Promise<InteractionHandle> {
    const message =
      typeof input.message === "string"
        ? this.#messages.get(input.message)
        : this.#messages.get(input.message.id);
    if (message === undefined || message.deleted === true) {
      throw new Error(
        `clickButton: no message ${typeof input.message === "string" ? input.message : input.message.id}`,
      );
    }
    const component = findComponent(message.components, input.customId);
    if (component === undefined) {
      throw new Error(
        `clickButton: message ${message.id} has no component with custom_id "${input.customId}"`,
      );
    }
    if (component.disabled === true)
      throw new Error(`clickButton: "${input.customId}" is disabled`);
    const componentType =
      input.componentType ?? (typeof component.type === "number" ? component.type : 2);
    const data: Record<string, unknown> = {
      custom_id: input.customId,
      component_type: componentType,
    };
    if (input.values !== undefined) data.values = input.values;
    return this.#dispatchInteraction({
      type: InteractionType.Component,
      data,
      channel: message.channel_id,
      user: input.user,
      permissions: input.permissions,
      locale: undefined,
      commandName: undefined,
      sourceMessage: message,
    });
  }

  async autocomplete(input: AutocompleteInput): Promise<AutocompleteChoice[]> {
    const command = this.#findCommand(input.name);
    const { options } = this.#buildOptions(command, input.subcommand, input.options, input.focused);
    const data: Record<string, unknown> = {
      id: command.id,
      name: command.name,
      type: command.type ?? 1,
      options,
    };
    if (command.guild_id !== undefined) data.guild_id = command.guild_id;
    const handle = await this.#dispatchInteraction({
      type: InteractionType.Autocomplete,
      data,
      channel: input.channel,
      user: input.user,
      permissions: undefined,
      locale: undefined,
      commandName: command.name,
      sourceMessage: undefined,
    });
    const callback = await handle.callback(input.timeoutMs ?? this.#callbackWindowMs + 1000);
    if (!callback.ok)
      throw new Error(`autocomplete: the bot's callback was refused: ${callback.error?.message}`);
    const state = this.#interactions.get(handle.token);
    return state?.choices ?? [];
  }

  // ---------------------------------------------------------------- internals: model

  #insertChannel(input: EmulatorChannelInput): EmulatedChannel {
    const id = input.id ?? this.#nextId();
    const channel: EmulatedChannel = {
      id,
      name: input.name,
      type: input.type ?? 0,
      guild_id: this.guildId,
      position: this.#channels.size,
      parent_id: null,
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      permission_overwrites: [],
    };
    this.#channels.set(id, { channel, deleted: false, messageIds: [] });
    return channel;
  }

  #now(): number {
    return this.#clock.now();
  }

  #iso(): string {
    return new Date(this.#now()).toISOString();
  }

  #everyoneRole(): Record<string, unknown> {
    return {
      id: this.guildId,
      name: "@everyone",
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: 0,
      permissions: EVERYONE_PERMISSIONS.toString(),
      managed: false,
      mentionable: false,
      flags: 0,
    };
  }

  #member(user: EmulatedUser, permissions?: bigint): Record<string, unknown> {
    const member: Record<string, unknown> = {
      user,
      nick: null,
      avatar: null,
      banner: null,
      roles: [],
      joined_at: this.#createdAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
    if (permissions !== undefined) member.permissions = permissions.toString();
    return member;
  }

  #guild(): Record<string, unknown> {
    return {
      id: this.guildId,
      name: this.#guildName,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.user.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: [this.#everyoneRole()],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: this.channel("general")?.id ?? null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: "en-US",
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      max_members: 500_000,
      max_video_channel_users: 25,
      approximate_member_count: 2,
    };
  }

  #buildReady(
    sessionId: string,
    shard: [number, number],
  ): {
    ready: Record<string, unknown>;
    after: Array<[string, unknown]>;
  } {
    // The guild goes to the sessions of the shard it maps to, and only to them.
    const onShard = shardOf(this.guildId, shard[1]) === shard[0];
    const ready = {
      v: 10,
      user: {
        ...this.bot,
        verified: true,
        mfa_enabled: false,
        email: null,
        flags: 0,
        public_flags: 0,
      },
      guilds: onShard ? [{ id: this.guildId, unavailable: true }] : [],
      session_id: sessionId,
      session_type: "normal",
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      geo_ordered_rtc_regions: [],
      guild_join_requests: [],
      user_settings: {},
      auth: {},
      _trace: ["newsdesk-emulator"],
    };
    const guildCreate = {
      ...this.#guild(),
      joined_at: this.#createdAt,
      large: false,
      unavailable: false,
      lazy: true,
      member_count: 2,
      voice_states: [],
      members: [this.#member(this.bot), this.#member(this.user)],
      channels: this.channels(),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      embedded_activities: [],
    };
    return { ready, after: onShard ? [["GUILD_CREATE", guildCreate]] : [] };
  }

  /** The bot's permissions in a channel: @everyone, then the channel's overwrites. */
  #botPermissions(channel: EmulatedChannel): bigint {
    let permissions = EVERYONE_PERMISSIONS;
    if ((permissions & Permission.Administrator) !== 0n) return ALL_PERMISSIONS;
    const everyone = channel.permission_overwrites.find((o) => o.id === this.guildId);
    if (everyone !== undefined)
      permissions = (permissions & ~BigInt(everyone.deny)) | BigInt(everyone.allow);
    const own = channel.permission_overwrites.find((o) => o.id === this.botUserId);
    if (own !== undefined) permissions = (permissions & ~BigInt(own.deny)) | BigInt(own.allow);
    return permissions;
  }

  #requireChannel(channelId: string): ChannelState {
    const state = this.#channels.get(channelId);
    if (state === undefined || state.deleted) throw DiscordErrors.unknownChannel();
    return state;
  }

  #requirePermissions(channel: EmulatedChannel, needed: bigint): void {
    const permissions = this.#botPermissions(channel);
    if ((permissions & Permission.ViewChannel) === 0n) throw DiscordErrors.missingAccess();
    if ((permissions & needed) !== needed) throw DiscordErrors.missingPermissions();
  }

  #toApiMessage(message: EmulatedMessage): Record<string, unknown> {
    const { allowed_mentions: _a, interaction_id: _i, deleted: _d, ...api } = message;
    return api;
  }

  #createMessage(
    channelId: string,
    body: Record<string, unknown>,
    extra: { type?: number; interaction?: InteractionState; flags?: number; loading?: boolean },
  ): EmulatedMessage {
    const state = this.#channels.get(channelId);
    const flags =
      ((typeof body.flags === "number" ? body.flags : 0) & CREATE_FLAGS) | (extra.flags ?? 0);
    const message: EmulatedMessage = {
      id: this.#nextId(),
      channel_id: channelId,
      guild_id: this.guildId,
      type: extra.type ?? 0,
      author: this.bot,
      content: "",
      embeds: [],
      components: [],
      attachments: [],
      flags,
      tts: body.tts === true,
      pinned: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      timestamp: this.#iso(),
      edited_timestamp: null,
      allowed_mentions: null,
    };
    if (
      body.nonce !== undefined &&
      (typeof body.nonce === "string" || typeof body.nonce === "number")
    )
      message.nonce = body.nonce;
    const interaction = extra.interaction;
    if (interaction !== undefined) {
      message.webhook_id = this.applicationId;
      message.application_id = this.applicationId;
      message.interaction_id = interaction.id;
      const metadata: NonNullable<EmulatedMessage["interaction_metadata"]> = {
        id: interaction.id,
        type: interaction.type,
        user: interaction.user,
        authorizing_integration_owners: { "0": this.guildId },
      };
      if (interaction.commandName !== undefined) metadata.name = interaction.commandName;
      if (interaction.sourceMessageId !== undefined) {
        metadata.interacted_message_id = interaction.sourceMessageId;
      }
      message.interaction_metadata = metadata;
    }
    this.#applyContent(message, body);
    this.#messages.set(message.id, message);
    state?.messageIds.push(message.id);
    if (state !== undefined && (flags & MessageFlag.Ephemeral) === 0)
      state.channel.last_message_id = message.id;
    this.emit("message", message, "create");
    return message;
  }

  #applyContent(message: EmulatedMessage, body: Record<string, unknown>): void {
    if ("content" in body) message.content = typeof body.content === "string" ? body.content : "";
    if ("embeds" in body) {
      message.embeds = Array.isArray(body.embeds)
        ? (body.embeds as Array<Record<string, unknown>>).map(
            (e) => ({ type: "rich", ...e }) as EmulatedMessage["embeds"][number],
          )
        : [];
    }
    if ("components" in body) {
      message.components = Array.isArray(body.components)
        ? (body.components as EmulatedMessage["components"])
        : [];
    }
    if ("attachments" in body && Array.isArray(body.attachments)) {
      message.attachments = body.attachments as EmulatedMessage["attachments"];
    }
    message.allowed_mentions = isRecord(body.allowed_mentions)
      ? (body.allowed_mentions as EmulatedMessage["allowed_mentions"])
      : null;
    const pinged = pingedMentions(message);
    message.mention_everyone = pinged.everyone;
    message.mentions = pinged.users.map((id) => this.#users.get(id)).filter((u) => u !== undefined);
    message.mention_roles = pinged.roles;
  }

  #attachFiles(
    body: Record<string, unknown>,
    files: RouteContext["files"],
  ): Record<string, unknown> {
    if (files.length === 0) return body;
    const attachments = files.map((file, index) => ({
      id: this.#nextId(),
      filename: file.filename,
      size: file.size,
      content_type: file.contentType,
      url: `https://cdn.discordapp.invalid/attachments/${index}/${file.filename}`,
      proxy_url: `https://media.discordapp.invalid/attachments/${index}/${file.filename}`,
    }));
    return { ...body, attachments };
  }

  #editMessage(message: EmulatedMessage, body: Record<string, unknown>): EmulatedMessage {
    const wasLoading = (message.flags & MessageFlag.Loading) !== 0;
    this.#applyContent(message, body);
    if (typeof body.flags === "number") {
      message.flags = (message.flags & ~EDIT_FLAGS) | (body.flags & EDIT_FLAGS);
    }
    message.flags &= ~MessageFlag.Loading;
    if (!wasLoading) message.edited_timestamp = this.#iso();
    this.emit("message", message, "update");
    return message;
  }

  #deleteMessage(message: EmulatedMessage): void {
    message.deleted = true;
    this.emit("message", message, "delete");
  }

  #validateMessage(body: unknown, creating: boolean): Record<string, unknown> {
    if (!isRecord(body))
      throw DiscordErrors.invalidFormBody({
        _errors: [
          { code: "MODEL_TYPE_CONVERT", message: "Only dictionaries may be used in a ModelType" },
        ],
      });
    const errors = checkMessageBody(body);
    if (errors !== null) throw DiscordErrors.invalidFormBody(errors);
    if (creating && isEmptyMessage(body)) throw DiscordErrors.emptyMessage();
    return body;
  }

  // ---------------------------------------------------------------- internals: interactions

  #findCommand(name: string): APIApplicationCommand {
    const command =
      this.#guildCommands.get(this.guildId)?.get(name) ?? this.#globalCommands.get(name);
    if (command === undefined) {
      throw new Error(
        `No command "/${name}" is registered (registered: ${[...this.#globalCommands.keys(), ...(this.#guildCommands.get(this.guildId)?.keys() ?? [])].join(", ") || "none"})`,
      );
    }
    return command;
  }

  #buildOptions(
    command: APIApplicationCommand,
    subcommand: string | undefined,
    values: Record<string, CommandOptionValue>,
    focused: string | undefined,
  ): {
    options: Array<Record<string, unknown>>;
    resolved: Record<string, Record<string, unknown>> | undefined;
  } {
    type Def = {
      type: number;
      name: string;
      required?: boolean;
      options?: Def[];
      choices?: Array<{ value: unknown }>;
      autocomplete?: boolean;
    };
    let defs = (command.options ?? []) as unknown as Def[];
    const wrap: Array<(inner: Array<Record<string, unknown>>) => Array<Record<string, unknown>>> =
      [];
    for (const part of subcommand?.split(" ").filter((p) => p.length > 0) ?? []) {
      const def = defs.find((d) => d.name === part && (d.type === 1 || d.type === 2));
      if (def === undefined) throw new Error(`/${command.name} has no subcommand "${part}"`);
      defs = def.options ?? [];
      wrap.push((inner) => [{ type: def.type, name: def.name, options: inner }]);
    }
    if (wrap.length === 0 && defs.some((d) => d.type === 1 || d.type === 2)) {
      throw new Error(
        `/${command.name} needs a subcommand (${defs.map((d) => d.name).join(", ")})`,
      );
    }
    const resolved: Record<string, Record<string, unknown>> = {};
    const options: Array<Record<string, unknown>> = [];
    for (const [name, raw] of Object.entries(values)) {
      const def = defs.find((d) => d.name === name);
      if (def === undefined) throw new Error(`/${command.name} has no option "${name}"`);
      const option: Record<string, unknown> = { name, type: def.type };
      if (name === focused) {
        option.value = String(raw);
        option.focused = true;
        options.push(option);
        continue;
      }
      option.value = this.#optionValue(command.name, def, raw, resolved);
      if (
        def.choices !== undefined &&
        def.choices.length > 0 &&
        !def.choices.some((c) => c.value === option.value)
      ) {
        throw new Error(`/${command.name} option "${name}" must be one of its choices`);
      }
      options.push(option);
    }
    if (focused !== undefined && !options.some((o) => o.focused === true)) {
      options.push({
        name: focused,
        type: defs.find((d) => d.name === focused)?.type ?? 3,
        value: "",
        focused: true,
      });
    }
    if (focused === undefined) {
      for (const def of defs) {
        if (def.required === true && !(def.name in values))
          throw new Error(`/${command.name} option "${def.name}" is required`);
      }
    }
    const nested = wrap.reduceRight((inner, fn) => fn(inner), options);
    return { options: nested, resolved: Object.keys(resolved).length > 0 ? resolved : undefined };
  }

  #optionValue(
    commandName: string,
    def: { type: number; name: string },
    raw: CommandOptionValue,
    resolved: Record<string, Record<string, unknown>>,
  ): CommandOptionValue {
    const fail = (what: string) =>
      new Error(`/${commandName} option "${def.name}" must be ${what}`);
    switch (def.type) {
      case 3:
        return String(raw);
      case 4:
        if (typeof raw !== "number" || !Number.isInteger(raw)) throw fail("an integer");
        return raw;
      case 10:
        if (typeof raw !== "number") throw fail("a number");
        return raw;
      case 5:
        if (typeof raw !== "boolean") throw fail("a boolean");
        return raw;
      case 6:
      case 9: {
        const user = this.#users.get(String(raw));
        if (user === undefined) throw fail("a known user id");
        resolved.users = { ...resolved.users, [user.id]: user };
        resolved.members = {
          ...resolved.members,
          [user.id]: (({ user: _u, ...m }) => m)(this.#member(user, ALL_PERMISSIONS)),
        };
        return user.id;
      }
      case 7: {
        const channel = this.channel(String(raw));
        if (channel === undefined) throw fail("a channel name or id");
        resolved.channels = {
          ...resolved.channels,
          [channel.id]: {
            id: channel.id,
            name: channel.name,
            type: channel.type,
            permissions: ALL_PERMISSIONS.toString(),
          },
        };
        return channel.id;
      }
      case 8: {
        if (String(raw) !== this.guildId) throw fail("a role id");
        resolved.roles = { ...resolved.roles, [this.guildId]: this.#everyoneRole() };
        return this.guildId;
      }
      default:
        return raw;
    }
  }

  #userFrom(input: InteractionUserInput | undefined): EmulatedUser {
    if (input === undefined || (input.id === undefined && input.username === undefined))
      return this.user;
    const existing = input.id !== undefined ? this.#users.get(input.id) : undefined;
    const user: EmulatedUser = {
      id: input.id ?? existing?.id ?? this.#nextId(),
      username: input.username ?? existing?.username ?? "member",
      global_name: input.globalName ?? existing?.global_name ?? null,
      discriminator: "0",
      avatar: null,
    };
    this.#users.set(user.id, user);
    return user;
  }

  async #dispatchInteraction(input: {
    type: number;
    data: Record<string, unknown>;
    channel: string | undefined;
    user: InteractionUserInput | undefined;
    permissions: bigint | undefined;
    locale: string | undefined;
    commandName: string | undefined;
    sourceMessage: EmulatedMessage | undefined;
  }): Promise<InteractionHandle> {
    if (this.#endpoint === null && this.#gateway.activeSession === null) {
      throw new Error(
        "No bot is connected to the emulator: log a discord.js client in and await waitForSession()",
      );
    }
    const channel = this.channel(input.channel ?? "general");
    if (channel === undefined)
      throw new Error(`The emulator has no channel "${input.channel ?? "general"}"`);
    const user = this.#userFrom(input.user);
    const id = this.#nextId();
    const token = `aW50ZXJhY3Rpb246${id}:${randomToken(48)}`;
    const payload: Record<string, unknown> = {
      id,
      application_id: this.applicationId,
      type: input.type,
      token,
      version: 1,
      data: input.data,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: "en-US", features: [] },
      guild_locale: "en-US",
      channel_id: channel.id,
      channel: { ...channel },
      member: this.#member(user, input.permissions ?? ALL_PERMISSIONS),
      locale: input.locale ?? "en-US",
      app_permissions: this.#botPermissions(channel).toString(),
      entitlements: [],
      entitlement_sku_ids: [],
      authorizing_integration_owners: { "0": this.guildId },
      context: 0,
      attachment_size_limit: 26_214_400,
    };
    if (input.sourceMessage !== undefined)
      payload.message = this.#toApiMessage(input.sourceMessage);
    const state: InteractionState = {
      id,
      token,
      type: input.type,
      payload,
      dispatchedAt: this.#now(),
      channelId: channel.id,
      user,
      commandName: input.commandName,
      sourceMessageId: input.sourceMessage?.id,
      callbacks: [],
      acknowledged: false,
      originalId: undefined,
      followupIds: [],
      choices: undefined,
      handle: undefined as unknown as InteractionHandle,
    };
    state.handle = this.#buildHandle(state);
    this.#interactions.set(token, state);
    // With an interactions endpoint URL set, Discord POSTs interactions there and the gateway
    // gets none.
    if (this.#endpoint !== null) state.delivery = this.#deliver(state, this.#endpoint);
    else this.#gateway.dispatch("INTERACTION_CREATE", payload);
    this.emit("interaction", state.handle);
    return state.handle;
  }

  get publicKey(): string {
    return this.#keys.publicKey;
  }

  get interactionsEndpoint(): string | null {
    return this.#endpoint;
  }

  signRequest(body: string, atMs = this.#now()): { signature: string; timestamp: string } {
    const timestamp = String(Math.floor(atMs / 1000));
    return { signature: this.#keys.sign(timestamp, body), timestamp };
  }

  async setInteractionsEndpoint(url: string | null): Promise<void> {
    if (url === null) {
      this.#endpoint = null;
      return;
    }
    // Discord's check when the URL is saved: a signed PING gets PONG, a bad signature gets 401.
    const ping = {
      id: this.#nextId(),
      application_id: this.applicationId,
      type: 1,
      token: "ping",
      version: 1,
    };
    const common = {
      url,
      keys: this.#keys,
      payload: ping,
      nowMs: this.#now(),
      timeoutMs: this.#callbackWindowMs,
    };
    const good = await deliverInteraction(common);
    if (!good.ok || !isRecord(good.body) || good.body.type !== 1) {
      throw new Error(
        `The interactions endpoint did not answer PING with PONG (${good.ok ? JSON.stringify(good.body) : good.reason})`,
      );
    }
    const bad = await deliverInteraction({ ...common, badSignature: true });
    if (bad.status !== 401) {
      throw new Error(
        `The interactions endpoint accepted a bad signature (status ${bad.status}): it must answer 401`,
      );
    }
    this.#endpoint = url;
  }

  /** POSTs the interaction, then applies the HTTP reply as its initial response (or fails it). */
  async #deliver(state: InteractionState, url: string): Promise<void> {
    const result = await deliverInteraction({
      url,
      keys: this.#keys,
      payload: state.payload,
      nowMs: this.#now(),
      timeoutMs: this.#callbackWindowMs,
    });
    if (result.ok) {
      try {
        this.#interactionCallback({
          method: "POST",
          params: { interactionId: state.id, token: state.token },
          query: new URLSearchParams(),
          body: result.body,
          files: [],
        });
      } catch {
        // Recorded as a refused callback (ok: false) by #interactionCallback.
      }
      return;
    }
    // "The application did not respond": the interaction fails and the person sees an error.
    const recorded: RecordedCallback = {
      type: -1,
      data: undefined,
      at: this.#now(),
      ok: false,
      status: result.status,
      error: { code: 0, message: `The application did not respond: ${result.reason}` },
    };
    state.callbacks.push(recorded);
    this.emit("interaction-callback", state.handle, recorded);
  }

  #buildHandle(state: InteractionState): InteractionHandle {
    const emulator = this;
    const handle: InteractionHandle = {
      id: state.id,
      token: state.token,
      type: state.type,
      payload: state.payload,
      get callbacks() {
        return state.callbacks;
      },
      callback(timeoutMs = emulator.#callbackWindowMs + 1000) {
        return emulator.#waitUntil(
          () => state.callbacks[0],
          timeoutMs,
          `the bot's callback to interaction ${state.id}`,
        );
      },
      original() {
        return state.originalId === undefined
          ? undefined
          : emulator.#messages.get(state.originalId);
      },
      followups() {
        return state.followupIds
          .map((id) => emulator.#messages.get(id))
          .filter((m) => m !== undefined);
      },
      async waitFor(predicate, timeoutMs = 5000) {
        await emulator.#waitUntil(
          () => (predicate(handle) ? true : undefined),
          timeoutMs,
          `a condition on interaction ${state.id}`,
        );
      },
    };
    return handle;
  }

  /** Resolves with check()'s first defined value, re-checked on every message, callback or answered request. */
  #waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
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
        this.off("message", onChange);
        this.off("interaction-callback", onChange);
        this.off("request", onChange);
      };
      // Each REST request is answered after its state changes, so "request" covers every change.
      this.on("message", onChange);
      this.on("interaction-callback", onChange);
      this.on("request", onChange);
    });
  }

  #waitForEvent(event: keyof EmulatorEvents, timeoutMs: number, what: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(event, done);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.off(event, done);
        resolve();
      };
      this.on(event, done);
    });
  }

  #interactionCallback(ctx: RouteContext): RouteResult {
    const state = this.#interactions.get(ctx.params.token ?? "");
    if (state === undefined || state.id !== ctx.params.interactionId)
      throw DiscordErrors.unknownInteraction();
    const body = isRecord(ctx.body) ? ctx.body : {};
    const type = typeof body.type === "number" ? body.type : -1;
    const record = (callback: Omit<RecordedCallback, "type" | "data" | "at">) => {
      const recorded: RecordedCallback = { type, data: body.data, at: this.#now(), ...callback };
      state.callbacks.push(recorded);
      this.emit("interaction-callback", state.handle, recorded);
    };
    try {
      const result = this.#applyCallback(state, type, body, ctx);
      record({ ok: true, status: result.status });
      return result;
    } catch (error) {
      if (error instanceof DiscordHttpError)
        record({ ok: false, status: error.status, error: error.body });
      throw error;
    }
  }

  #applyCallback(
    state: InteractionState,
    type: number,
    body: Record<string, unknown>,
    ctx: RouteContext,
  ): RouteResult {
    if (state.acknowledged) throw DiscordErrors.alreadyAcknowledged();
    if (this.#now() - state.dispatchedAt > this.#callbackWindowMs) {
      throw DiscordErrors.unknownInteraction();
    }
    const allowed =
      state.type === InteractionType.Autocomplete
        ? [Callback.Autocomplete]
        : state.type === InteractionType.Component
          ? [
              Callback.Reply,
              Callback.DeferReply,
              Callback.DeferUpdate,
              Callback.Update,
              Callback.Modal,
            ]
          : [Callback.Reply, Callback.DeferReply, Callback.Modal];
    if (!(allowed as number[]).includes(type)) {
      throw DiscordErrors.invalidFormBody({
        type: {
          _errors: [
            {
              code: "INTERACTION_RESPONSE_TYPE_INVALID",
              message: `Interaction response type ${type} is not valid for interaction type ${state.type}`,
            },
          ],
        },
      });
    }
    const data = isRecord(body.data)
      ? this.#attachFiles(body.data, ctx.files)
      : this.#attachFiles({}, ctx.files);
    const messageType = state.type === InteractionType.Command ? 20 : 0;
    let message: EmulatedMessage | undefined;
    switch (type) {
      case Callback.Reply:
        this.#validateMessage(data, true);
        message = this.#createMessage(state.channelId, data, {
          type: messageType,
          interaction: state,
        });
        state.originalId = message.id;
        break;
      case Callback.DeferReply: {
        const ephemeral = (typeof data.flags === "number" ? data.flags : 0) & MessageFlag.Ephemeral;
        message = this.#createMessage(
          state.channelId,
          {},
          { type: messageType, interaction: state, flags: MessageFlag.Loading | ephemeral },
        );
        state.originalId = message.id;
        break;
      }
      case Callback.DeferUpdate:
        state.originalId = state.sourceMessageId;
        break;
      case Callback.Update: {
        this.#validateMessage(data, false);
        const source =
          state.sourceMessageId === undefined
            ? undefined
            : this.#messages.get(state.sourceMessageId);
        if (source === undefined || source.deleted === true) throw DiscordErrors.unknownMessage();
        message = this.#editMessage(source, data);
        state.originalId = source.id;
        break;
      }
      case Callback.Autocomplete: {
        const choices = Array.isArray(data.choices) ? (data.choices as AutocompleteChoice[]) : [];
        if (choices.length > 25) {
          throw DiscordErrors.invalidFormBody({
            data: {
              choices: {
                _errors: [
                  { code: "BASE_TYPE_MAX_LENGTH", message: "Must be 25 or fewer in length." },
                ],
              },
            },
          });
        }
        choices.forEach((choice, i) => {
          if (
            typeof choice.name !== "string" ||
            choice.name.length < 1 ||
            choice.name.length > 100
          ) {
            throw DiscordErrors.invalidFormBody({
              data: {
                choices: {
                  [i]: {
                    name: {
                      _errors: [
                        {
                          code: "BASE_TYPE_BAD_LENGTH",
                          message: "Must be between 1 and 100 in length.",
                        },
                      ],
                    },
                  },
                },
              },
            });
          }
        });
        state.choices = choices;
        break;
      }
      default:
        break;
    }
    state.acknowledged = true;
    if (ctx.query.get("with_response") !== "true") return { status: 204 };
    const resource: Record<string, unknown> = { type };
    if (message !== undefined) resource.message = this.#toApiMessage(message);
    return {
      status: 200,
      body: {
        interaction: {
          id: state.id,
          type: state.type,
          activity_instance_id: null,
          response_message_id: message?.id ?? null,
          response_message_loading:
            message === undefined ? null : (message.flags & MessageFlag.Loading) !== 0,
          response_message_ephemeral:
            message === undefined ? null : (message.flags & MessageFlag.Ephemeral) !== 0,
        },
        resource,
      },
    };
  }

  #webhookInteraction(ctx: RouteContext): InteractionState {
    const state = this.#interactions.get(ctx.params.token ?? "");
    if (state === undefined || ctx.params.appId !== this.applicationId)
      throw DiscordErrors.unknownWebhook();
    if (this.#now() - state.dispatchedAt > this.#tokenLifetimeMs)
      throw DiscordErrors.invalidWebhookToken();
    return state;
  }

  #webhookMessage(state: InteractionState, messageId: string): EmulatedMessage {
    const id = messageId === "@original" ? state.originalId : messageId;
    const known = id !== undefined && (id === state.originalId || state.followupIds.includes(id));
    const message = known ? this.#messages.get(id) : undefined;
    if (message === undefined || message.deleted === true) throw DiscordErrors.unknownMessage();
    return message;
  }

  // ---------------------------------------------------------------- internals: commands

  #commandMap(ctx: RouteContext, create: boolean): Map<string, APIApplicationCommand> {
    if (ctx.params.appId !== this.applicationId) throw DiscordErrors.unknownApplication();
    const guildId = ctx.params.guildId;
    if (guildId === undefined) return this.#globalCommands;
    if (guildId !== this.guildId) throw DiscordErrors.missingAccess();
    let map = this.#guildCommands.get(guildId);
    if (map === undefined) {
      map = new Map();
      if (create) this.#guildCommands.set(guildId, map);
    }
    return map;
  }

  #normalizeCommand(
    body: unknown,
    index: number | null,
    guildId: string | undefined,
    existing: APIApplicationCommand | undefined,
  ): APIApplicationCommand {
    const errors = checkCommandBody(body);
    if (errors !== null)
      throw DiscordErrors.invalidFormBody(index === null ? errors : { [index]: errors });
    const fields = body as Record<string, unknown>;
    const command: Record<string, unknown> = {
      id: existing?.id ?? this.#nextId(),
      application_id: this.applicationId,
      version: this.#nextId(),
      default_member_permissions: fields.default_member_permissions ?? null,
      type: typeof fields.type === "number" ? fields.type : 1,
      name: fields.name,
      name_localizations: fields.name_localizations ?? null,
      description: typeof fields.description === "string" ? fields.description : "",
      description_localizations: fields.description_localizations ?? null,
      dm_permission: fields.dm_permission ?? true,
      contexts: fields.contexts ?? null,
      integration_types: fields.integration_types ?? [0],
      nsfw: fields.nsfw ?? false,
    };
    if (guildId !== undefined) command.guild_id = guildId;
    if (Array.isArray(fields.options)) command.options = fields.options;
    return command as unknown as APIApplicationCommand;
  }

  #emitCommands(ctx: RouteContext): void {
    const guildId = ctx.params.guildId ?? null;
    this.emit("commands", guildId, this.commands(guildId ?? undefined));
  }

  // ---------------------------------------------------------------- internals: REST

  #buildRoutes(): Route[] {
    const routes: Route[] = [];
    const add = (method: string, template: string, auth: boolean, handle: Route["handle"]) => {
      routes.push({
        method,
        template,
        segments: template.split("/").filter((s) => s.length > 0),
        auth,
        handle,
      });
    };

    add("GET", "/gateway", false, () => ({ status: 200, body: { url: this.gatewayUrl } }));
    add("GET", "/gateway/bot", true, () => ({
      status: 200,
      body: {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: 1,
        },
      },
    }));
    add("GET", "/users/@me", true, () => ({
      status: 200,
      body: { ...this.bot, verified: true, mfa_enabled: false, flags: 0, public_flags: 0 },
    }));
    add("GET", "/users/:userId", true, (ctx) => {
      const user = this.#users.get(ctx.params.userId ?? "");
      if (user === undefined) throw DiscordErrors.unknownUser();
      return { status: 200, body: user };
    });
    add("GET", "/applications/@me", true, () => ({
      status: 200,
      body: {
        id: this.applicationId,
        name: this.bot.username,
        icon: null,
        description: "",
        bot_public: false,
        bot_require_code_grant: false,
        bot: this.bot,
        owner: this.user,
        verify_key: "0".repeat(64),
        team: null,
        flags: 0,
        approximate_guild_count: 1,
        integration_types_config: { "0": {} },
      },
    }));

    for (const prefix of ["/applications/:appId", "/applications/:appId/guilds/:guildId"]) {
      add("GET", `${prefix}/commands`, true, (ctx) => ({
        status: 200,
        body: [...this.#commandMap(ctx, false).values()],
      }));
      add("PUT", `${prefix}/commands`, true, (ctx) => {
        const map = this.#commandMap(ctx, true);
        if (!Array.isArray(ctx.body))
          throw DiscordErrors.invalidFormBody({
            _errors: [{ code: "BASE_TYPE_ARRAY", message: "Must be an array." }],
          });
        const names = new Set<string>();
        const normalized = ctx.body.map((body: unknown, i) => {
          const name = isRecord(body) && typeof body.name === "string" ? body.name : "";
          const key = `${isRecord(body) && typeof body.type === "number" ? body.type : 1}:${name}`;
          if (names.has(key)) {
            throw DiscordErrors.invalidFormBody({
              [i]: {
                name: {
                  _errors: [
                    {
                      code: "APPLICATION_COMMANDS_DUPLICATE_NAME",
                      message: `Application command names must be unique`,
                    },
                  ],
                },
              },
            });
          }
          names.add(key);
          return this.#normalizeCommand(body, i, ctx.params.guildId, map.get(name));
        });
        map.clear();
        for (const command of normalized) map.set(command.name, command);
        this.#emitCommands(ctx);
        return { status: 200, body: normalized };
      });
      add("POST", `${prefix}/commands`, true, (ctx) => {
        const map = this.#commandMap(ctx, true);
        const name = isRecord(ctx.body) && typeof ctx.body.name === "string" ? ctx.body.name : "";
        const existing = map.get(name);
        const command = this.#normalizeCommand(ctx.body, null, ctx.params.guildId, existing);
        map.set(command.name, command);
        this.#emitCommands(ctx);
        return { status: existing === undefined ? 201 : 200, body: command };
      });
      const byId = (ctx: RouteContext) => {
        const command = [...this.#commandMap(ctx, false).values()].find(
          (c) => c.id === ctx.params.commandId,
        );
        if (command === undefined) throw DiscordErrors.unknownCommand();
        return command;
      };
      add("GET", `${prefix}/commands/:commandId`, true, (ctx) => ({
        status: 200,
        body: byId(ctx),
      }));
      add("PATCH", `${prefix}/commands/:commandId`, true, (ctx) => {
        const current = byId(ctx);
        const map = this.#commandMap(ctx, true);
        const patch = isRecord(ctx.body) ? ctx.body : {};
        const command = this.#normalizeCommand(
          { ...current, ...patch },
          null,
          ctx.params.guildId,
          current,
        );
        map.delete(current.name);
        map.set(command.name, command);
        this.#emitCommands(ctx);
        return { status: 200, body: command };
      });
      add("DELETE", `${prefix}/commands/:commandId`, true, (ctx) => {
        const current = byId(ctx);
        this.#commandMap(ctx, false).delete(current.name);
        this.#emitCommands(ctx);
        return { status: 204 };
      });
    }

    add("POST", "/interactions/:interactionId/:token/callback", false, (ctx) =>
      this.#interactionCallback(ctx),
    );
    add("POST", "/webhooks/:appId/:token", false, (ctx) => {
      const state = this.#webhookInteraction(ctx);
      if (!state.acknowledged) throw DiscordErrors.unknownWebhook();
      const body = this.#attachFiles(this.#validateMessage(ctx.body, true), ctx.files);
      const original =
        state.originalId === undefined ? undefined : this.#messages.get(state.originalId);
      // The first follow-up after a deferred reply completes the "thinking…" message — unless
      // that message was deleted: then, as on Discord, the follow-up is a new message.
      if (
        original !== undefined &&
        original.deleted !== true &&
        (original.flags & MessageFlag.Loading) !== 0 &&
        state.sourceMessageId !== original.id
      ) {
        return { status: 200, body: this.#toApiMessage(this.#editMessage(original, body)) };
      }
      const message = this.#createMessage(state.channelId, body, {
        type: state.type === InteractionType.Command ? 20 : 0,
        interaction: state,
      });
      state.followupIds.push(message.id);
      return { status: 200, body: this.#toApiMessage(message) };
    });
    add("GET", "/webhooks/:appId/:token/messages/:messageId", false, (ctx) => {
      const state = this.#webhookInteraction(ctx);
      return {
        status: 200,
        body: this.#toApiMessage(this.#webhookMessage(state, ctx.params.messageId ?? "")),
      };
    });
    add("PATCH", "/webhooks/:appId/:token/messages/:messageId", false, (ctx) => {
      const state = this.#webhookInteraction(ctx);
      const message = this.#webhookMessage(state, ctx.params.messageId ?? "");
      const body = this.#attachFiles(this.#validateMessage(ctx.body, false), ctx.files);
      return { status: 200, body: this.#toApiMessage(this.#editMessage(message, body)) };
    });
    add("DELETE", "/webhooks/:appId/:token/messages/:messageId", false, (ctx) => {
      const state = this.#webhookInteraction(ctx);
      this.#deleteMessage(this.#webhookMessage(state, ctx.params.messageId ?? ""));
      return { status: 204 };
    });

    add("GET", "/channels/:channelId", true, (ctx) => {
      const state = this.#requireChannel(ctx.params.channelId ?? "");
      this.#requirePermissions(state.channel, Permission.ViewChannel);
      return { status: 200, body: state.channel };
    });
    add("POST", "/channels/:channelId/typing", true, (ctx) => {
      const state = this.#requireChannel(ctx.params.channelId ?? "");
      this.#requirePermissions(state.channel, Permission.SendMessages);
      return { status: 204 };
    });
    add("GET", "/channels/:channelId/messages", true, (ctx) => {
      const state = this.#requireChannel(ctx.params.channelId ?? "");
      this.#requirePermissions(state.channel, Permission.ReadMessageHistory);
      const limit = Math.min(100, Math.max(1, Number(ctx.query.get("limit") ?? 50) || 50));
      const before = ctx.query.get("before");
      const after = ctx.query.get("after");
      let list = this.messages(state.channel.id).filter(
        (m) => m.deleted !== true && (m.flags & MessageFlag.Ephemeral) === 0,
      );
      if (before !== null) list = list.filter((m) => BigInt(m.id) < BigInt(before));
      if (after !== null) list = list.filter((m) => BigInt(m.id) > BigInt(after));
      const newestFirst = list.reverse();
      const page = after !== null ? newestFirst.slice(-limit) : newestFirst.slice(0, limit);
      return { status: 200, body: page.map((m) => this.#toApiMessage(m)) };
    });
    add("POST", "/channels/:channelId/messages", true, (ctx) => {
      const state = this.#requireChannel(ctx.params.channelId ?? "");
      const body = this.#attachFiles(this.#validateMessage(ctx.body, true), ctx.files);
      const needed =
        Permission.SendMessages |
        (Array.isArray(body.embeds) && body.embeds.length > 0 ? Permission.EmbedLinks : 0n) |
        (ctx.files.length > 0 ? Permission.AttachFiles : 0n);
      this.#requirePermissions(state.channel, needed);
      const nonce = body.nonce;
      const nonceKey =
        typeof nonce === "string" || typeof nonce === "number"
          ? `${state.channel.id}:${nonce}`
          : undefined;
      if (nonceKey !== undefined && body.enforce_nonce === true) {
        const seen = this.#nonces.get(nonceKey);
        const original = seen === undefined ? undefined : this.#messages.get(seen.messageId);
        if (
          seen !== undefined &&
          original !== undefined &&
          this.#now() - seen.at <= this.#nonceWindowMs
        ) {
          return { status: 200, body: this.#toApiMessage(original) };
        }
      }
      const flags = typeof body.flags === "number" ? body.flags & ~MessageFlag.Ephemeral : 0;
      const message = this.#createMessage(state.channel.id, { ...body, flags }, {});
      if (nonceKey !== undefined)
        this.#nonces.set(nonceKey, { messageId: message.id, at: this.#now() });
      return { status: 200, body: this.#toApiMessage(message) };
    });
    const channelMessage = (ctx: RouteContext) => {
      const state = this.#requireChannel(ctx.params.channelId ?? "");
      const message = this.#messages.get(ctx.params.messageId ?? "");
      if (
        message === undefined ||
        message.deleted === true ||
        message.channel_id !== state.channel.id ||
        (message.flags & MessageFlag.Ephemeral) !== 0
      ) {
        throw DiscordErrors.unknownMessage();
      }
      return { state, message };
    };
    add("GET", "/channels/:channelId/messages/:messageId", true, (ctx) => {
      const { state, message } = channelMessage(ctx);
      this.#requirePermissions(state.channel, Permission.ReadMessageHistory);
      return { status: 200, body: this.#toApiMessage(message) };
    });
    add("PATCH", "/channels/:channelId/messages/:messageId", true, (ctx) => {
      const { state, message } = channelMessage(ctx);
      this.#requirePermissions(state.channel, 0n);
      if (message.author.id !== this.botUserId) throw DiscordErrors.cannotEditOthers();
      const body = this.#attachFiles(this.#validateMessage(ctx.body, false), ctx.files);
      if (Array.isArray(body.embeds) && body.embeds.length > 0)
        this.#requirePermissions(state.channel, Permission.EmbedLinks);
      return { status: 200, body: this.#toApiMessage(this.#editMessage(message, body)) };
    });
    add("DELETE", "/channels/:channelId/messages/:messageId", true, (ctx) => {
      const { state, message } = channelMessage(ctx);
      this.#requirePermissions(
        state.channel,
        message.author.id === this.botUserId ? 0n : Permission.ManageMessages,
      );
      this.#deleteMessage(message);
      return { status: 204 };
    });

    const requireGuild = (ctx: RouteContext) => {
      if (ctx.params.guildId !== this.guildId) throw DiscordErrors.unknownGuild();
    };
    add("GET", "/guilds/:guildId", true, (ctx) => {
      requireGuild(ctx);
      return { status: 200, body: this.#guild() };
    });
    add("GET", "/guilds/:guildId/channels", true, (ctx) => {
      requireGuild(ctx);
      return { status: 200, body: this.channels() };
    });
    add("GET", "/guilds/:guildId/roles", true, (ctx) => {
      requireGuild(ctx);
      return { status: 200, body: [this.#everyoneRole()] };
    });
    add("GET", "/guilds/:guildId/members/:userId", true, (ctx) => {
      requireGuild(ctx);
      const userId = ctx.params.userId === "@me" ? this.botUserId : (ctx.params.userId ?? "");
      if (userId !== this.botUserId && userId !== this.user.id) throw DiscordErrors.unknownMember();
      return { status: 200, body: this.#member(userId === this.botUserId ? this.bot : this.user) };
    });
    return routes;
  }

  #findRoute(
    method: string,
    segments: string[],
  ): { route: Route; params: Record<string, string> } | "method" | undefined {
    let pathMatched = false;
    for (const route of this.#routes) {
      const params = matchRoute(segments, route);
      if (params === null) continue;
      // Literal segments win over parameters ("/users/@me" before "/users/:userId").
      if (route.method === method) return { route, params };
      pathMatched = true;
    }
    return pathMatched ? "method" : undefined;
  }

  #takeFault(method: string, path: string, route: string): RestFault | undefined {
    const index = this.#pendingFaults.findIndex((pending) => {
      if (pending.remaining <= 0) return false;
      const { match } = pending;
      if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
      if (match.route === undefined) return true;
      if (typeof match.route === "string") return match.route === route || match.route === path;
      return match.route.test(path) || match.route.test(route);
    });
    const pending = this.#pendingFaults[index];
    if (pending === undefined) return undefined;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.#pendingFaults.splice(index, 1);
    return pending.fault;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://emulator");
    const method = (req.method ?? "GET").toUpperCase();
    const raw = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(", ") : value;
    }
    const rawPath = url.pathname.startsWith(API_PREFIX)
      ? url.pathname.slice(API_PREFIX.length)
      : url.pathname;
    const segments = rawPath
      .split("/")
      .filter((s) => s.length > 0)
      .map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
    const path = `/${segments.join("/")}`;
    const found = url.pathname.startsWith(API_PREFIX)
      ? this.#findRoute(method, segments)
      : undefined;
    const routeTemplate = typeof found === "object" ? found.route.template : path;
    const record: RecordedRequest = {
      method,
      path,
      route: routeTemplate,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      headers,
      at: this.#now(),
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, body: unknown, extraHeaders: Record<string, string> = {}) => {
      record.status = status;
      if (body !== undefined) record.response = body;
      this.emit("request", record);
      if (status === 204 || body === undefined) {
        res.writeHead(status, extraHeaders);
        res.end();
        return;
      }
      res.writeHead(status, { "content-type": "application/json", ...extraHeaders });
      res.end(JSON.stringify(body));
    };
    try {
      const parsed = parseBody(raw, req.headers["content-type"]);
      record.body = parsed.json;
      const fault = this.#takeFault(method, path, routeTemplate);
      if (fault !== undefined) {
        if ("delayMs" in fault) {
          await delay(fault.delayMs, this.#closing.signal);
        } else if (fault.status === 429) {
          const seconds = fault.retryAfter.toString();
          send(
            429,
            {
              message: "You are being rate limited.",
              retry_after: fault.retryAfter,
              global: fault.global === true,
              code: 0,
            },
            {
              "retry-after": seconds,
              "x-ratelimit-limit": "1",
              "x-ratelimit-remaining": "0",
              "x-ratelimit-reset-after": seconds,
              "x-ratelimit-reset": ((this.#now() + fault.retryAfter * 1000) / 1000).toFixed(3),
              "x-ratelimit-bucket": "emulator-fault",
              "x-ratelimit-scope": fault.global === true ? "global" : "user",
              ...(fault.global === true ? { "x-ratelimit-global": "true" } : {}),
            },
          );
          return;
        } else if (fault.status === 403) {
          throw DiscordErrors.missingPermissions();
        } else if (fault.status === 404) {
          throw DiscordErrors.notFound();
        } else {
          throw DiscordErrors.serverError(fault.status);
        }
      }
      if (found === undefined) throw DiscordErrors.notFound();
      if (found === "method") throw DiscordErrors.methodNotAllowed();
      if (found.route.auth && headers.authorization !== `Bot ${this.token}`)
        throw DiscordErrors.unauthorized();
      const pending = found.params.token ? this.#interactions.get(found.params.token) : undefined;
      if (pending?.delivery) await pending.delivery;
      const result = await found.route.handle({
        method,
        params: found.params,
        query: url.searchParams,
        body: parsed.json,
        files: parsed.files,
      });
      send(result.status, result.body);
    } catch (error) {
      if (error instanceof DiscordHttpError) {
        send(error.status, error.body);
        return;
      }
      throw error;
    }
  }

  #buildFaults(): EmulatorFaults {
    return {
      closeGateway: (code, reason) => {
        if (!this.#gateway.close(code, reason))
          throw new Error("closeGateway: no bot is connected");
      },
      requestReconnect: () => {
        if (!this.#gateway.sendOp(GatewayOp.Reconnect, null))
          throw new Error("requestReconnect: no bot is connected");
      },
      invalidateSession: (resumable) => {
        if (!this.#gateway.sendOp(GatewayOp.InvalidSession, resumable))
          throw new Error("invalidateSession: no bot is connected");
      },
      nextRest: (match, fault, times = 1) => {
        this.#pendingFaults.push({ match, fault, remaining: times });
      },
      denyChannel: (channelId, permissions) => {
        const state = this.#requireKnownChannel(channelId);
        const overwrites = state.channel.permission_overwrites;
        const own = overwrites.find((o) => o.id === this.botUserId);
        if (own === undefined)
          overwrites.push({
            id: this.botUserId,
            type: 1,
            allow: "0",
            deny: permissions.toString(),
          });
        else own.deny = (BigInt(own.deny) | permissions).toString();
        this.#gateway.dispatch("CHANNEL_UPDATE", state.channel);
      },
      allowChannel: (channelId) => {
        const state = this.#requireKnownChannel(channelId);
        state.channel.permission_overwrites = state.channel.permission_overwrites.filter(
          (o) => o.id !== this.botUserId,
        );
        this.#gateway.dispatch("CHANNEL_UPDATE", state.channel);
      },
      deleteChannel: (channelId) => {
        const state = this.#requireKnownChannel(channelId);
        state.deleted = true;
        this.#gateway.dispatch("CHANNEL_DELETE", state.channel);
      },
      clear: () => {
        this.#pendingFaults.length = 0;
      },
    };
  }

  #requireKnownChannel(idOrName: string): ChannelState {
    const id = this.channel(idOrName)?.id ?? idOrName;
    const state = this.#channels.get(id);
    if (state === undefined) throw new Error(`The emulator has no channel "${idOrName}"`);
    return state;
  }
}

type Component = {
  type?: unknown;
  custom_id?: unknown;
  disabled?: unknown;
  components?: unknown;
  accessory?: unknown;
};

function findComponent(components: readonly unknown[], customId: string): Component | undefined {
  for (const item of components) {
    if (!isRecord(item)) continue;
    const component = item as Component;
    if (component.custom_id === customId) return component;
    const nested = [
      ...(Array.isArray(component.components) ? component.components : []),
      ...(component.accessory !== undefined ? [component.accessory] : []),
    ];
    const found = findComponent(nested, customId);
    if (found !== undefined) return found;
  }
  return undefined;
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
