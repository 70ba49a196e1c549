import { DiscordErrors, DiscordHttpError } from "./http.js";
import {
  attachFiles,
  createMessage,
  deleteMessage,
  editMessage,
  toApiMessage,
  validateMessage,
} from "./messages.js";
import {
  type EmulatorModel,
  type InteractionState,
  InteractionType,
  isRecord,
  MessageFlag,
} from "./model.js";
import type { RouteContext, RouteResult, RouteTable } from "./router.js";
import type { AutocompleteChoice, EmulatedMessage, RecordedCallback } from "./types.js";

/** The bot's answers to interactions: the initial callback (within the window, once) and the
 *  webhook routes that edit the original response and send follow-ups with the token. */

const Callback = {
  Reply: 4,
  DeferReply: 5,
  DeferUpdate: 6,
  Update: 7,
  Autocomplete: 8,
  Modal: 9,
} as const;

/** POST /interactions/:interactionId/:token/callback — every attempt is recorded on the handle. */
export function interactionCallback(model: EmulatorModel, ctx: RouteContext): RouteResult {
  const state = model.interactions.get(ctx.params.token ?? "");
  if (state === undefined || state.id !== ctx.params.interactionId)
    throw DiscordErrors.unknownInteraction();
  const body = isRecord(ctx.body) ? ctx.body : {};
  const type = typeof body.type === "number" ? body.type : -1;
  const record = (callback: Omit<RecordedCallback, "type" | "data" | "at">) => {
    const recorded: RecordedCallback = { type, data: body.data, at: model.now(), ...callback };
    state.callbacks.push(recorded);
    model.emit("interaction-callback", state.handle, recorded);
  };
  try {
    const result = applyCallback(model, state, type, body, ctx);
    record({ ok: true, status: result.status });
    return result;
  } catch (error) {
    if (error instanceof DiscordHttpError)
      record({ ok: false, status: error.status, error: error.body });
    throw error;
  }
}

function allowedCallbacks(interactionType: number): number[] {
  if (interactionType === InteractionType.Autocomplete) return [Callback.Autocomplete];
  if (interactionType === InteractionType.Component)
    return [
      Callback.Reply,
      Callback.DeferReply,
      Callback.DeferUpdate,
      Callback.Update,
      Callback.Modal,
    ];
  return [Callback.Reply, Callback.DeferReply, Callback.Modal];
}

function applyCallback(
  model: EmulatorModel,
  state: InteractionState,
  type: number,
  body: Record<string, unknown>,
  ctx: RouteContext,
): RouteResult {
  if (state.acknowledged) throw DiscordErrors.alreadyAcknowledged();
  if (model.now() - state.dispatchedAt > model.callbackWindowMs) {
    throw DiscordErrors.unknownInteraction();
  }
  if (!allowedCallbacks(state.type).includes(type)) {
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
  const data = attachFiles(model, isRecord(body.data) ? body.data : {}, ctx.files);
  const messageType = state.type === InteractionType.Command ? 20 : 0;
  let message: EmulatedMessage | undefined;
  switch (type) {
    case Callback.Reply:
      validateMessage(data, true);
      message = createMessage(model, state.channelId, data, {
        type: messageType,
        interaction: state,
      });
      state.originalId = message.id;
      break;
    case Callback.DeferReply: {
      const ephemeral = (typeof data.flags === "number" ? data.flags : 0) & MessageFlag.Ephemeral;
      message = createMessage(
        model,
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
      validateMessage(data, false);
      const source =
        state.sourceMessageId === undefined ? undefined : model.messages.get(state.sourceMessageId);
      if (source === undefined || source.deleted === true) throw DiscordErrors.unknownMessage();
      message = editMessage(model, source, data);
      state.originalId = source.id;
      break;
    }
    case Callback.Autocomplete:
      state.choices = checkChoices(data.choices);
      break;
    default:
      break;
  }
  state.acknowledged = true;
  if (ctx.query.get("with_response") !== "true") return { status: 204 };
  const resource: Record<string, unknown> = { type };
  if (message !== undefined) resource.message = toApiMessage(message);
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

/** Autocomplete choices: at most 25, each name 1–100 characters. */
function checkChoices(raw: unknown): AutocompleteChoice[] {
  const choices = Array.isArray(raw) ? (raw as AutocompleteChoice[]) : [];
  if (choices.length > 25) {
    throw DiscordErrors.invalidFormBody({
      data: {
        choices: {
          _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 25 or fewer in length." }],
        },
      },
    });
  }
  choices.forEach((choice, i) => {
    if (typeof choice.name !== "string" || choice.name.length < 1 || choice.name.length > 100) {
      throw DiscordErrors.invalidFormBody({
        data: {
          choices: {
            [i]: {
              name: {
                _errors: [
                  { code: "BASE_TYPE_BAD_LENGTH", message: "Must be between 1 and 100 in length." },
                ],
              },
            },
          },
        },
      });
    }
  });
  return choices;
}

function webhookInteraction(model: EmulatorModel, ctx: RouteContext): InteractionState {
  const state = model.interactions.get(ctx.params.token ?? "");
  if (state === undefined || ctx.params.appId !== model.applicationId)
    throw DiscordErrors.unknownWebhook();
  if (model.now() - state.dispatchedAt > model.tokenLifetimeMs)
    throw DiscordErrors.invalidWebhookToken();
  return state;
}

function webhookMessage(
  model: EmulatorModel,
  state: InteractionState,
  messageId: string,
): EmulatedMessage {
  const id = messageId === "@original" ? state.originalId : messageId;
  const known = id !== undefined && (id === state.originalId || state.followupIds.includes(id));
  const message = known ? model.messages.get(id) : undefined;
  if (message === undefined || message.deleted === true) throw DiscordErrors.unknownMessage();
  return message;
}

/** POST /webhooks/:appId/:token — a follow-up (or the completion of a deferred reply). */
function followUp(model: EmulatorModel, ctx: RouteContext): RouteResult {
  const state = webhookInteraction(model, ctx);
  if (!state.acknowledged) throw DiscordErrors.unknownWebhook();
  const body = attachFiles(model, validateMessage(ctx.body, true), ctx.files);
  const original =
    state.originalId === undefined ? undefined : model.messages.get(state.originalId);
  // The first follow-up after a deferred reply completes the "thinking…" message — unless
  // that message was deleted: then, as on Discord, the follow-up is a new message.
  if (
    original !== undefined &&
    original.deleted !== true &&
    (original.flags & MessageFlag.Loading) !== 0 &&
    state.sourceMessageId !== original.id
  ) {
    return { status: 200, body: toApiMessage(editMessage(model, original, body)) };
  }
  const message = createMessage(model, state.channelId, body, {
    type: state.type === InteractionType.Command ? 20 : 0,
    interaction: state,
  });
  state.followupIds.push(message.id);
  return { status: 200, body: toApiMessage(message) };
}

export function registerInteractionRoutes(routes: RouteTable, model: EmulatorModel): void {
  routes.add("POST", "/interactions/:interactionId/:token/callback", false, (ctx) =>
    interactionCallback(model, ctx),
  );
  routes.add("POST", "/webhooks/:appId/:token", false, (ctx) => followUp(model, ctx));
  const messagePath = "/webhooks/:appId/:token/messages/:messageId";
  routes.add("GET", messagePath, false, (ctx) => {
    const state = webhookInteraction(model, ctx);
    const message = webhookMessage(model, state, ctx.params.messageId ?? "");
    return { status: 200, body: toApiMessage(message) };
  });
  routes.add("PATCH", messagePath, false, (ctx) => {
    const state = webhookInteraction(model, ctx);
    const message = webhookMessage(model, state, ctx.params.messageId ?? "");
    const body = attachFiles(model, validateMessage(ctx.body, false), ctx.files);
    return { status: 200, body: toApiMessage(editMessage(model, message, body)) };
  });
  routes.add("DELETE", messagePath, false, (ctx) => {
    const state = webhookInteraction(model, ctx);
    deleteMessage(model, webhookMessage(model, state, ctx.params.messageId ?? ""));
    return { status: 204 };
  });
}
