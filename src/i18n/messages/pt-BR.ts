import type { Messages } from "./en-US.js";

export const ptBR = {
  "error.generic": "Algo deu errado do nosso lado. Tente de novo daqui a pouco.",
  "error.subcommand": "Escolha um dos subcomandos deste comando.",
  "error.optionRequired": "A opção `{name}` é obrigatória.",
  "error.optionType": "A opção `{name}` deve ser do tipo {type}.",
  "error.optionChoice": "A opção `{name}` deve ser um destes valores: {allowed}.",
  "error.guildOnly": "Este comando funciona em um servidor, não em mensagens diretas.",
  "error.tooSlow": "Isso demorou demais. Tente de novo mais tarde.",
  "error.llmCooldown": "Você acabou de pedir uma resposta da IA. Pode pedir de novo {when}.",
  "error.llmBudget":
    "Este servidor já usou suas {budget} respostas de IA desta hora. Tente de novo {when}.",
  "briefing.disabled": "Os boletins não estão ativados neste bot.",
  "briefing.badSince":
    "Não entendi `{value}` como uma data. Use uma duração como `24h`, `3d` ou `2w`, ou um dia como `2026-11-25`.",
  "briefing.empty": "📰 Nenhum artigo desde {since}.",
  "briefing.emptyHint": "O artigo mais recente é de {date}: tente `since:{days}d`.",
  "briefing.emptyFeed": "📰 Nenhum artigo do feed `{feed}` desde {since}.",
  "briefing.emptySource": "📰 Nenhum artigo de {source} desde {since}.",
  "briefing.header": "📰 **Boletim** desde {since}: {stories} assuntos de {articles} artigos.",
  "briefing.moreStories": "Mostrando os {stories} maiores de {total} assuntos.",
  "briefing.omitted":
    "Só os {kept} artigos mais recentes foram agrupados; {omitted} mais antigos ficaram de fora.",
  "briefing.engineLlm": "Resumos escritos por {model}, cada frase conferida com suas fontes.",
  "briefing.engineExtractive": "Resumos com frases dos próprios artigos (nenhuma IA configurada).",
  "briefing.engineBudget":
    "Resumos com frases dos próprios artigos: o orçamento de IA deste servidor para esta hora acabou.",
  "briefing.engineRefused": "Resumos com frases dos próprios artigos, não da IA: {reason}",
  "briefing.engineMixed": "Alguns resumos escritos por {model}; os outros, com frases dos artigos.",
  "briefing.sources": "Fontes",
  "briefing.storyFooter": "{articles} artigos · {outlets} fontes · último em {date}",
  "briefing.removed": "Frases removidas por não terem apoio nas fontes: {count}",
  "briefing.fallbackFailed": "A IA não conseguiu escrever este assunto; seguem frases dos artigos.",
  "briefing.fallbackUnsupported":
    "Nenhuma frase da IA tinha apoio nas fontes; seguem frases dos artigos.",
  "briefing.fallbackLimit":
    "Frases dos artigos (a IA escreve os {count} primeiros assuntos de um boletim).",
  "briefing.noLanguage":
    "Resumos em {language} precisam de um modelo de IA e nenhum respondeu: estão no idioma dos artigos.",
  "settings.manageServer":
    "Você precisa da permissão Gerenciar servidor para mudar as configurações.",
  "settings.title": "Configurações deste servidor",
  "settings.language": "Idioma dos resumos",
  "settings.languageArticle": "o idioma do artigo",
  "settings.length": "Tamanho padrão",
  "settings.format": "Formato padrão",
  "settings.digestStyle": "Estilo do digest",
  "settings.budget": "Respostas de IA por hora",
  "settings.budgetValue": "{value} (o operador permite no máximo {cap})",
  "settings.budgetDefault": "o limite do operador, {cap}",
  "settings.saved": "Salvo. As novas respostas seguem estas configurações.",
  "settings.budgetOverCap": "O orçamento pode ser no máximo {cap}: é o limite do operador.",
  "settings.badLanguage":
    "Não conheço o idioma `{value}`. Use um código como `de`, `fr`, `es`, `pt-BR` ou `ja`.",
  "settings.noLlm":
    "Este bot não tem um modelo de IA configurado: os resumos ficam no idioma do artigo.",
  "summary.noLanguage":
    "Resumos em {language} precisam de um modelo de IA e nenhum respondeu: este está no idioma do artigo.",
  "discuss.missingPermission":
    "Não consigo abrir um tópico aqui: preciso da permissão Criar tópicos públicos neste canal.",
  "discuss.notInChannel":
    "Tópicos só podem ser abertos em artigos no canal de texto de um servidor.",
  "discuss.opened": "Abri {thread}: faça lá suas perguntas sobre o artigo com `/ask`.",
  "discuss.intro":
    "Pergunte sobre **{title}** com `/ask question:`. As respostas vêm só deste artigo.",
  "ask.notThread": "Use `/ask` em um tópico aberto com o botão Discutir de um artigo.",
  "ask.noArticle": "Não encontro mais o artigo deste tópico.",
  "ask.notAnswered": "O artigo não responde a essa pergunta.",
  "ask.extractive": "As frases do artigo que mais combinam (nenhuma IA configurada):",
  "ask.llm": "Respondido por {model}, só a partir do artigo.",
  "ask.fallback": "A IA não conseguiu responder; as frases do artigo que mais combinam:",
  "discuss.disabled": "Os tópicos de artigos não estão disponíveis neste bot.",
  "discuss.exists": "Este artigo já tem um tópico: {thread}. Faça suas perguntas lá com `/ask`.",
  "ask.emptyQuestion": "Faça uma pergunta com algumas palavras.",
  "ask.fallbackUnsupported":
    "A resposta da IA não tinha apoio no artigo; as frases do artigo que melhor correspondem:",
  "ask.fallbackRefused":
    "Sem resposta da IA ({reason}); as frases do artigo que melhor correspondem:",
  "ask.removed": "Frases removidas por não terem apoio no artigo: {count}",
  "ask.cited": "Frases citadas",
  "ask.noLanguage":
    "Respostas em {language} precisam de um modelo de IA: estas frases estão no idioma do artigo.",
  "ask.from": "De: {title}",
  "ask.searched": "Nenhuma frase do artigo corresponde bem o bastante à pergunta.",
  "article.empty": "O acervo de notícias está vazio: ainda não há nenhum artigo.",
  "article.needManageMessages":
    "Você precisa da permissão Gerenciar mensagens para adicionar uma página aos artigos deste servidor.",
  "article.added": "Adicionado aos artigos deste servidor: todos aqui podem abri-lo.",
  "article.noMatch": "Nenhum artigo corresponde a `{query}`.",
  "article.alsoMatching": "Também correspondem: {list}",
  "article.gone": "Esse artigo não está mais no acervo.",
  "quotes.none": "Não encontrei citações em “{title}”.",
  "quotes.noSpeaker": "Ninguém chamado “{speaker}” é citado neste artigo.",
  "digest.disabled": "Os digests não estão ativados neste bot.",
  "digest.guildOnly": "Os digests funcionam em um servidor, não em mensagens diretas.",
  "digest.noChannel": "Não consigo ver esse canal.",
  "digest.wrongChannel": "Os digests vão para um canal de texto ou de anúncios.",
  "digest.needManageChannels": "Você precisa da permissão Gerenciar canais para gerenciar digests.",
  "digest.missingPermissions":
    "Não consigo publicar digests em {channel}: preciso de {permissions} lá.",
  "digest.subscribed": "{channel} inscrito (`{id}`). Próximo digest: {next}.",
  "digest.never": "nunca (a programação não tem execução futura)",
  "digest.none": "Ainda não há inscrições de digest neste servidor.",
  "digest.listTitle": "**Inscrições de digest** ({count})",
  "digest.unsubscribed": "Inscrição de {channel} cancelada (`{id}`): não haverá mais digests lá.",
  "digest.paused": "Digest de {channel} pausado (`{id}`).",
  "digest.resumed": "Digest de {channel} retomado (`{id}`).",
  "digest.nextAt": "Próximo digest {when}.",
  "digest.nothingNew": "Nada de novo desde o último digest: nada seria publicado.",
  "digest.postedEmpty": "Publicado: nada de novo, em uma linha curta.",
  "digest.posted": "Publicado: {articles} em {messages}.",
  "digest.articleCount": "{count} artigo",
  "digest.articlesCount": "{count} artigos",
  "digest.messageCount": "{count} mensagem",
  "digest.messagesCount": "{count} mensagens",
  "digest.runEmpty":
    "Nada de novo desde o último digest: nada foi publicado. A programação seguiu. `/digest preview` mostra um exemplo de digest.",
  "digest.runPaused": "O digest não pôde ser publicado e está pausado: {reason}.",
  "digest.runRetry": "O Discord não aceitou o digest agora; vou tentar de novo {when}.",
  "digest.runBusy": "Esse digest está sendo entregue agora.",
  "digest.runSkipped": "Nada a fazer para essa inscrição.",
} as const satisfies Messages;
