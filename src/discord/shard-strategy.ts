import {
  type GatewaySendPayload,
  type IShardingStrategy,
  SimpleShardingStrategy,
} from "discord.js";

/** @discordjs/ws's manager (discord.js exports its own class of that name). */
type WSWebSocketManager = ConstructorParameters<typeof SimpleShardingStrategy>[0];
type ShardStatuses = Awaited<ReturnType<SimpleShardingStrategy["fetchStatus"]>>;
type DestroyOptions = Parameters<SimpleShardingStrategy["destroy"]>[0];

/**
 * discord.js runs its shards through a sharding strategy (`ws.buildStrategy`); its default,
 * `SimpleShardingStrategy` from @discordjs/ws, can only connect or destroy all of them. This one
 * keeps one `SimpleShardingStrategy` per shard, so a single shard can be dropped (its socket closed
 * with 1000, its session ended) while the others keep running: a process that loses the lease of
 * one shard stops receiving that shard's events and nothing else (ADR 0012).
 */
export class DroppableShardingStrategy implements IShardingStrategy {
  readonly #manager: WSWebSocketManager;
  /** Never spawned: its (empty) status collection is the one fetchStatus fills. */
  readonly #none: SimpleShardingStrategy;
  readonly #shards = new Map<number, SimpleShardingStrategy>();
  readonly #dropped = new Set<number>();

  constructor(manager: WSWebSocketManager) {
    this.#manager = manager;
    this.#none = new SimpleShardingStrategy(manager);
  }

  /** The shards dropped so far, in the order they were dropped. */
  get dropped(): number[] {
    return [...this.#dropped];
  }

  async spawn(shardIds: number[]): Promise<void> {
    for (const id of shardIds) {
      if (this.#dropped.has(id) || this.#shards.has(id)) continue;
      const single = new SimpleShardingStrategy(this.#manager);
      await single.spawn([id]);
      this.#shards.set(id, single);
    }
  }

  async connect(): Promise<void> {
    await Promise.all([...this.#shards.values()].map((shard) => shard.connect()));
  }

  async destroy(options?: DestroyOptions): Promise<void> {
    const shards = [...this.#shards.values()];
    this.#shards.clear();
    await Promise.all(shards.map((shard) => shard.destroy(options)));
  }

  async send(shardId: number, payload: GatewaySendPayload): Promise<void> {
    // discord.js broadcasts (presence updates) to every shard it knows, dropped ones included.
    if (this.#dropped.has(shardId)) return;
    const shard = this.#shards.get(shardId);
    if (!shard) throw new RangeError(`Shard ${shardId} not found`);
    await shard.send(shardId, payload);
  }

  async fetchStatus(): Promise<ShardStatuses> {
    const statuses = await this.#none.fetchStatus();
    for (const shard of this.#shards.values()) {
      for (const [id, status] of await shard.fetchStatus()) statuses.set(id, status);
    }
    return statuses;
  }

  /** Closes one shard for good (code 1000: Discord ends its session); false when not running. */
  async drop(shardId: number, reason: string): Promise<boolean> {
    const shard = this.#shards.get(shardId);
    if (!shard) return false;
    this.#shards.delete(shardId);
    this.#dropped.add(shardId);
    await shard.destroy({ code: 1000, reason });
    return true;
  }
}
