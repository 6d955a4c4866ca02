/** Levenshtein distance: the number of single-character edits that turn `from` into `to`. */
export function editDistance(from: string, to: string): number {
  if (from === to) return 0;
  if (from.length === 0) return to.length;
  if (to.length === 0) return from.length;
  let previous = Array.from({ length: to.length + 1 }, (_, index) => index);
  // The last cell of the newest row: row 0 turns "" into `to`.
  let distance = to.length;
  for (let row = 1; row <= from.length; row++) {
    // One row of the table, left to right: `diagonal` is the previous row's cell left of `above`, `left` the cell just
    // written in this row.
    let diagonal = row - 1;
    let left = row;
    const current = [left];
    for (const [column, above] of previous.slice(1).entries()) {
      const substitution = diagonal + (from[row - 1] === to[column] ? 0 : 1);
      left = Math.min(above + 1, left + 1, substitution);
      current.push(left);
      diagonal = above;
    }
    previous = current;
    distance = left;
  }
  return distance;
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
