import {
  ApplicationCommandOptionType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import {
  assertFetchable,
  fetchForUser,
  matchTeamPages,
  requireArticle,
  respondWithArticles,
  visibleTo,
} from "../src/discord/articles.js";
import type { Command } from "../src/discord/command.js";
import { findByArticleKey } from "../src/discord/components.js";
import { serverLocaleFor } from "../src/discord/guild-settings.js";
import { hasPermission } from "../src/discord/interaction.js";
import { readOptions } from "../src/discord/options.js";
import { escapeText, forEdit, truncate } from "../src/discord/render.js";
import { INTERACTION_BUDGET_MS, runSummary } from "../src/discord/summarize-flow.js";
import { renderArticlePage } from "../src/discord/views.js";
import { localizedUserError } from "../src/errors.js";
import { t } from "../src/i18n/t.js";
import { showQuotes } from "./quotes.js";

export const data = {
  name: "article",
  description: "Read a news article from the corpus",
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "latest",
      description: "The newest article",
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "show",
      description: "One article, by title, id or address",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "article",
          description: "Start typing a title, or paste an address",
          required: true,
          autocomplete: true,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "search",
      description: "The article that best matches some words",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "query",
          description: "Words to look for",
          required: true,
          max_length: 200,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "add",
      description: "Fetch a page and make it team content of this server (Manage Messages)",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "url",
          description: "The page's address (http or https)",
          required: true,
          max_length: 2000,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const SEARCH_ALSO = 5;

export default {
  data,
  async execute(interaction, deps) {
    const options = readOptions(interaction.options, data);
    switch (options.subcommand) {
      case "latest": {
        const article = await visibleTo(deps, interaction).latest();
        if (!article) throw localizedUserError("article.empty");
        const locale = await serverLocaleFor(deps, interaction);
        await interaction.reply(renderArticlePage(article, 1, { locale }));
        return;
      }
      case "show": {
        const article = await requireArticle(visibleTo(deps, interaction), options.article);
        const locale = await serverLocaleFor(deps, interaction);
        await interaction.reply(renderArticlePage(article, 1, { locale }));
        return;
      }
      case "add": {
        // Team content is a moderator's call: a page fetched by anyone else stays theirs alone.
        if (!hasPermission(interaction.memberPermissions, PermissionFlagsBits.ManageMessages)) {
          throw localizedUserError("article.needManageMessages");
        }
        assertFetchable(deps, options.url);
        await interaction.deferReply();
        const signal = AbortSignal.timeout(INTERACTION_BUDGET_MS);
        const article = await fetchForUser(deps, options.url, signal, interaction, { team: true });
        await interaction.editReply(
          forEdit(
            renderArticlePage(article, 1, {
              content: t(interaction.locale, "article.added"),
              locale: await serverLocaleFor(deps, interaction),
            }),
          ),
        );
        return;
      }
      case "search": {
        const found = await deps.corpus.search(options.query, SEARCH_ALSO + 1, {
          userId: interaction.user.id,
          guildId: interaction.guildId ?? undefined,
        });
        // The server's own added pages (/article add) that hold every word, before the index's.
        const team =
          deps.fetchedPages && interaction.guildId
            ? matchTeamPages(
                await deps.fetchedPages.teamPages(interaction.guildId),
                options.query,
                "text",
              )
            : [];
        const hits = [
          ...team.map((article) => ({ article })),
          ...found.filter((hit) => !team.some((page) => page.id === hit.article.id)),
        ].slice(0, SEARCH_ALSO + 1);
        const [best, ...others] = hits;
        if (!best) {
          throw localizedUserError("article.noMatch", {
            query: truncate(options.query.replace(/`/g, "'"), 80),
          });
        }
        const content =
          others.length > 0
            ? t(interaction.locale, "article.alsoMatching", {
                list: others
                  .map(
                    (hit) =>
                      `${escapeText(hit.article.title)} (\`${hit.article.id.replace(/`/g, "'")}\`)`,
                  )
                  .join(" · "),
              })
            : undefined;
        const locale = await serverLocaleFor(deps, interaction);
        await interaction.reply(
          renderArticlePage(
            best.article,
            1,
            content === undefined ? { locale } : { content, locale },
          ),
        );
        return;
      }
    }
  },
  async autocomplete(interaction, deps) {
    await respondWithArticles(interaction, deps);
  },
  async handleComponent(interaction, parsed, deps) {
    const [id = "", pageArg] = parsed.args;
    const article = await findByArticleKey(visibleTo(deps, interaction), id);
    if (!article) {
      throw localizedUserError("article.gone");
    }
    // The buttons are on a public message: their labels stay in the server's language.
    const locale = await serverLocaleFor(deps, interaction);
    switch (parsed.action) {
      case "page":
        await interaction.update(forEdit(renderArticlePage(article, Number(pageArg), { locale })));
        return;
      case "summary":
        await runSummary(interaction, { article }, deps);
        return;
      case "quotes":
        await showQuotes(interaction, article, null, deps.quotes, locale);
        return;
      default:
        throw new Error(`unknown article action ${parsed.action}`);
    }
  },
} satisfies Command;
