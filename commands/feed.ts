import {
  ApplicationCommandOptionType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { BotDeps } from "../src/deps.js";
import type { Command } from "../src/discord/command.js";
import { describeFeed, describePreview } from "../src/discord/feed-views.js";
import { type CommandInteraction, hasPermission } from "../src/discord/interaction.js";
import { readOptions } from "../src/discord/options.js";
import {
  escapeText,
  forEdit,
  renderChoice,
  renderMessage,
  renderNotice,
} from "../src/discord/render.js";
import { localizedUserError } from "../src/errors.js";
import type { FeedScope, FeedService } from "../src/feeds/service.js";
import { translator } from "../src/i18n/t.js";

const feedOption = {
  type: ApplicationCommandOptionType.String,
  name: "feed",
  description: "Which feed (start typing its title or address)",
  required: true,
  autocomplete: true,
  max_length: 300,
} as const;

export const data = {
  name: "feed",
  description: "RSS, Atom and JSON feeds whose articles this server reads and gets in digests",
  contexts: [InteractionContextType.Guild],
  default_member_permissions: String(PermissionFlagsBits.ManageChannels),
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "add",
      description: "Follow a feed: checks it and shows its newest items",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "url",
          description: "The feed's address (RSS, Atom or JSON Feed)",
          required: true,
          max_length: 500,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "list",
      description: "The feeds this server follows, with their status",
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "remove",
      description: "Stop following a feed (its articles stay)",
      options: [feedOption],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "pause",
      description: "Stop taking new articles from a feed for now",
      options: [feedOption],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "resume",
      description: "Resume a paused feed, or turn a disabled one back on",
      options: [feedOption],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

function feedsOf(deps: BotDeps): FeedService {
  if (!deps.feedService) throw localizedUserError("feed.notEnabled");
  return deps.feedService;
}

function scopeOf(interaction: CommandInteraction): NonNullable<FeedScope> {
  if (interaction.guildId === null || interaction.channelId === null) {
    throw localizedUserError("feed.guildOnly");
  }
  return {
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
    guildLocale: interaction.raw.guild_locale ?? null,
  };
}

export default {
  data,
  async execute(interaction, deps) {
    const scope = scopeOf(interaction);
    // default_member_permissions is only a default: server admins can open the command to anyone.
    if (!hasPermission(interaction.memberPermissions, PermissionFlagsBits.ManageChannels)) {
      throw localizedUserError("feed.needManageChannels");
    }
    // Every /feed reply is ephemeral: worded in the reader's locale.
    const say = translator(interaction.locale);
    const feeds = feedsOf(deps);
    const options = readOptions(interaction.options, data);
    switch (options.subcommand) {
      case "add": {
        await interaction.deferReply({ ephemeral: true });
        const result = await feeds.add(options.url, scope);
        await interaction.editReply(forEdit(describePreview(result, say)));
        return;
      }
      case "list": {
        const list = await feeds.list(scope);
        if (list.length === 0) {
          await interaction.reply(renderNotice(say("feed.none")));
          return;
        }
        await interaction.reply(
          renderMessage({
            content: say("feed.listTitle", { count: list.length }),
            embeds: list.slice(0, 10).map((feed) => describeFeed(feed, scope.guildId, say)),
            ephemeral: true,
          }),
        );
        for (let i = 10; i < list.length; i += 10) {
          await interaction.followUp(
            renderMessage({
              embeds: list.slice(i, i + 10).map((feed) => describeFeed(feed, scope.guildId, say)),
              ephemeral: true,
            }),
          );
        }
        return;
      }
      case "remove": {
        const { feed } = await feeds.remove(options.feed, scope);
        await interaction.reply(
          renderNotice(say("feed.removed", { title: escapeText(feed.title) })),
        );
        return;
      }
      case "pause": {
        const feed = await feeds.pause(options.feed, scope);
        await interaction.reply(
          renderNotice(say("feed.paused", { title: escapeText(feed.title) })),
        );
        return;
      }
      case "resume": {
        const feed = await feeds.resume(options.feed, scope);
        await interaction.reply(
          renderNotice(say("feed.resumed", { title: escapeText(feed.title) })),
        );
        return;
      }
    }
  },
  async autocomplete(interaction, deps) {
    const service = deps.feedService;
    const allowed = hasPermission(
      interaction.memberPermissions,
      PermissionFlagsBits.ManageChannels,
    );
    if (!service || interaction.guildId === null || !allowed) {
      await interaction.respond([]);
      return;
    }
    const typed = interaction.focused.value.trim().toLowerCase();
    const list = await service.list({
      guildId: interaction.guildId,
      channelId: interaction.channelId ?? "",
      userId: interaction.user.id,
    });
    const choices = list
      .filter(
        (feed) =>
          typed === "" ||
          feed.title.toLowerCase().includes(typed) ||
          feed.url.toLowerCase().includes(typed),
      )
      .slice(0, 25)
      .map((feed) => renderChoice(`${feed.title} (${feed.url})`, feed.id))
      .filter((choice) => choice !== null);
    await interaction.respond(choices);
  },
} satisfies Command;
