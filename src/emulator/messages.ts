import { DiscordErrors } from "./http.js";
import { checkMessageBody, isEmptyMessage } from "./limits.js";
import { pingedMentions } from "./mentions.js";
import { type EmulatorModel, type InteractionState, isRecord, MessageFlag } from "./model.js";
import type { RouteContext } from "./router.js";
import type { EmulatedMessage } from "./types.js";

/** Messages in the model: create, edit, delete, validate, and their API form. */

const CREATE_FLAGS =
  MessageFlag.SuppressEmbeds |
  MessageFlag.Ephemeral |
  MessageFlag.SuppressNotifications |
  (1 << 15);
const EDIT_FLAGS = MessageFlag.SuppressEmbeds | (1 << 15);

/** The message as Discord's API returns it (without the emulator's notes). */
export function toApiMessage(message: EmulatedMessage): Record<string, unknown> {
  const { allowed_mentions: _a, interaction_id: _i, deleted: _d, ...api } = message;
  return api;
}

export function createMessage(
  model: EmulatorModel,
  channelId: string,
  body: Record<string, unknown>,
  extra: { type?: number; interaction?: InteractionState; flags?: number },
): EmulatedMessage {
  const state = model.channels.get(channelId);
  const flags =
    ((typeof body.flags === "number" ? body.flags : 0) & CREATE_FLAGS) | (extra.flags ?? 0);
  const message: EmulatedMessage = {
    id: model.nextId(),
    channel_id: channelId,
    guild_id: state?.channel.guild_id ?? model.guildId,
    type: extra.type ?? 0,
    author: model.bot,
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
    timestamp: model.iso(),
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
    message.webhook_id = model.applicationId;
    message.application_id = model.applicationId;
    message.interaction_id = interaction.id;
    const metadata: NonNullable<EmulatedMessage["interaction_metadata"]> = {
      id: interaction.id,
      type: interaction.type,
      user: interaction.user,
      authorizing_integration_owners: { "0": String(interaction.payload.guild_id) },
    };
    if (interaction.commandName !== undefined) metadata.name = interaction.commandName;
    if (interaction.sourceMessageId !== undefined) {
      metadata.interacted_message_id = interaction.sourceMessageId;
    }
    message.interaction_metadata = metadata;
  }
  applyContent(model, message, body);
  model.messages.set(message.id, message);
  state?.messageIds.push(message.id);
  if (state !== undefined && (flags & MessageFlag.Ephemeral) === 0)
    state.channel.last_message_id = message.id;
  model.emit("message", message, "create");
  return message;
}

function applyContent(
  model: EmulatorModel,
  message: EmulatedMessage,
  body: Record<string, unknown>,
): void {
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
  message.mentions = pinged.users.map((id) => model.users.get(id)).filter((u) => u !== undefined);
  message.mention_roles = pinged.roles;
}

/** Adds the uploaded files (multipart `files[n]`) to the body as attachments. */
export function attachFiles(
  model: EmulatorModel,
  body: Record<string, unknown>,
  files: RouteContext["files"],
): Record<string, unknown> {
  if (files.length === 0) return body;
  const attachments = files.map((file, index) => ({
    id: model.nextId(),
    filename: file.filename,
    size: file.size,
    content_type: file.contentType,
    url: `https://cdn.discordapp.invalid/attachments/${index}/${file.filename}`,
    proxy_url: `https://media.discordapp.invalid/attachments/${index}/${file.filename}`,
  }));
  return { ...body, attachments };
}

export function editMessage(
  model: EmulatorModel,
  message: EmulatedMessage,
  body: Record<string, unknown>,
): EmulatedMessage {
  const wasLoading = (message.flags & MessageFlag.Loading) !== 0;
  applyContent(model, message, body);
  if (typeof body.flags === "number") {
    message.flags = (message.flags & ~EDIT_FLAGS) | (body.flags & EDIT_FLAGS);
  }
  message.flags &= ~MessageFlag.Loading;
  if (!wasLoading) message.edited_timestamp = model.iso();
  model.emit("message", message, "update");
  return message;
}

export function deleteMessage(model: EmulatorModel, message: EmulatedMessage): void {
  message.deleted = true;
  model.emit("message", message, "delete");
}

/** Checks a message body against Discord's limits: 400 Invalid Form Body / Cannot send an empty message. */
export function validateMessage(body: unknown, creating: boolean): Record<string, unknown> {
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

type Component = {
  type?: unknown;
  custom_id?: unknown;
  disabled?: unknown;
  components?: unknown;
  accessory?: unknown;
};

/** The component with this custom_id anywhere in a message's component tree. */
export function findComponent(
  components: readonly unknown[],
  customId: string,
): Component | undefined {
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
