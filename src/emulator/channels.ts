import { DiscordErrors } from "./http.js";
import {
  attachFiles,
  createMessage,
  deleteMessage,
  editMessage,
  toApiMessage,
  validateMessage,
} from "./messages.js";
import { type EmulatorModel, MessageFlag, Permission } from "./model.js";
import type { RouteContext, RouteTable } from "./router.js";

/** REST routes of channels and their messages (`/channels/:channelId/...`). */
export function registerChannelRoutes(routes: RouteTable, model: EmulatorModel): void {
  routes.add("GET", "/channels/:channelId", true, (ctx) => {
    const state = model.requireChannel(ctx.params.channelId ?? "");
    model.requirePermissions(state.channel, Permission.ViewChannel);
    return { status: 200, body: state.channel };
  });
  routes.add("POST", "/channels/:channelId/typing", true, (ctx) => {
    const state = model.requireChannel(ctx.params.channelId ?? "");
    model.requirePermissions(state.channel, Permission.SendMessages);
    return { status: 204 };
  });
  routes.add("GET", "/channels/:channelId/messages", true, (ctx) => {
    const state = model.requireChannel(ctx.params.channelId ?? "");
    model.requirePermissions(state.channel, Permission.ReadMessageHistory);
    const limit = Math.min(100, Math.max(1, Number(ctx.query.get("limit") ?? 50) || 50));
    const before = ctx.query.get("before");
    const after = ctx.query.get("after");
    let list = model
      .channelMessages(state.channel.id)
      .filter((m) => m.deleted !== true && (m.flags & MessageFlag.Ephemeral) === 0);
    if (before !== null) list = list.filter((m) => BigInt(m.id) < BigInt(before));
    if (after !== null) list = list.filter((m) => BigInt(m.id) > BigInt(after));
    const newestFirst = list.reverse();
    const page = after !== null ? newestFirst.slice(-limit) : newestFirst.slice(0, limit);
    return { status: 200, body: page.map((m) => toApiMessage(m)) };
  });
  routes.add("POST", "/channels/:channelId/messages", true, (ctx) => postMessage(model, ctx));
  const channelMessage = (ctx: RouteContext) => {
    const state = model.requireChannel(ctx.params.channelId ?? "");
    const message = model.messages.get(ctx.params.messageId ?? "");
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
  routes.add("GET", "/channels/:channelId/messages/:messageId", true, (ctx) => {
    const { state, message } = channelMessage(ctx);
    model.requirePermissions(state.channel, Permission.ReadMessageHistory);
    return { status: 200, body: toApiMessage(message) };
  });
  routes.add("PATCH", "/channels/:channelId/messages/:messageId", true, (ctx) => {
    const { state, message } = channelMessage(ctx);
    model.requirePermissions(state.channel, 0n);
    if (message.author.id !== model.botUserId) throw DiscordErrors.cannotEditOthers();
    const body = attachFiles(model, validateMessage(ctx.body, false), ctx.files);
    if (Array.isArray(body.embeds) && body.embeds.length > 0)
      model.requirePermissions(state.channel, Permission.EmbedLinks);
    return { status: 200, body: toApiMessage(editMessage(model, message, body)) };
  });
  routes.add("DELETE", "/channels/:channelId/messages/:messageId", true, (ctx) => {
    const { state, message } = channelMessage(ctx);
    model.requirePermissions(
      state.channel,
      message.author.id === model.botUserId ? 0n : Permission.ManageMessages,
    );
    deleteMessage(model, message);
    return { status: 204 };
  });
}

/** POST /channels/:channelId/messages, with `enforce_nonce` deduplication. */
function postMessage(model: EmulatorModel, ctx: RouteContext) {
  const state = model.requireChannel(ctx.params.channelId ?? "");
  const body = attachFiles(model, validateMessage(ctx.body, true), ctx.files);
  const needed =
    Permission.SendMessages |
    (Array.isArray(body.embeds) && body.embeds.length > 0 ? Permission.EmbedLinks : 0n) |
    (ctx.files.length > 0 ? Permission.AttachFiles : 0n);
  model.requirePermissions(state.channel, needed);
  const nonce = body.nonce;
  const nonceKey =
    typeof nonce === "string" || typeof nonce === "number"
      ? `${state.channel.id}:${nonce}`
      : undefined;
  if (nonceKey !== undefined && body.enforce_nonce === true) {
    const seen = model.nonces.get(nonceKey);
    const original = seen === undefined ? undefined : model.messages.get(seen.messageId);
    if (
      seen !== undefined &&
      original !== undefined &&
      model.now() - seen.at <= model.nonceWindowMs
    ) {
      return { status: 200, body: toApiMessage(original) };
    }
  }
  const flags = typeof body.flags === "number" ? body.flags & ~MessageFlag.Ephemeral : 0;
  const message = createMessage(model, state.channel.id, { ...body, flags }, {});
  if (nonceKey !== undefined)
    model.nonces.set(nonceKey, { messageId: message.id, at: model.now() });
  return { status: 200, body: toApiMessage(message) };
}
