/** Levenshtein distance: the number of single-character edits that turn `from` into `to`. */
export function editDistance(from: string, to: string): number {
  if (from === to) return 0;
  if (from.length === 0) return to.length;
  if (to.length === 0) return from.length;
  let previous = Array.from({ length: to.length + 1 }, (_, index) => index);
  for (let row = 1; row <= from.length; row++) {
    const current = [row];
    for (let column = 1; column <= to.length; column++) {
      const substitution = previous[column - 1] + (from[row - 1] === to[column - 1] ? 0 : 1);
      current[column] = Math.min(previous[column] + 1, current[column - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[to.length];
}

/**
 * The candidate closest to `value` for a "did you mean" hint, or undefined when none is near enough
 * to be a plausible typo (about a third of the value's length, at least 2 edits).
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const normalized = value.toLowerCase();
  const limit = Math.max(2, Math.ceil(value.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(normalized, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= limit && bestDistance < value.length ? best : undefined;
}
