/**
 * The emulator's public types: what a test passes in (guilds, channels, commands, faults) and what it
 * reads back (messages, recorded requests and callbacks, gateway packets). Re-exported by index.ts.
 */
import type {
  APIAllowedMentions,
  APIApplicationCommand,
  APIAttachment,
  APIEmbed,
  APIMessageTopLevelComponent,
} from "discord.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";

export interface EmulatorChannelInput {
  id?: string;
  name: string;
  /** Discord channel type: 0 text (default), 2 voice, 4 category, 5 announcement. */
  type?: number;
  /** Permission overwrites by role name ("@everyone" or a role of the guild). */
  overwrites?: Array<{ role: string; allow?: bigint; deny?: bigint }>;
}

/** A guild to create: the default one (`EmulatorOptions.guild`) or another (`addGuild`). */
export interface EmulatorGuildInput {
  id?: string;
  /** Default "Newsroom". */
  name?: string;
  /** Default #general and #news-digest. */
  channels?: EmulatorChannelInput[];
  /** Roles besides @everyone, in order of position. */
  roles?: Array<{ id?: string; name: string; permissions: bigint }>;
  /** @everyone's permissions; default Discord's defaults (view, send, embed, attach, history…). */
  everyonePermissions?: bigint;
  /** The names of the roles the bot has in this guild. */
  botRoles?: string[];
  /** Members besides the bot and the default user (who owns every guild), with role names. */
  members?: Array<{ id?: string; username?: string; roles?: string[] }>;
  /** The community's language (`preferred_locale`, sent as `guild_locale`); default "en-US". */
  preferredLocale?: string;
  /** Pick an id on this gateway shard: `(guild_id >> 22) % count === id` (ignored with `id`). */
  shard?: { id: number; count: number };
}

/** A guild as the emulator holds it (a snapshot). */
export interface EmulatedGuild {
  id: string;
  name: string;
  roles: Array<{ id: string; name: string; permissions: string }>;
  /** The bot, the default user and the members added. */
  memberIds: string[];
}

export interface EmulatorOptions {
  /** Loopback interface to bind; default "127.0.0.1". */
  host?: string;
  /** 0 (default) picks a free port. REST and gateway share it. */
  port?: number;
  /** The bot token the emulator accepts (`Authorization: Bot <token>`); a random one by default. */
  token?: string;
  applicationId?: string;
  botName?: string;
  /** The default guild (the one every driver uses unless told otherwise). */
  guild?: EmulatorGuildInput;
  /** The human who runs commands by default (an administrator of the guild). */
  user?: { id?: string; username?: string; globalName?: string };
  /** How long after dispatch the initial interaction callback is accepted; default 3000 ms. */
  callbackWindowMs?: number;
  /** How long interaction tokens stay valid for webhooks (edit/follow-up); default 15 min. */
  tokenLifetimeMs?: number;
  /** How long a message nonce with `enforce_nonce` deduplicates; default 5 min. */
  nonceWindowMs?: number;
  /** Time source for the callback window, token lifetime, nonces and timestamps; default system clock.
   *  Pass `createManualClock()` to make a callback "late" without sleeping. */
  clock?: Clock;
  /** The shard count `GET /gateway/bot` recommends (what `shards: "auto"` connects); default 1. */
  recommendedShards?: number;
  /** Heartbeat interval announced in HELLO; default 41250 ms. */
  heartbeatIntervalMs?: number;
  logger?: Logger;
}

/** A Discord user as it appears in payloads. */
export interface EmulatedUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

export interface EmulatedChannel {
  id: string;
  name: string;
  type: number;
  guild_id: string;
  position: number;
  parent_id: string | null;
  topic: string | null;
  nsfw: boolean;
  last_message_id: string | null;
  rate_limit_per_user: number;
  permission_overwrites: Array<{ id: string; type: 0 | 1; allow: string; deny: string }>;
}

/** Discord's message JSON (as GET /channels/{id}/messages/{id} returns it) plus the emulator's notes. */
export interface EmulatedMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  type: number;
  author: EmulatedUser;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  attachments: APIAttachment[];
  flags: number;
  tts: boolean;
  pinned: boolean;
  mention_everyone: boolean;
  mentions: EmulatedUser[];
  mention_roles: string[];
  timestamp: string;
  edited_timestamp: string | null;
  nonce?: string | number;
  webhook_id?: string;
  application_id?: string;
  interaction_metadata?: {
    id: string;
    type: number;
    user: EmulatedUser;
    name?: string;
    interacted_message_id?: string;
    authorizing_integration_owners: Record<string, string>;
  };
  /** Emulator-only: the `allowed_mentions` the bot sent with the latest create/edit (null if absent). */
  allowed_mentions: APIAllowedMentions | null;
  /** Emulator-only: the interaction this message answers (reply, follow-up), if any. */
  interaction_id?: string;
  /** Emulator-only: true once the message was deleted (it stays in `messages()` for assertions). */
  deleted?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** The path after the API prefix, decoded: "/channels/123/messages", "/webhooks/1/tok/messages/@original". */
  path: string;
  /** The route template: "/channels/:channelId/messages", "/webhooks/:appId/:token/messages/:messageId". */
  route: string;
  query: Record<string, string>;
  /** Parsed JSON body (undefined when none or not JSON). */
  body: unknown;
  headers: Record<string, string>;
  /** Clock time the request arrived (epoch ms). */
  at: number;
  /** Response status once answered (0 while in flight). */
  status: number;
  /** Parsed JSON response once answered. */
  response?: unknown;
}

/** Discord's error JSON. */
export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: unknown;
}

export interface RecordedCallback {
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete result, 9 modal. */
  type: number;
  data: unknown;
  at: number;
  /** False when the emulator refused it (late, twice, invalid payload); `error` says why. */
  ok: boolean;
  status: number;
  error?: DiscordErrorBody;
}

export interface InteractionUserInput {
  id?: string;
  username?: string;
  globalName?: string;
}

export type CommandOptionValue = string | number | boolean;

export interface RunCommandInput {
  name: string;
  /** Subcommand name; "group sub" for a subcommand inside a group. */
  subcommand?: string;
  /** Option values by name. The registered definition decides the option type; channel options take a
   *  channel name or id, user options a user id. */
  options?: Record<string, CommandOptionValue>;
  /** Channel name (in `guild`) or id (of any guild); default "general". */
  channel?: string;
  /** The guild's id; default the default guild. A channel id decides the guild by itself. */
  guild?: string;
  user?: InteractionUserInput;
  /** The member's permissions; default all (administrator). */
  permissions?: bigint;
  locale?: string;
}

export interface ClickButtonInput {
  /** The message the button is on, or its id. */
  message: EmulatedMessage | string;
  customId: string;
  user?: InteractionUserInput;
  permissions?: bigint;
  /** 2 button (default), 3 string select…; `values` for selects. */
  componentType?: number;
  values?: string[];
}

export interface AutocompleteInput {
  name: string;
  subcommand?: string;
  options: Record<string, CommandOptionValue>;
  /** The name of the focused option. */
  focused: string;
  channel?: string;
  guild?: string;
  user?: InteractionUserInput;
  /** How long to wait for the bot's type 8 callback; default the callback window. */
  timeoutMs?: number;
}

export interface AutocompleteChoice {
  name: string;
  value: string | number;
}

export interface InteractionHandle {
  readonly id: string;
  readonly token: string;
  /** 2 application command, 3 message component, 4 autocomplete. */
  readonly type: number;
  /** The INTERACTION_CREATE `d` that was dispatched. */
  readonly payload: Record<string, unknown>;
  /** Every callback attempt, in order (refused ones too). */
  readonly callbacks: readonly RecordedCallback[];
  /** Resolves with the first callback attempt; rejects after timeoutMs (default: the callback window + 1 s). */
  callback(timeoutMs?: number): Promise<RecordedCallback>;
  /** The original response message (reply, deferred reply once created, or the updated message for 7). */
  original(): EmulatedMessage | undefined;
  followups(): EmulatedMessage[];
  /** Resolves when predicate(handle) is true, re-checked after each change; rejects after timeoutMs (5 s). */
  waitFor(predicate: (handle: InteractionHandle) => boolean, timeoutMs?: number): Promise<void>;
}

export type RestMatch = { method?: string; route?: RegExp | string };
export type RestFault =
  | { status: 429; retryAfter: number; global?: boolean }
  | { status: 500 | 502 | 503 }
  | { status: 403 | 404 }
  | { delayMs: number };

export interface EmulatorFaults {
  /** Closes the bot's gateway socket with this code (4000 resumable; 4004/4010… not). */
  closeGateway(code: number, reason?: string): void;
  /** Sends op 7 RECONNECT (the bot resumes). */
  requestReconnect(): void;
  /** Sends op 9 INVALID_SESSION (d = resumable). */
  invalidateSession(resumable: boolean): void;
  /** The next `times` (default 1) REST requests matching `match` get `fault`. A string route matches
   *  the route template or the concrete path; a RegExp is tested against both. */
  nextRest(match: RestMatch, fault: RestFault, times?: number): void;
  /** Denies these permission bits to the bot in the channel (adds to earlier denials). */
  denyChannel(channelId: string, permissions: bigint): void;
  /** Removes the bot's denials in the channel. */
  allowChannel(channelId: string): void;
  /** Deletes the channel: later requests get 404 10003 "Unknown Channel". */
  deleteChannel(channelId: string): void;
  /** Drops pending REST faults. */
  clear(): void;
}

/** A gateway packet as the emulator sent ("out") or received ("in") it; IDENTIFY/RESUME tokens redacted. */
export interface GatewayPacketRecord {
  direction: "in" | "out";
  op: number;
  t: string | null;
  s: number | null;
  d: unknown;
  at: number;
}

export interface EmulatorEvents {
  request: [request: RecordedRequest];
  message: [message: EmulatedMessage, change: "create" | "update" | "delete"];
  "interaction-callback": [interaction: InteractionHandle, callback: RecordedCallback];
  interaction: [interaction: InteractionHandle];
  identify: [payload: Record<string, unknown>];
  resume: [payload: Record<string, unknown>];
  ready: [sessionId: string];
  /** The bot's socket closed (the session may still be resumable). */
  disconnect: [];
  gateway: [packet: GatewayPacketRecord];
  commands: [guildId: string | null, commands: APIApplicationCommand[]];
}

export interface Emulator {
  /** What the bot passes as `rest.api` (discord.js appends `/v10`). */
  readonly apiUrl: string;
  /** The gateway URL that `GET /gateway/bot` announces. */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;
  /** The default guild's id. */
  readonly guildId: string;
  /** The default human (a guild administrator). */
  readonly user: EmulatedUser;
  readonly bot: EmulatedUser;
  /** A channel's id by name in a guild (default the default guild; "general" and "news-digest"
   *  exist by default); throws when unknown. */
  channelId(name: string, guildId?: string): string;
  /** A channel by id (any guild) or by name (in `guildId`, default the default guild). */
  channel(idOrName: string, guildId?: string): EmulatedChannel | undefined;
  /** A guild's live channels (default the default guild). */
  channels(guildId?: string): EmulatedChannel[];
  /** Creates a channel (in `guildId`, default the default guild) and dispatches CHANNEL_CREATE. */
  addChannel(input: EmulatorChannelInput, guildId?: string): EmulatedChannel;
  /**
   * Creates another guild the bot is in, with its own channels, roles, members and permissions,
   * and dispatches its GUILD_CREATE to the sessions of the shard it maps to. `shard` picks an id on
   * a given shard. Interactions in it go only to that shard's sessions, as on Discord.
   */
  addGuild(input?: EmulatorGuildInput): EmulatedGuild;
  /** A guild by id (default the default guild). */
  guild(guildId?: string): EmulatedGuild | undefined;
  /** Every guild, the default one first. */
  guilds(): EmulatedGuild[];
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
  /** Requests an injected delay is holding now (`faults.nextRest(…, { delayMs })`). */
  readonly heldRequests: number;
  /** Registered commands: global when guildId is omitted, else that guild's. */
  commands(guildId?: string): APIApplicationCommand[];
  /** A channel's messages (by id or name) in creation order, including interaction replies and
   *  follow-ups (ephemeral ones carry flag 64) and deleted ones (`deleted: true`). */
  messages(channel: string): EmulatedMessage[];
  message(messageId: string): EmulatedMessage | undefined;
  /** Resolves with the first live message (existing or future, any channel) matching predicate,
   *  re-checked on each change; rejects after timeoutMs (default 5 s). For digests and other posts
   *  that no interaction handle tracks. */
  waitForMessage(
    predicate: (message: EmulatedMessage) => boolean,
    timeoutMs?: number,
  ): Promise<EmulatedMessage>;
  /** True when the message would notify someone given its content and allowed_mentions. */
  mentionsPinged(message: EmulatedMessage): boolean;
  runCommand(input: RunCommandInput): Promise<InteractionHandle>;
  clickButton(input: ClickButtonInput): Promise<InteractionHandle>;
  autocomplete(input: AutocompleteInput): Promise<AutocompleteChoice[]>;
  readonly faults: EmulatorFaults;
  on<E extends keyof EmulatorEvents>(
    event: E,
    listener: (...args: EmulatorEvents[E]) => void,
  ): this;
  off<E extends keyof EmulatorEvents>(
    event: E,
    listener: (...args: EmulatorEvents[E]) => void,
  ): this;
  /** The application's Ed25519 public key (64 hex digits), as the developer portal shows it. */
  readonly publicKey: string;
  /** The application's "Interactions Endpoint URL" (null: interactions go over the gateway). */
  readonly interactionsEndpoint: string | null;
  /**
   * Sets the "Interactions Endpoint URL": checked as Discord does (a signed PING must get PONG, a
   * badly signed request 401; throws otherwise). Once set, interactions are POSTed there, signed,
   * and the gateway receives none; an endpoint that fails or answers after 3 s fails the
   * interaction (a refused callback: "The application did not respond"). null goes back to the gateway.
   */
  setInteractionsEndpoint(url: string | null): Promise<void>;
  /** Signs a request body as Discord does, for tests that send their own requests. */
  signRequest(body: string, atMs?: number): { signature: string; timestamp: string };
  /** Resolves once a bot has IDENTIFYed and received READY + GUILD_CREATE (at once if it has). */
  waitForSession(timeoutMs?: number): Promise<void>;
  /** Whether a bot session is connected and ready now. */
  readonly connected: boolean;
  close(): Promise<void>;
}
