/**
 * A requirement name as OpenSpec compares it: trimmed, without an ATX closing run (`Foo ###` is `Foo`). Matching is
 * case-sensitive, as in `openspec archive`.
 */
export function normalizeRequirementName(name: string): string {
  return name.replace(/[ \t]+#+[ \t]*$/, '').trim();
}

/** Case and inner white space folded: only for spotting the same name spelt twice differently. */
export function foldRequirementName(name: string): string {
  return normalizeRequirementName(name).toLowerCase().replace(/\s+/g, ' ');
}
