/** Polls `check` every 50 ms until it holds; throws with `explain()` after `timeoutMs`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  explain: () => string,
  timeoutMs = 90_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not reached in time: ${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
