import {
  ApplicationCommandOptionType,
  ChannelType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { BotDeps } from "../src/deps.js";
import type { DigestService } from "../src/digests/service.js";
import type { Command } from "../src/discord/command.js";
import { describeRunOutcome, describeSubscription } from "../src/discord/digest-views.js";
import { settingsFor } from "../src/discord/guild-settings.js";
import { type CommandInteraction, hasPermission } from "../src/discord/interaction.js";
import { readOptions } from "../src/discord/options.js";
import {
  discordTimestamp,
  forEdit,
  type RenderedMessage,
  renderChoice,
  renderMessage,
  renderNotice,
} from "../src/discord/render.js";
import { localizedUserError, UserError } from "../src/errors.js";
import { DEFAULT_LOCALE } from "../src/i18n/locales.js";
import { type Translate, translator } from "../src/i18n/t.js";

const subscriptionOption = {
  type: ApplicationCommandOptionType.String,
  name: "subscription",
  description: "Which subscription (start typing the channel)",
  required: true,
  autocomplete: true,
  max_length: 100,
} as const;

export const data = {
  name: "digest",
  description: "Scheduled news digests posted to a channel",
  contexts: [InteractionContextType.Guild],
  default_member_permissions: String(PermissionFlagsBits.ManageChannels),
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "subscribe",
      description: "Post a digest of new articles to a channel on a schedule",
      options: [
        {
          type: ApplicationCommandOptionType.Channel,
          name: "channel",
          description: "The text channel to post in",
          required: true,
          channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "schedule",
          description: 'daily HH:MM, weekly DAY HH:MM, or a cron expression ("0 8 * * 1-5")',
          required: true,
          max_length: 100,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "timezone",
          description: "IANA time zone, e.g. Europe/Paris (default UTC)",
          max_length: 64,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "source",
          description: "Only articles from this site, e.g. reuters.com",
          max_length: 100,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "keywords",
          description: "Only articles mentioning any of these words (comma-separated)",
          max_length: 300,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "feed",
          description: "Only articles from this feed (its id, as /feed list shows)",
          max_length: 17,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "length",
          description: "Summary length for each article (default short)",
          choices: [
            { name: "short", value: "short" },
            { name: "medium", value: "medium" },
            { name: "long", value: "long" },
          ],
        },
        {
          type: ApplicationCommandOptionType.Boolean,
          name: "post_empty",
          description: "Post a short line when there is nothing new (default: post nothing)",
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "style",
          description:
            "One embed per article, or grouped into stories (default: /settings, else list)",
          choices: [
            { name: "list", value: "list" },
            { name: "briefing", value: "briefing" },
          ],
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "list",
      description: "This server's digest subscriptions",
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "unsubscribe",
      description: "Stop a digest",
      options: [subscriptionOption],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "pause",
      description: "Pause a digest (it keeps its place)",
      options: [subscriptionOption],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "resume",
      description: "Resume a paused digest",
      options: [subscriptionOption],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "preview",
      description: "Show the next digest to you only, posting nothing",
      options: [subscriptionOption],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "send-now",
      description: "Post the digest now and advance the schedule",
      options: [subscriptionOption],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** What the bot needs in a digest channel. */
export const REQUIRED_CHANNEL_PERMISSIONS = [
  ["permission.viewChannel", PermissionFlagsBits.ViewChannel],
  ["permission.sendMessages", PermissionFlagsBits.SendMessages],
  ["permission.embedLinks", PermissionFlagsBits.EmbedLinks],
] as const;

function digestsOf(deps: BotDeps): DigestService {
  const service = deps.digests;
  if (!service) throw localizedUserError("digest.disabled");
  return service;
}

function requireGuild(interaction: CommandInteraction): string {
  if (interaction.guildId === null) {
    throw localizedUserError("digest.guildOnly");
  }
  return interaction.guildId;
}

/** The bot's missing permissions in the channel (empty when it can post digests there). */
async function missingPermissions(
  deps: BotDeps,
  guildId: string,
  channelId: string,
): Promise<Array<(typeof REQUIRED_CHANNEL_PERMISSIONS)[number][0]>> {
  const channel = await deps.guilds.channel(channelId);
  if (!channel) throw localizedUserError("digest.noChannel");
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) {
    throw localizedUserError("digest.wrongChannel");
  }
  const permissions = await deps.guilds.botPermissionsIn(guildId, channelId);
  return REQUIRED_CHANNEL_PERMISSIONS.filter(([, bit]) => !hasPermission(permissions, bit)).map(
    ([name]) => name,
  );
}

export default {
  data,
  async execute(interaction, deps) {
    const guildId = requireGuild(interaction);
    // default_member_permissions is only a default: server admins can open the command to anyone.
    if (!hasPermission(interaction.memberPermissions, PermissionFlagsBits.ManageChannels)) {
      throw localizedUserError("digest.needManageChannels");
    }
    const digests = digestsOf(deps);
    const say = translator(interaction.locale);
    const options = readOptions(interaction.options, data);
    switch (options.subcommand) {
      case "subscribe": {
        const missing = await missingPermissions(deps, guildId, options.channel);
        if (missing.length > 0) {
          // Discord's own names of the permissions, as its client shows them in each language.
          const names = (t: Translate) => missing.map((key) => t(key)).join(", ");
          const channel = `<#${options.channel}>`;
          const english = translator(DEFAULT_LOCALE);
          throw new UserError(
            english("digest.missingPermissions", { channel, permissions: names(english) }),
            {
              i18n: {
                key: "digest.missingPermissions",
                params: { channel, permissions: names(say) },
              },
            },
          );
        }
        const subscription = await digests.subscribe({
          guildId,
          channelId: options.channel,
          // The service parses (and refuses) the schedule and the time zone.
          schedule: options.schedule,
          timezone: options.timezone ?? null,
          source: options.source ?? null,
          keywords: options.keywords ?? null,
          feed: options.feed ?? null,
          length: options.length ?? null,
          postEmpty: options.post_empty ?? null,
          style: options.style ?? (await settingsFor(deps, guildId)).digestStyle,
          createdBy: interaction.user.id,
          guildLocale: interaction.raw.guild_locale ?? null,
        });
        const next =
          subscription.nextRunAt === null
            ? say("digest.never")
            : `${discordTimestamp(subscription.nextRunAt, "F")} (${discordTimestamp(subscription.nextRunAt, "R")})`;
        await interaction.reply(
          renderNotice(
            say("digest.subscribed", {
              channel: `<#${subscription.channelId}>`,
              id: subscription.id,
              next,
            }),
          ),
        );
        return;
      }
      case "list": {
        const subscriptions = await digests.list(guildId);
        if (subscriptions.length === 0) {
          await interaction.reply(renderNotice(say("digest.none")));
          return;
        }
        await interaction.reply(
          renderMessage({
            content: say("digest.listTitle", { count: subscriptions.length }),
            embeds: subscriptions.slice(0, 10).map((s) => describeSubscription(s, say)),
            ephemeral: true,
          }),
        );
        for (let i = 10; i < subscriptions.length; i += 10) {
          await interaction.followUp(
            renderMessage({
              embeds: subscriptions.slice(i, i + 10).map((s) => describeSubscription(s, say)),
              ephemeral: true,
            }),
          );
        }
        return;
      }
      case "unsubscribe": {
        const removed = await digests.unsubscribe(guildId, options.subscription);
        await interaction.reply(
          renderNotice(
            say("digest.unsubscribed", { channel: `<#${removed.channelId}>`, id: removed.id }),
          ),
        );
        return;
      }
      case "pause": {
        const paused = await digests.pause(guildId, options.subscription);
        await interaction.reply(
          renderNotice(say("digest.paused", { channel: `<#${paused.channelId}>`, id: paused.id })),
        );
        return;
      }
      case "resume": {
        const resumed = await digests.resume(guildId, options.subscription);
        const next =
          resumed.nextRunAt === null
            ? ""
            : ` ${say("digest.nextAt", { when: discordTimestamp(resumed.nextRunAt, "R") })}`;
        await interaction.reply(
          renderNotice(
            `${say("digest.resumed", { channel: `<#${resumed.channelId}>`, id: resumed.id })}${next}`,
          ),
        );
        return;
      }
      case "preview": {
        await interaction.deferReply({ ephemeral: true });
        const { payloads } = await digests.preview(guildId, options.subscription);
        const [first, ...rest] = payloads as RenderedMessage[];
        if (!first) {
          await interaction.editReply(forEdit(renderNotice(say("digest.nothingNew"))));
          return;
        }
        await interaction.editReply(forEdit(first));
        // Already rendered (renderDigest); shown to the moderator only, like the first.
        for (const payload of rest) {
          await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
        }
        return;
      }
      case "send-now": {
        await interaction.deferReply({ ephemeral: true });
        const outcome = await digests.sendNow(guildId, options.subscription);
        const channelId =
          outcome.status === "paused"
            ? (await digests.find(guildId, options.subscription)).channelId
            : null;
        await interaction.editReply(
          forEdit(renderNotice(describeRunOutcome(outcome, say, channelId))),
        );
        return;
      }
    }
  },
  async autocomplete(interaction, deps) {
    const service = deps.digests;
    const allowed = hasPermission(
      interaction.memberPermissions,
      PermissionFlagsBits.ManageChannels,
    );
    if (!service || interaction.guildId === null || !allowed) {
      await interaction.respond([]);
      return;
    }
    const channels = await deps.guilds
      .channelNames(interaction.guildId)
      .catch(() => new Map<string, string>());
    const choices = await service.suggest(
      interaction.guildId,
      interaction.focused.value,
      (id) => channels.get(id) ?? id,
    );
    await interaction.respond(
      choices.map((c) => renderChoice(c.name, c.value)).filter((c) => c !== null),
    );
  },
} satisfies Command;
