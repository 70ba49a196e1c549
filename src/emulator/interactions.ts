import { buildOptions, findCommand } from "./command-options.js";
import type { GuildState } from "./guild-state.js";
import { memberPayload } from "./guilds.js";
import { deliverInteraction } from "./http-delivery.js";
import { interactionCallback } from "./interaction-callbacks.js";
import { findComponent, toApiMessage } from "./messages.js";
import {
  ALL_PERMISSIONS,
  type EmulatorModel,
  type InteractionState,
  InteractionType,
  isRecord,
  randomToken,
} from "./model.js";
import type {
  AutocompleteChoice,
  AutocompleteInput,
  ClickButtonInput,
  EmulatedChannel,
  EmulatedMessage,
  EmulatedUser,
  InteractionHandle,
  InteractionUserInput,
  RecordedCallback,
  RunCommandInput,
} from "./types.js";

/** Interactions a person starts (commands, buttons, autocomplete), delivered over the gateway or
 *  POSTed, signed, to the application's interactions endpoint. */

/** Where an interaction happens: a channel by id (any guild) or by name in `guildId` (default
 *  the default guild), and that channel's guild. */
function resolvePlace(
  model: EmulatorModel,
  channelInput: string | undefined,
  guildId: string | undefined,
): { channel: EmulatedChannel; guild: GuildState } {
  const name = channelInput ?? "general";
  const channel = model.findChannel(name, model.requireGuild(guildId).id);
  if (channel === undefined) throw new Error(`The emulator has no channel "${name}"`);
  return { channel, guild: model.requireGuild(channel.guild_id) };
}

export function runCommand(model: EmulatorModel, input: RunCommandInput): InteractionHandle {
  const place = resolvePlace(model, input.channel, input.guild);
  const command = findCommand(model, input.name, place.guild.id);
  const { options, resolved } = buildOptions(
    model,
    place.guild,
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
  return dispatchInteraction(model, {
    type: InteractionType.Command,
    data,
    place,
    user: input.user,
    permissions: input.permissions,
    locale: input.locale,
    commandName: command.name,
    sourceMessage: undefined,
  });
}

export function clickButton(model: EmulatorModel, input: ClickButtonInput): InteractionHandle {
  const messageId = typeof input.message === "string" ? input.message : input.message.id;
  const message = model.messages.get(messageId);
  if (message === undefined || message.deleted === true) {
    throw new Error(`clickButton: no message ${messageId}`);
  }
  const component = findComponent(message.components, input.customId);
  if (component === undefined) {
    throw new Error(
      `clickButton: message ${message.id} has no component with custom_id "${input.customId}"`,
    );
  }
  if (component.disabled === true) throw new Error(`clickButton: "${input.customId}" is disabled`);
  const componentType =
    input.componentType ?? (typeof component.type === "number" ? component.type : 2);
  const data: Record<string, unknown> = {
    custom_id: input.customId,
    component_type: componentType,
  };
  if (input.values !== undefined) data.values = input.values;
  return dispatchInteraction(model, {
    type: InteractionType.Component,
    data,
    place: resolvePlace(model, message.channel_id, undefined),
    user: input.user,
    permissions: input.permissions,
    locale: undefined,
    commandName: undefined,
    sourceMessage: message,
  });
}

export async function autocomplete(
  model: EmulatorModel,
  input: AutocompleteInput,
): Promise<AutocompleteChoice[]> {
  const place = resolvePlace(model, input.channel, input.guild);
  const command = findCommand(model, input.name, place.guild.id);
  const { options } = buildOptions(
    model,
    place.guild,
    command,
    input.subcommand,
    input.options,
    input.focused,
  );
  const data: Record<string, unknown> = {
    id: command.id,
    name: command.name,
    type: command.type ?? 1,
    options,
  };
  if (command.guild_id !== undefined) data.guild_id = command.guild_id;
  const handle = dispatchInteraction(model, {
    type: InteractionType.Autocomplete,
    data,
    place,
    user: input.user,
    permissions: undefined,
    locale: undefined,
    commandName: command.name,
    sourceMessage: undefined,
  });
  const callback = await handle.callback(input.timeoutMs ?? model.callbackWindowMs + 1000);
  if (!callback.ok)
    throw new Error(`autocomplete: the bot's callback was refused: ${callback.error?.message}`);
  return model.interactions.get(handle.token)?.choices ?? [];
}

/** The person interacting (the default user unless told), a member of the guild from now on. */
function userFrom(
  model: EmulatorModel,
  guild: GuildState,
  input: InteractionUserInput | undefined,
): EmulatedUser {
  const id =
    input === undefined || (input.id === undefined && input.username === undefined)
      ? model.user.id
      : model.ensureUser(input);
  if (!guild.members.has(id)) guild.members.set(id, { userId: id, roles: [] });
  return model.users.get(id) ?? model.user;
}

interface DispatchInput {
  type: number;
  data: Record<string, unknown>;
  place: { channel: EmulatedChannel; guild: GuildState };
  user: InteractionUserInput | undefined;
  permissions: bigint | undefined;
  locale: string | undefined;
  commandName: string | undefined;
  sourceMessage: EmulatedMessage | undefined;
}

function dispatchInteraction(model: EmulatorModel, input: DispatchInput): InteractionHandle {
  const { channel, guild } = input.place;
  if (model.endpoint === null && !model.gateway.hasSessionFor(guild.id)) {
    throw new Error(
      `No bot session receives guild ${guild.id}'s events: log a discord.js client in (on its shard) and await waitForSession()`,
    );
  }
  const user = userFrom(model, guild, input.user);
  const id = model.nextId();
  const token = `aW50ZXJhY3Rpb246${id}:${randomToken(48)}`;
  const payload: Record<string, unknown> = {
    id,
    application_id: model.applicationId,
    type: input.type,
    token,
    version: 1,
    data: input.data,
    guild_id: guild.id,
    guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
    guild_locale: guild.preferredLocale,
    channel_id: channel.id,
    channel: { ...channel },
    member: memberPayload(guild, user, input.permissions ?? ALL_PERMISSIONS),
    locale: input.locale ?? "en-US",
    app_permissions: model.botPermissions(channel).toString(),
    entitlements: [],
    entitlement_sku_ids: [],
    authorizing_integration_owners: { "0": guild.id },
    context: 0,
    attachment_size_limit: 26_214_400,
  };
  if (input.sourceMessage !== undefined) payload.message = toApiMessage(input.sourceMessage);
  const state: InteractionState = {
    id,
    token,
    type: input.type,
    payload,
    dispatchedAt: model.now(),
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
  state.handle = buildHandle(model, state);
  model.interactions.set(token, state);
  // With an interactions endpoint URL set, Discord POSTs interactions there and the gateway
  // gets none.
  if (model.endpoint !== null) state.delivery = deliver(model, state, model.endpoint);
  else model.gateway.dispatch("INTERACTION_CREATE", payload);
  model.emit("interaction", state.handle);
  return state.handle;
}

function buildHandle(model: EmulatorModel, state: InteractionState): InteractionHandle {
  const handle: InteractionHandle = {
    id: state.id,
    token: state.token,
    type: state.type,
    payload: state.payload,
    get callbacks() {
      return state.callbacks;
    },
    callback(timeoutMs = model.callbackWindowMs + 1000) {
      return model.waitUntil(
        () => state.callbacks[0],
        timeoutMs,
        `the bot's callback to interaction ${state.id}`,
      );
    },
    original() {
      return state.originalId === undefined ? undefined : model.messages.get(state.originalId);
    },
    followups() {
      return state.followupIds.map((id) => model.messages.get(id)).filter((m) => m !== undefined);
    },
    async waitFor(predicate, timeoutMs = 5000) {
      await model.waitUntil(
        () => (predicate(handle) ? true : undefined),
        timeoutMs,
        `a condition on interaction ${state.id}`,
      );
    },
  };
  return handle;
}

/** Sets the "Interactions Endpoint URL" after Discord's check (PING → PONG, bad signature → 401). */
export async function setInteractionsEndpoint(
  model: EmulatorModel,
  url: string | null,
): Promise<void> {
  if (url === null) {
    model.endpoint = null;
    return;
  }
  const ping = {
    id: model.nextId(),
    application_id: model.applicationId,
    type: 1,
    token: "ping",
    version: 1,
  };
  const common = {
    url,
    keys: model.keys,
    payload: ping,
    nowMs: model.now(),
    timeoutMs: model.callbackWindowMs,
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
  model.endpoint = url;
}

/** POSTs the interaction, then applies the HTTP reply as its initial response (or fails it). */
async function deliver(model: EmulatorModel, state: InteractionState, url: string): Promise<void> {
  const result = await deliverInteraction({
    url,
    keys: model.keys,
    payload: state.payload,
    nowMs: model.now(),
    timeoutMs: model.callbackWindowMs,
  });
  if (result.ok) {
    try {
      interactionCallback(model, {
        method: "POST",
        params: { interactionId: state.id, token: state.token },
        query: new URLSearchParams(),
        body: result.body,
        files: [],
      });
    } catch {
      // Recorded as a refused callback (ok: false) by interactionCallback.
    }
    return;
  }
  // "The application did not respond": the interaction fails and the person sees an error.
  const recorded: RecordedCallback = {
    type: -1,
    data: undefined,
    at: model.now(),
    ok: false,
    status: result.status,
    error: { code: 0, message: `The application did not respond: ${result.reason}` },
  };
  state.callbacks.push(recorded);
  model.emit("interaction-callback", state.handle, recorded);
}
