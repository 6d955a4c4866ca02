import { editDistance } from '@specloom/core';

/** A plausible typo of `candidate`: same letters in another case, or one edit (two from eight letters on). */
export function isNearMiss(name: string, candidate: string): boolean {
  const left = name.toLowerCase();
  const right = candidate.toLowerCase();
  if (left === right) return true;
  const limit = left.length >= 8 ? 2 : left.length >= 4 ? 1 : 0;
  return editDistance(left, right) <= limit;
}
