import type { CommandStrings } from "../command-strings.js";

/** French: command, subcommand and option names and descriptions. */
export const fr = {
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
    description: "Récupérer une page et l'ajouter aux contenus de ce serveur (Gérer les messages)",
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
} as const satisfies CommandStrings;
