import {
  ApplicationCommandOptionType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Command } from "../src/discord/command.js";
import { readOptions } from "../src/discord/options.js";
import { DEFAULT_CHOICE, runSettings } from "../src/discord/settings-flow.js";
import { localizeCommand } from "../src/i18n/localize.js";

const reset = { name: "default (clear)", value: DEFAULT_CHOICE } as const;

export const data = localizeCommand({
  name: "settings",
  description: "Show or change this server's settings",
  contexts: [InteractionContextType.Guild],
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "language",
      description: "Language of summaries and briefings (needs an AI model)",
      required: false,
      choices: [
        reset,
        { name: "en", value: "en" },
        { name: "de", value: "de" },
        { name: "fr", value: "fr" },
        { name: "es", value: "es" },
        { name: "pt-BR", value: "pt-BR" },
        { name: "pt", value: "pt" },
        { name: "ja", value: "ja" },
        { name: "it", value: "it" },
        { name: "nl", value: "nl" },
        { name: "pl", value: "pl" },
        { name: "uk", value: "uk" },
        { name: "zh", value: "zh" },
        { name: "ko", value: "ko" },
      ],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "length",
      description: "Default summary length",
      required: false,
      choices: [
        reset,
        { name: "short", value: "short" },
        { name: "medium", value: "medium" },
        { name: "long", value: "long" },
      ],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "format",
      description: "Default summary format",
      required: false,
      choices: [
        reset,
        { name: "paragraph", value: "paragraph" },
        { name: "bullets", value: "bullets" },
      ],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "digest-style",
      description: "Digests as a list of articles or as a briefing of stories",
      required: false,
      choices: [reset, { name: "list", value: "list" }, { name: "briefing", value: "briefing" }],
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: "llm-budget",
      description: "AI answers per hour for this server (up to the operator's cap)",
      required: false,
      min_value: 0,
      max_value: 100000,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody);

export default {
  data,
  async execute(interaction, deps) {
    const options = readOptions(interaction.options, data);
    await runSettings(
      interaction,
      {
        language: options.language,
        length: options.length,
        format: options.format,
        digestStyle: options["digest-style"],
        llmBudget: options["llm-budget"],
      },
      deps,
    );
  },
} satisfies Command;
