import { Cron } from "croner";
import { echo, UserError, userError, withMessageKey } from "../errors.js";
import type { Schedule } from "./types.js";

const DAYS: Record<string, number> = {
  sun: 0,
  sunday: 0,
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
};
const DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** Returns the canonical IANA name, or throws a UserError naming the zone. */
export function validateTimeZone(timezone: string): string {
  const zone = timezone.trim();
  if (zone === "") {
    throw new UserError("The time zone is empty: use an IANA name like Europe/Paris.", {
      i18n: { key: "schedule.emptyZone" },
    });
  }
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw withMessageKey(
      userError`"${echo(zone)}" is not a time zone I know: use an IANA name like Europe/Paris or America/New_York.`,
      "schedule.badZone",
      { zone: echo(zone) },
    );
  }
}

function parseTime(text: string): { hour: number; minute: number } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) {
    throw withMessageKey(
      userError`"${echo(text)}" is not a time of day: write it as HH:MM, 24-hour (08:30, 17:05).`,
      "schedule.badTime",
      { time: echo(text) },
    );
  }
  return { hour, minute };
}

function createCron(pattern: string, timezone: string): Cron {
  return new Cron(pattern, { timezone, paused: true });
}

/**
 * Parses `daily HH:MM`, `weekly DAY HH:MM` or a cron expression (5 fields, or 6 with seconds) in a
 * time zone (default UTC). Throws a UserError naming what is wrong; a pattern that never fires is
 * refused too.
 */
export function parseSchedule(text: string, timezone = "UTC"): Schedule {
  const zone = validateTimeZone(timezone);
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  let cron: string;
  let normalized: string;
  if (words[0] === "daily") {
    if (words.length !== 2) {
      throw new UserError('A daily schedule reads "daily HH:MM", e.g. "daily 08:00".', {
        i18n: { key: "schedule.daily" },
      });
    }
    const { hour, minute } = parseTime(words[1]!);
    cron = `${minute} ${hour} * * *`;
    normalized = `daily ${pad(hour)}:${pad(minute)}`;
  } else if (words[0] === "weekly") {
    if (words.length !== 3) {
      throw new UserError('A weekly schedule reads "weekly DAY HH:MM", e.g. "weekly mon 09:30".', {
        i18n: { key: "schedule.weekly" },
      });
    }
    const day = DAYS[words[1]!];
    if (day === undefined) {
      throw withMessageKey(
        userError`"${echo(words[1]!)}" is not a day of the week: use mon, tue, wed, thu, fri, sat or sun.`,
        "schedule.badDay",
        { day: echo(words[1]!) },
      );
    }
    const { hour, minute } = parseTime(words[2]!);
    cron = `${minute} ${hour} * * ${day}`;
    normalized = `weekly ${DAY_NAMES[day]} ${pad(hour)}:${pad(minute)}`;
  } else {
    if (words.length < 5 || words.length > 6) {
      throw withMessageKey(
        userError`"${echo(text.trim())}" is not a schedule: use "daily HH:MM", "weekly DAY HH:MM" or a cron expression with 5 fields (minute hour day month weekday).`,
        "schedule.bad",
        { text: echo(text.trim()) },
      );
    }
    cron = words.join(" ");
    normalized = cron;
  }
  let job: Cron;
  try {
    job = createCron(cron, zone);
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/^CronPattern: /, "") : String(error);
    throw withMessageKey(
      userError`The cron expression "${echo(cron)}" is invalid: ${echo(reason, 200)}.`,
      "schedule.badCron",
      { cron: echo(cron), reason: echo(reason, 200) },
    );
  }
  if (job.nextRun(new Date()) === null) {
    throw withMessageKey(
      userError`The cron expression "${echo(cron)}" never runs.`,
      "schedule.cronNever",
      {
        cron: echo(cron),
      },
    );
  }
  return { text: normalized, cron, timezone: zone };
}

/** The first run strictly after `afterMs`, in epoch ms; null if the pattern never runs again. */
export function computeNextRun(
  schedule: Pick<Schedule, "cron" | "timezone">,
  afterMs: number,
): number | null {
  const next = createCron(schedule.cron, schedule.timezone).nextRun(new Date(afterMs));
  return next ? next.getTime() : null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
