import { EventEmitter } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIApplicationCommand } from "discord.js";
import { listCommands } from "./application-commands.js";
import { buildFaults } from "./faults.js";
import { GatewayHub } from "./gateway.js";
import { buildReady, describeGuild, guildCreatePayload } from "./guilds.js";
import { autocomplete, clickButton, runCommand, setInteractionsEndpoint } from "./interactions.js";
import { mentionsPinged } from "./mentions.js";
import { EmulatorModel } from "./model.js";
import { FaultQueue, handleRequest } from "./router.js";
import { buildRoutes } from "./routes.js";
import type {
  AutocompleteChoice,
  AutocompleteInput,
  ClickButtonInput,
  EmulatedChannel,
  EmulatedGuild,
  EmulatedMessage,
  EmulatedUser,
  Emulator,
  EmulatorChannelInput,
  EmulatorEvents,
  EmulatorFaults,
  EmulatorGuildInput,
  EmulatorOptions,
  InteractionHandle,
  RecordedRequest,
  RunCommandInput,
} from "./types.js";

/**
 * The emulator's public face (the `Emulator` interface): it owns the HTTP server and the gateway
 * hub and delegates to the resource modules over one shared `EmulatorModel` (model.ts). REST
 * resources register their routes in routes.ts.
 */

/** Starts the emulator; `startEmulator` in index.ts is the public entry point. */
export async function launchEmulator(options: EmulatorOptions): Promise<Emulator> {
  const emulator = new EmulatorServer(options);
  await emulator.listen(options.host ?? "127.0.0.1", options.port ?? 0);
  return emulator;
}

class EmulatorServer extends EventEmitter implements Emulator {
  readonly faults: EmulatorFaults;
  readonly #model: EmulatorModel;
  readonly #server: Server;
  #port = 0;
  #host = "127.0.0.1";

  constructor(options: EmulatorOptions) {
    super();
    this.setMaxListeners(100);
    const model = new EmulatorModel(
      options,
      this,
      (m) =>
        new GatewayHub({
          token: m.token,
          heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
          logger: m.logger,
          buildReady: (sessionId, shard) => buildReady(m, sessionId, shard),
          onIdentify: (payload) => this.emit("identify", payload),
          onResume: (payload) => this.emit("resume", payload),
          onReady: (sessionId) => this.emit("ready", sessionId),
          onDisconnect: () => this.emit("disconnect"),
          onPacket: (packet) => this.emit("gateway", { ...packet, at: m.now() }),
        }),
    );
    this.#model = model;
    const routes = buildRoutes(model);
    const restFaults = new FaultQueue();
    this.#server = createServer((req, res) => {
      handleRequest(model, routes, restFaults, req, res).catch((error: unknown) => {
        model.logger.error({ err: error }, "emulator request failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ code: 0, message: "500: Internal Server Error" }));
      });
    });
    this.#server.on("upgrade", (req, socket, head) =>
      model.gateway.handleUpgrade(req, socket, head),
    );
    this.faults = buildFaults(model, restFaults);
  }

  async listen(host: string, port: number): Promise<void> {
    this.#host = host;
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(port, host, () => {
        this.#server.off("error", reject);
        resolve();
      });
    });
    this.#port = (this.#server.address() as AddressInfo).port;
    this.#model.gatewayUrl = this.gatewayUrl;
  }

  get apiUrl(): string {
    return `http://${this.#host}:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://${this.#host}:${this.#port}/gateway`;
  }

  get token(): string {
    return this.#model.token;
  }

  get applicationId(): string {
    return this.#model.applicationId;
  }

  get botUserId(): string {
    return this.#model.botUserId;
  }

  get guildId(): string {
    return this.#model.guildId;
  }

  get user(): EmulatedUser {
    return this.#model.user;
  }

  get bot(): EmulatedUser {
    return this.#model.bot;
  }

  get requests(): readonly RecordedRequest[] {
    return this.#model.requests;
  }

  get connected(): boolean {
    const session = this.#model.gateway.activeSession;
    return session?.connected === true && session.ready;
  }

  get publicKey(): string {
    return this.#model.keys.publicKey;
  }

  get interactionsEndpoint(): string | null {
    return this.#model.endpoint;
  }

  // ---------------------------------------------------------------- state

  channelId(name: string, guildId?: string): string {
    const channel = this.channel(name, guildId);
    if (channel === undefined) throw new Error(`The emulator has no channel named "${name}"`);
    return channel.id;
  }

  channel(idOrName: string, guildId?: string): EmulatedChannel | undefined {
    return this.#model.findChannel(idOrName, guildId);
  }

  channels(guildId?: string): EmulatedChannel[] {
    return this.#model.liveChannels(guildId);
  }

  addChannel(input: EmulatorChannelInput, guildId?: string): EmulatedChannel {
    const channel = this.#model.insertChannel(input, guildId);
    this.#model.gateway.dispatch("CHANNEL_CREATE", channel);
    return channel;
  }

  addGuild(input: EmulatorGuildInput = {}): EmulatedGuild {
    const guild = this.#model.addGuild(input);
    // As when the bot joins a guild: the sessions of its shard get GUILD_CREATE.
    this.#model.gateway.dispatch("GUILD_CREATE", guildCreatePayload(this.#model, guild));
    return describeGuild(guild);
  }

  guild(guildId?: string): EmulatedGuild | undefined {
    const guild = this.#model.guilds.get(guildId ?? this.#model.guildId);
    return guild === undefined ? undefined : describeGuild(guild);
  }

  guilds(): EmulatedGuild[] {
    return [...this.#model.guilds.values()].map(describeGuild);
  }

  clearRequests(): void {
    this.#model.requests.length = 0;
  }

  get heldRequests(): number {
    return this.#model.held.size;
  }

  commands(guildId?: string): APIApplicationCommand[] {
    return listCommands(this.#model, guildId);
  }

  messages(channelId: string): EmulatedMessage[] {
    return this.#model.channelMessages(channelId);
  }

  message(messageId: string): EmulatedMessage | undefined {
    return this.#model.messages.get(messageId);
  }

  waitForMessage(
    predicate: (message: EmulatedMessage) => boolean,
    timeoutMs = 5000,
  ): Promise<EmulatedMessage> {
    return this.#model.waitUntil(
      () => [...this.#model.messages.values()].find((m) => m.deleted !== true && predicate(m)),
      timeoutMs,
      "a message matching the predicate",
    );
  }

  mentionsPinged(message: EmulatedMessage): boolean {
    return mentionsPinged(message);
  }

  async waitForSession(timeoutMs = 15_000): Promise<void> {
    if (this.connected) return;
    await this.#model.waitForEvent("ready", timeoutMs, "a bot session (IDENTIFY → READY)");
  }

  override on<E extends keyof EmulatorEvents>(
    event: E,
    listener: (...args: EmulatorEvents[E]) => void,
  ): this {
    return super.on(event, listener as (...args: unknown[]) => void);
  }

  override off<E extends keyof EmulatorEvents>(
    event: E,
    listener: (...args: EmulatorEvents[E]) => void,
  ): this {
    return super.off(event, listener as (...args: unknown[]) => void);
  }

  async close(): Promise<void> {
    for (const release of [...this.#model.held]) release();
    await this.#model.gateway.shutdown();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- driving it like a user

  async runCommand(input: RunCommandInput): Promise<InteractionHandle> {
    return runCommand(this.#model, input);
  }

  async clickButton(input: ClickButtonInput): Promise<InteractionHandle> {
    return clickButton(this.#model, input);
  }

  autocomplete(input: AutocompleteInput): Promise<AutocompleteChoice[]> {
    return autocomplete(this.#model, input);
  }

  signRequest(body: string, atMs = this.#model.now()): { signature: string; timestamp: string } {
    const timestamp = String(Math.floor(atMs / 1000));
    return { signature: this.#model.keys.sign(timestamp, body), timestamp };
  }

  setInteractionsEndpoint(url: string | null): Promise<void> {
    return setInteractionsEndpoint(this.#model, url);
  }
}
