import { describeValue, formatKeyPath, isPlainObject, type KeyPath } from '../config/config-messages.js';

/**
 * Why a schema's `idFamilies` cannot be used — `"idFamilies[0].pattern" is the string "ADR\-\d{4}"; expected …` —
 * or undefined. A family whose pattern does not compile would otherwise find nothing, silently.
 */
export function idFamiliesProblem(families: unknown, prefix: KeyPath = ['idFamilies']): string | undefined {
  if (families === undefined) return undefined;
  if (!Array.isArray(families)) return at(prefix, families, 'an array of ID families { name, pattern, scope }');
  for (const [index, family] of families.entries()) {
    const keyPath: KeyPath = [...prefix, index];
    if (!isPlainObject(family)) return at(keyPath, family, 'an ID family { name, pattern, scope }');
    if (typeof family.name !== 'string' || family.name === '') return at([...keyPath, 'name'], family.name, 'a non-empty string');
    for (const key of ['pattern', 'find'] as const) {
      const source = family[key];
      if (key === 'find' && source === undefined) continue;
      const invalid = regExpProblem(source);
      if (invalid !== undefined) return at([...keyPath, key], source, `a RegExp source that compiles with the u flag${invalid}`);
    }
    if (family.scope !== 'document' && family.scope !== 'workspace') return at([...keyPath, 'scope'], family.scope, '"document" or "workspace"');
  }
  return undefined;
}

/** Undefined for a source that compiles with the `u` flag, else the reason (` (Invalid escape)`). */
function regExpProblem(source: unknown): string | undefined {
  if (typeof source !== 'string' || source === '') return '';
  try {
    new RegExp(source, 'u');
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? /: ([^:]+)$/u.exec(error.message)?.[1] : undefined;
    return reason ? ` (${reason})` : '';
  }
}

function at(keyPath: KeyPath, value: unknown, expected: string): string {
  return `"${formatKeyPath(keyPath)}" is ${describeValue(value)}; expected ${expected}`;
}
