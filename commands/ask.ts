import {
  ApplicationCommandOptionType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { runAsk } from "../src/discord/ask-flow.js";
import type { Command } from "../src/discord/command.js";
import { runDiscuss } from "../src/discord/discuss-flow.js";
import { readOptions } from "../src/discord/options.js";

export const data = {
  name: "ask",
  description: "Ask about the article of this thread (press Discuss under an article first)",
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "question",
      description: "Your question: the answer comes from the article only",
      required: true,
      max_length: 300,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  data,
  async execute(interaction, deps) {
    const options = readOptions(interaction.options, data);
    await runAsk(interaction, options.question, deps);
  },
  /** The Discuss button under an article (`ask:discuss:<article key>`). */
  async handleComponent(interaction, parsed, deps) {
    if (parsed.action !== "discuss") throw new Error(`unknown ask action ${parsed.action}`);
    await runDiscuss(interaction, parsed.args[0] ?? "", deps);
  },
} satisfies Command;
