import { shardOf } from "./gateway.js";
import { type GuildState, rolePayload } from "./guild-state.js";
import { DiscordErrors } from "./http.js";
import type { EmulatorModel } from "./model.js";
import type { RouteContext, RouteTable } from "./router.js";
import type { EmulatedGuild, EmulatedUser } from "./types.js";

/** Guilds as payloads (guild, roles, members), READY for a session, and the guild routes. */

export function rolesPayload(guild: GuildState): Array<Record<string, unknown>> {
  return [...guild.roles.values()].map(rolePayload);
}

export function memberPayload(
  guild: GuildState,
  user: EmulatedUser,
  permissions?: bigint,
): Record<string, unknown> {
  const member: Record<string, unknown> = {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [...(guild.members.get(user.id)?.roles ?? [])],
    joined_at: guild.createdAt,
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

export function guildPayload(model: EmulatorModel, guild: GuildState): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: rolesPayload(guild),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: model.findChannel("general", guild.id)?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: guild.preferredLocale,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    max_members: 500_000,
    max_video_channel_users: 25,
    approximate_member_count: guild.members.size,
  };
}

/** The GUILD_CREATE dispatch of a guild: the guild with its members and channels. */
export function guildCreatePayload(
  model: EmulatorModel,
  guild: GuildState,
): Record<string, unknown> {
  const members = [...guild.members.keys()]
    .map((id) => model.users.get(id))
    .filter((user) => user !== undefined)
    .map((user) => memberPayload(guild, user));
  return {
    ...guildPayload(model, guild),
    joined_at: guild.createdAt,
    large: false,
    unavailable: false,
    lazy: true,
    member_count: guild.members.size,
    voice_states: [],
    members,
    channels: model.liveChannels(guild.id),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
  };
}

/** The snapshot `Emulator.guild()` returns. */
export function describeGuild(guild: GuildState): EmulatedGuild {
  return {
    id: guild.id,
    name: guild.name,
    roles: [...guild.roles.values()].map((r) => ({
      id: r.id,
      name: r.name,
      permissions: r.permissions.toString(),
    })),
    memberIds: [...guild.members.keys()],
  };
}

/** READY's `d` for a new session, and the GUILD_CREATE of the guilds on its shard (only those). */
export function buildReady(
  model: EmulatorModel,
  sessionId: string,
  shard: [number, number],
): { ready: Record<string, unknown>; after: Array<[string, unknown]> } {
  const onShard = [...model.guilds.values()].filter((g) => shardOf(g.id, shard[1]) === shard[0]);
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
    guilds: onShard.map((g) => ({ id: g.id, unavailable: true })),
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
  const after = onShard.map((g): [string, unknown] => [
    "GUILD_CREATE",
    guildCreatePayload(model, g),
  ]);
  return { ready, after };
}

/** REST routes of guilds (`/guilds/:guildId/...`). */
export function registerGuildRoutes(routes: RouteTable, model: EmulatorModel): void {
  const requireGuild = (ctx: RouteContext): GuildState => {
    const guild = model.guilds.get(ctx.params.guildId ?? "");
    if (guild === undefined) throw DiscordErrors.unknownGuild();
    return guild;
  };
  routes.add("GET", "/guilds/:guildId", true, (ctx) => {
    return { status: 200, body: guildPayload(model, requireGuild(ctx)) };
  });
  routes.add("GET", "/guilds/:guildId/channels", true, (ctx) => {
    return { status: 200, body: model.liveChannels(requireGuild(ctx).id) };
  });
  routes.add("GET", "/guilds/:guildId/roles", true, (ctx) => {
    return { status: 200, body: rolesPayload(requireGuild(ctx)) };
  });
  routes.add("GET", "/guilds/:guildId/members/:userId", true, (ctx) => {
    const guild = requireGuild(ctx);
    const userId = ctx.params.userId === "@me" ? model.botUserId : (ctx.params.userId ?? "");
    const user = model.users.get(userId);
    if (user === undefined || !guild.members.has(userId)) throw DiscordErrors.unknownMember();
    return { status: 200, body: memberPayload(guild, user) };
  });
}
