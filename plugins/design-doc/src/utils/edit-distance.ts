/** Levenshtein distance: how many single-character edits turn `left` into `right`. */
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      current[column] = Math.min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost);
    }
    previous = current;
  }
  return previous[right.length];
}

/** A plausible typo of `candidate`: same letters in another case, or one edit (two from eight letters on). */
export function isNearMiss(name: string, candidate: string): boolean {
  const left = name.toLowerCase();
  const right = candidate.toLowerCase();
  if (left === right) return true;
  const limit = left.length >= 8 ? 2 : left.length >= 4 ? 1 : 0;
  return editDistance(left, right) <= limit;
}
