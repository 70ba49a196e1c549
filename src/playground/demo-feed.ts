import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { generateAtomFeed, generateRssFeed } from "feedsmith";

/**
 * The playground's demo feed server, on loopback only: an RSS feed of teasers whose full text is
 * on article pages (so `/feed add` shows the full-text fetch), and an Atom feed with full content.
 * The playground allow-lists exactly this origin (FEED_ALLOW_ORIGINS); every other private
 * address stays refused. The stories are fictional.
 */
export interface DemoFeedServer {
  readonly origin: string;
  readonly rssUrl: string;
  readonly atomUrl: string;
  close(): Promise<void>;
}

interface DemoStory {
  slug: string;
  title: string;
  author: string;
  /** Hours before the server started. */
  hoursAgo: number;
  paragraphs: string[];
}

const STORIES: DemoStory[] = [
  {
    slug: "port-alder-lighthouse",
    title: "Port Alder's lighthouse shines again after forty years",
    author: "Mara Quint",
    hoursAgo: 2,
    paragraphs: [
      "The lighthouse on Gull Point in Port Alder was switched back on on Sunday evening, forty years after its keeper left.",
      '"We wanted ships to see the town again, not only a dark rock," said Ines Varga, who led the volunteers who restored it.',
      "The restoration took three years and cost 1.2 million crowns, most of it raised by the harbour association.",
      "The harbour master said the light would run every night from October to March and on foggy nights in summer.",
    ],
  },
  {
    slug: "tram-line-vote",
    title: "Council backs a tram line to the new hospital",
    author: "Tomas Brell",
    hoursAgo: 6,
    paragraphs: [
      "Port Alder's council voted 21 to 9 on Monday to build a tram line from the station to the new hospital.",
      "Councillor Ada Lind said the line would take 4,000 cars off the coast road every day.",
      '"Nurses should not spend an hour in traffic before a night shift," said Lind.',
      "Opponents said the 80 million crown budget would be better spent on buses; construction is due to start next spring.",
    ],
  },
  {
    slug: "fish-market-prices",
    title: "Fish market prices fall as the herring returns",
    author: "Mara Quint",
    hoursAgo: 20,
    paragraphs: [
      "Herring prices at the Port Alder fish market fell by a third this week as the shoals returned to the bay.",
      "Auctioneer Per Holm said boats had landed more herring on Tuesday than in all of last October.",
      "Restaurants in the old town have put herring back on their menus, some for the first time in two years.",
    ],
  },
];

const ATOM_STORIES: DemoStory[] = [
  {
    slug: "library-night",
    title: "The library opens until midnight for exam season",
    author: "Lena Ostrow",
    hoursAgo: 4,
    paragraphs: [
      "Port Alder's public library will stay open until midnight on weekdays until the end of the exam season.",
      '"Students told us the cafés close too early and their flats are too loud," said librarian Jon Kessel.',
      "The extra hours are paid for by the university, which will also send two tutors on Tuesday and Thursday evenings.",
    ],
  },
  {
    slug: "ferry-timetable",
    title: "Winter ferry timetable adds an early sailing",
    author: "Tomas Brell",
    hoursAgo: 30,
    paragraphs: [
      "The island ferry will add a 6:10 sailing from Port Alder from November, the ferry company said on Friday.",
      "Commuters had asked for an earlier boat for years; the first sailing now leaves at 7:00.",
      "The company said fares would not change this winter.",
    ],
  },
];

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function articlePage(story: DemoStory, published: Date): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(story.title)} | Port Alder Courier</title>
<meta property="og:site_name" content="Port Alder Courier"><meta name="author" content="${escapeHtml(story.author)}">
<meta property="article:published_time" content="${published.toISOString()}"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${escapeHtml(story.title)}</h1>
${story.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</article></main><footer>Port Alder Courier (a fictional newspaper)</footer></body></html>`;
}

/** Starts the demo feed server on 127.0.0.1 (`port` 0 picks a free one). */
export async function startDemoFeedServer(port = 0): Promise<DemoFeedServer> {
  const started = Date.now();
  const at = (story: DemoStory) => new Date(started - story.hoursAgo * 3_600_000);
  let origin = "";
  const rss = () =>
    generateRssFeed({
      title: "Port Alder Courier",
      link: `${origin}/`,
      description: "News from Port Alder (fictional, for the Newsdesk playground)",
      items: STORIES.map((story) => ({
        title: story.title,
        link: `${origin}/articles/${story.slug}`,
        description: `${story.paragraphs[0]} Read more…`,
        guid: { value: `courier-${story.slug}`, isPermaLink: false },
        pubDate: at(story),
        authors: [{ name: story.author }],
      })),
    });
  const atom = () =>
    generateAtomFeed({
      id: `${origin}/atom.xml`,
      title: { value: "Port Alder Courier — full text" },
      updated: new Date(started),
      links: [{ href: `${origin}/`, rel: "alternate" }],
      entries: ATOM_STORIES.map((story) => ({
        id: `urn:port-alder:${story.slug}`,
        title: { value: story.title },
        updated: at(story),
        published: at(story),
        links: [{ href: `${origin}/articles/${story.slug}`, rel: "alternate" }],
        authors: [{ name: story.author }],
        content: {
          type: "html",
          value: story.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(""),
        },
      })),
    });
  const send = (res: ServerResponse, type: string, body: string): void => {
    res.writeHead(200, { "content-type": `${type}; charset=utf-8`, "cache-control": "max-age=60" });
    res.end(body);
  };
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? "/").split("?")[0];
    const story = [...STORIES, ...ATOM_STORIES].find((s) => path === `/articles/${s.slug}`);
    if (path === "/rss.xml") send(res, "application/rss+xml", rss());
    else if (path === "/atom.xml") send(res, "application/atom+xml", atom());
    else if (story) send(res, "text/html", articlePage(story, at(story)));
    else res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
  };
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    rssUrl: `${origin}/rss.xml`,
    atomUrl: `${origin}/atom.xml`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
