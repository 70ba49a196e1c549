/**
 * A briefing as Discord messages, through the one renderer: one embed per story (headline linking
 * to its first source, the summary with numbered citations, the sources as numbered links, notes
 * on fallbacks and removed sentences, a footer with counts), packed ten embeds and 6000 characters
 * a message. Text comes from the i18n catalogs in the reader's locale; untrusted text is escaped.
 */
import type { APIEmbed } from "discord.js";
import type { Briefing, Story } from "../briefings/types.js";
import type { Translate } from "../i18n/t.js";
import { packEmbeds } from "./digest-render.js";
import {
  discordTimestamp,
  escapeText,
  LIMITS,
  type RenderedMessage,
  renderMessage,
  truncate,
} from "./render.js";

/** Caps per story embed, so that three or more fit in one message. */
export const BRIEFING_LIMITS = {
  summary: 1100,
  sources: 700,
  sourceTitle: 90,
  sourcesShown: 6,
} as const;

const EMBED_COLOR = 0x805ad5;

/** A URL usable in a masked link: http(s) only, with the characters that end one encoded. */
function linkUrl(url: string): string | null {
  if (!/^https?:\/\//i.test(url) || url.length > 512) return null;
  return url.replace(/[()\s<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function citationMarks(citations: readonly number[]): string {
  return citations.map((n) => `\\[${n}\\]`).join("");
}

function storyNotes(story: Story, t: Translate, llmStories: number): string[] {
  const notes: string[] = [];
  if (story.fallback?.kind === "llm-failed") notes.push(t("briefing.fallbackFailed"));
  if (story.fallback?.kind === "llm-unsupported") notes.push(t("briefing.fallbackUnsupported"));
  if (story.fallback?.kind === "llm-skipped" && story.fallback.reason === "limit") {
    notes.push(t("briefing.fallbackLimit", { count: llmStories }));
  }
  if (story.unsupportedRemoved > 0) {
    notes.push(t("briefing.removed", { count: story.unsupportedRemoved }));
  }
  return notes;
}

/** One story as an embed. */
export function renderStory(story: Story, t: Translate, options: { llmStories: number }): APIEmbed {
  const summary = truncate(
    story.sentences.map((s) => `${escapeText(s.text)} ${citationMarks(s.citations)}`).join(" "),
    BRIEFING_LIMITS.summary,
  );
  const sourceLines = story.sources.slice(0, BRIEFING_LIMITS.sourcesShown).map((source) => {
    const title = escapeText(
      truncate(source.title.trim() || source.source, BRIEFING_LIMITS.sourceTitle),
    );
    const url = linkUrl(source.url);
    const link = url ? `[${title}](${url})` : title;
    return `\\[${source.number}\\] ${link} · ${escapeText(source.source)}`;
  });
  if (story.sources.length > BRIEFING_LIMITS.sourcesShown) {
    sourceLines.push(`+${story.sources.length - BRIEFING_LIMITS.sourcesShown}`);
  }
  let sources = "";
  for (const line of sourceLines) {
    if (sources.length + line.length + 1 > BRIEFING_LIMITS.sources) break;
    sources += `${line}\n`;
  }
  const notes = storyNotes(story, t, options.llmStories).map((n) => `-# ${escapeText(n)}`);
  const description = [summary, `**${t("briefing.sources")}**\n${sources.trimEnd()}`, ...notes]
    .filter(Boolean)
    .join("\n\n");
  const embed: APIEmbed = {
    title: truncate(
      escapeText(story.headline.trim() || story.sources[0]?.source || "—"),
      LIMITS.embedTitle,
    ),
    description,
    footer: {
      text: t("briefing.storyFooter", {
        articles: story.size,
        outlets: story.outlets,
        date: story.latest,
      }),
    },
    color: EMBED_COLOR,
  };
  const url = story.sources[0] ? linkUrl(story.sources[0].url) : null;
  if (url) embed.url = url;
  return embed;
}

export interface BriefingRenderContext {
  t: Translate;
  /** The LLM's model name, or null when none is configured. */
  model: string | null;
  /** Stories one briefing lets the LLM write. */
  llmStories: number;
  source?: string | null | undefined;
  /** The feed filter, when one was given. */
  feedId?: string | null | undefined;
  /** Why the LLM was not asked (a budget or cooldown refusal, already worded); null when it was. */
  llmRefusal?: string | null | undefined;
  /** Epoch ms now (for the hint on an empty briefing). */
  now: number;
  /** The summary language asked for by the server, when the LLM did not write in it. */
  missingLanguage?: string | null | undefined;
}

function engineLine(briefing: Briefing, context: BriefingRenderContext): string {
  const { t } = context;
  const model = escapeText(context.model ?? "");
  if (!briefing.llmConfigured) return t("briefing.engineExtractive");
  if (briefing.engine === "llm") return t("briefing.engineLlm", { model });
  const budget = briefing.stories.some(
    (s) => s.fallback?.kind === "llm-skipped" && s.fallback.reason === "budget",
  );
  if (budget) {
    return context.llmRefusal
      ? t("briefing.engineRefused", { reason: context.llmRefusal })
      : t("briefing.engineBudget");
  }
  return t("briefing.engineMixed", { model });
}

/** The briefing's messages, in order: the first carries the header; no story is one short line. */
export function renderBriefing(
  briefing: Briefing,
  context: BriefingRenderContext,
): RenderedMessage[] {
  const { t } = context;
  const since = discordTimestamp(briefing.since, "f");
  if (briefing.stories.length === 0) {
    let content = context.feedId
      ? t("briefing.emptyFeed", { feed: escapeText(context.feedId), since })
      : context.source
        ? t("briefing.emptySource", { source: escapeText(context.source), since })
        : t("briefing.empty", { since });
    const newest = briefing.newestDate
      ? Date.parse(`${briefing.newestDate}T00:00:00Z`)
      : Number.NaN;
    if (!context.source && !context.feedId && Number.isFinite(newest) && newest < briefing.since) {
      const days = Math.max(1, Math.ceil((context.now - newest) / 86_400_000));
      content += `\n${t("briefing.emptyHint", { date: briefing.newestDate!, days })}`;
    }
    return [renderMessage({ content })];
  }
  const lines = [
    t("briefing.header", {
      since,
      stories: briefing.stories.length,
      articles: briefing.articleCount,
    }),
    `-# ${engineLine(briefing, context)}`,
  ];
  if (context.missingLanguage) {
    lines.push(`-# ${t("briefing.noLanguage", { language: escapeText(context.missingLanguage) })}`);
  }
  if (briefing.totalStories > briefing.stories.length) {
    lines.push(
      `-# ${t("briefing.moreStories", { stories: briefing.stories.length, total: briefing.totalStories })}`,
    );
  }
  if (briefing.omitted > 0) {
    lines.push(
      `-# ${t("briefing.omitted", { kept: briefing.articleCount, omitted: briefing.omitted })}`,
    );
  }
  const pages = packEmbeds(
    briefing.stories.map((story) => renderStory(story, t, { llmStories: context.llmStories })),
  );
  return pages.map((embeds, index) =>
    renderMessage(index === 0 ? { content: lines.join("\n"), embeds } : { embeds }),
  );
}
