import { shardOf } from "./gateway.js";
import { DiscordErrors } from "./http.js";
import type { EmulatedUser } from "./index.js";
import { type EmulatorModel, EVERYONE_PERMISSIONS } from "./model.js";
import type { RouteContext, RouteTable } from "./router.js";

/** The guild, its @everyone role and members as payloads, READY for a session, and their routes. */

export function everyoneRole(model: EmulatorModel): Record<string, unknown> {
  return {
    id: model.guildId,
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

export function memberPayload(
  model: EmulatorModel,
  user: EmulatedUser,
  permissions?: bigint,
): Record<string, unknown> {
  const member: Record<string, unknown> = {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: model.createdAt,
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

export function guildPayload(model: EmulatorModel): Record<string, unknown> {
  return {
    id: model.guildId,
    name: model.guildName,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: model.user.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [everyoneRole(model)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: model.findChannel("general")?.id ?? null,
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

/** READY's `d` for a new session, and the GUILD_CREATE of the guilds on its shard. */
export function buildReady(
  model: EmulatorModel,
  sessionId: string,
  shard: [number, number],
): { ready: Record<string, unknown>; after: Array<[string, unknown]> } {
  // The guild goes to the sessions of the shard it maps to, and only to them.
  const onShard = shardOf(model.guildId, shard[1]) === shard[0];
  const ready = {
    v: 10,
    user: {
      ...model.bot,
      verified: true,
      mfa_enabled: false,
      email: null,
      flags: 0,
      public_flags: 0,
    },
    guilds: onShard ? [{ id: model.guildId, unavailable: true }] : [],
    session_id: sessionId,
    session_type: "normal",
    resume_gateway_url: model.gatewayUrl,
    shard,
    application: { id: model.applicationId, flags: 0 },
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
    ...guildPayload(model),
    joined_at: model.createdAt,
    large: false,
    unavailable: false,
    lazy: true,
    member_count: 2,
    voice_states: [],
    members: [memberPayload(model, model.bot), memberPayload(model, model.user)],
    channels: model.liveChannels(),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
  };
  return { ready, after: onShard ? [["GUILD_CREATE", guildCreate]] : [] };
}

/** REST routes of the guild (`/guilds/:guildId/...`). */
export function registerGuildRoutes(routes: RouteTable, model: EmulatorModel): void {
  const requireGuild = (ctx: RouteContext) => {
    if (ctx.params.guildId !== model.guildId) throw DiscordErrors.unknownGuild();
  };
  routes.add("GET", "/guilds/:guildId", true, (ctx) => {
    requireGuild(ctx);
    return { status: 200, body: guildPayload(model) };
  });
  routes.add("GET", "/guilds/:guildId/channels", true, (ctx) => {
    requireGuild(ctx);
    return { status: 200, body: model.liveChannels() };
  });
  routes.add("GET", "/guilds/:guildId/roles", true, (ctx) => {
    requireGuild(ctx);
    return { status: 200, body: [everyoneRole(model)] };
  });
  routes.add("GET", "/guilds/:guildId/members/:userId", true, (ctx) => {
    requireGuild(ctx);
    const userId = ctx.params.userId === "@me" ? model.botUserId : (ctx.params.userId ?? "");
    if (userId !== model.botUserId && userId !== model.user.id) throw DiscordErrors.unknownMember();
    const user = userId === model.botUserId ? model.bot : model.user;
    return { status: 200, body: memberPayload(model, user) };
  });
}
