// @ts-check
// The Newsdesk playground page: a Discord-like text channel over the project's Discord emulator.
// Everything here talks to the playground server on the same origin; nothing leaves loopback.
// Type-checked by `npm run typecheck` (tsconfig.playground.json).

import { emojiAsWords, renderInline, renderMarkdown, safeUrl } from "./markdown.js";

/**
 * @typedef {{ id: string, username: string, global_name?: string | null, bot?: boolean }} User
 * @typedef {{ id: string, name: string, parentId?: string }} Channel
 * @typedef {{ name: string, value: string | number }} Choice
 * @typedef {{ type: number, name: string, description?: string, required?: boolean,
 *   autocomplete?: boolean, choices?: Choice[], options?: CommandOption[] }} CommandOption
 * @typedef {{ name: string, description?: string, options?: CommandOption[] }} AppCommand
 * @typedef {{ name?: string, url?: string }} EmbedAuthor
 * @typedef {{ name: string, value: string, inline?: boolean }} EmbedField
 * @typedef {{ title?: string, url?: string, description?: string, color?: number,
 *   author?: EmbedAuthor, fields?: EmbedField[], footer?: { text: string },
 *   timestamp?: string }} Embed
 * @typedef {{ type: number, style?: number, label?: string, custom_id?: string, url?: string,
 *   disabled?: boolean, emoji?: { name?: string } }} Component
 * @typedef {{ components?: Component[] }} ActionRow
 * @typedef {{ id: string, channel_id: string, author?: User, content?: string, embeds?: Embed[],
 *   components?: ActionRow[], flags?: number, timestamp: string, edited_timestamp?: string | null,
 *   deleted?: boolean, interaction_metadata?: { id: string, user?: User, name?: string } }} Message
 * @typedef {{ command: AppCommand, sub: CommandOption | null, label: string,
 *   description?: string, options: CommandOption[] }} CommandEntry
 * @typedef {{ label: string, description?: string, value?: string | number }} SuggestionItem
 */

const OPTION = {
  SUB_COMMAND: 1,
  SUB_COMMAND_GROUP: 2,
  STRING: 3,
  INTEGER: 4,
  BOOLEAN: 5,
  CHANNEL: 7,
  NUMBER: 10,
};
const FLAG = { EPHEMERAL: 64, LOADING: 128 };
const BUTTON_STYLE = { 1: "primary", 2: "secondary", 3: "success", 4: "danger", 5: "link" };

const state = {
  /** @type {{ id: string, name: string } | null} */
  guild: null,
  /** @type {User | null} */
  me: null,
  /** @type {User | null} */
  bot: null,
  /** @type {Channel[]} */
  channels: [],
  /** @type {AppCommand[]} */
  commands: [],
  /** @type {Map<string, Map<string, Message>>} channel id → message id → message */
  messages: new Map(),
  /** @type {string} */
  current: "",
  /** @type {Set<string>} */
  unread: new Set(),
  /** @type {Set<string>} */
  dismissed: new Set(),
  /** @type {Map<string, string>} interaction id → what it was ("used /article latest") */
  used: new Map(),
};

/** @param {string} id */
function $(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no #${id}`);
  return node;
}
const els = {
  channelList: $("channel-list"),
  channelTitle: $("channel-title"),
  messages: $("messages"),
  composer: $("composer"),
  input: /** @type {HTMLInputElement} */ ($("input")),
  suggestions: $("suggestions"),
  options: $("command-options"),
  status: $("status"),
  note: $("composer-note"),
  guildName: $("guild-name"),
  me: $("me"),
};

// ---------------------------------------------------------------------------------------------
// Emoji: with no emoji font (a bare Linux or CI machine), emoji draw as empty boxes. The page
// checks once whether an emoji draws anything and, if not, writes the bot's emoji as words.

/** True when the browser has a font that draws emoji (checked once, by drawing one). */
const hasEmojiFont = (() => {
  try {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 32;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return true;
    context.font = '24px "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif';
    context.textBaseline = "top";
    context.fillText("📰", 0, 0);
    const pixels = context.getImageData(0, 0, 32, 32).data;
    // A color glyph has pixels whose channels differ; an empty box is grey outlines only.
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] > 0 && (pixels[i] !== pixels[i + 1] || pixels[i + 1] !== pixels[i + 2]))
        return true;
    }
    return false;
  } catch {
    return true;
  }
})();
document.documentElement.classList.toggle("no-emoji-font", !hasEmojiFont);

/**
 * The text as is when emoji can be drawn; otherwise each emoji as a word ("[news]") or as ◇.
 * @param {string} text
 */
function withEmojiFallback(text) {
  return hasEmojiFont ? text : emojiAsWords(text);
}

/**
 * Markdown options for the page: names for mentions, emoji as words without an emoji font.
 * @param {boolean} links
 * @returns {import("./markdown.js").MarkdownOptions}
 */
function md(links) {
  return { links, userName, channelName, rewrite: withEmojiFallback };
}

// ---------------------------------------------------------------------------------------------
// Lookups

/** @param {string} id */
function userName(id) {
  if (state.me && id === state.me.id) return state.me.global_name ?? state.me.username;
  if (state.bot && id === state.bot.id) return state.bot.username;
  return "user";
}

/** @param {string} id */
function channelName(id) {
  return state.channels.find((c) => c.id === id)?.name ?? "channel";
}

/**
 * @param {string} channelId
 * @returns {Map<string, Message>}
 */
function channelMessages(channelId) {
  let map = state.messages.get(channelId);
  if (!map) {
    map = new Map();
    state.messages.set(channelId, map);
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Rendering messages

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, any>} [props] `class`, `html` (trusted HTML only), `text`, `on…` handlers,
 *   attributes (false, null and undefined leave one out)
 * @param {(Node | string | null | undefined)[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "html") node.innerHTML = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** @param {Embed} embed */
function renderEmbed(embed) {
  const color =
    typeof embed.color === "number" ? `#${embed.color.toString(16).padStart(6, "0")}` : null;
  const box = el("article", {
    class: "embed",
    "aria-label": embed.title ? `Embed: ${embed.title}` : "Embed",
  });
  if (color) box.style.borderLeftColor = color;
  if (embed.author?.name) {
    const href = embed.author.url ? safeUrl(embed.author.url) : null;
    box.append(
      el("div", { class: "embed-author" }, [
        href
          ? el("a", { href, target: "_blank", rel: "noopener noreferrer", text: embed.author.name })
          : document.createTextNode(withEmojiFallback(embed.author.name)),
      ]),
    );
  }
  if (embed.title) {
    const href = embed.url ? safeUrl(embed.url) : null;
    const title = el("div", { class: "embed-title" });
    if (href)
      title.append(
        el("a", {
          href,
          target: "_blank",
          rel: "noopener noreferrer",
          html: renderInline(embed.title, md(false)),
        }),
      );
    else title.innerHTML = renderInline(embed.title, md(false));
    box.append(title);
  }
  if (embed.description)
    box.append(
      el("div", {
        class: "embed-description",
        html: renderMarkdown(embed.description, md(true)),
      }),
    );
  if (Array.isArray(embed.fields) && embed.fields.length > 0) {
    const fields = el("div", { class: "embed-fields" });
    for (const field of embed.fields) {
      fields.append(
        el("div", { class: field.inline ? "embed-field inline" : "embed-field" }, [
          el("div", {
            class: "embed-field-name",
            html: renderInline(field.name, md(false)),
          }),
          el("div", {
            class: "embed-field-value",
            html: renderMarkdown(field.value, md(true)),
          }),
        ]),
      );
    }
    box.append(fields);
  }
  const footer = [
    embed.footer?.text,
    embed.timestamp
      ? new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(new Date(embed.timestamp))
      : null,
  ]
    .filter(Boolean)
    .join(" • ");
  if (footer) box.append(el("div", { class: "embed-footer", text: withEmojiFallback(footer) }));
  return box;
}

/** @param {Message} message */
function renderComponents(message) {
  if (!Array.isArray(message.components) || message.components.length === 0) return null;
  const wrap = el("div", { class: "components" });
  for (const row of message.components) {
    const rowEl = el("div", { class: "action-row", role: "group" });
    for (const component of row.components ?? []) {
      if (component.type !== 2) continue;
      const style =
        BUTTON_STYLE[/** @type {keyof typeof BUTTON_STYLE} */ (component.style)] ?? "secondary";
      const label = withEmojiFallback(
        `${component.emoji?.name ? `${component.emoji.name} ` : ""}${component.label ?? ""}`,
      );
      if (style === "link") {
        const href = safeUrl(component.url ?? "");
        rowEl.append(
          el("a", {
            class: "button secondary",
            href,
            target: "_blank",
            rel: "noopener noreferrer",
            text: `${label} ↗`,
          }),
        );
        continue;
      }
      rowEl.append(
        el("button", {
          class: `button ${style}`,
          type: "button",
          disabled: component.disabled === true,
          text: label,
          onclick: () => clickButton(message, component.custom_id ?? ""),
        }),
      );
    }
    wrap.append(rowEl);
  }
  return wrap;
}

/**
 * What the person did that this message answers: "used /article latest", "clicked “Summary”".
 * @param {NonNullable<Message["interaction_metadata"]>} metadata
 */
function describeUse(metadata) {
  const known = state.used.get(metadata.id);
  if (known) return known;
  return metadata.name ? `used /${metadata.name}` : "used a command";
}

/** @param {Message} message */
function renderMessage(message) {
  const isBot = message.author?.bot === true;
  const name = message.author?.global_name ?? message.author?.username ?? "unknown";
  const li = el("li", { class: "message", id: `m-${message.id}`, "data-message-id": message.id });
  if (message.interaction_metadata) {
    const who =
      message.interaction_metadata.user?.global_name ??
      message.interaction_metadata.user?.username ??
      "someone";
    const used = describeUse(message.interaction_metadata);
    li.append(
      el("div", { class: "invocation" }, [
        el("strong", { text: who }),
        document.createTextNode(` ${used}`),
      ]),
    );
  }
  li.append(
    el("div", {
      class: isBot ? "avatar" : "avatar human",
      "aria-hidden": "true",
      text: name.slice(0, 1).toUpperCase(),
    }),
  );
  const time = new Date(message.timestamp);
  li.append(
    el("div", { class: "meta" }, [
      el("span", { class: "author", text: name }),
      isBot ? el("span", { class: "bot-tag", text: "APP" }) : null,
      el("time", {
        class: "time",
        datetime: message.timestamp,
        text: new Intl.DateTimeFormat("en", { timeStyle: "short" }).format(time),
      }),
      message.edited_timestamp ? el("span", { class: "time", text: "(edited)" }) : null,
    ]),
  );
  const flags = message.flags ?? 0;
  if ((flags & FLAG.LOADING) !== 0) {
    li.append(
      el("div", {
        class: "thinking",
        role: "status",
        text: `${state.bot?.username ?? "Newsdesk"} is thinking…`,
      }),
    );
  } else {
    if (message.content)
      li.append(el("div", { class: "content", html: renderMarkdown(message.content, md(true)) }));
    for (const embed of message.embeds ?? []) li.append(renderEmbed(embed));
    const components = renderComponents(message);
    if (components) li.append(components);
  }
  if ((flags & FLAG.EPHEMERAL) !== 0) {
    li.classList.add("ephemeral");
    li.append(
      el("div", { class: "ephemeral-note" }, [
        document.createTextNode(withEmojiFallback("👁 Only you can see this · ")),
        el("button", {
          class: "link-button",
          type: "button",
          text: "Dismiss message",
          onclick: () => {
            state.dismissed.add(message.id);
            li.remove();
          },
        }),
      ]),
    );
  }
  return li;
}

/** @param {Message} message */
function isVisible(message) {
  return !message.deleted && !state.dismissed.has(message.id);
}

function renderChannel() {
  const list = [...channelMessages(state.current).values()].filter(isVisible);
  els.messages.replaceChildren(...list.map(renderMessage));
  els.messages.scrollTop = els.messages.scrollHeight;
  els.channelTitle.textContent = channelName(state.current);
  for (const button of els.channelList.querySelectorAll("button")) {
    button.setAttribute("aria-current", String(button.dataset.channelId === state.current));
    button.classList.toggle("unread", state.unread.has(button.dataset.channelId ?? ""));
  }
}

/** @param {Message} message */
function upsertMessage(message) {
  channelMessages(message.channel_id).set(message.id, message);
  if (message.channel_id !== state.current) {
    if (isVisible(message)) state.unread.add(message.channel_id);
    renderChannelList();
    return;
  }
  const existing = document.getElementById(`m-${message.id}`);
  const nearBottom =
    els.messages.scrollHeight - els.messages.scrollTop - els.messages.clientHeight < 120;
  if (!isVisible(message)) {
    existing?.remove();
    return;
  }
  const fresh = renderMessage(message);
  if (existing) existing.replaceWith(fresh);
  else els.messages.append(fresh);
  if (nearBottom || !existing) els.messages.scrollTop = els.messages.scrollHeight;
}

function renderChannelList() {
  els.channelList.replaceChildren(
    ...state.channels.map((channel) =>
      el("li", {}, [
        el("button", {
          type: "button",
          "data-channel-id": channel.id,
          "aria-current": String(channel.id === state.current),
          class:
            [state.unread.has(channel.id) ? "unread" : "", channel.parentId ? "thread" : ""]
              .join(" ")
              .trim() || null,
          // A thread (opened with Discuss under an article) sits under its channel.
          text: channel.parentId ? `🧵 ${channel.name}` : `# ${channel.name}`,
          onclick: () => selectChannel(channel.id),
        }),
      ]),
    ),
  );
}

/** @param {string} id */
function selectChannel(id) {
  state.current = id;
  state.unread.delete(id);
  renderChannelList();
  renderChannel();
  els.input.placeholder = `Message #${channelName(id)} — type / for commands`;
}

// ---------------------------------------------------------------------------------------------
// Talking to the playground server

/**
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
async function api(path, body) {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error ?? `HTTP ${response.status}`);
  return data;
}

/** The connection's state, in the channel header. @param {string} text */
function showStatus(text) {
  els.status.textContent = text;
}

/** A prompt about what the person is typing, next to the composer. @param {string} text */
function showPrompt(text) {
  els.note.textContent = text;
  els.note.hidden = text === "";
}

/** @param {unknown} error */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Notes what an interaction was, and shows it on the messages that answer it.
 * @param {string} id
 * @param {string} used
 */
function rememberUse(id, used) {
  if (state.used.get(id) === used) return;
  state.used.set(id, used);
  for (const message of channelMessages(state.current).values()) {
    if (message.interaction_metadata?.id === id) upsertMessage(message);
  }
}

/**
 * @param {Message} message
 * @param {string} customId
 */
async function clickButton(message, customId) {
  try {
    const { id, used } = await api("/api/click", { messageId: message.id, customId });
    if (typeof id === "string" && typeof used === "string") rememberUse(id, used);
  } catch (error) {
    showPrompt(`Button failed: ${messageOf(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The composer: "/" lists commands (subcommands flattened), then each option gets a field;
// autocomplete options ask the bot through a real autocomplete interaction.

const composer = {
  /** @type {CommandEntry | null} */
  selected: null,
  /** @type {SuggestionItem[]} */
  items: [],
  active: -1,
  /** @type {((item: any) => void) | null} */
  onPick: null,
  /** @type {HTMLElement | null} */
  target: null,
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  timer: undefined,
  /** True after an Esc that closed nothing: the next Esc clears the composer. */
  clearArmed: false,
};

/** @returns {CommandEntry[]} */
function commandEntries() {
  /** @type {CommandEntry[]} */
  const entries = [];
  for (const command of state.commands) {
    const subs = (command.options ?? []).filter((o) => o.type === OPTION.SUB_COMMAND);
    if (subs.length > 0) {
      for (const sub of subs)
        entries.push({
          command,
          sub,
          label: `/${command.name} ${sub.name}`,
          description: sub.description,
          options: sub.options ?? [],
        });
    } else {
      entries.push({
        command,
        sub: null,
        label: `/${command.name}`,
        description: command.description,
        options: command.options ?? [],
      });
    }
  }
  return entries.sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * @param {SuggestionItem[]} items
 * @param {(item: any) => void} onPick
 * @param {HTMLElement} target
 */
function showSuggestions(items, onPick, target) {
  composer.items = items;
  composer.onPick = onPick;
  composer.target = target;
  composer.active = items.length > 0 ? 0 : -1;
  els.suggestions.replaceChildren(
    ...items.map((item, index) =>
      el(
        "div",
        {
          class: "suggestion",
          role: "option",
          id: `suggestion-${index}`,
          "aria-selected": String(index === composer.active),
          onmousedown: (/** @type {MouseEvent} */ event) => {
            event.preventDefault();
            pickSuggestion(index);
          },
        },
        [
          document.createTextNode(item.label),
          item.description ? el("small", { text: item.description }) : null,
        ],
      ),
    ),
  );
  els.suggestions.hidden = items.length === 0;
  target.setAttribute("aria-expanded", String(items.length > 0));
  if (items.length > 0) target.setAttribute("aria-activedescendant", "suggestion-0");
}

function hideSuggestions() {
  els.suggestions.hidden = true;
  composer.items = [];
  composer.active = -1;
  composer.target?.setAttribute("aria-expanded", "false");
  composer.target?.removeAttribute("aria-activedescendant");
}

/** @param {number} delta */
function moveSuggestion(delta) {
  if (composer.items.length === 0) return;
  composer.active = (composer.active + delta + composer.items.length) % composer.items.length;
  for (const [index, node] of [...els.suggestions.children].entries()) {
    node.setAttribute("aria-selected", String(index === composer.active));
    if (index === composer.active) node.scrollIntoView({ block: "nearest" });
  }
  composer.target?.setAttribute("aria-activedescendant", `suggestion-${composer.active}`);
}

/** @param {number} index */
function pickSuggestion(index) {
  const item = composer.items[index];
  const pick = composer.onPick;
  hideSuggestions();
  if (item && pick) pick(item);
}

/** @param {CommandEntry} entry */
function selectCommand(entry) {
  composer.selected = entry;
  els.input.value = `${entry.label} `;
  const fields = entry.options.map((option) => optionField(option));
  els.options.replaceChildren(...fields);
  els.options.hidden = fields.length === 0;
  /** @type {HTMLElement | null} */
  const first = els.options.querySelector("input, select");
  (first ?? els.input).focus();
  showPrompt(
    fields.length === 0
      ? "Enter sends the command."
      : "Fill in the options, then press Enter. Esc closes suggestions; Esc twice clears.",
  );
}

/** @param {CommandOption} option */
function optionField(option) {
  const id = `option-${option.name}`;
  const label = el("label", { for: id }, [
    document.createTextNode(option.name),
    option.required ? el("span", { class: "required", "aria-hidden": "true", text: "*" }) : null,
  ]);
  /** @type {HTMLInputElement | HTMLSelectElement} */
  let control;
  if (Array.isArray(option.choices) && option.choices.length > 0) {
    control = el("select", { id, "data-option": option.name }, [
      option.required ? null : el("option", { value: "", text: "(default)" }),
      ...option.choices.map((choice) =>
        el("option", { value: String(choice.value), text: choice.name }),
      ),
    ]);
  } else if (option.type === OPTION.CHANNEL) {
    control = el("select", { id, "data-option": option.name }, [
      option.required ? null : el("option", { value: "", text: "(none)" }),
      // Channel options take text channels (digests post there), not threads.
      ...state.channels
        .filter((channel) => !channel.parentId)
        .map((channel) =>
          el("option", {
            value: channel.id,
            text: `#${channel.name}`,
            selected: channel.id === state.current,
          }),
        ),
    ]);
  } else if (option.type === OPTION.BOOLEAN) {
    control = el("select", { id, "data-option": option.name }, [
      el("option", { value: "", text: "(default)" }),
      el("option", { value: "true", text: "True" }),
      el("option", { value: "false", text: "False" }),
    ]);
  } else {
    control = el("input", {
      id,
      type: option.type === OPTION.INTEGER || option.type === OPTION.NUMBER ? "number" : "text",
      "data-option": option.name,
      placeholder: option.description,
      "aria-required": option.required ? "true" : null,
      role: option.autocomplete ? "combobox" : null,
      "aria-autocomplete": option.autocomplete ? "list" : null,
      "aria-controls": option.autocomplete ? "suggestions" : null,
      "aria-expanded": option.autocomplete ? "false" : null,
    });
    const input = control;
    if (option.autocomplete) {
      input.addEventListener("input", () => scheduleAutocomplete(option, input));
      input.addEventListener("focus", () => scheduleAutocomplete(option, input));
    }
    input.addEventListener("input", () => {
      delete input.dataset.value;
    });
  }
  control.title = option.description ?? option.name;
  return el("div", { class: "option" }, [label, control]);
}

/** @returns {Record<string, string | number | boolean>} */
function optionValues() {
  /** @type {Record<string, string | number | boolean>} */
  const values = {};
  /** @type {NodeListOf<HTMLInputElement | HTMLSelectElement>} */
  const controls = els.options.querySelectorAll("[data-option]");
  for (const control of controls) {
    const raw = control.dataset.value ?? control.value;
    if (raw === "" || control.dataset.option === undefined) continue;
    const def = composer.selected?.options.find((o) => o.name === control.dataset.option);
    if (def?.type === OPTION.INTEGER) values[def.name] = Number.parseInt(raw, 10);
    else if (def?.type === OPTION.NUMBER) values[def.name] = Number(raw);
    else if (def?.type === OPTION.BOOLEAN) values[def.name] = raw === "true";
    else values[control.dataset.option] = raw;
  }
  return values;
}

/**
 * @param {CommandOption} option
 * @param {HTMLInputElement} control
 */
function scheduleAutocomplete(option, control) {
  clearTimeout(composer.timer);
  composer.timer = setTimeout(async () => {
    const entry = composer.selected;
    if (!entry) return;
    const options = { ...optionValues(), [option.name]: control.value };
    try {
      const { choices } = await api("/api/autocomplete", {
        channel: state.current,
        name: entry.command.name,
        subcommand: entry.sub?.name,
        options,
        focused: option.name,
      });
      if (document.activeElement !== control) return;
      showSuggestions(
        /** @type {Choice[]} */ (choices).map((choice) => ({
          label: choice.name,
          value: choice.value,
        })),
        (/** @type {SuggestionItem} */ choice) => {
          control.value = choice.label;
          control.dataset.value = String(choice.value);
          control.focus();
        },
        control,
      );
    } catch (error) {
      showPrompt(`Autocomplete failed: ${messageOf(error)}`);
    }
  }, 120);
}

async function submit() {
  const entry = composer.selected;
  if (!entry) {
    if (els.input.value.trim()) showPrompt("This playground channel takes slash commands: type /");
    return;
  }
  const values = optionValues();
  const missing = entry.options.filter((o) => o.required && values[o.name] === undefined);
  if (missing.length > 0) {
    showPrompt(`Fill in ${missing.map((o) => o.name).join(", ")}`);
    /** @type {HTMLElement | null} */
    const field = els.options.querySelector(`[data-option="${missing[0].name}"]`);
    field?.focus();
    return;
  }
  try {
    const { id, used } = await api("/api/commands", {
      channel: state.current,
      name: entry.command.name,
      subcommand: entry.sub?.name,
      options: values,
    });
    if (typeof id === "string" && typeof used === "string") rememberUse(id, used);
    resetComposer();
  } catch (error) {
    showPrompt(`Command failed: ${messageOf(error)}`);
  }
}

function resetComposer() {
  composer.selected = null;
  composer.clearArmed = false;
  showPrompt("");
  els.input.value = "";
  els.options.replaceChildren();
  els.options.hidden = true;
  hideSuggestions();
  els.input.focus();
}

els.input.addEventListener("input", () => {
  const value = els.input.value;
  if (!composer.selected)
    showPrompt(value === "" ? "" : value.startsWith("/") ? "" : "Type / for commands");
  if (composer.selected && !value.startsWith(composer.selected.label)) {
    composer.selected = null;
    els.options.replaceChildren();
    els.options.hidden = true;
  }
  if (!composer.selected && value.startsWith("/")) {
    const query = value.slice(1).trim().toLowerCase();
    const items = commandEntries().filter(
      (entry) => entry.label.slice(1).startsWith(query) || entry.label.includes(query),
    );
    showSuggestions(items, selectCommand, els.input);
  } else {
    hideSuggestions();
  }
});

els.composer.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") composer.clearArmed = false;
  const suggesting =
    !els.suggestions.hidden && composer.items.length > 0 && event.target === composer.target;
  if (event.key === "ArrowDown" && suggesting) {
    event.preventDefault();
    moveSuggestion(1);
  } else if (event.key === "ArrowUp" && suggesting) {
    event.preventDefault();
    moveSuggestion(-1);
  } else if ((event.key === "Enter" || event.key === "Tab") && suggesting) {
    event.preventDefault();
    pickSuggestion(composer.active);
  } else if (event.key === "Escape") {
    // First Esc closes the suggestions; with none open, it asks; the second Esc clears.
    event.preventDefault();
    if (!els.suggestions.hidden) hideSuggestions();
    else if (composer.clearArmed || (!composer.selected && els.input.value === "")) resetComposer();
    else {
      composer.clearArmed = true;
      showPrompt("Press Esc again to clear the command.");
    }
  } else if (event.key === "Enter") {
    event.preventDefault();
    submit();
  }
});

els.composer.addEventListener("focusout", (event) => {
  if (!els.composer.contains(/** @type {Node | null} */ (event.relatedTarget))) hideSuggestions();
});

els.messages.addEventListener("click", (event) => {
  const target = /** @type {Element | null} */ (event.target);
  const spoiler = target?.closest?.(".spoiler");
  if (spoiler) spoiler.classList.add("revealed");
  // A channel mention (the thread Discuss opened) goes to that channel.
  const mention = target?.closest?.(".mention[data-channel-id]");
  const id = mention?.getAttribute("data-channel-id");
  if (id && state.channels.some((c) => c.id === id)) selectChannel(id);
});

// ---------------------------------------------------------------------------------------------
// Start: load the state, then follow live updates over server-sent events.

async function start() {
  const snapshot = await api("/api/state");
  state.guild = snapshot.guild;
  state.me = snapshot.user;
  state.bot = snapshot.bot;
  state.channels = snapshot.channels;
  state.commands = snapshot.commands;
  for (const [id, used] of Object.entries(snapshot.used ?? {})) state.used.set(id, String(used));
  for (const message of /** @type {Message[]} */ (snapshot.messages))
    channelMessages(message.channel_id).set(message.id, message);
  els.guildName.textContent = snapshot.guild.name;
  const me = snapshot.user;
  els.me.replaceChildren(
    el("strong", { text: me.global_name ?? me.username }),
    el("small", { text: "Server admin · playground" }),
  );
  selectChannel(state.channels.find((c) => c.name === "general")?.id ?? state.channels[0]?.id);
  const botName = state.bot?.username ?? "Newsdesk";
  showStatus(snapshot.connected ? `${botName} is online` : "waiting for the bot…");

  const events = new EventSource("/api/events");
  events.addEventListener("message-change", (event) =>
    upsertMessage(JSON.parse(event.data).message),
  );
  events.addEventListener("used", (event) => {
    const { id, used } = JSON.parse(event.data);
    rememberUse(id, used);
  });
  events.addEventListener("channels", (event) => {
    state.channels = JSON.parse(event.data).channels;
    renderChannelList();
  });
  events.addEventListener("commands", (event) => {
    state.commands = JSON.parse(event.data).commands;
  });
  events.addEventListener("bot", (event) => {
    const { connected } = JSON.parse(event.data);
    showStatus(connected ? `${botName} is online` : "the bot is offline");
  });
  events.onerror = () => showStatus("reconnecting to the playground…");
  events.onopen = () => showStatus(`${botName} is online`);
  document.body.dataset.ready = "true";
}

start().catch((error) => showStatus(`Could not load the playground: ${messageOf(error)}`));
