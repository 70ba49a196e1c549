import { pathToFileURL } from "node:url";
import { REST, type RESTGetCurrentApplicationResult, Routes } from "discord.js";
import { commands } from "../commands/index.js";
import { type Config, loadConfig } from "./config.js";
import type { Command } from "./discord/command.js";

/**
 * `npm run deploy-commands`: registers the slash commands from the same static list the dispatcher
 * uses — to DISCORD_GUILD_ID when set (instant, for development), else globally.
 */
export async function deployCommands(
  config: Config,
  list: readonly Command[] = commands,
): Promise<{ scope: "guild" | "global"; count: number }> {
  if (!config.DISCORD_TOKEN) throw new Error("DISCORD_TOKEN is not set.");
  const rest = new REST({
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
  }).setToken(config.DISCORD_TOKEN);
  const applicationId =
    config.DISCORD_APPLICATION_ID ??
    ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
  const body = list.map((command) => command.data);
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(applicationId, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(applicationId);
  await rest.put(route, { body });
  return { scope: config.DISCORD_GUILD_ID ? "guild" : "global", count: body.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = loadConfig();
  try {
    const { scope, count } = await deployCommands(config);
    process.stdout.write(
      scope === "guild"
        ? `Registered ${count} commands in guild ${config.DISCORD_GUILD_ID}.\n`
        : `Registered ${count} global commands (they can take up to an hour to appear).\n`,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Could not register the commands: ${message}\n`);
    process.exit(1);
  }
}
