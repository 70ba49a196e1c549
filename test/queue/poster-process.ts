/**
 * A process that posts COUNT channel messages through the production REST stack (discord.js REST
 * behind createLimitedRest and the Redis global limiter), as a worker posting digests would; prints READY,
 * waits for GO on stdin, posts, prints DONE.
 */
import { createLimitedRest } from "../../src/discord/limited-rest.js";
import { silentLogger } from "../../src/logger.js";
import { createRedisGlobalLimiter } from "../../src/queue/global-limit.js";
import { connectRequestRedis } from "../../src/queue/redis.js";

const env = process.env;
const client = await connectRequestRedis(env.QUEUE_REDIS_URL!);
const limiter = createRedisGlobalLimiter(client, {
  perSecond: Number(env.DISCORD_GLOBAL_RPS),
  logger: silentLogger,
});
const rest = createLimitedRest(
  { api: env.DISCORD_API_URL!, globalRequestsPerSecond: Number.POSITIVE_INFINITY },
  limiter,
).setToken("test-token-for-the-poster-process");
process.stdout.write("READY\n");
await new Promise<void>((resolve) => process.stdin.once("data", () => resolve()));
const count = Number(env.COUNT);
let next = 0;
// Eight requests in flight at once, as a worker with several digest jobs would have.
await Promise.all(
  Array.from({ length: 8 }, async () => {
    while (next < count) {
      next++;
      await rest.post(`/channels/${env.CHANNEL}/messages`, { body: { content: "x" } });
    }
  }),
);
process.stdout.write("DONE\n");
client.disconnect();
process.exit(0);
