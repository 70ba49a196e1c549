import type { Locale } from "./locales.js";

/**
 * Localized names and descriptions of slash commands and their options, keyed by path: the command
 * name, then option names joined by dots (`briefing.since`, `settings.llm-budget`). English is the
 * definition itself. Names follow Discord's rules (lower case, no spaces, at most 32 characters);
 * test/i18n checks them.
 */
export type CommandStrings = Readonly<Record<string, { name: string; description: string }>>;

export const COMMAND_STRINGS: Readonly<Record<Exclude<Locale, "en-US">, CommandStrings>> = {
  de: {
    feed: {
      name: "feed",
      description: "Nachrichten-Feeds (RSS, Atom, JSON Feed) dieses Servers verwalten",
    },
    article: { name: "artikel", description: "Einen Nachrichtenartikel aus dem Korpus lesen" },
    "article.latest": { name: "neuester", description: "Der neueste Artikel" },
    "article.show": { name: "zeigen", description: "Ein Artikel, nach Titel, ID oder Adresse" },
    "article.search": {
      name: "suchen",
      description: "Der Artikel, der am besten zu einigen Wörtern passt",
    },
    summarize: { name: "zusammenfassen", description: "Einen Nachrichtenartikel zusammenfassen" },
    "summarize.url": { name: "url", description: "Tippe einen Titel oder füge eine Adresse ein" },
    "summarize.length": {
      name: "länge",
      description: "Wie lang (Standard: Servereinstellung, sonst medium)",
    },
    "summarize.format": {
      name: "format",
      description: "Absatz oder Stichpunkte (Standard: Servereinstellung, sonst Absatz)",
    },
    quotes: { name: "zitate", description: "Wer in einem Artikel was gesagt hat" },
    digest: { name: "digest", description: "Geplante Nachrichten-Digests für einen Kanal" },
    briefing: {
      name: "überblick",
      description: "Die Nachrichten seit einem Zeitpunkt, nach Themen gruppiert, mit Quellen",
    },
    "briefing.since": {
      name: "seit",
      description: "Seit wann: 24h, 3d, 2w oder ein Tag wie 2026-11-25 (Standard 24h)",
    },
    "briefing.source": {
      name: "quelle",
      description: "Nur Artikel dieser Quelle (z. B. example.com)",
    },
    "briefing.feed": {
      name: "feed",
      description: "Nur Artikel aus diesem Feed (seine ID, wie /feed list sie zeigt)",
    },
    settings: {
      name: "einstellungen",
      description: "Einstellungen dieses Servers anzeigen oder ändern",
    },
    "settings.language": {
      name: "sprache",
      description: "Sprache der Zusammenfassungen (braucht ein KI-Modell)",
    },
    "settings.length": { name: "länge", description: "Standardlänge der Zusammenfassungen" },
    "settings.format": { name: "format", description: "Standardformat der Zusammenfassungen" },
    "settings.digest-style": {
      name: "digest-stil",
      description: "Digests als Artikelliste oder als Überblick nach Themen",
    },
    "settings.llm-budget": {
      name: "ki-budget",
      description: "KI-Antworten pro Stunde für diesen Server (bis zur Obergrenze des Betreibers)",
    },
    ask: { name: "fragen", description: "Eine Frage zum Artikel dieses Threads stellen" },
    "ask.question": { name: "frage", description: "Deine Frage zum Artikel" },
  },
  fr: {
    feed: {
      name: "flux",
      description: "Gérer les flux d’actualité (RSS, Atom, JSON Feed) de ce serveur",
    },
    article: { name: "article", description: "Lire un article du corpus" },
    "article.latest": { name: "dernier", description: "L’article le plus récent" },
    "article.show": {
      name: "afficher",
      description: "Un article, par titre, identifiant ou adresse",
    },
    "article.search": {
      name: "chercher",
      description: "L’article qui correspond le mieux à quelques mots",
    },
    summarize: { name: "résumer", description: "Résumer un article d’actualité" },
    "summarize.url": { name: "url", description: "Tapez un titre ou collez une adresse" },
    "summarize.length": {
      name: "longueur",
      description: "Quelle longueur (par défaut : réglage du serveur, sinon medium)",
    },
    "summarize.format": {
      name: "format",
      description: "Paragraphe ou liste à puces (par défaut : réglage du serveur)",
    },
    quotes: { name: "citations", description: "Qui a dit quoi dans un article" },
    digest: { name: "digest", description: "Digests d’actualité programmés dans un salon" },
    briefing: {
      name: "synthèse",
      description: "L’actualité depuis un moment, regroupée par sujet, avec les sources",
    },
    "briefing.since": {
      name: "depuis",
      description: "Depuis quand : 24h, 3d, 2w ou un jour comme 2026-11-25 (24h par défaut)",
    },
    "briefing.source": {
      name: "source",
      description: "Seulement les articles de cette source (ex. example.com)",
    },
    "briefing.feed": {
      name: "flux",
      description: "Seulement les articles de ce flux (son id, comme /feed list l'affiche)",
    },
    settings: { name: "paramètres", description: "Voir ou modifier les paramètres de ce serveur" },
    "settings.language": {
      name: "langue",
      description: "Langue des résumés (exige un modèle d’IA)",
    },
    "settings.length": { name: "longueur", description: "Longueur des résumés par défaut" },
    "settings.format": { name: "format", description: "Format des résumés par défaut" },
    "settings.digest-style": {
      name: "style-digest",
      description: "Digests en liste d’articles ou en synthèse par sujet",
    },
    "settings.llm-budget": {
      name: "budget-ia",
      description: "Réponses d’IA par heure pour ce serveur (jusqu’au plafond de l’opérateur)",
    },
    ask: { name: "demander", description: "Poser une question sur l’article de ce fil" },
    "ask.question": { name: "question", description: "Votre question sur l’article" },
  },
  "es-ES": {
    feed: {
      name: "feed",
      description: "Gestionar los feeds de noticias (RSS, Atom, JSON Feed) de este servidor",
    },
    article: { name: "artículo", description: "Leer un artículo de noticias del corpus" },
    "article.latest": { name: "último", description: "El artículo más reciente" },
    "article.show": { name: "mostrar", description: "Un artículo, por título, id o dirección" },
    "article.search": {
      name: "buscar",
      description: "El artículo que mejor coincide con unas palabras",
    },
    summarize: { name: "resumir", description: "Resumir un artículo de noticias" },
    "summarize.url": { name: "url", description: "Escribe un título o pega una dirección" },
    "summarize.length": {
      name: "longitud",
      description: "Qué longitud (por defecto: ajuste del servidor, si no medium)",
    },
    "summarize.format": {
      name: "formato",
      description: "Párrafo o viñetas (por defecto: ajuste del servidor)",
    },
    quotes: { name: "citas", description: "Quién dijo qué en un artículo" },
    digest: { name: "boletín", description: "Boletines de noticias programados en un canal" },
    briefing: {
      name: "informe",
      description: "Las noticias desde un momento, agrupadas por tema, con sus fuentes",
    },
    "briefing.since": {
      name: "desde",
      description: "Desde cuándo: 24h, 3d, 2w o un día como 2026-11-25 (24h por defecto)",
    },
    "briefing.source": {
      name: "fuente",
      description: "Solo artículos de esta fuente (p. ej. example.com)",
    },
    "briefing.feed": {
      name: "feed",
      description: "Solo artículos de este feed (su id, como lo muestra /feed list)",
    },
    settings: { name: "ajustes", description: "Ver o cambiar los ajustes de este servidor" },
    "settings.language": {
      name: "idioma",
      description: "Idioma de los resúmenes (necesita un modelo de IA)",
    },
    "settings.length": {
      name: "longitud",
      description: "Longitud predeterminada de los resúmenes",
    },
    "settings.format": { name: "formato", description: "Formato predeterminado de los resúmenes" },
    "settings.digest-style": {
      name: "estilo-boletín",
      description: "Boletines como lista de artículos o como informe por temas",
    },
    "settings.llm-budget": {
      name: "presupuesto-ia",
      description: "Respuestas de IA por hora para este servidor (hasta el límite del operador)",
    },
    ask: { name: "preguntar", description: "Hacer una pregunta sobre el artículo de este hilo" },
    "ask.question": { name: "pregunta", description: "Tu pregunta sobre el artículo" },
  },
  "pt-BR": {
    feed: {
      name: "feed",
      description: "Gerenciar os feeds de notícias (RSS, Atom, JSON Feed) deste servidor",
    },
    article: { name: "artigo", description: "Ler um artigo de notícias do acervo" },
    "article.latest": { name: "mais-recente", description: "O artigo mais recente" },
    "article.show": { name: "mostrar", description: "Um artigo, por título, id ou endereço" },
    "article.search": {
      name: "buscar",
      description: "O artigo que mais combina com algumas palavras",
    },
    summarize: { name: "resumir", description: "Resumir um artigo de notícias" },
    "summarize.url": { name: "url", description: "Digite um título ou cole um endereço" },
    "summarize.length": {
      name: "tamanho",
      description: "Qual tamanho (padrão: configuração do servidor, senão medium)",
    },
    "summarize.format": {
      name: "formato",
      description: "Parágrafo ou tópicos (padrão: configuração do servidor)",
    },
    quotes: { name: "citações", description: "Quem disse o quê em um artigo" },
    digest: { name: "digest", description: "Digests de notícias programados em um canal" },
    briefing: {
      name: "boletim",
      description: "As notícias desde um momento, agrupadas por assunto, com as fontes",
    },
    "briefing.since": {
      name: "desde",
      description: "Desde quando: 24h, 3d, 2w ou um dia como 2026-11-25 (padrão 24h)",
    },
    "briefing.source": { name: "fonte", description: "Só artigos desta fonte (ex.: example.com)" },
    settings: {
      name: "configurações",
      description: "Ver ou mudar as configurações deste servidor",
    },
    "briefing.feed": {
      name: "feed",
      description: "Só artigos deste feed (o id, como /feed list mostra)",
    },
    "settings.language": {
      name: "idioma",
      description: "Idioma dos resumos (precisa de um modelo de IA)",
    },
    "settings.length": { name: "tamanho", description: "Tamanho padrão dos resumos" },
    "settings.format": { name: "formato", description: "Formato padrão dos resumos" },
    "settings.digest-style": {
      name: "estilo-digest",
      description: "Digests como lista de artigos ou como boletim por assunto",
    },
    "settings.llm-budget": {
      name: "orçamento-ia",
      description: "Respostas de IA por hora para este servidor (até o limite do operador)",
    },
    ask: { name: "perguntar", description: "Fazer uma pergunta sobre o artigo deste tópico" },
    "ask.question": { name: "pergunta", description: "Sua pergunta sobre o artigo" },
  },
  ja: {
    feed: {
      name: "フィード",
      description: "このサーバーのニュースフィード（RSS、Atom、JSON Feed）を管理します",
    },
    article: { name: "記事", description: "コーパスのニュース記事を読みます" },
    "article.latest": { name: "最新", description: "最新の記事" },
    "article.show": { name: "表示", description: "タイトル、ID、アドレスで記事を表示" },
    "article.search": { name: "検索", description: "言葉に最もよく一致する記事" },
    summarize: { name: "要約", description: "ニュース記事を要約します" },
    "summarize.url": {
      name: "url",
      description: "タイトルを入力するか、アドレスを貼り付けてください",
    },
    "summarize.length": {
      name: "長さ",
      description: "長さ（既定: サーバー設定、なければ medium）",
    },
    "summarize.format": { name: "形式", description: "段落または箇条書き（既定: サーバー設定）" },
    quotes: { name: "引用", description: "記事で誰が何を言ったか" },
    digest: {
      name: "ダイジェスト",
      description: "チャンネルに定期的に投稿するニュースダイジェスト",
    },
    briefing: {
      name: "ブリーフィング",
      description: "指定した時点以降のニュースをトピックごとに出典付きでまとめます",
    },
    "briefing.since": {
      name: "期間",
      description: "いつから: 24h、3d、2w または 2026-11-25 のような日付（既定は 24h）",
    },
    "briefing.source": { name: "ソース", description: "このソースの記事だけ（例: example.com）" },
    settings: { name: "設定", description: "このサーバーの設定を表示または変更します" },
    "settings.language": { name: "言語", description: "要約の言語（AI モデルが必要）" },
    "settings.length": { name: "長さ", description: "要約の既定の長さ" },
    "settings.format": { name: "形式", description: "要約の既定の形式" },
    "settings.digest-style": {
      name: "ダイジェスト形式",
      description: "ダイジェストを記事一覧にするか、トピック別のブリーフィングにするか",
    },
    "briefing.feed": {
      name: "フィード",
      description: "このフィードの記事だけ（/feed list に表示される ID）",
    },
    "settings.llm-budget": {
      name: "ai予算",
      description: "このサーバーの 1 時間あたりの AI 回答数（運営者の上限まで）",
    },
    ask: { name: "質問", description: "このスレッドの記事について質問します" },
    "ask.question": { name: "質問内容", description: "記事についての質問" },
  },
};
