import type { BriefingArticle } from "../../src/briefings/types.js";

let counter = 0;

/** A briefing article from a title and paragraphs. */
export function makeArticle(
  title: string,
  paragraphs: string[],
  fields: Partial<BriefingArticle> = {},
): BriefingArticle {
  counter++;
  const source = fields.source ?? "example.com";
  return {
    id: fields.id ?? `a${counter}`,
    title,
    url: fields.url ?? `https://${source}/${counter}`,
    source,
    date: fields.date ?? "2026-12-01",
    addedAt: fields.addedAt ?? counter,
    paragraphs,
    ...(fields.feedId ? { feedId: fields.feedId } : {}),
  };
}

/** Three events, seven articles, four outlets. */
export function sampleArticles(): BriefingArticle[] {
  return [
    makeArticle(
      "Flooding forces thousands from homes in Valencia",
      [
        "Heavy rain caused flooding across Valencia on Monday, forcing thousands of residents from their homes.",
        "Emergency services rescued 120 people from cars trapped on flooded roads, the regional government said.",
        "Schools across the province will stay closed on Tuesday.",
      ],
      { id: "flood-1", source: "river.example" },
    ),
    makeArticle(
      "Valencia floods: thousands evacuated after heavy rain",
      [
        "Thousands of residents in Valencia were evacuated from their homes after heavy rain flooded streets on Monday.",
        "The regional government said emergency services rescued 120 people trapped in cars.",
        "Forecasters expect more rain on Wednesday.",
      ],
      { id: "flood-2", source: "coast.example" },
    ),
    makeArticle(
      "Heavy rain floods Valencia streets",
      [
        "Flooding hit Valencia on Monday as heavy rain swept across eastern Spain and residents left their homes.",
        "Schools in the province will remain closed on Tuesday, officials said.",
      ],
      { id: "flood-3", source: "daily.example" },
    ),
    makeArticle(
      "Central bank raises interest rates to curb inflation",
      [
        "The central bank raised its main interest rate by a quarter point to 4.5 percent on Thursday to curb inflation.",
        "The governor said inflation remained too high and further increases could follow.",
      ],
      { id: "rates-1", source: "money.example" },
    ),
    makeArticle(
      "Interest rates rise again as central bank fights inflation",
      [
        "The central bank lifted interest rates to 4.5 percent, its fifth increase this year, as it fights inflation.",
        "Markets had expected the increase, and the currency barely moved.",
      ],
      { id: "rates-2", source: "coast.example" },
    ),
    makeArticle(
      "Chess prodigy wins national championship at age twelve",
      [
        "A twelve-year-old chess prodigy won the national championship on Sunday, beating three grandmasters.",
        "She is the youngest champion in the tournament's history.",
      ],
      { id: "chess-1", source: "daily.example" },
    ),
    makeArticle(
      "Twelve-year-old becomes youngest national chess champion",
      [
        "The national chess championship went to a twelve-year-old on Sunday, the youngest champion in the tournament's history.",
        "She beat three grandmasters on her way to the title.",
      ],
      { id: "chess-2", source: "river.example" },
    ),
  ];
}
