import { DiscordErrors, DiscordHttpError } from "./http.js";
import type { EmulatorModel } from "./model.js";
import type { RouteTable } from "./router.js";
import type { EmulatedChannel } from "./types.js";

/**
 * Threads, as Discord has them for a bot with only the Guilds intent (issue 16):
 * `POST /channels/{channel}/messages/{message}/threads` starts a thread on a message. The thread is
 * a channel (type 11 in a text channel, 10 in an announcement channel) with the message's id, its
 * parent in `parent_id` and `thread_metadata`; every channel route (messages, GET) works on it, and
 * interactions can come from inside it (the interaction's channel is the thread). Permissions
 * follow Discord: starting one needs Create Public Threads in the parent (403 50013 without), a
 * message in a thread needs Send Messages in Threads rather than Send Messages, and a thread has the
 * permission overwrites of its parent. A second thread on the same message is 400 160004; a thread
 * on a message in a thread or in a channel that cannot hold threads is 400 50024.
 * `DELETE /channels/{thread}` deletes a thread (Manage Threads); a new thread can then be started
 * on its message. Deleting other channels is not modelled (400 50024); `faults.deleteChannel` is.
 */

const CREATE_PUBLIC_THREADS = 1n << 35n;
const MANAGE_THREADS = 1n << 34n;
const SEND_MESSAGES = 1n << 11n;
const SEND_MESSAGES_IN_THREADS = 1n << 38n;

/** Channel types: text, announcement; their threads: announcement thread, public, private. */
const TEXT = 0;
const ANNOUNCEMENT = 5;
const ANNOUNCEMENT_THREAD = 10;
const PUBLIC_THREAD = 11;
const PRIVATE_THREAD = 12;
const ARCHIVE_DURATIONS = new Set([60, 1440, 4320, 10080]);

/** A thread channel: the thread-only fields Discord adds to a channel. */
export interface EmulatedThread extends EmulatedChannel {
  owner_id: string;
  message_count: number;
  member_count: number;
  total_message_sent: number;
  thread_metadata: {
    archived: boolean;
    auto_archive_duration: number;
    archive_timestamp: string;
    locked: boolean;
    create_timestamp: string;
  };
}

export function isThread(channel: Pick<EmulatedChannel, "type">): boolean {
  return (
    channel.type === ANNOUNCEMENT_THREAD ||
    channel.type === PUBLIC_THREAD ||
    channel.type === PRIVATE_THREAD
  );
}

/**
 * The bot's permissions in a thread: those of its parent (a thread has no overwrites of its own),
 * with Send Messages standing for Send Messages in Threads, which is what posting in a thread
 * needs. `parentPermissions` is the model's computation for an ordinary channel.
 */
export function threadPermissions(
  model: Pick<EmulatorModel, "channels">,
  thread: EmulatedChannel,
  parentPermissions: (channel: EmulatedChannel) => bigint,
): bigint {
  const parent = thread.parent_id === null ? undefined : model.channels.get(thread.parent_id);
  if (parent === undefined || parent.deleted) return 0n;
  const permissions = parentPermissions(parent.channel);
  const inThreads = (permissions & SEND_MESSAGES_IN_THREADS) !== 0n;
  return (permissions & ~SEND_MESSAGES) | (inThreads ? SEND_MESSAGES : 0n);
}

const threadAlreadyCreated = () =>
  new DiscordHttpError(400, 160004, "A thread has already been created for this message");
const wrongChannelType = () =>
  new DiscordHttpError(400, 50024, "Cannot execute action on this channel type");

function validateThreadBody(body: unknown): { name: string; autoArchive: number } {
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const name = typeof record.name === "string" ? record.name.trim() : "";
  const errors: Record<string, unknown> = {};
  if (name.length < 1 || name.length > 100) {
    errors.name = {
      _errors: [{ code: "BASE_TYPE_BAD_LENGTH", message: "Must be between 1 and 100 in length." }],
    };
  }
  const autoArchive = record.auto_archive_duration ?? 1440;
  if (typeof autoArchive !== "number" || !ARCHIVE_DURATIONS.has(autoArchive)) {
    errors.auto_archive_duration = {
      _errors: [
        { code: "BASE_TYPE_CHOICES", message: "Value must be one of {60, 1440, 4320, 10080}." },
      ],
    };
  }
  if (Object.keys(errors).length > 0) throw DiscordErrors.invalidFormBody(errors);
  return { name, autoArchive: autoArchive as number };
}

/** REST routes of threads started from messages. */
export function registerThreadRoutes(routes: RouteTable, model: EmulatorModel): void {
  routes.add("POST", "/channels/:channelId/messages/:messageId/threads", true, (ctx) => {
    const state = model.requireChannel(ctx.params.channelId ?? "");
    const parent = state.channel;
    const message = model.messages.get(ctx.params.messageId ?? "");
    if (message === undefined || message.deleted === true || message.channel_id !== parent.id) {
      throw DiscordErrors.unknownMessage();
    }
    if (parent.type !== TEXT && parent.type !== ANNOUNCEMENT) throw wrongChannelType();
    model.requirePermissions(parent, CREATE_PUBLIC_THREADS);
    const { name, autoArchive } = validateThreadBody(ctx.body);
    // Discord gives the thread the id of the message it starts from: one live thread per message.
    if (model.channels.get(message.id)?.deleted === false) throw threadAlreadyCreated();
    const now = model.iso();
    const thread: EmulatedThread = {
      id: message.id,
      name,
      type: parent.type === ANNOUNCEMENT ? ANNOUNCEMENT_THREAD : PUBLIC_THREAD,
      guild_id: parent.guild_id,
      position: 0,
      parent_id: parent.id,
      topic: null,
      nsfw: parent.nsfw,
      last_message_id: null,
      rate_limit_per_user: 0,
      permission_overwrites: [],
      owner_id: model.botUserId,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: autoArchive,
        archive_timestamp: now,
        locked: false,
        create_timestamp: now,
      },
    };
    model.channels.set(thread.id, { channel: thread, deleted: false, messageIds: [] });
    model.gateway.dispatch("THREAD_CREATE", { ...thread, newly_created: true });
    return { status: 201, body: thread };
  });
  routes.add("DELETE", "/channels/:channelId", true, (ctx) => {
    const state = model.requireChannel(ctx.params.channelId ?? "");
    if (!isThread(state.channel)) throw wrongChannelType();
    model.requirePermissions(state.channel, MANAGE_THREADS);
    state.deleted = true;
    model.gateway.dispatch("THREAD_DELETE", {
      id: state.channel.id,
      guild_id: state.channel.guild_id,
      parent_id: state.channel.parent_id,
      type: state.channel.type,
    });
    return { status: 200, body: state.channel };
  });
}
