import type { CommandStrings } from "../command-strings.js";

/** Brazilian Portuguese: command, subcommand and option names and descriptions. */
export const ptBR = {
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
    description: "Um embed por artigo, ou agrupado por histórias (padrão: /settings, senão lista)",
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
} as const satisfies CommandStrings;
