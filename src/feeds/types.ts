/** Which syntax a feed was written in, as feedsmith detects it. */
export type FeedFormat = "rss" | "atom" | "rdf" | "json";

/** One entry of a feed after normalization: plain text title, absolute link, a date. */
export interface FeedItem {
  /** Stable identity across polls: `guid:…`, `link:…` (normalized) or `hash:…` (title + date). */
  key: string;
  /** Plain text, HTML stripped; may be empty when the feed gives none. */
  title: string;
  /** Absolute http(s) URL (relative links resolved against the feed's URL), or null. */
  link: string | null;
  /** Epoch ms from the feed, clamped to the poll time; null when the feed gives none. */
  publishedAt: number | null;
  author: string | null;
  /** The item's own text (content, else summary/description), HTML as the feed gives it. */
  contentHtml: string;
}

/** A parsed feed document. */
export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  /** The site's home page when the feed names one. */
  homePage: string | null;
  /** The feed's own hint for how often to poll (RSS `ttl`, `sy:updatePeriod`), in minutes. */
  ttlMinutes: number | null;
  /** Newest first, at most the limit asked for, duplicates inside the document dropped. */
  items: FeedItem[];
  /** Items left out: beyond the limit, duplicates, or with nothing to identify them by. */
  dropped: { overLimit: number; duplicates: number; unusable: number };
}

/**
 * Why a feed stopped being polled: a code the Discord and CLI layers word. `failures` is the
 * count of consecutive failed polls; `lastError` is the last failure's code.
 */
export type FeedDisabledReason =
  | { code: "too-many-failures"; failures: number; lastError: FeedErrorCode }
  | { code: "removed-upstream"; status: number };

/** What went wrong with one poll, as a code (the message for people is made from it). */
export type FeedErrorCode =
  | "not-a-feed"
  | "malformed"
  | "entities"
  | "empty"
  | "too-large"
  | "http-status"
  | "refused-address"
  | "network"
  | "timeout"
  | "unknown";

/** Who follows a feed: a server and the channel its feed was added from (notices go there). */
export interface FeedFollower {
  guildId: string;
  channelId: string;
  addedBy: string;
  addedAt: number;
  /** Paused by the server (`/feed pause`): its articles stop, other servers' do not. */
  paused: boolean;
  /**
   * The server's preferred locale (`guild_locale`) seen at `/feed add`: the disabled notice falls
   * back to it when the server set no /settings language. Absent on older records.
   */
  guildLocale?: string | null;
}

export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** The interval the last successful poll chose (ms), before jitter. */
  intervalMs: number;
  nextPollAt: number;
  lastPolledAt: number | null;
  lastSuccessAt: number | null;
  consecutiveFailures: number;
  lastError: { code: FeedErrorCode; message: string; at: number } | null;
  /** Set when the feed is disabled after too many failures; cleared by re-enabling. */
  disabled: FeedDisabledReason | null;
  /** When the disabling was announced; a disabled feed is announced once. */
  disabledNoticeAt: number | null;
}

/** A feed Newsdesk polls: one record per normalized URL, however many servers follow it. */
export interface Feed {
  /** "f" + 16 hex digits of the SHA-256 of the normalized URL. */
  id: string;
  url: string;
  title: string;
  format: FeedFormat | null;
  /** Servers following it; empty for a feed added from the command line (every server's). */
  followers: FeedFollower[];
  /** The channel that added it first: where the "disabled" notice goes (null from the CLI). */
  noticeChannelId: string | null;
  /** Paused from the command line (`newsdesk feed pause`): nobody's polls run. */
  paused: boolean;
  createdAt: number;
  state: FeedState;
}
