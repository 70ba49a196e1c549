import type { CommandStrings } from "../command-strings.js";

/** Japanese: command, subcommand and option names and descriptions. */
export const ja = {
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
} as const satisfies CommandStrings;
