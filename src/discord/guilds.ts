import {
  type APIChannel,
  type APIGuild,
  type APIGuildMember,
  type APIUser,
  PermissionFlagsBits,
  type REST,
  Routes,
} from "discord.js";
import { UserError } from "../errors.js";

/**
 * What commands need to know about a server that the interaction payload does not carry: a
 * channel, the bot's permissions in it, and channel names. Over REST, so it works the same for the
 * gateway and for HTTP replicas that hold no gateway cache.
 */
export interface GuildDirectory {
  /** The channel, or null when the bot cannot see it. */
  channel(channelId: string): Promise<Pick<APIChannel, "id" | "type" | "name"> | null>;
  /** The bot's permissions in a channel of the guild (overwrites applied, as Discord computes them). */
  botPermissionsIn(guildId: string, channelId: string): Promise<bigint>;
  /** Channel names by id (a short-lived cache: autocomplete asks on every keystroke). */
  channelNames(guildId: string): Promise<Map<string, string>>;
}

interface Overwrite {
  id: string;
  type: number;
  allow: string;
  deny: string;
}

/** Discord's permission computation: base from roles, then @everyone, role and member overwrites. */
export function computePermissions(input: {
  guildId: string;
  ownerId: string;
  userId: string;
  roles: ReadonlyArray<{ id: string; permissions: string }>;
  memberRoles: readonly string[];
  overwrites: readonly Overwrite[];
}): bigint {
  if (input.userId === input.ownerId) return ALL;
  const roleBits = new Map(input.roles.map((role) => [role.id, BigInt(role.permissions)]));
  let base = roleBits.get(input.guildId) ?? 0n;
  for (const id of input.memberRoles) base |= roleBits.get(id) ?? 0n;
  if ((base & PermissionFlagsBits.Administrator) !== 0n) return ALL;
  let permissions = base;
  const everyone = input.overwrites.find((o) => o.id === input.guildId);
  if (everyone) permissions = (permissions & ~BigInt(everyone.deny)) | BigInt(everyone.allow);
  let allow = 0n;
  let deny = 0n;
  for (const overwrite of input.overwrites) {
    if (overwrite.type === 0 && input.memberRoles.includes(overwrite.id)) {
      allow |= BigInt(overwrite.allow);
      deny |= BigInt(overwrite.deny);
    }
  }
  permissions = (permissions & ~deny) | allow;
  const own = input.overwrites.find((o) => o.type === 1 && o.id === input.userId);
  if (own) permissions = (permissions & ~BigInt(own.deny)) | BigInt(own.allow);
  return permissions;
}

const ALL = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);
const NAMES_TTL_MS = 30_000;

/** The directory over REST; `rest` is read on use (null: no bot token, a UserError says so). */
export function createRestGuildDirectory(
  rest: () => Pick<REST, "get"> | null,
  now: () => number = Date.now,
): GuildDirectory {
  let botUser: Promise<APIUser> | null = null;
  const names = new Map<string, { at: number; names: Map<string, string> }>();
  const client = () => {
    const r = rest();
    if (!r) {
      throw new UserError("This bot has no Discord token: it cannot look up channels.", {
        i18n: { key: "error.noToken" },
      });
    }
    return r;
  };
  const me = (): Promise<APIUser> => {
    botUser ??= (client().get(Routes.user("@me")) as Promise<APIUser>).catch((error: unknown) => {
      botUser = null;
      throw error;
    });
    return botUser;
  };
  return {
    async channel(channelId) {
      try {
        return (await client().get(Routes.channel(channelId))) as APIChannel;
      } catch (error) {
        if (error instanceof UserError) throw error;
        return null;
      }
    },
    async botPermissionsIn(guildId, channelId) {
      const user = await me();
      const [guild, member, channel] = (await Promise.all([
        client().get(Routes.guild(guildId)),
        client().get(Routes.guildMember(guildId, user.id)),
        client().get(Routes.channel(channelId)),
      ])) as [APIGuild, APIGuildMember, APIChannel & { permission_overwrites?: Overwrite[] }];
      return computePermissions({
        guildId,
        ownerId: guild.owner_id,
        userId: user.id,
        roles: guild.roles,
        memberRoles: member.roles,
        overwrites: channel.permission_overwrites ?? [],
      });
    },
    async channelNames(guildId) {
      const cached = names.get(guildId);
      if (cached && now() - cached.at < NAMES_TTL_MS) return cached.names;
      const channels = (await client().get(Routes.guildChannels(guildId))) as APIChannel[];
      const map = new Map(channels.map((c) => [c.id, c.name ?? c.id]));
      names.set(guildId, { at: now(), names: map });
      return map;
    },
  };
}
