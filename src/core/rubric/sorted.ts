/** Binary search over ascending day numbers: the rules ask "how many up to this day" in O(log n). */
export function countAtMost(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The largest element ≤ value, or undefined. */
export function latestAtMost(sorted: ArrayLike<number>, value: number): number | undefined {
  const count = countAtMost(sorted, value);
  return count === 0 ? undefined : sorted[count - 1];
}
