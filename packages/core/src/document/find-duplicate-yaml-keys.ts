import { isMap, isScalar, visit, type Document } from 'yaml';

export interface DuplicateYamlKey {
  message: string;
  /** Offsets in the YAML text, as yaml's own errors give them. */
  pos: [number, number];
}

/**
 * yaml's own duplicate-key check compares every key with every earlier one (16,000 keys: 2 s, 32,000: 7 s), so
 * it is turned off (`uniqueKeys: false`) and done here with a set per map: linear, the same message and place.
 */
export function findDuplicateYamlKeys(document: Document): DuplicateYamlKey[] {
  const duplicates: DuplicateYamlKey[] = [];
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        // Scalars compare by value, as in yaml (`a === b || a.value === b.value`); other keys only by identity.
        const identity = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(identity)) {
          seen.add(identity);
          continue;
        }
        const start = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? map.range?.[0] ?? 0;
        duplicates.push({ message: 'Map keys must be unique', pos: [start, start + 1] });
      }
    },
  });
  return duplicates;
}
