/**
 * `value`, which the caller knows is present by construction (an index inside the bounds it just checked, a
 * capture group its regex always fills, zod's non-empty issue list). Throws naming the broken invariant rather than
 * letting `undefined` travel on and fail somewhere unrelated.
 */
export function defined<T>(value: T | undefined, invariant: string): T {
  if (value === undefined) throw new Error(`Unexpected undefined, expected ${invariant}`);
  return value;
}
