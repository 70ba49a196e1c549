import type { APIEmbed } from "discord.js";
import type { Digest, DigestEntry } from "../digests/types.js";
import { DEFAULT_LOCALE } from "../i18n/locales.js";
import { type Translate, translator } from "../i18n/t.js";
import { quoteForReader } from "../quotes/reader-text.js";
import { renderStory } from "./briefing-render.js";
import {
  discordTimestamp,
  escapeText,
  LIMITS,
  type RenderedMessage,
  renderMessage,
  truncate,
} from "./render.js";

/** Caps per article embed, so that several fit in one message (6000 characters in all). */
export const DIGEST_LIMITS = {
  title: LIMITS.embedTitle,
  summary: 1500,
  quote: 400,
  speaker: 100,
  footer: 200,
} as const;

const EMBED_COLOR = 0x2b6cb0;

/** One article as an embed: title linking to the URL, summary, telling quote, source and date. */
export function renderDigestEntry(
  entry: DigestEntry,
  t: Translate = translator(DEFAULT_LOCALE),
): APIEmbed {
  let description = truncate(
    escapeText(entry.summary.trim() || t("digest.noSummary")),
    DIGEST_LIMITS.summary,
  );
  if (entry.quote) {
    const quote = truncate(escapeText(quoteForReader(entry.quote.text)), DIGEST_LIMITS.quote);
    const speaker = truncate(escapeText(entry.quote.speaker.trim()), DIGEST_LIMITS.speaker);
    description += `\n\n> “${quote}”\n> — ${speaker}`;
  }
  const embed: APIEmbed = {
    title: truncate(escapeText(entry.title.trim() || entry.source), DIGEST_LIMITS.title),
    description,
    footer: { text: truncate(`${entry.source} · ${entry.date}`, DIGEST_LIMITS.footer) },
    color: EMBED_COLOR,
  };
  if (/^https?:\/\//i.test(entry.url)) embed.url = entry.url;
  return embed;
}

function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0)
  );
}

/** Packs embeds into messages: at most 10 embeds and 6000 characters of embed text each. */
export function packEmbeds(embeds: readonly APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedSize(embed);
    if (
      current.length > 0 &&
      (current.length >= LIMITS.embeds || size + length > LIMITS.embedTotal)
    ) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

/** A briefing digest whose stories the LLM could not write because the server's budget was spent. */
function budgetNote(digest: Digest, t: Translate): string {
  const spent = digest.stories?.some(
    (s) => s.fallback?.kind === "llm-skipped" && s.fallback.reason === "budget",
  );
  return spent ? `\n-# ${t("briefing.engineBudget")}` : "";
}

/** The header line of a digest's first message. */
export function renderDigestHeader(
  digest: Digest,
  t: Translate = translator(DEFAULT_LOCALE),
): string {
  const count = digest.entries.length;
  const params = { count, since: discordTimestamp(digest.since, "f") };
  if (digest.sample) return t(count === 1 ? "digest.sampleOne" : "digest.sampleMany", params);
  return t(count === 1 ? "digest.headerOne" : "digest.headerMany", params);
}

/**
 * Renders a digest into the messages to post, in order, through the renderer (limits, escaping,
 * no mentions). The first carries the header; an empty digest is one short line. A channel has no
 * single reader, so the words follow `locale`: the server's (`serverLocale`), English by default.
 */
export function renderDigest(digest: Digest, locale?: string | null): RenderedMessage[] {
  const t = translator(locale);
  if (digest.entries.length === 0) {
    return [
      renderMessage({
        content: t("digest.emptyPost", { since: discordTimestamp(digest.since, "f") }),
      }),
    ];
  }
  const embeds = digest.stories
    ? digest.stories.map((story) => renderStory(story, t, { llmStories: 0 }))
    : digest.entries.map((entry) => renderDigestEntry(entry, t));
  const pages = packEmbeds(embeds);
  return pages.map((embeds, index) => {
    const content =
      index === 0
        ? renderDigestHeader(digest, t) + budgetNote(digest, t)
        : t("digest.continued", { page: index + 1, pages: pages.length });
    return renderMessage({ content, embeds });
  });
}
