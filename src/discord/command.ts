import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { BotDeps } from "../deps.js";
import type { ComponentId } from "./components.js";
import type {
  AutocompleteInteraction,
  CommandInteraction,
  ComponentInteraction,
} from "./interaction.js";

/**
 * A slash command: its JSON definition (declared `as const`, so option types derive from it) and
 * its handlers, written against the transport-neutral interaction (src/discord/interaction.ts), so
 * the same module answers over the gateway and over HTTP. Each `commands/<name>.ts` default-exports
 * one; `commands/index.ts` lists them all.
 */
export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: CommandInteraction, deps: BotDeps): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, deps: BotDeps): Promise<void>;
  /** Buttons whose custom id starts with this command's name. */
  handleComponent?(
    interaction: ComponentInteraction,
    parsed: ComponentId,
    deps: BotDeps,
  ): Promise<void>;
}
