import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../logger.js";

/** Gateway opcodes (API v10). */
export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

interface Session {
  id: string;
  seq: number;
  /** Dispatches kept for RESUME replay. */
  events: Array<{ s: number; t: string; d: unknown }>;
  socket: WebSocket | null;
  ready: boolean;
  /** [shard id, shard count] from IDENTIFY ([0, 1] when absent). */
  shard: [number, number];
}

/** Discord's shard routing: `(guild_id >> 22) % num_shards`, in BigInt (ids exceed 2^53). */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The guild a dispatch belongs to (null for events that belong to no guild: shard 0 gets them). */
function guildOf(t: string, d: unknown): string | null {
  if (typeof d !== "object" || d === null) return null;
  const record = d as Record<string, unknown>;
  if (typeof record.guild_id === "string") return record.guild_id;
  if (t.startsWith("GUILD_") && typeof record.id === "string") return record.id;
  return null;
}

interface Connection {
  socket: WebSocket;
  session: Session | null;
}

export interface GatewayHooks {
  token: string;
  heartbeatIntervalMs: number;
  logger: Logger;
  /** READY's `d` for a new session, then the dispatches that follow it (GUILD_CREATE). */
  buildReady(
    sessionId: string,
    shard: [number, number],
  ): {
    ready: Record<string, unknown>;
    after: Array<[string, unknown]>;
  };
  onIdentify(payload: Record<string, unknown>): void;
  onResume(payload: Record<string, unknown>): void;
  onReady(sessionId: string): void;
  onDisconnect(): void;
  /** Every packet sent or received (for assertions and the playground's live view). */
  onPacket(packet: {
    direction: "in" | "out";
    op: number;
    t: string | null;
    s: number | null;
    d: unknown;
  }): void;
}

const KEEP_EVENTS = 1000;

/** The gateway side of the emulator: HELLO, IDENTIFY → READY, heartbeats, RESUME, dispatches. */
export class GatewayHub {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #sessions = new Map<string, Session>();
  readonly #connections = new Set<Connection>();
  readonly #hooks: GatewayHooks;
  #active: Session | null = null;

  constructor(hooks: GatewayHooks) {
    this.#hooks = hooks;
  }

  /** The session dispatches go to (the latest READY one), if any. */
  get activeSession(): { id: string; connected: boolean; ready: boolean } | null {
    const s = this.#active;
    return s === null ? null : { id: s.id, connected: s.socket !== null, ready: s.ready };
  }

  /** Whether some session (connected, or disconnected but resumable) is on the guild's shard. */
  hasSessionFor(guildId: string): boolean {
    for (const session of this.#sessions.values()) {
      const [id, count] = session.shard;
      if (shardOf(guildId, count) === id) return true;
    }
    return false;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? "/", "http://emulator");
    const version = url.searchParams.get("v");
    const encoding = url.searchParams.get("encoding") ?? "json";
    this.#server.handleUpgrade(request, socket, head, (ws) => {
      if (version !== null && version !== "10") {
        ws.close(4012, "Invalid API version");
        return;
      }
      if (encoding !== "json" || url.searchParams.has("compress")) {
        ws.close(4002, "Decode error: only encoding=json without compress is emulated");
        return;
      }
      this.#accept(ws);
    });
  }

  #accept(socket: WebSocket): void {
    const connection: Connection = { socket, session: null };
    this.#connections.add(connection);
    this.#send(socket, {
      op: GatewayOp.Hello,
      d: { heartbeat_interval: this.#hooks.heartbeatIntervalMs },
      s: null,
      t: null,
    });
    socket.on("message", (raw) => this.#receive(connection, raw.toString()));
    socket.on("close", (code) => {
      this.#connections.delete(connection);
      const session = connection.session;
      if (session !== null && session.socket === socket) {
        session.socket = null;
        // A client closing with 1000/1001 ends its session; any other code keeps it resumable.
        if (code === 1000 || code === 1001) this.#endSession(session);
        this.#hooks.onDisconnect();
      }
    });
    socket.on("error", (error) =>
      this.#hooks.logger.debug({ err: error }, "emulator gateway socket error"),
    );
  }

  #receive(connection: Connection, raw: string): void {
    let packet: { op?: unknown; d?: unknown };
    try {
      packet = JSON.parse(raw) as { op?: unknown; d?: unknown };
    } catch {
      connection.socket.close(4002, "Error while decoding payload.");
      return;
    }
    const d = (typeof packet.d === "object" && packet.d !== null ? packet.d : {}) as Record<
      string,
      unknown
    >;
    if (typeof packet.op === "number") {
      // Never hand the token on to listeners.
      const shown = "token" in d ? { ...d, token: "[redacted]" } : packet.d;
      this.#hooks.onPacket({ direction: "in", op: packet.op, t: null, s: null, d: shown });
    }
    switch (packet.op) {
      case GatewayOp.Heartbeat:
        this.#send(connection.socket, { op: GatewayOp.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOp.Identify:
        this.#identify(connection, d);
        return;
      case GatewayOp.Resume:
        this.#resume(connection, d);
        return;
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
      case GatewayOp.RequestGuildMembers:
        if (connection.session === null) connection.socket.close(4003, "Not authenticated.");
        return;
      default:
        connection.socket.close(4001, "Unknown opcode.");
    }
  }

  #identify(connection: Connection, d: Record<string, unknown>): void {
    if (connection.session !== null) {
      connection.socket.close(4005, "Already authenticated.");
      return;
    }
    if (d.token !== this.#hooks.token) {
      connection.socket.close(4004, "Authentication failed.");
      return;
    }
    if (typeof d.intents !== "number") {
      connection.socket.close(4013, "Invalid intent(s).");
      return;
    }
    const rawShard = d.shard;
    let shard: [number, number] = [0, 1];
    if (rawShard !== undefined) {
      const [id, count] = Array.isArray(rawShard) ? rawShard : [];
      if (
        typeof id !== "number" ||
        typeof count !== "number" ||
        !Number.isInteger(id) ||
        !Number.isInteger(count) ||
        count < 1 ||
        id < 0 ||
        id >= count
      ) {
        connection.socket.close(4010, "Invalid shard.");
        return;
      }
      shard = [id, count];
    }
    this.#hooks.onIdentify(d);
    const session: Session = {
      id: randomBytes(16).toString("hex"),
      seq: 0,
      events: [],
      socket: connection.socket,
      ready: false,
      shard,
    };
    this.#sessions.set(session.id, session);
    connection.session = session;
    // A session that identifies again replaces its disconnected predecessors on the same shard;
    // live sessions stay: every session on a shard receives its events, as on Discord.
    for (const other of [...this.#sessions.values()]) {
      if (other === session) continue;
      const sameShard = other.shard[0] === shard[0] && other.shard[1] === shard[1];
      if (sameShard && other.socket === null) this.#endSession(other);
    }
    this.#active = session;
    const { ready, after } = this.#hooks.buildReady(session.id, shard);
    this.#dispatchTo(session, "READY", ready);
    for (const [t, payload] of after) this.#dispatchTo(session, t, payload);
    session.ready = true;
    this.#hooks.onReady(session.id);
  }

  #resume(connection: Connection, d: Record<string, unknown>): void {
    const session = typeof d.session_id === "string" ? this.#sessions.get(d.session_id) : undefined;
    if (d.token !== this.#hooks.token) {
      connection.socket.close(4004, "Authentication failed.");
      return;
    }
    const seq = typeof d.seq === "number" ? d.seq : 0;
    if (
      session === undefined ||
      (session.events[0] !== undefined && session.events[0].s > seq + 1)
    ) {
      this.#send(connection.socket, { op: GatewayOp.InvalidSession, d: false, s: null, t: null });
      return;
    }
    this.#hooks.onResume(d);
    if (session.socket !== null && session.socket !== connection.socket)
      session.socket.close(4000, "Session resumed elsewhere");
    session.socket = connection.socket;
    connection.session = session;
    this.#active = session;
    for (const event of session.events) {
      if (event.s > seq) this.#send(connection.socket, { op: GatewayOp.Dispatch, ...event });
    }
    this.#dispatchTo(session, "RESUMED", {});
  }

  #endSession(session: Session): void {
    this.#sessions.delete(session.id);
    session.ready = false;
    if (this.#active === session) this.#active = null;
  }

  #dispatchTo(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.events.push(event);
    if (session.events.length > KEEP_EVENTS) session.events.shift();
    if (session.socket !== null) this.#send(session.socket, { op: GatewayOp.Dispatch, ...event });
  }

  #send(
    socket: WebSocket,
    packet: { op: number; d: unknown; s: number | null; t: string | null },
  ): void {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(JSON.stringify(packet));
    this.#hooks.onPacket({ direction: "out", ...packet });
  }

  /**
   * Sends a dispatch to every session on the shard its guild maps to (shard 0 for events of no
   * guild), buffered for RESUME when a session is disconnected. Returns false when no session
   * receives it.
   */
  dispatch(t: string, d: unknown): boolean {
    const guildId = guildOf(t, d);
    let sent = false;
    for (const session of this.#sessions.values()) {
      const [id, count] = session.shard;
      const target = guildId === null ? 0 : shardOf(guildId, count);
      if (id !== target) continue;
      this.#dispatchTo(session, t, d);
      sent = true;
    }
    return sent;
  }

  /** Closes the active session's socket with `code`. */
  close(code: number, reason = "Emulator fault"): boolean {
    const socket = this.#active?.socket;
    if (socket === null || socket === undefined) return false;
    const session = this.#active;
    // Codes Discord treats as not resumable end the session, so a RESUME gets INVALID_SESSION.
    if (session !== null && [4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014].includes(code))
      this.#endSession(session);
    socket.close(code, reason);
    return true;
  }

  sendOp(op: number, d: unknown): boolean {
    const session = this.#active;
    if (session === null || session.socket === null) return false;
    if (op === GatewayOp.InvalidSession && d === false) this.#endSession(session);
    this.#send(session.socket, { op, d, s: null, t: null });
    return true;
  }

  async shutdown(): Promise<void> {
    for (const connection of this.#connections) connection.socket.terminate();
    this.#connections.clear();
    this.#sessions.clear();
    this.#active = null;
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
