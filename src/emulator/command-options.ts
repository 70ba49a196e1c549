import type { APIApplicationCommand } from "discord.js";
import { type GuildState, rolePayload } from "./guild-state.js";
import { memberPayload } from "./guilds.js";
import { ALL_PERMISSIONS, type EmulatorModel } from "./model.js";
import type { CommandOptionValue } from "./types.js";

/** Builds an interaction's `data.options` (and `resolved`) from a registered command's definition,
 *  as the Discord client would when a person runs it: test drivers pass plain values by name. */

/** The command a person would run in the guild: a guild command first, then a global one. */
export function findCommand(
  model: EmulatorModel,
  name: string,
  guildId: string,
): APIApplicationCommand {
  const guild = model.guildCommands.get(guildId);
  const command = guild?.get(name) ?? model.globalCommands.get(name);
  if (command === undefined) {
    const registered = [...model.globalCommands.keys(), ...(guild?.keys() ?? [])];
    throw new Error(
      `No command "/${name}" is registered (registered: ${registered.join(", ") || "none"})`,
    );
  }
  return command;
}

type Def = {
  type: number;
  name: string;
  required?: boolean;
  options?: Def[];
  choices?: Array<{ value: unknown }>;
  autocomplete?: boolean;
};

type Resolved = Record<string, Record<string, unknown>>;

export function buildOptions(
  model: EmulatorModel,
  guild: GuildState,
  command: APIApplicationCommand,
  subcommand: string | undefined,
  values: Record<string, CommandOptionValue>,
  focused: string | undefined,
): { options: Array<Record<string, unknown>>; resolved: Resolved | undefined } {
  let defs = (command.options ?? []) as unknown as Def[];
  const wrap: Array<(inner: Array<Record<string, unknown>>) => Array<Record<string, unknown>>> = [];
  for (const part of subcommand?.split(" ").filter((p) => p.length > 0) ?? []) {
    const def = defs.find((d) => d.name === part && (d.type === 1 || d.type === 2));
    if (def === undefined) throw new Error(`/${command.name} has no subcommand "${part}"`);
    defs = def.options ?? [];
    wrap.push((inner) => [{ type: def.type, name: def.name, options: inner }]);
  }
  if (wrap.length === 0 && defs.some((d) => d.type === 1 || d.type === 2)) {
    throw new Error(`/${command.name} needs a subcommand (${defs.map((d) => d.name).join(", ")})`);
  }
  const resolved: Resolved = {};
  const options: Array<Record<string, unknown>> = [];
  for (const [name, raw] of Object.entries(values)) {
    const def = defs.find((d) => d.name === name);
    if (def === undefined) throw new Error(`/${command.name} has no option "${name}"`);
    const option: Record<string, unknown> = { name, type: def.type };
    if (name === focused) {
      option.value = String(raw);
      option.focused = true;
      options.push(option);
      continue;
    }
    option.value = optionValue(model, guild, command.name, def, raw, resolved);
    if (
      def.choices !== undefined &&
      def.choices.length > 0 &&
      !def.choices.some((c) => c.value === option.value)
    ) {
      throw new Error(`/${command.name} option "${name}" must be one of its choices`);
    }
    options.push(option);
  }
  if (focused !== undefined && !options.some((o) => o.focused === true)) {
    options.push({
      name: focused,
      type: defs.find((d) => d.name === focused)?.type ?? 3,
      value: "",
      focused: true,
    });
  }
  if (focused === undefined) {
    for (const def of defs) {
      if (def.required === true && !(def.name in values))
        throw new Error(`/${command.name} option "${def.name}" is required`);
    }
  }
  const nested = wrap.reduceRight((inner, fn) => fn(inner), options);
  return { options: nested, resolved: Object.keys(resolved).length > 0 ? resolved : undefined };
}

function optionValue(
  model: EmulatorModel,
  guild: GuildState,
  commandName: string,
  def: { type: number; name: string },
  raw: CommandOptionValue,
  resolved: Resolved,
): CommandOptionValue {
  const fail = (what: string) => new Error(`/${commandName} option "${def.name}" must be ${what}`);
  switch (def.type) {
    case 3:
      return String(raw);
    case 4:
      if (typeof raw !== "number" || !Number.isInteger(raw)) throw fail("an integer");
      return raw;
    case 10:
      if (typeof raw !== "number") throw fail("a number");
      return raw;
    case 5:
      if (typeof raw !== "boolean") throw fail("a boolean");
      return raw;
    case 6:
    case 9: {
      const user = model.users.get(String(raw));
      if (user === undefined) throw fail("a known user id");
      resolved.users = { ...resolved.users, [user.id]: user };
      const { user: _u, ...member } = memberPayload(guild, user, ALL_PERMISSIONS);
      resolved.members = { ...resolved.members, [user.id]: member };
      return user.id;
    }
    case 7: {
      const channel = model.findChannel(String(raw), guild.id);
      if (channel === undefined) throw fail("a channel name or id");
      resolved.channels = {
        ...resolved.channels,
        [channel.id]: {
          id: channel.id,
          name: channel.name,
          type: channel.type,
          permissions: ALL_PERMISSIONS.toString(),
        },
      };
      return channel.id;
    }
    case 8: {
      const role = guild.roles.get(String(raw));
      if (role === undefined) throw fail("a role id");
      resolved.roles = { ...resolved.roles, [role.id]: rolePayload(role) };
      return role.id;
    }
    default:
      return raw;
  }
}
