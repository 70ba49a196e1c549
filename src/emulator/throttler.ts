/**
 * An identify throttler for @discordjs/ws that never waits. Real Discord needs IDENTIFYs spaced 5 s
 * apart; the emulator does not, so tests pass
 * `new Client({ …, ws: { buildIdentifyThrottler: () => noWaitIdentifyThrottler } })`.
 */
export const noWaitIdentifyThrottler = {
  async waitForIdentify(_shardId: number, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
  },
};
