import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { systemClock } from "../clock.js";
import { createSnowflakeGenerator } from "../emulator/snowflake.js";
import type { Logger } from "../logger.js";

/** The playground's Discord ids: kept under DATA_DIR so subscriptions survive a restart. */
export interface PlaygroundIds {
  applicationId: string;
  guildId: string;
  userId: string;
  /** Channel name → id. */
  channels: Record<string, string>;
}

export const PLAYGROUND_IDS_FILE = "playground-ids.json";
const SNOWFLAKE = /^\d{17,20}$/;

function isIds(value: unknown, channels: readonly string[]): value is PlaygroundIds {
  if (typeof value !== "object" || value === null) return false;
  const ids = value as Record<string, unknown>;
  const named = ids.channels as Record<string, unknown> | undefined;
  return (
    [ids.applicationId, ids.guildId, ids.userId].every(
      (id) => typeof id === "string" && SNOWFLAKE.test(id),
    ) &&
    typeof named === "object" &&
    named !== null &&
    channels.every((name) => typeof named[name] === "string" && SNOWFLAKE.test(named[name]))
  );
}

/**
 * The ids of the last run from `<dataDir>/playground-ids.json`, or new ones (written there) when
 * the file is missing, unreadable or lacks a channel: the emulator then gets the same application,
 * guild, user and channel ids at every start, so digest subscriptions and the store's data still
 * point at them. A file that cannot be written only costs that persistence (logged).
 */
export async function loadPlaygroundIds(
  dataDir: string,
  channels: readonly string[],
  logger: Logger,
): Promise<PlaygroundIds> {
  const file = path.join(dataDir, PLAYGROUND_IDS_FILE);
  try {
    const saved: unknown = JSON.parse(await readFile(file, "utf8"));
    if (isIds(saved, channels)) return saved;
    logger.warn({ file }, "playground ids file is incomplete: making new ids");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      logger.warn({ err: error, file }, "could not read the playground ids: making new ids");
    }
  }
  const next = createSnowflakeGenerator(systemClock);
  const ids: PlaygroundIds = {
    applicationId: next(),
    guildId: next(),
    userId: next(),
    channels: Object.fromEntries(channels.map((name) => [name, next()])),
  };
  try {
    await mkdir(dataDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(ids, null, 2)}\n`);
    await rename(temporary, file);
  } catch (error) {
    logger.warn({ err: error, file }, "could not keep the playground ids: they change at restart");
  }
  return ids;
}
