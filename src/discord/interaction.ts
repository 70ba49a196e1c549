import {
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIInteractionResponse,
  ApplicationCommandOptionType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
} from "discord.js";
import type { OptionSource } from "./options.js";
import type { RenderedMessage } from "./render.js";

/**
 * The transport-neutral interaction every command handles (ADR 0011). It is built over the raw API
 * payload (`APIInteraction`), whichever way it arrived: over the gateway (INTERACTION_CREATE) or in
 * a signed HTTP POST to the interactions endpoint. Only the initial response differs between the
 * two (a REST callback, or the HTTP reply); edits and follow-ups go over REST with the interaction
 * token, so any process holding the token can finish the interaction.
 */
export type Transport = "gateway" | "http";

/** Sends the initial response (types 4–8): over REST for the gateway, in the HTTP reply for http. */
export type InitialResponder = (response: APIInteractionResponse) => Promise<void>;

/** Edits and follow-ups addressed with the interaction token (src/discord/webhooks.ts). */
export interface InteractionWebhooks {
  editOriginal(body: ApiMessage): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(body: ApiMessage): Promise<void>;
}

/** A message as the API takes it (snake_case), made from a RenderedMessage by `toApiMessage`. */
export interface ApiMessage {
  content?: string;
  embeds: RenderedMessage["embeds"];
  components: RenderedMessage["components"];
  allowed_mentions: { parse: [] };
  flags?: number;
}

export function toApiMessage(message: Omit<RenderedMessage, "flags"> & { flags?: number }) {
  const out: ApiMessage = {
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
  };
  if (message.content !== undefined) out.content = message.content;
  if (message.flags !== undefined) out.flags = message.flags;
  return out;
}

export interface InteractionUser {
  readonly id: string;
  readonly username: string;
}

interface InteractionBase {
  readonly id: string;
  /** Valid 15 minutes: what another process needs to finish the interaction over REST. */
  readonly token: string;
  readonly applicationId: string;
  readonly transport: Transport;
  readonly user: InteractionUser;
  readonly guildId: string | null;
  readonly channelId: string | null;
  /** The member's permissions in the channel (null outside a server). */
  readonly memberPermissions: bigint | null;
  readonly locale: string;
  readonly raw: APIInteraction;
}

/** Replying: the state and calls the single error path (dispatcher) relies on. */
export interface Replies {
  readonly deferred: boolean;
  readonly replied: boolean;
  /** Set by the deferral or the reply: false when everyone in the channel sees the answer. */
  readonly ephemeral: boolean | null;
  reply(message: RenderedMessage): Promise<void>;
  /** A "thinking…" placeholder; the answer comes with `editReply` (within 15 minutes). */
  deferReply(options?: { ephemeral?: boolean }): Promise<void>;
  editReply(message: Omit<RenderedMessage, "flags">): Promise<void>;
  deleteReply(): Promise<void>;
  followUp(message: RenderedMessage): Promise<void>;
}

/** Options as typed in the command, read through `readOptions` (src/discord/options.ts). */
export interface CommandOptions extends OptionSource {
  getString(name: string): string | null;
}

export interface CommandInteraction extends InteractionBase, Replies {
  readonly kind: "command";
  readonly commandName: string;
  readonly options: CommandOptions;
}

export interface ComponentInteraction extends InteractionBase, Replies {
  readonly kind: "component";
  readonly customId: string;
  /** The message the component is on. */
  readonly messageId: string | null;
  /** Replaces the message the component is on. */
  update(message: Omit<RenderedMessage, "flags">): Promise<void>;
  /** Acknowledges now; the message is edited later with `editReply`. */
  deferUpdate(): Promise<void>;
}

export interface AutocompleteInteraction extends InteractionBase {
  readonly kind: "autocomplete";
  readonly commandName: string;
  readonly options: CommandOptions;
  /** The option being typed in. */
  readonly focused: { name: string; value: string };
  readonly responded: boolean;
  respond(choices: Array<{ name: string; value: string }>): Promise<void>;
}

export type Interaction = CommandInteraction | ComponentInteraction | AutocompleteInteraction;

/** True when the permissions include `bit` (Administrator implies every permission). */
export function hasPermission(permissions: bigint | null, bit: bigint): boolean {
  if (permissions === null) return false;
  if ((permissions & PermissionFlagsBits.Administrator) !== 0n) return true;
  return (permissions & bit) === bit;
}

type RawOption = APIApplicationCommandInteractionDataOption;

/** The subcommand (and group) path and the leaf options of a command's raw options. */
function flattenOptions(options: readonly RawOption[] | undefined): {
  subcommand: string | null;
  leaves: RawOption[];
} {
  let subcommand: string | null = null;
  let current: readonly RawOption[] = options ?? [];
  for (;;) {
    const first = current[0];
    if (
      first &&
      (first.type === ApplicationCommandOptionType.Subcommand ||
        first.type === ApplicationCommandOptionType.SubcommandGroup)
    ) {
      subcommand = first.name;
      current = (first.options ?? []) as readonly RawOption[];
      continue;
    }
    return { subcommand, leaves: [...current] };
  }
}

function createOptions(raw: readonly RawOption[] | undefined): CommandOptions & {
  focused(): { name: string; value: string } | null;
} {
  const { subcommand, leaves } = flattenOptions(raw);
  const find = (name: string) => leaves.find((option) => option.name === name);
  return {
    getSubcommand: () => subcommand,
    get(name) {
      const option = find(name);
      if (!option || !("value" in option)) return null;
      return { value: option.value as string | number | boolean };
    },
    getString(name) {
      const option = find(name);
      return option && "value" in option && typeof option.value === "string" ? option.value : null;
    },
    focused() {
      const option = leaves.find((o) => "focused" in o && o.focused === true);
      if (!option || !("value" in option)) return null;
      return { name: option.name, value: String(option.value) };
    },
  };
}

export interface CreateInteractionOptions {
  transport: Transport;
  initial: InitialResponder;
  webhooks: InteractionWebhooks;
}

/** How long a handler may stay silent before the transport defers for it: Discord allows 3 s for the
 *  first response, and the deferral itself needs a round trip. */
export const ACK_DEADLINE_MS = 2_000;

/** A neutral interaction plus what the transport needs: whether it was acknowledged, and a way to
 *  acknowledge it with a deferral when the handler is too slow for the 3-second window. */
export type DispatchableInteraction = Interaction & {
  readonly acknowledged: boolean;
  /** Defers (type 5 for commands, 6 for components) if nothing was sent yet; false otherwise. */
  acknowledgeIfSilent(): Promise<boolean>;
};

type Ack = "reply" | "defer" | "deferUpdate" | "update" | "autocomplete" | null;

/** The acknowledgement state and the calls shared by every kind. */
abstract class RawInteraction {
  readonly id: string;
  readonly token: string;
  readonly applicationId: string;
  readonly transport: Transport;
  readonly user: InteractionUser;
  readonly guildId: string | null;
  readonly channelId: string | null;
  readonly memberPermissions: bigint | null;
  readonly locale: string;
  protected ack: Ack = null;
  protected ephemeralState: boolean | null = null;

  constructor(
    readonly raw: APIInteraction,
    protected readonly io: CreateInteractionOptions,
  ) {
    const rawUser = raw.member?.user ?? raw.user;
    this.id = raw.id;
    this.token = raw.token;
    this.applicationId = raw.application_id;
    this.transport = io.transport;
    this.user = { id: rawUser?.id ?? "0", username: rawUser?.username ?? "unknown" };
    this.guildId = raw.guild_id ?? null;
    this.channelId = raw.channel?.id ?? null;
    this.memberPermissions = raw.member ? BigInt(raw.member.permissions) : null;
    this.locale = "locale" in raw && typeof raw.locale === "string" ? raw.locale : "en-US";
  }

  get acknowledged(): boolean {
    return this.ack !== null;
  }
  get deferred(): boolean {
    return this.ack === "defer" || this.ack === "deferUpdate";
  }
  get replied(): boolean {
    return this.ack === "reply" || this.ack === "update";
  }
  get ephemeral(): boolean | null {
    return this.ephemeralState;
  }

  /** Marks the interaction acknowledged (synchronously, so a deferral racing it sees it). */
  protected claim(next: Exclude<Ack, null>): void {
    if (this.ack !== null) {
      throw new Error(`interaction ${this.id} was already acknowledged (${this.ack})`);
    }
    this.ack = next;
  }

  async reply(message: RenderedMessage): Promise<void> {
    // Acknowledged by the transport's deferral while the handler ran: the reply becomes the edit.
    if (this.deferred) return this.io.webhooks.editOriginal(toApiMessage(message));
    this.claim("reply");
    this.ephemeralState = ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    await this.io.initial({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: toApiMessage(message),
    });
  }

  async deferReply(options: { ephemeral?: boolean } = {}): Promise<void> {
    if (this.deferred) return;
    this.claim("defer");
    this.ephemeralState = options.ephemeral ?? false;
    await this.io.initial({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: this.ephemeralState ? { flags: MessageFlags.Ephemeral } : {},
    });
  }

  editReply(message: Omit<RenderedMessage, "flags">): Promise<void> {
    return this.io.webhooks.editOriginal(toApiMessage(message));
  }

  deleteReply(): Promise<void> {
    return this.io.webhooks.deleteOriginal();
  }

  followUp(message: RenderedMessage): Promise<void> {
    return this.io.webhooks.followUp(toApiMessage(message));
  }

  /** Defers if nothing was sent yet (the transport's 3-second safety net); false otherwise. */
  abstract acknowledgeIfSilent(): Promise<boolean>;
}

class RawCommandInteraction extends RawInteraction implements CommandInteraction {
  readonly kind = "command" as const;
  readonly commandName: string;
  readonly options: CommandOptions;

  constructor(raw: APIInteraction, io: CreateInteractionOptions, data: CommandData) {
    super(raw, io);
    this.commandName = data.name;
    this.options = createOptions(data.options);
  }

  async acknowledgeIfSilent(): Promise<boolean> {
    if (this.ack !== null) return false;
    await this.deferReply();
    return true;
  }
}

class RawComponentInteraction extends RawInteraction implements ComponentInteraction {
  readonly kind = "component" as const;
  readonly customId: string;
  readonly messageId: string | null;

  constructor(raw: APIInteraction, io: CreateInteractionOptions, customId: string) {
    super(raw, io);
    this.customId = customId;
    this.messageId = raw.message?.id ?? null;
  }

  async update(message: Omit<RenderedMessage, "flags">): Promise<void> {
    if (this.deferred) return this.io.webhooks.editOriginal(toApiMessage(message));
    this.claim("update");
    await this.io.initial({
      type: InteractionResponseType.UpdateMessage,
      data: toApiMessage(message),
    });
  }

  async deferUpdate(): Promise<void> {
    if (this.deferred) return;
    this.claim("deferUpdate");
    await this.io.initial({ type: InteractionResponseType.DeferredMessageUpdate });
  }

  async acknowledgeIfSilent(): Promise<boolean> {
    if (this.ack !== null) return false;
    await this.deferUpdate();
    return true;
  }
}

class RawAutocompleteInteraction extends RawInteraction implements AutocompleteInteraction {
  readonly kind = "autocomplete" as const;
  readonly commandName: string;
  readonly options: CommandOptions;
  readonly focused: { name: string; value: string };

  constructor(raw: APIInteraction, io: CreateInteractionOptions, data: CommandData) {
    super(raw, io);
    this.commandName = data.name;
    const options = createOptions(data.options);
    this.options = options;
    this.focused = options.focused() ?? { name: "", value: "" };
  }

  get responded(): boolean {
    return this.ack !== null;
  }

  async respond(choices: Array<{ name: string; value: string }>): Promise<void> {
    this.claim("autocomplete");
    await this.io.initial({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices },
    });
  }

  /** Autocomplete cannot defer: an empty list is the only answer in time. */
  async acknowledgeIfSilent(): Promise<boolean> {
    if (this.ack !== null) return false;
    await this.respond([]);
    return true;
  }
}

interface CommandData {
  name: string;
  type?: number;
  options?: RawOption[];
}

/**
 * Builds the neutral interaction over a raw payload. Returns null for a type commands do not handle
 * (PING is the transport's business; context-menu commands and modals are not used).
 */
export function createInteraction(
  raw: APIInteraction,
  options: CreateInteractionOptions,
): DispatchableInteraction | null {
  switch (raw.type) {
    case InteractionType.ApplicationCommand: {
      const data = raw.data as CommandData;
      // Only chat-input (slash) commands: type 1.
      if (data.type !== undefined && data.type !== 1) return null;
      return new RawCommandInteraction(raw, options, data);
    }
    case InteractionType.MessageComponent:
      return new RawComponentInteraction(raw, options, raw.data.custom_id);
    case InteractionType.ApplicationCommandAutocomplete:
      return new RawAutocompleteInteraction(raw, options, raw.data as CommandData);
    default:
      return null;
  }
}
