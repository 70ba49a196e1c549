/**
 * Settles with `promise`, or rejects as soon as `signal` aborts (with `abortReason()` when given, else
 * the signal's reason). The promise itself keeps running: use this where the work is shared or cannot
 * be cancelled, and the caller only stops waiting.
 */
export function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  abortReason: () => unknown = () => signal?.reason,
): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
