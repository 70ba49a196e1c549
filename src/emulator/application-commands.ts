import type { APIApplicationCommand } from "discord.js";
import { checkCommandBody } from "./commands.js";
import { DiscordErrors } from "./http.js";
import { type EmulatorModel, isRecord } from "./model.js";
import type { RouteContext, RouteTable } from "./router.js";

/** Application commands: global and per-guild registrations and their REST routes. */

/** Registered commands: global when guildId is omitted, else that guild's. */
export function listCommands(model: EmulatorModel, guildId?: string): APIApplicationCommand[] {
  const map = guildId === undefined ? model.globalCommands : model.guildCommands.get(guildId);
  return [...(map?.values() ?? [])];
}

function commandMap(
  model: EmulatorModel,
  ctx: RouteContext,
  create: boolean,
): Map<string, APIApplicationCommand> {
  if (ctx.params.appId !== model.applicationId) throw DiscordErrors.unknownApplication();
  const guildId = ctx.params.guildId;
  if (guildId === undefined) return model.globalCommands;
  if (!model.guilds.has(guildId)) throw DiscordErrors.missingAccess();
  let map = model.guildCommands.get(guildId);
  if (map === undefined) {
    map = new Map();
    if (create) model.guildCommands.set(guildId, map);
  }
  return map;
}

function normalizeCommand(
  model: EmulatorModel,
  body: unknown,
  index: number | null,
  guildId: string | undefined,
  existing: APIApplicationCommand | undefined,
): APIApplicationCommand {
  const errors = checkCommandBody(body);
  if (errors !== null)
    throw DiscordErrors.invalidFormBody(index === null ? errors : { [index]: errors });
  const fields = body as Record<string, unknown>;
  const command: Record<string, unknown> = {
    id: existing?.id ?? model.nextId(),
    application_id: model.applicationId,
    version: model.nextId(),
    default_member_permissions: fields.default_member_permissions ?? null,
    type: typeof fields.type === "number" ? fields.type : 1,
    name: fields.name,
    name_localizations: fields.name_localizations ?? null,
    description: typeof fields.description === "string" ? fields.description : "",
    description_localizations: fields.description_localizations ?? null,
    dm_permission: fields.dm_permission ?? true,
    contexts: fields.contexts ?? null,
    integration_types: fields.integration_types ?? [0],
    nsfw: fields.nsfw ?? false,
  };
  if (guildId !== undefined) command.guild_id = guildId;
  if (Array.isArray(fields.options)) command.options = fields.options;
  return command as unknown as APIApplicationCommand;
}

function emitCommands(model: EmulatorModel, ctx: RouteContext): void {
  const guildId = ctx.params.guildId ?? null;
  model.emit("commands", guildId, listCommands(model, guildId ?? undefined));
}

/** PUT: replaces the whole list; names must be unique per command type. */
function overwriteCommands(model: EmulatorModel, ctx: RouteContext) {
  const map = commandMap(model, ctx, true);
  if (!Array.isArray(ctx.body))
    throw DiscordErrors.invalidFormBody({
      _errors: [{ code: "BASE_TYPE_ARRAY", message: "Must be an array." }],
    });
  const names = new Set<string>();
  const normalized = ctx.body.map((body: unknown, i) => {
    const name = isRecord(body) && typeof body.name === "string" ? body.name : "";
    const key = `${isRecord(body) && typeof body.type === "number" ? body.type : 1}:${name}`;
    if (names.has(key)) {
      throw DiscordErrors.invalidFormBody({
        [i]: {
          name: {
            _errors: [
              {
                code: "APPLICATION_COMMANDS_DUPLICATE_NAME",
                message: `Application command names must be unique`,
              },
            ],
          },
        },
      });
    }
    names.add(key);
    return normalizeCommand(model, body, i, ctx.params.guildId, map.get(name));
  });
  map.clear();
  for (const command of normalized) map.set(command.name, command);
  emitCommands(model, ctx);
  return { status: 200, body: normalized };
}

export function registerCommandRoutes(routes: RouteTable, model: EmulatorModel): void {
  for (const prefix of ["/applications/:appId", "/applications/:appId/guilds/:guildId"]) {
    routes.add("GET", `${prefix}/commands`, true, (ctx) => ({
      status: 200,
      body: [...commandMap(model, ctx, false).values()],
    }));
    routes.add("PUT", `${prefix}/commands`, true, (ctx) => overwriteCommands(model, ctx));
    routes.add("POST", `${prefix}/commands`, true, (ctx) => {
      const map = commandMap(model, ctx, true);
      const name = isRecord(ctx.body) && typeof ctx.body.name === "string" ? ctx.body.name : "";
      const existing = map.get(name);
      const command = normalizeCommand(model, ctx.body, null, ctx.params.guildId, existing);
      map.set(command.name, command);
      emitCommands(model, ctx);
      return { status: existing === undefined ? 201 : 200, body: command };
    });
    const byId = (ctx: RouteContext) => {
      const command = [...commandMap(model, ctx, false).values()].find(
        (c) => c.id === ctx.params.commandId,
      );
      if (command === undefined) throw DiscordErrors.unknownCommand();
      return command;
    };
    routes.add("GET", `${prefix}/commands/:commandId`, true, (ctx) => ({
      status: 200,
      body: byId(ctx),
    }));
    routes.add("PATCH", `${prefix}/commands/:commandId`, true, (ctx) => {
      const current = byId(ctx);
      const map = commandMap(model, ctx, true);
      const patch = isRecord(ctx.body) ? ctx.body : {};
      const command = normalizeCommand(
        model,
        { ...current, ...patch },
        null,
        ctx.params.guildId,
        current,
      );
      map.delete(current.name);
      map.set(command.name, command);
      emitCommands(model, ctx);
      return { status: 200, body: command };
    });
    routes.add("DELETE", `${prefix}/commands/:commandId`, true, (ctx) => {
      const current = byId(ctx);
      commandMap(model, ctx, false).delete(current.name);
      emitCommands(model, ctx);
      return { status: 204 };
    });
  }
}
