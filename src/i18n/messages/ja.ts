import type { Messages } from "./en-US.js";

export const ja = {
  "error.generic": "こちら側で問題が発生しました。しばらくしてからもう一度お試しください。",
  "error.subcommand": "このコマンドのサブコマンドを選んでください。",
  "error.optionRequired": "オプション `{name}` は必須です。",
  "error.optionType": "オプション `{name}` は {type} 型にしてください。",
  "error.optionChoice": "オプション `{name}` は次のいずれかにしてください: {allowed}",
  "error.guildOnly": "このコマンドはサーバーで使えます。ダイレクトメッセージでは使えません。",
  "error.tooSlow": "時間がかかりすぎました。後でもう一度お試しください。",
  "error.llmCooldown": "AI の回答を依頼したばかりです。{when}にもう一度依頼できます。",
  "error.llmBudget":
    "このサーバーは今の 1 時間の AI 回答 {budget} 回を使い切りました。{when}にもう一度お試しください。",
  "briefing.disabled": "このボットではブリーフィングが有効になっていません。",
  "briefing.badSince":
    "`{value}` を時間として読み取れません。`24h`、`3d`、`2w` のような期間か、`2026-11-25` のような日付を指定してください。",
  "briefing.empty": "📰 {since}以降の記事はありません。",
  "briefing.emptyHint": "最新の記事は {date} のものです。`since:{days}d` を試してください。",
  "briefing.emptyFeed": "📰 {since} 以降、フィード `{feed}` の記事はありません。",
  "briefing.emptySource": "📰 {since}以降の {source} の記事はありません。",
  "briefing.header":
    "📰 **ブリーフィング**（{since}以降）: {articles} 件の記事から {stories} 件のトピック。",
  "briefing.moreStories": "{total} 件のトピックのうち大きい {stories} 件を表示しています。",
  "briefing.omitted": "新しい {kept} 件の記事だけをまとめ、古い {omitted} 件は除きました。",
  "briefing.engineLlm": "要約は {model} が作成し、各文を出典と照合しました。",
  "briefing.engineExtractive": "要約は記事の文から選びました（AI は設定されていません）。",
  "briefing.engineBudget":
    "要約は記事の文から選びました。このサーバーの今の 1 時間の AI 予算は使い切られています。",
  "briefing.engineRefused": "要約は AI ではなく記事の文から選びました: {reason}",
  "briefing.engineMixed": "一部の要約は {model} が作成し、残りは記事の文から選びました。",
  "briefing.sources": "出典",
  "briefing.storyFooter": "記事 {articles} 件 · 出典 {outlets} 件 · 最新 {date}",
  "briefing.removed": "出典に裏付けのない文として削除: {count}",
  "briefing.fallbackFailed": "AI がこのトピックを書けなかったため、記事の文を表示しています。",
  "briefing.fallbackUnsupported": "AI の文に出典の裏付けがなかったため、記事の文を表示しています。",
  "briefing.fallbackLimit":
    "記事の文です（AI はブリーフィングの最初の {count} 件のトピックを書きます）。",
  "briefing.noLanguage":
    "{language}での要約には AI モデルが必要ですが、応答がありませんでした。記事の言語で表示しています。",
  "settings.manageServer": "このサーバーの設定を変更するには「サーバー管理」権限が必要です。",
  "settings.title": "このサーバーの設定",
  "settings.language": "要約の言語",
  "settings.languageArticle": "記事の言語",
  "settings.length": "既定の長さ",
  "settings.format": "既定の形式",
  "settings.digestStyle": "ダイジェストの形式",
  "settings.budget": "1 時間あたりの AI 回答数",
  "settings.budgetValue": "{value}（運営者の上限は {cap}）",
  "settings.budgetDefault": "運営者の上限 {cap}",
  "settings.saved": "保存しました。新しい回答はこの設定に従います。",
  "settings.budgetOverCap": "予算は最大 {cap} です。これは運営者の上限です。",
  "settings.badLanguage":
    "`{value}` という言語は分かりません。`de`、`fr`、`es`、`pt-BR`、`ja` のようなコードを使ってください。",
  "settings.noLlm": "このボットには AI モデルが設定されていないため、要約は記事の言語のままです。",
  "summary.noLanguage":
    "{language}での要約には AI モデルが必要ですが、応答がありませんでした。この要約は記事の言語です。",
  "discuss.button": "話し合う",
  "discuss.missingPermission":
    "ここではスレッドを作成できません。このチャンネルで「公開スレッドの作成」権限が必要です。",
  "discuss.missingThreadSend":
    "ここではスレッドに投稿できません。このチャンネルで「スレッドでメッセージを送信」権限が必要です。",
  "discuss.notInChannel": "スレッドはサーバーのテキストチャンネルにある記事でのみ作成できます。",
  "discuss.opened": "{thread} を作成しました。記事についての質問はそこで `/ask` を使ってください。",
  "discuss.intro":
    "**{title}** について `/ask question:` で質問できます。回答はこの記事の内容だけに基づきます。",
  "ask.notThread": "`/ask` は記事の「話し合う」ボタンで作成したスレッドで使ってください。",
  "ask.noArticle": "このスレッドの記事が見つかりません。",
  "ask.notAnswered": "この記事はその質問に答えていません。",
  "ask.extractive": "記事の中で最もよく一致する文（AI は設定されていません）:",
  "ask.llm": "{model} が記事の内容だけから回答しました。",
  "ask.fallback": "AI が回答できなかったため、記事の中で最もよく一致する文を示します:",
  "ask.question": "質問",
  "discuss.disabled": "このボットでは記事スレッドを利用できません。",
  "discuss.exists":
    "この記事にはすでにスレッドがあります: {thread}。質問はそこで `/ask` を使ってください。",
  "ask.emptyQuestion": "言葉を含む質問をしてください。",
  "ask.fallbackUnsupported": "AI の回答は記事で裏付けられませんでした。記事の中で最も一致する文:",
  "ask.fallbackRefused": "AI は回答しませんでした（{reason}）。記事の中で最も一致する文:",
  "ask.removed": "記事で裏付けられず削除された文: {count}",
  "ask.cited": "引用した文",
  "ask.noLanguage":
    "{language}での回答には AI モデルが必要です。これらの文は記事の言語のままです。",
  "ask.from": "出典: {title}",
  "ask.searched": "質問に十分一致する文が記事にありません。",
} as const satisfies Messages;
