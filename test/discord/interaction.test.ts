import {
  type APIInteraction,
  type APIInteractionResponse,
  ApplicationCommandOptionType,
  InteractionType,
  PermissionFlagsBits,
} from "discord.js";
import { describe, expect, it } from "vitest";
import {
  createInteraction,
  hasPermission,
  type InteractionWebhooks,
  toApiMessage,
} from "../../src/discord/interaction.js";
import { renderMessage, renderNotice } from "../../src/discord/render.js";

function raw(type: InteractionType, data: Record<string, unknown>, extra = {}): APIInteraction {
  return {
    id: "900",
    application_id: "800",
    token: "tok",
    version: 1,
    type,
    data,
    guild_id: "100",
    channel: { id: "200", type: 0 },
    member: { user: { id: "300", username: "reader" }, permissions: "32" },
    locale: "fr",
    ...extra,
  } as unknown as APIInteraction;
}

function recorder() {
  const initial: APIInteractionResponse[] = [];
  const hooks: Array<{ via: string; body?: unknown }> = [];
  const webhooks: InteractionWebhooks = {
    editOriginal: async (body) => void hooks.push({ via: "edit", body }),
    deleteOriginal: async () => void hooks.push({ via: "delete" }),
    followUp: async (body) => void hooks.push({ via: "followUp", body }),
  };
  return {
    initial,
    hooks,
    io: {
      transport: "http" as const,
      initial: async (response: APIInteractionResponse) => void initial.push(response),
      webhooks,
    },
  };
}

describe("createInteraction", () => {
  it("reads the subcommand, the options, the user, the guild and the permissions of a command", () => {
    const { io } = recorder();
    const interaction = createInteraction(
      raw(InteractionType.ApplicationCommand, {
        type: 1,
        name: "article",
        options: [
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "search",
            options: [
              { type: ApplicationCommandOptionType.String, name: "query", value: "bridge" },
            ],
          },
        ],
      }),
      io,
    );
    expect(interaction?.kind).toBe("command");
    if (interaction?.kind !== "command") return;
    expect(interaction.commandName).toBe("article");
    expect(interaction.options.getSubcommand()).toBe("search");
    expect(interaction.options.get("query")).toEqual({ value: "bridge" });
    expect(interaction.options.getString("missing")).toBeNull();
    expect(interaction.user).toEqual({ id: "300", username: "reader" });
    expect([interaction.guildId, interaction.channelId, interaction.locale]).toEqual([
      "100",
      "200",
      "fr",
    ]);
    expect(interaction.memberPermissions).toBe(32n);
  });

  it("sends a reply as type 4 with snake_case allowed_mentions and the ephemeral flag", async () => {
    const { io, initial } = recorder();
    const interaction = createInteraction(
      raw(InteractionType.ApplicationCommand, { name: "x" }),
      io,
    );
    if (interaction?.kind !== "command") throw new Error("not a command");
    await interaction.reply(renderNotice("hello"));
    expect(initial).toEqual([
      {
        type: 4,
        data: {
          content: "hello",
          embeds: [],
          components: [],
          allowed_mentions: { parse: [] },
          flags: 64,
        },
      },
    ]);
    expect(interaction.replied).toBe(true);
    expect(interaction.ephemeral).toBe(true);
    await expect(interaction.deferReply()).rejects.toThrow(/already acknowledged/);
  });

  it("turns a reply after the transport's deferral into an edit of the original", async () => {
    const { io, initial, hooks } = recorder();
    const interaction = createInteraction(
      raw(InteractionType.ApplicationCommand, { name: "x" }),
      io,
    );
    if (interaction?.kind !== "command") throw new Error("not a command");
    expect(await interaction.acknowledgeIfSilent()).toBe(true);
    expect(await interaction.acknowledgeIfSilent()).toBe(false);
    await interaction.reply(renderMessage({ content: "late" }));
    expect(initial).toEqual([{ type: 5, data: {} }]);
    expect(hooks).toEqual([
      {
        via: "edit",
        body: { content: "late", embeds: [], components: [], allowed_mentions: { parse: [] } },
      },
    ]);
  });

  it("defers a silent button with type 6 and edits the message it is on afterwards", async () => {
    const { io, initial, hooks } = recorder();
    const interaction = createInteraction(
      raw(
        InteractionType.MessageComponent,
        { custom_id: "article:page:a:2", component_type: 2 },
        { message: { id: "700" } },
      ),
      io,
    );
    if (interaction?.kind !== "component") throw new Error("not a component");
    expect(interaction.customId).toBe("article:page:a:2");
    expect(interaction.messageId).toBe("700");
    await interaction.acknowledgeIfSilent();
    await interaction.update(renderMessage({ content: "page 2" }));
    expect(initial).toEqual([{ type: 6 }]);
    expect(hooks.map((h) => h.via)).toEqual(["edit"]);
  });

  it("finds the focused option of an autocomplete and answers an empty list when silent", async () => {
    const { io, initial } = recorder();
    const interaction = createInteraction(
      raw(InteractionType.ApplicationCommandAutocomplete, {
        name: "quotes",
        options: [
          { type: 3, name: "article", value: "long-bridge" },
          { type: 3, name: "speaker", value: "Ja", focused: true },
        ],
      }),
      io,
    );
    if (interaction?.kind !== "autocomplete") throw new Error("not autocomplete");
    expect(interaction.focused).toEqual({ name: "speaker", value: "Ja" });
    expect(interaction.options.getString("article")).toBe("long-bridge");
    await interaction.acknowledgeIfSilent();
    expect(initial).toEqual([{ type: 8, data: { choices: [] } }]);
    expect(interaction.responded).toBe(true);
  });

  it("returns null for a ping and for context-menu commands", () => {
    const { io } = recorder();
    expect(createInteraction(raw(InteractionType.Ping, {}), io)).toBeNull();
    expect(
      createInteraction(raw(InteractionType.ApplicationCommand, { type: 2, name: "x" }), io),
    ).toBeNull();
  });
});

describe("hasPermission", () => {
  it("needs every bit asked for, and Administrator grants everything", () => {
    expect(
      hasPermission(PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageChannels),
    ).toBe(true);
    expect(
      hasPermission(PermissionFlagsBits.SendMessages, PermissionFlagsBits.ManageChannels),
    ).toBe(false);
    expect(
      hasPermission(PermissionFlagsBits.Administrator, PermissionFlagsBits.ManageChannels),
    ).toBe(true);
    expect(hasPermission(null, PermissionFlagsBits.ViewChannel)).toBe(false);
  });
});

describe("toApiMessage", () => {
  it("keeps content, embeds and components and never lets a mention ping", () => {
    expect(toApiMessage(renderMessage({ content: "@everyone" }))).toMatchObject({
      allowed_mentions: { parse: [] },
    });
  });
});
