/**
 * A Discord API v10-compatible server on loopback (REST + gateway) that the real discord.js client
 * logs into. It drives the bot's end-to-end tests, the digest tests and the local playground.
 * See docs/adr/0002-discord-emulator.md for what it covers and what it does not.
 *
 * Usage:
 *   const discord = await startEmulator();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], ...buildClientOptions(discord) });
 *   // (the bot itself only needs `rest: { api: discord.apiUrl }`; the options also skip the 5 s
 *   // identify spacing)
 *   const ready = once(client, Events.ClientReady);    // node:events once
 *   await client.login(discord.token);
 *   await ready;                                        // READY + GUILD_CREATE reached discord.js
 *   const run = await discord.runCommand({ name: "summarize", options: { article: "x" } });
 *   await run.waitFor((h) => h.original() !== undefined);
 */
import type {
  APIAllowedMentions,
  APIApplicationCommand,
  APIEmbed,
  APIMessageTopLevelComponent,
} from "discord.js";
import { launchEmulator } from "./server.js";
import { noWaitIdentifyThrottler } from "./throttler.js";
import type { Emulator, EmulatorOptions } from "./types.js";

export type * from "./types.js";
export type { APIAllowedMentions, APIApplicationCommand, APIEmbed, APIMessageTopLevelComponent };

/** The discord.js `ClientOptions` that point a client at the emulator and skip the 5 s identify
 *  spacing: `new Client({ intents, ...buildClientOptions(discord) })`. */
export function buildClientOptions(emulator: Pick<Emulator, "apiUrl">): {
  rest: { api: string };
  ws: { buildIdentifyThrottler: () => typeof noWaitIdentifyThrottler };
} {
  return {
    rest: { api: emulator.apiUrl },
    ws: { buildIdentifyThrottler: () => noWaitIdentifyThrottler },
  };
}

/** Starts the emulator on loopback. Close it with `close()`. */
export function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return launchEmulator(options);
}

export { shardOf } from "./gateway.js";
export { mentionsPinged } from "./mentions.js";
export { noWaitIdentifyThrottler };
