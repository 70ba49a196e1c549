import {
  ApplicationCommandOptionType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { respondWithArticles } from "../src/discord/articles.js";
import type { Command } from "../src/discord/command.js";
import { readOptions } from "../src/discord/options.js";
import { runSummary } from "../src/discord/summarize-flow.js";

export const data = {
  name: "summarize",
  description: "Summarize a news article",
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "url",
      description: "Start typing a title, or paste an address",
      required: true,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "length",
      description: "How long (default medium)",
      required: false,
      choices: [
        { name: "short", value: "short" },
        { name: "medium", value: "medium" },
        { name: "long", value: "long" },
      ],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "format",
      description: "A paragraph or bullet points (default paragraph)",
      required: false,
      choices: [
        { name: "paragraph", value: "paragraph" },
        { name: "bullets", value: "bullets" },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  data,
  async execute(interaction, deps) {
    const options = readOptions(interaction.options, data);
    await runSummary(
      interaction,
      {
        article: options.url,
        length: options.length ?? null,
        format: options.format ?? null,
      },
      deps,
    );
  },
  async autocomplete(interaction, deps) {
    await respondWithArticles(interaction, deps);
  },
} satisfies Command;
