import type { EmulatedChannel, EmulatorGuildInput } from "./types.js";

/**
 * Guilds in the emulator's model: roles with permission bits, members with roles, and Discord's
 * permission computation over them. Several guilds can exist; each maps to a gateway shard by
 * `(guild_id >> 22) % shard_count`, and `guildIdOnShard` picks snowflakes that land where a test wants.
 */

export interface RoleState {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
}

export interface MemberState {
  userId: string;
  /** Role ids besides @everyone. */
  roles: string[];
}

export interface GuildState {
  id: string;
  name: string;
  createdAt: string;
  ownerId: string;
  preferredLocale: string;
  /** Includes @everyone (its id is the guild's id). */
  roles: Map<string, RoleState>;
  members: Map<string, MemberState>;
}

/** Bit 3: Administrator grants everything; the guild owner too. */
const ADMINISTRATOR = 1n << 3n;
export const ALL_PERMISSIONS = (1n << 51n) - 1n;

/**
 * A snowflake that lands on shard `id` of `count`. Its timestamp part is at most the clock's (the
 * id looks like a guild created a moment ago) and its increment part counts up, so ids differ.
 */
export function guildIdOnShard(
  nextId: () => string,
  shard: { id: number; count: number },
  taken: (id: string) => boolean,
): string {
  const { id, count } = shard;
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(id) || id < 0 || id >= count) {
    throw new Error(`addGuild: shard ${id} of ${count} does not exist`);
  }
  for (;;) {
    const base = BigInt(nextId());
    const timestamp = base >> 22n;
    const increment = base & 0x3f_ffffn;
    const shift = (((timestamp - BigInt(id)) % BigInt(count)) + BigInt(count)) % BigInt(count);
    const candidate = (((timestamp - shift) << 22n) | increment).toString();
    if (!taken(candidate)) return candidate;
  }
}

/** Builds a guild's roles and members; the bot and the default user are always members. */
export function createGuildState(input: {
  id: string;
  name: string;
  createdAt: string;
  ownerId: string;
  botUserId: string;
  nextId: () => string;
  spec: EmulatorGuildInput;
  everyonePermissions: bigint;
  ensureUser: (member: { id?: string; username?: string }) => string;
}): GuildState {
  const { spec } = input;
  const roles = new Map<string, RoleState>();
  roles.set(input.id, {
    id: input.id,
    name: "@everyone",
    permissions: spec.everyonePermissions ?? input.everyonePermissions,
    position: 0,
  });
  (spec.roles ?? []).forEach((role, index) => {
    const id = role.id ?? input.nextId();
    roles.set(id, { id, name: role.name, permissions: role.permissions, position: index + 1 });
  });
  const guild: GuildState = {
    id: input.id,
    name: input.name,
    createdAt: input.createdAt,
    ownerId: input.ownerId,
    preferredLocale: spec.preferredLocale ?? "en-US",
    roles,
    members: new Map(),
  };
  guild.members.set(input.botUserId, {
    userId: input.botUserId,
    roles: roleIds(guild, spec.botRoles ?? []),
  });
  guild.members.set(input.ownerId, { userId: input.ownerId, roles: [] });
  for (const member of spec.members ?? []) {
    const userId = input.ensureUser(member);
    guild.members.set(userId, { userId, roles: roleIds(guild, member.roles ?? []) });
  }
  return guild;
}

/** Role ids by name ("@everyone" or a role's name); throws on an unknown name. */
export function roleIds(guild: GuildState, names: readonly string[]): string[] {
  return names.map((name) => {
    const role = [...guild.roles.values()].find((r) => r.name === name);
    if (role === undefined) throw new Error(`Guild ${guild.name} has no role named "${name}"`);
    return role.id;
  });
}

/** Discord's permission computation: base from @everyone and the member's roles (Administrator
 *  and the owner get everything), then the @everyone, role and member overwrites of the channel. */
export function memberPermissions(
  guild: GuildState,
  userId: string,
  channel: EmulatedChannel,
): bigint {
  if (userId === guild.ownerId) return ALL_PERMISSIONS;
  const memberRoles = guild.members.get(userId)?.roles ?? [];
  let base = guild.roles.get(guild.id)?.permissions ?? 0n;
  for (const id of memberRoles) base |= guild.roles.get(id)?.permissions ?? 0n;
  if ((base & ADMINISTRATOR) !== 0n) return ALL_PERMISSIONS;
  let permissions = base;
  const overwrites = channel.permission_overwrites;
  const everyone = overwrites.find((o) => o.id === guild.id);
  if (everyone !== undefined)
    permissions = (permissions & ~BigInt(everyone.deny)) | BigInt(everyone.allow);
  let allow = 0n;
  let deny = 0n;
  for (const overwrite of overwrites) {
    if (overwrite.type === 0 && memberRoles.includes(overwrite.id)) {
      allow |= BigInt(overwrite.allow);
      deny |= BigInt(overwrite.deny);
    }
  }
  permissions = (permissions & ~deny) | allow;
  const own = overwrites.find((o) => o.type === 1 && o.id === userId);
  if (own !== undefined) permissions = (permissions & ~BigInt(own.deny)) | BigInt(own.allow);
  return permissions;
}

export function rolePayload(role: RoleState): Record<string, unknown> {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0,
  };
}
