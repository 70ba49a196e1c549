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
    "article.show.article": {
      name: "artikel",
      description: "Tippe einen Titel oder füge eine Adresse ein",
    },
    "article.search.query": { name: "suche", description: "Wörter, nach denen gesucht wird" },
    "article.add": {
      name: "hinzufügen",
      description:
        "Eine Seite abrufen und zu Inhalten dieses Servers machen (Nachrichten verwalten)",
    },
    "article.add.url": { name: "url", description: "Die Adresse der Seite (http oder https)" },
    "quotes.article": {
      name: "artikel",
      description: "Tippe einen Titel oder füge eine Adresse ein",
    },
    "quotes.speaker": { name: "sprecher", description: "Nur die Zitate dieser Person" },
    "digest.subscribe": {
      name: "abonnieren",
      description: "Einen Digest neuer Artikel nach Zeitplan in einen Kanal posten",
    },
    "digest.subscribe.channel": {
      name: "kanal",
      description: "Der Textkanal, in den gepostet wird",
    },
    "digest.subscribe.schedule": {
      name: "zeitplan",
      description: 'daily HH:MM, weekly DAY HH:MM oder ein Cron-Ausdruck ("0 8 * * 1-5")',
    },
    "digest.subscribe.timezone": {
      name: "zeitzone",
      description: "IANA-Zeitzone, z. B. Europe/Berlin (Standard UTC)",
    },
    "digest.subscribe.source": {
      name: "quelle",
      description: "Nur Artikel dieser Website, z. B. reuters.com",
    },
    "digest.subscribe.keywords": {
      name: "stichwörter",
      description: "Nur Artikel, die eines dieser Wörter erwähnen (durch Kommas getrennt)",
    },
    "digest.subscribe.feed": {
      name: "feed",
      description: "Nur Artikel aus diesem Feed (seine ID, wie /feed list sie zeigt)",
    },
    "digest.subscribe.length": {
      name: "länge",
      description: "Länge der Zusammenfassung je Artikel (Standard short)",
    },
    "digest.subscribe.post_empty": {
      name: "leer-posten",
      description: "Eine kurze Zeile posten, wenn es nichts Neues gibt (Standard: nichts posten)",
    },
    "digest.subscribe.style": {
      name: "stil",
      description:
        "Ein Embed pro Artikel oder nach Themen gruppiert (Standard: /settings, sonst Liste)",
    },
    "digest.list": { name: "liste", description: "Die Digest-Abos dieses Servers" },
    "digest.unsubscribe": { name: "abbestellen", description: "Einen Digest beenden" },
    "digest.pause": {
      name: "pausieren",
      description: "Einen Digest pausieren (er behält seinen Platz)",
    },
    "digest.resume": { name: "fortsetzen", description: "Einen pausierten Digest fortsetzen" },
    "digest.preview": {
      name: "vorschau",
      description: "Den nächsten Digest nur dir zeigen, ohne zu posten",
    },
    "digest.send-now": {
      name: "jetzt-senden",
      description: "Den Digest jetzt posten und den Zeitplan weiterschieben",
    },
    "feed.add": {
      name: "hinzufügen",
      description: "Einem Feed folgen: prüft ihn und zeigt die neuesten Einträge",
    },
    "feed.add.url": {
      name: "url",
      description: "Die Adresse des Feeds (RSS, Atom oder JSON Feed)",
    },
    "feed.list": {
      name: "liste",
      description: "Die Feeds, denen dieser Server folgt, mit ihrem Status",
    },
    "feed.remove": {
      name: "entfernen",
      description: "Einem Feed nicht mehr folgen (seine Artikel bleiben)",
    },
    "feed.pause": {
      name: "pausieren",
      description: "Vorerst keine neuen Artikel aus einem Feed übernehmen",
    },
    "feed.resume": {
      name: "fortsetzen",
      description: "Einen pausierten Feed fortsetzen oder einen deaktivierten wieder einschalten",
    },
    "digest.unsubscribe.subscription": {
      name: "abo",
      description: "Welches Abo (tippe den Kanal)",
    },
    "digest.pause.subscription": { name: "abo", description: "Welches Abo (tippe den Kanal)" },
    "digest.resume.subscription": { name: "abo", description: "Welches Abo (tippe den Kanal)" },
    "digest.preview.subscription": { name: "abo", description: "Welches Abo (tippe den Kanal)" },
    "digest.send-now.subscription": { name: "abo", description: "Welches Abo (tippe den Kanal)" },
    "feed.remove.feed": { name: "feed", description: "Welcher Feed (tippe Titel oder Adresse)" },
    "feed.pause.feed": { name: "feed", description: "Welcher Feed (tippe Titel oder Adresse)" },
    "feed.resume.feed": { name: "feed", description: "Welcher Feed (tippe Titel oder Adresse)" },
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
    "article.show.article": {
      name: "article",
      description: "Tapez un titre ou collez une adresse",
    },
    "article.search.query": { name: "requête", description: "Les mots à chercher" },
    "article.add": {
      name: "ajouter",
      description:
        "Récupérer une page et l'ajouter aux contenus de ce serveur (Gérer les messages)",
    },
    "article.add.url": { name: "url", description: "L'adresse de la page (http ou https)" },
    "quotes.article": { name: "article", description: "Tapez un titre ou collez une adresse" },
    "quotes.speaker": { name: "orateur", description: "Seulement les citations de cette personne" },
    "digest.subscribe": {
      name: "abonner",
      description: "Publier un digest des nouveaux articles dans un salon selon un calendrier",
    },
    "digest.subscribe.channel": { name: "salon", description: "Le salon textuel où publier" },
    "digest.subscribe.schedule": {
      name: "calendrier",
      description: 'daily HH:MM, weekly DAY HH:MM ou une expression cron ("0 8 * * 1-5")',
    },
    "digest.subscribe.timezone": {
      name: "fuseau",
      description: "Fuseau horaire IANA, p. ex. Europe/Paris (UTC par défaut)",
    },
    "digest.subscribe.source": {
      name: "source",
      description: "Seulement les articles de ce site, p. ex. reuters.com",
    },
    "digest.subscribe.keywords": {
      name: "mots-clés",
      description:
        "Seulement les articles qui mentionnent l'un de ces mots (séparés par des virgules)",
    },
    "digest.subscribe.feed": {
      name: "flux",
      description: "Seulement les articles de ce flux (son id, comme /feed list l'affiche)",
    },
    "digest.subscribe.length": {
      name: "longueur",
      description: "Longueur du résumé de chaque article (short par défaut)",
    },
    "digest.subscribe.post_empty": {
      name: "publier_vide",
      description: "Publier une ligne courte quand il n'y a rien de nouveau (par défaut : rien)",
    },
    "digest.subscribe.style": {
      name: "style",
      description:
        "Un embed par article, ou regroupé par sujets (par défaut : /settings, sinon liste)",
    },
    "digest.list": { name: "liste", description: "Les abonnements aux digests de ce serveur" },
    "digest.unsubscribe": { name: "désabonner", description: "Arrêter un digest" },
    "digest.pause": { name: "pause", description: "Mettre un digest en pause (il garde sa place)" },
    "digest.resume": { name: "reprendre", description: "Reprendre un digest en pause" },
    "digest.preview": {
      name: "aperçu",
      description: "Vous montrer le prochain digest, sans rien publier",
    },
    "digest.send-now": {
      name: "envoyer",
      description: "Publier le digest maintenant et avancer le calendrier",
    },
    "feed.add": {
      name: "ajouter",
      description: "Suivre un flux : le vérifie et montre ses derniers éléments",
    },
    "feed.add.url": { name: "url", description: "L'adresse du flux (RSS, Atom ou JSON Feed)" },
    "feed.list": { name: "liste", description: "Les flux que ce serveur suit, avec leur état" },
    "feed.remove": {
      name: "retirer",
      description: "Ne plus suivre un flux (ses articles restent)",
    },
    "feed.pause": {
      name: "pause",
      description: "Ne plus prendre de nouveaux articles d'un flux pour l'instant",
    },
    "feed.resume": {
      name: "reprendre",
      description: "Reprendre un flux en pause, ou réactiver un flux désactivé",
    },
    "digest.unsubscribe.subscription": {
      name: "abonnement",
      description: "Quel abonnement (tapez le salon)",
    },
    "digest.pause.subscription": {
      name: "abonnement",
      description: "Quel abonnement (tapez le salon)",
    },
    "digest.resume.subscription": {
      name: "abonnement",
      description: "Quel abonnement (tapez le salon)",
    },
    "digest.preview.subscription": {
      name: "abonnement",
      description: "Quel abonnement (tapez le salon)",
    },
    "digest.send-now.subscription": {
      name: "abonnement",
      description: "Quel abonnement (tapez le salon)",
    },
    "feed.remove.feed": { name: "flux", description: "Quel flux (tapez son titre ou son adresse)" },
    "feed.pause.feed": { name: "flux", description: "Quel flux (tapez son titre ou son adresse)" },
    "feed.resume.feed": { name: "flux", description: "Quel flux (tapez son titre ou son adresse)" },
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
    "article.show.article": {
      name: "artículo",
      description: "Escribe un título o pega una dirección",
    },
    "article.search.query": { name: "consulta", description: "Palabras que buscar" },
    "article.add": {
      name: "añadir",
      description: "Obtener una página y hacerla contenido de este servidor (Gestionar mensajes)",
    },
    "article.add.url": { name: "url", description: "La dirección de la página (http o https)" },
    "quotes.article": { name: "artículo", description: "Escribe un título o pega una dirección" },
    "quotes.speaker": { name: "hablante", description: "Solo las citas de esta persona" },
    "digest.subscribe": {
      name: "suscribir",
      description: "Publicar un resumen de artículos nuevos en un canal según una programación",
    },
    "digest.subscribe.channel": { name: "canal", description: "El canal de texto donde publicar" },
    "digest.subscribe.schedule": {
      name: "programación",
      description: 'daily HH:MM, weekly DAY HH:MM o una expresión cron ("0 8 * * 1-5")',
    },
    "digest.subscribe.timezone": {
      name: "zona-horaria",
      description: "Zona horaria IANA, p. ej. Europe/Madrid (UTC por defecto)",
    },
    "digest.subscribe.source": {
      name: "fuente",
      description: "Solo artículos de este sitio, p. ej. reuters.com",
    },
    "digest.subscribe.keywords": {
      name: "palabras-clave",
      description: "Solo artículos que mencionen alguna de estas palabras (separadas por comas)",
    },
    "digest.subscribe.feed": {
      name: "feed",
      description: "Solo artículos de este feed (su id, como lo muestra /feed list)",
    },
    "digest.subscribe.length": {
      name: "longitud",
      description: "Longitud del resumen de cada artículo (short por defecto)",
    },
    "digest.subscribe.post_empty": {
      name: "publicar_vacío",
      description: "Publicar una línea corta cuando no hay nada nuevo (por defecto: nada)",
    },
    "digest.subscribe.style": {
      name: "estilo",
      description:
        "Un embed por artículo, o agrupado por historias (por defecto: /settings, si no lista)",
    },
    "digest.list": { name: "lista", description: "Las suscripciones a resúmenes de este servidor" },
    "digest.unsubscribe": { name: "cancelar", description: "Detener un resumen programado" },
    "digest.pause": { name: "pausar", description: "Pausar un resumen (conserva su posición)" },
    "digest.resume": { name: "reanudar", description: "Reanudar un resumen en pausa" },
    "digest.preview": {
      name: "vista-previa",
      description: "Mostrarte solo a ti el próximo resumen, sin publicar nada",
    },
    "digest.send-now": {
      name: "enviar-ya",
      description: "Publicar el resumen ahora y avanzar la programación",
    },
    "feed.add": {
      name: "añadir",
      description: "Seguir un feed: lo comprueba y muestra sus elementos más nuevos",
    },
    "feed.add.url": { name: "url", description: "La dirección del feed (RSS, Atom o JSON Feed)" },
    "feed.list": { name: "lista", description: "Los feeds que sigue este servidor, con su estado" },
    "feed.remove": {
      name: "quitar",
      description: "Dejar de seguir un feed (sus artículos se quedan)",
    },
    "feed.pause": {
      name: "pausar",
      description: "Dejar de tomar artículos nuevos de un feed por ahora",
    },
    "feed.resume": {
      name: "reanudar",
      description: "Reanudar un feed en pausa, o reactivar uno desactivado",
    },
    "digest.unsubscribe.subscription": {
      name: "suscripción",
      description: "Qué suscripción (escribe el canal)",
    },
    "digest.pause.subscription": {
      name: "suscripción",
      description: "Qué suscripción (escribe el canal)",
    },
    "digest.resume.subscription": {
      name: "suscripción",
      description: "Qué suscripción (escribe el canal)",
    },
    "digest.preview.subscription": {
      name: "suscripción",
      description: "Qué suscripción (escribe el canal)",
    },
    "digest.send-now.subscription": {
      name: "suscripción",
      description: "Qué suscripción (escribe el canal)",
    },
    "feed.remove.feed": { name: "feed", description: "Qué feed (escribe su título o dirección)" },
    "feed.pause.feed": { name: "feed", description: "Qué feed (escribe su título o dirección)" },
    "feed.resume.feed": { name: "feed", description: "Qué feed (escribe su título o dirección)" },
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
    "article.show.article": { name: "artigo", description: "Digite um título ou cole um endereço" },
    "article.search.query": { name: "consulta", description: "Palavras a procurar" },
    "article.add": {
      name: "adicionar",
      description: "Buscar uma página e torná-la conteúdo deste servidor (Gerenciar mensagens)",
    },
    "article.add.url": { name: "url", description: "O endereço da página (http ou https)" },
    "quotes.article": { name: "artigo", description: "Digite um título ou cole um endereço" },
    "quotes.speaker": { name: "falante", description: "Só as citações desta pessoa" },
    "digest.subscribe": {
      name: "inscrever",
      description: "Publicar um digest de artigos novos em um canal conforme uma programação",
    },
    "digest.subscribe.channel": { name: "canal", description: "O canal de texto onde publicar" },
    "digest.subscribe.schedule": {
      name: "programação",
      description: 'daily HH:MM, weekly DAY HH:MM ou uma expressão cron ("0 8 * * 1-5")',
    },
    "digest.subscribe.timezone": {
      name: "fuso-horário",
      description: "Fuso horário IANA, ex.: America/Sao_Paulo (padrão UTC)",
    },
    "digest.subscribe.source": {
      name: "fonte",
      description: "Só artigos deste site, ex.: reuters.com",
    },
    "digest.subscribe.keywords": {
      name: "palavras-chave",
      description: "Só artigos que mencionem alguma destas palavras (separadas por vírgulas)",
    },
    "digest.subscribe.feed": {
      name: "feed",
      description: "Só artigos deste feed (o id, como /feed list mostra)",
    },
    "digest.subscribe.length": {
      name: "tamanho",
      description: "Tamanho do resumo de cada artigo (padrão short)",
    },
    "digest.subscribe.post_empty": {
      name: "publicar_vazio",
      description: "Publicar uma linha curta quando não houver nada novo (padrão: nada)",
    },
    "digest.subscribe.style": {
      name: "estilo",
      description:
        "Um embed por artigo, ou agrupado por histórias (padrão: /settings, senão lista)",
    },
    "digest.list": { name: "lista", description: "As inscrições de digest deste servidor" },
    "digest.unsubscribe": { name: "cancelar", description: "Parar um digest" },
    "digest.pause": { name: "pausar", description: "Pausar um digest (ele mantém seu lugar)" },
    "digest.resume": { name: "retomar", description: "Retomar um digest pausado" },
    "digest.preview": {
      name: "prévia",
      description: "Mostrar só para você o próximo digest, sem publicar nada",
    },
    "digest.send-now": {
      name: "enviar-agora",
      description: "Publicar o digest agora e avançar a programação",
    },
    "feed.add": {
      name: "adicionar",
      description: "Seguir um feed: verifica-o e mostra os itens mais novos",
    },
    "feed.add.url": { name: "url", description: "O endereço do feed (RSS, Atom ou JSON Feed)" },
    "feed.list": { name: "lista", description: "Os feeds que este servidor segue, com o status" },
    "feed.remove": { name: "remover", description: "Deixar de seguir um feed (os artigos ficam)" },
    "feed.pause": {
      name: "pausar",
      description: "Parar de receber artigos novos de um feed por enquanto",
    },
    "feed.resume": {
      name: "retomar",
      description: "Retomar um feed pausado, ou reativar um desativado",
    },
    "digest.unsubscribe.subscription": {
      name: "inscrição",
      description: "Qual inscrição (digite o canal)",
    },
    "digest.pause.subscription": {
      name: "inscrição",
      description: "Qual inscrição (digite o canal)",
    },
    "digest.resume.subscription": {
      name: "inscrição",
      description: "Qual inscrição (digite o canal)",
    },
    "digest.preview.subscription": {
      name: "inscrição",
      description: "Qual inscrição (digite o canal)",
    },
    "digest.send-now.subscription": {
      name: "inscrição",
      description: "Qual inscrição (digite o canal)",
    },
    "feed.remove.feed": { name: "feed", description: "Qual feed (digite o título ou o endereço)" },
    "feed.pause.feed": { name: "feed", description: "Qual feed (digite o título ou o endereço)" },
    "feed.resume.feed": { name: "feed", description: "Qual feed (digite o título ou o endereço)" },
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
    "article.show.article": {
      name: "記事",
      description: "タイトルを入力するか、アドレスを貼り付け",
    },
    "article.search.query": { name: "検索語", description: "探す言葉" },
    "article.add": {
      name: "追加",
      description: "ページを取得してこのサーバーのコンテンツにする（メッセージの管理）",
    },
    "article.add.url": { name: "url", description: "ページのアドレス（http または https）" },
    "quotes.article": { name: "記事", description: "タイトルを入力するか、アドレスを貼り付け" },
    "quotes.speaker": { name: "発言者", description: "この人の引用だけ" },
    "digest.subscribe": {
      name: "登録",
      description: "新しい記事のダイジェストをスケジュールどおりチャンネルに投稿",
    },
    "digest.subscribe.channel": { name: "チャンネル", description: "投稿先のテキストチャンネル" },
    "digest.subscribe.schedule": {
      name: "スケジュール",
      description: 'daily HH:MM、weekly DAY HH:MM、または cron 式（"0 8 * * 1-5"）',
    },
    "digest.subscribe.timezone": {
      name: "タイムゾーン",
      description: "IANA タイムゾーン（例: Asia/Tokyo、既定は UTC）",
    },
    "digest.subscribe.source": {
      name: "ソース",
      description: "このサイトの記事だけ（例: reuters.com）",
    },
    "digest.subscribe.keywords": {
      name: "キーワード",
      description: "これらの語のどれかを含む記事だけ（カンマ区切り）",
    },
    "digest.subscribe.feed": {
      name: "フィード",
      description: "このフィードの記事だけ（/feed list に表示される ID）",
    },
    "digest.subscribe.length": { name: "長さ", description: "各記事の要約の長さ（既定は short）" },
    "digest.subscribe.post_empty": {
      name: "空でも投稿",
      description: "新着がないときも短い 1 行を投稿（既定: 何も投稿しない）",
    },
    "digest.subscribe.style": {
      name: "スタイル",
      description:
        "記事ごとに 1 つの埋め込み、または話題ごとにまとめる（既定: /settings、なければリスト）",
    },
    "digest.list": { name: "一覧", description: "このサーバーのダイジェスト登録" },
    "digest.unsubscribe": { name: "登録解除", description: "ダイジェストを止める" },
    "digest.pause": { name: "一時停止", description: "ダイジェストを一時停止（位置は保持）" },
    "digest.resume": { name: "再開", description: "一時停止中のダイジェストを再開" },
    "digest.preview": {
      name: "プレビュー",
      description: "次のダイジェストを自分だけに表示（投稿しない）",
    },
    "digest.send-now": {
      name: "今すぐ送信",
      description: "今すぐダイジェストを投稿し、スケジュールを進める",
    },
    "feed.add": { name: "追加", description: "フィードをフォロー: 確認して最新の項目を表示" },
    "feed.add.url": { name: "url", description: "フィードのアドレス（RSS、Atom、JSON Feed）" },
    "feed.list": { name: "一覧", description: "このサーバーがフォローしているフィードと状態" },
    "feed.remove": { name: "削除", description: "フィードのフォローをやめる（記事は残る）" },
    "feed.pause": { name: "一時停止", description: "しばらくフィードから新しい記事を取り込まない" },
    "feed.resume": {
      name: "再開",
      description: "一時停止中のフィードを再開、または無効化されたものを再び有効に",
    },
    "digest.unsubscribe.subscription": {
      name: "登録",
      description: "どの登録か（チャンネル名を入力）",
    },
    "digest.pause.subscription": { name: "登録", description: "どの登録か（チャンネル名を入力）" },
    "digest.resume.subscription": { name: "登録", description: "どの登録か（チャンネル名を入力）" },
    "digest.preview.subscription": {
      name: "登録",
      description: "どの登録か（チャンネル名を入力）",
    },
    "digest.send-now.subscription": {
      name: "登録",
      description: "どの登録か（チャンネル名を入力）",
    },
    "feed.remove.feed": {
      name: "フィード",
      description: "どのフィードか（タイトルかアドレスを入力）",
    },
    "feed.pause.feed": {
      name: "フィード",
      description: "どのフィードか（タイトルかアドレスを入力）",
    },
    "feed.resume.feed": {
      name: "フィード",
      description: "どのフィードか（タイトルかアドレスを入力）",
    },
  },
};
