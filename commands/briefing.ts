import {
  ApplicationCommandOptionType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { runBriefing } from "../src/discord/briefing-flow.js";
import type { Command } from "../src/discord/command.js";
import { readOptions } from "../src/discord/options.js";
import { localizeCommand } from "../src/i18n/localize.js";

export const data = localizeCommand({
  name: "briefing",
  description: "The news since a time, grouped into stories, with their sources",
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "since",
      description: "Since when: 24h, 3d, 2w or a day such as 2026-11-25 (default 24h)",
      required: false,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "source",
      description: "Only articles from this source (e.g. example.com)",
      required: false,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "feed",
      description: "Only articles from this feed (its id, as /feed list shows)",
      required: false,
      max_length: 17,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody);

export default {
  data,
  async execute(interaction, deps) {
    const options = readOptions(interaction.options, data);
    await runBriefing(
      interaction,
      { since: options.since, source: options.source, feed: options.feed },
      deps,
    );
  },
} satisfies Command;
