import {
  ApplicationCommandOptionType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Article } from "../src/articles/types.js";
import {
  assertFetchable,
  fetchForUser,
  findArticle,
  looksLikeUrl,
  requireArticle,
  respondWithArticles,
  visibleTo,
} from "../src/discord/articles.js";
import type { Command } from "../src/discord/command.js";
import { findByArticleKey } from "../src/discord/components.js";
import { serverLocaleFor } from "../src/discord/guild-settings.js";
import type { CommandInteraction, ComponentInteraction } from "../src/discord/interaction.js";
import { readOptions } from "../src/discord/options.js";
import { escapeText, forEdit, LIMITS, renderChoice, truncate } from "../src/discord/render.js";
import { INTERACTION_BUDGET_MS } from "../src/discord/summarize-flow.js";
import { listSpeakers, renderQuotesPage, speakerLabel } from "../src/discord/views.js";
import { localizedUserError } from "../src/errors.js";
import { translator } from "../src/i18n/t.js";
import type { QuoteCache } from "../src/quotes/cache.js";
import type { Quote } from "../src/quotes/types.js";
import { WorkTimeoutError } from "../src/work/threads.js";

export const data = {
  name: "quotes",
  description: "Who said what in an article",
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "article",
      description: "Start typing a title, or paste an address",
      required: true,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "speaker",
      description: "Only this person's quotes",
      required: false,
      autocomplete: true,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** How long speaker suggestions wait for an article's first extraction: autocomplete cannot be
 * deferred, so past this the list is empty and the quotes are ready for the next keystroke. */
const AUTOCOMPLETE_WAIT_MS = 1_500;

/** The article's quotes; an article that ran over the extraction's time limit is the reader's
 * answer, not a bug. */
async function quotesOf(quotes: QuoteCache, article: Article): Promise<Quote[]> {
  try {
    return await quotes.of(article);
  } catch (error) {
    if (!(error instanceof WorkTimeoutError)) throw error;
    throw localizedUserError("quotes.tooSlow", { title: truncate(escapeText(article.title), 150) });
  }
}

/** The article's quotes if they are ready within `ms`, else none (nothing is cancelled). */
async function quotesWithin(quotes: QuoteCache, article: Article, ms: number): Promise<Quote[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Quote[]>((resolve) => {
    timer = setTimeout(() => resolve([]), ms);
  });
  try {
    return await Promise.race([quotes.of(article).catch(() => []), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Replies with the first page of an article's quotes, optionally one speaker's (edits a deferred reply). */
export async function showQuotes(
  interaction: CommandInteraction | ComponentInteraction,
  article: Article,
  speaker: string | null,
  quotes: QuoteCache,
  /** The labels' language: the server's (`serverLocaleFor`), since the page is public. */
  locale?: string,
): Promise<void> {
  const all = await quotesOf(quotes, article);
  if (all.length === 0) {
    throw localizedUserError("quotes.none", { title: truncate(escapeText(article.title), 150) });
  }
  let speakerIndex: number | null = null;
  if (speaker !== null) {
    const speakers = listSpeakers(all);
    const wanted = speaker.trim().toLowerCase();
    // The reader may type the speaker as the autocomplete shows it ("Sin atribuir").
    const tr = translator(interaction.locale);
    speakerIndex = speakers.findIndex(
      (name) => name.toLowerCase() === wanted || speakerLabel(name, tr).toLowerCase() === wanted,
    );
    if (speakerIndex < 0) {
      throw localizedUserError("quotes.noSpeaker", { speaker: truncate(escapeText(speaker), 80) });
    }
  }
  const page = renderQuotesPage(article, all, 1, speakerIndex, locale);
  if (interaction.deferred) await interaction.editReply(forEdit(page));
  else await interaction.reply(page);
}

export default {
  data,
  async execute(interaction, deps) {
    const options = readOptions(interaction.options, data);
    const speaker = options.speaker ?? null;
    const visible = visibleTo(deps, interaction);
    const found = await findArticle(visible, options.article);
    if (found || !looksLikeUrl(options.article)) {
      await showQuotes(
        interaction,
        found ?? (await requireArticle(visible, options.article)),
        speaker,
        deps.quotes,
        await serverLocaleFor(deps, interaction),
      );
      return;
    }
    // A pasted link outside the corpus: refuse what can never be fetched while the answer can
    // still be ephemeral, then defer, since fetching can take seconds.
    assertFetchable(deps, options.article);
    await interaction.deferReply();
    const signal = AbortSignal.timeout(INTERACTION_BUDGET_MS);
    await showQuotes(
      interaction,
      await fetchForUser(deps, options.article, signal, interaction),
      speaker,
      deps.quotes,
      await serverLocaleFor(deps, interaction),
    );
  },
  async autocomplete(interaction, deps) {
    const { focused } = interaction;
    if (focused.name !== "speaker") {
      await respondWithArticles(interaction, deps);
      return;
    }
    const ref = interaction.options.getString("article") ?? "";
    const article = await findArticle(visibleTo(deps, interaction), ref);
    const query = focused.value.trim().toLowerCase();
    const speakers = article
      ? listSpeakers(await quotesWithin(deps.quotes, article, AUTOCOMPLETE_WAIT_MS))
      : [];
    const tr = translator(interaction.locale);
    const choices = speakers
      .map((name) => ({ name, label: speakerLabel(name, tr) }))
      .filter(
        ({ name, label }) =>
          name.toLowerCase().includes(query) || label.toLowerCase().includes(query),
      )
      .map(({ name, label }) => renderChoice(label, name))
      .filter((choice) => choice !== null)
      .slice(0, LIMITS.choices);
    await interaction.respond(choices);
  },
  async handleComponent(interaction, parsed, deps) {
    const [id = "", pageArg, speakerArg = ""] = parsed.args;
    const article = await findByArticleKey(visibleTo(deps, interaction), id);
    if (!article) throw localizedUserError("article.gone");
    if (parsed.action !== "page") throw new Error(`unknown quotes action ${parsed.action}`);
    const speakerIndex = speakerArg === "" ? null : Number(speakerArg);
    const locale = await serverLocaleFor(deps, interaction);
    await interaction.update(
      forEdit(
        renderQuotesPage(
          article,
          await quotesOf(deps.quotes, article),
          Number(pageArg),
          speakerIndex,
          locale,
        ),
      ),
    );
  },
} satisfies Command;
