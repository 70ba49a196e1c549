import { readFile, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { UserError } from "../errors.js";
import { describeFeedStatus } from "../feed-io/describe.js";
import type { FeedRuntime } from "../feed-io/runtime.js";
import type { PollResult } from "../feeds/poller.js";
import type { Feed } from "../feeds/types.js";
import type { CliContext, GlobalOptions } from "./context.js";
import { withExamples } from "./help.js";

/** The feeds of the composition root's services (closed by `runCli` with the rest). */
async function withFeeds<T>(
  ctx: CliContext,
  command: Command,
  run: (feeds: FeedRuntime) => Promise<T>,
): Promise<T> {
  const services = await ctx.services(command.optsWithGlobals<GlobalOptions>());
  return run(services.feeds);
}

function toFeedJson(feed: Feed) {
  return {
    id: feed.id,
    url: feed.url,
    title: feed.title,
    format: feed.format,
    status: describeFeedStatus(feed, null),
    followers: feed.followers.map((f) => f.guildId),
    nextPollAt: new Date(feed.state.nextPollAt).toISOString(),
    lastSuccessAt: feed.state.lastSuccessAt
      ? new Date(feed.state.lastSuccessAt).toISOString()
      : null,
    consecutiveFailures: feed.state.consecutiveFailures,
    disabled: feed.state.disabled,
  };
}

function formatPoll(result: PollResult, feed: Feed | undefined): string {
  const name = feed ? `${feed.id} ${feed.title}` : result.feedId;
  switch (result.status) {
    case "ingested":
      return `${name}: ${result.ingested} new article${result.ingested === 1 ? "" : "s"}${
        result.teaserOnly
          ? ` (${result.teaserOnly} with the feed's text only: page not readable)`
          : ""
      }`;
    case "not-modified":
      return `${name}: not modified`;
    case "failed":
      return `${name}: failed: ${result.error?.message ?? "unknown error"}`;
    case "skipped":
      return `${name}: skipped (${result.reason})`;
  }
}

/** `newsdesk feed add|list|remove|pause|resume|poll|import|export`: feeds from a terminal. */
export function registerFeedCommand(program: Command, ctx: CliContext): void {
  const feed = program
    .command("feed")
    .description(
      "Follow RSS, Atom and JSON feeds: add, list, remove, pause, resume, poll, import, export",
    );
  const json = (command: Command) => command.optsWithGlobals<GlobalOptions>().json === true;

  feed
    .command("add")
    .description("Check a feed and follow it (for every server); shows its newest items")
    .argument("<url>", "The feed's address")
    .action(async (url: string, _options: unknown, command: Command) => {
      await withFeeds(ctx, command, async ({ service }) => {
        const { feed: added, created, preview } = await service.add(url, null);
        if (json(command)) return ctx.printJson({ ...toFeedJson(added), created, preview });
        ctx.printText(
          [
            `${created ? "Added" : "Already followed:"} ${added.id} ${added.title} (${added.format ?? "feed"})`,
            ...preview.map((item) => `  - ${item.title || item.link}`),
            created
              ? "Its articles arrive with the next poll (`newsdesk feed poll`, or the running bot)."
              : "",
          ]
            .filter(Boolean)
            .join("\n"),
        );
      });
    });

  feed
    .command("list")
    .description("List followed feeds with their status")
    .action(async (_options: unknown, command: Command) => {
      await withFeeds(ctx, command, async ({ service }) => {
        const feeds = await service.list(null);
        if (json(command)) return ctx.printJson(feeds.map(toFeedJson));
        if (feeds.length === 0) return ctx.printText("No feeds yet: `newsdesk feed add <url>`.");
        ctx.printText(
          feeds
            .map((f) => `${f.id}  ${describeFeedStatus(f, null)}  ${f.title}\n    ${f.url}`)
            .join("\n"),
        );
      });
    });

  const simple = (
    name: "remove" | "pause" | "resume",
    description: string,
    done: (feed: Feed, extra: { deleted?: boolean }) => string,
  ) =>
    feed
      .command(name)
      .description(description)
      .argument("<feed>", "A feed id or URL")
      .action(async (ref: string, _options: unknown, command: Command) => {
        await withFeeds(ctx, command, async ({ service }) => {
          const result =
            name === "remove"
              ? await service.remove(ref, null)
              : { feed: await service[name](ref, null), deleted: undefined };
          if (json(command)) return ctx.printJson(toFeedJson(result.feed));
          ctx.printText(
            done(result.feed, result.deleted === undefined ? {} : { deleted: result.deleted }),
          );
        });
      });
  simple(
    "remove",
    "Stop following a feed (its articles stay)",
    (f) => `Removed ${f.id} ${f.title}.`,
  );
  simple("pause", "Pause a feed's polls", (f) => `Paused ${f.id} ${f.title}.`);
  simple(
    "resume",
    "Resume a paused feed, or re-enable a disabled one",
    (f) => `Resumed ${f.id} ${f.title}: polled again from now.`,
  );

  feed
    .command("poll")
    .description("Poll one feed now, or every feed that is due")
    .argument("[feed]", "A feed id or URL (default: every due feed)")
    .action(async (ref: string | undefined, _options: unknown, command: Command) => {
      await withFeeds(ctx, command, async ({ service, poller, repository }) => {
        const results = ref ? [await service.poll(ref, null)] : await poller.pollDue();
        if (json(command)) return ctx.printJson(results);
        if (results.length === 0) return ctx.printText("No feed is due.");
        const lines = await Promise.all(
          results.map(async (r) => formatPoll(r, await repository.get(r.feedId))),
        );
        ctx.printText(lines.join("\n"));
      });
    });

  feed
    .command("import")
    .description("Follow every feed in an OPML subscription list")
    .argument("<file>", "An OPML file")
    .action(async (file: string, _options: unknown, command: Command) => {
      let document: string;
      try {
        document = await readFile(file, "utf8");
      } catch (error) {
        throw new UserError(
          `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "error"}.`,
        );
      }
      await withFeeds(ctx, command, async ({ service }) => {
        const result = await service.importOpml(document, null);
        if (json(command)) {
          return ctx.printJson({
            added: result.added.map(toFeedJson),
            existing: result.existing.map(toFeedJson),
            failed: result.failed,
          });
        }
        ctx.printText(
          [
            `${result.added.length} added, ${result.existing.length} already followed, ${result.failed.length} failed.`,
            ...result.failed.map((f) => `  failed: ${f.url}: ${f.reason}`),
          ].join("\n"),
        );
      });
    });

  feed
    .command("export")
    .description("Write the followed feeds as OPML (to standard output, or a file)")
    .argument("[file]", "Where to write (default: standard output)")
    .action(async (file: string | undefined, _options: unknown, command: Command) => {
      await withFeeds(ctx, command, async ({ service }) => {
        const opml = await service.exportOpml(null);
        if (file) await writeFile(file, opml, "utf8");
        else ctx.printText(opml);
      });
    });
  withExamples(feed, FEED_OVERVIEW);
  for (const sub of feed.commands) withExamples(sub, FEED_EXAMPLES[sub.name()] ?? FEED_OVERVIEW);
}

type Examples = readonly (readonly [string, string])[];

const FEED_OVERVIEW: Examples = [
  ["newsdesk feed add https://news.example/rss.xml", "follow a feed"],
  ["newsdesk feed list", "what is followed, and how each feed is doing"],
  ["newsdesk feed poll", "poll every feed that is due, now"],
];

const FEED_EXAMPLES: Record<string, Examples> = {
  add: [
    [
      "newsdesk feed add https://news.example/rss.xml",
      "check it, follow it, show its newest items",
    ],
  ],
  list: [
    ["newsdesk feed list", "one line per feed with its status"],
    ["newsdesk feed list --json", "for scripts"],
  ],
  remove: [["newsdesk feed remove f1a2b3", "stop following; its articles stay"]],
  pause: [["newsdesk feed pause f1a2b3", "stop polling it for now"]],
  resume: [["newsdesk feed resume f1a2b3", "poll it again (also re-enables a disabled feed)"]],
  poll: [
    ["newsdesk feed poll", "every feed that is due"],
    ["newsdesk feed poll https://news.example/rss.xml", "this one, now"],
  ],
  import: [["newsdesk feed import subscriptions.opml", "follow every feed of an OPML list"]],
  export: [
    ["newsdesk feed export", "OPML on standard output"],
    ["newsdesk feed export feeds.opml", "into a file"],
  ],
};
