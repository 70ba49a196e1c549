import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { BotDeps } from "../deps.js";
import type { ComponentId } from "./components.js";

/**
 * A slash command: its JSON definition (declared `as const`, so option types derive from it) and
 * its handlers. Each `commands/<name>.ts` default-exports one; `commands/index.ts` lists them all.
 */
export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, deps: BotDeps): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, deps: BotDeps): Promise<void>;
  /** Buttons whose custom id starts with this command's name. */
  handleComponent?(
    interaction: MessageComponentInteraction,
    parsed: ComponentId,
    deps: BotDeps,
  ): Promise<void>;
}
