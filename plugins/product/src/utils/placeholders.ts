import type { DocumentSchema } from '@specloom/core';

const compiled = new WeakMap<DocumentSchema, RegExp[]>();

function patternsOf(schema: DocumentSchema): RegExp[] {
  let patterns = compiled.get(schema);
  if (!patterns) {
    patterns = [];
    for (const placeholder of schema.placeholders) {
      try {
        patterns.push(new RegExp(placeholder.pattern, (placeholder.flags ?? '').replace('g', '')));
      } catch {
        // A broken pattern is the schema author's problem; the core placeholder rule reports nothing for it either.
      }
    }
    compiled.set(schema, patterns);
  }
  return patterns;
}

/**
 * True when text still holds unfilled template text (`[Component A]`, `TBD`, `Xd`). The core `placeholder`
 * rule reports those, so value checks here stay silent instead of reporting the same cell twice.
 */
export function hasPlaceholder(text: string, schema: DocumentSchema | undefined): boolean {
  if (!schema) return false;
  return patternsOf(schema).some((pattern) => pattern.test(text));
}
