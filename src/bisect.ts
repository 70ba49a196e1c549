/**
 * The first index in [0, length) at which `reached(index)` holds, or `length` when it never does.
 * `reached` must be false up to some index and true from there on (a sorted list, read by halving).
 */
export function firstIndexWhere(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
