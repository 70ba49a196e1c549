import type { APIAllowedMentions } from "discord.js";

interface MentionSource {
  content: string;
  flags: number;
  allowed_mentions: APIAllowedMentions | null;
}

export interface MentionTargets {
  users: string[];
  roles: string[];
  everyone: boolean;
}

const EPHEMERAL = 1 << 6;

/** The user, role and @everyone/@here mentions written in a message's content. */
export function findMentions(content: string): MentionTargets {
  const users = [...content.matchAll(/<@!?(\d{1,20})>/g)].map((m) => m[1] ?? "");
  const roles = [...content.matchAll(/<@&(\d{1,20})>/g)].map((m) => m[1] ?? "");
  return {
    users: [...new Set(users)],
    roles: [...new Set(roles)],
    everyone: /@(everyone|here)\b/.test(content),
  };
}

/**
 * The mentions in the content that would actually notify, given `allowed_mentions` the way Discord
 * applies it (absent: everything written pings; `parse` lists the kinds that ping; `users`/`roles`
 * whitelist ids).
 */
export function pingedMentions(message: MentionSource): MentionTargets {
  const written = findMentions(message.content);
  if ((message.flags & EPHEMERAL) !== 0) return { users: [], roles: [], everyone: false };
  const allowed = message.allowed_mentions;
  if (allowed === null) return written;
  const parse: readonly string[] = allowed.parse ?? [];
  const users = parse.includes("users")
    ? written.users
    : written.users.filter((id) => allowed.users?.includes(id) ?? false);
  const roles = parse.includes("roles")
    ? written.roles
    : written.roles.filter((id) => allowed.roles?.includes(id) ?? false);
  return { users, roles, everyone: written.everyone && parse.includes("everyone") };
}

/** True when the message would notify anyone (a user, a role, @everyone or @here). */
export function mentionsPinged(message: MentionSource): boolean {
  const pinged = pingedMentions(message);
  return pinged.everyone || pinged.users.length > 0 || pinged.roles.length > 0;
}
