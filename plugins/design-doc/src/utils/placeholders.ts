import type { DocumentSchema } from '@specloom/core';

const cache = new WeakMap<DocumentSchema, RegExp[]>();

function placeholderPatterns(schema: DocumentSchema): RegExp[] {
  let patterns = cache.get(schema);
  if (!patterns) {
    patterns = [];
    for (const placeholder of schema.placeholders) {
      try {
        patterns.push(new RegExp(placeholder.pattern, (placeholder.flags ?? '').replace('g', '')));
      } catch {
        // A broken pattern in a custom schema matches nothing here; the core placeholder rule reports config.
      }
    }
    cache.set(schema, patterns);
  }
  return patterns;
}

/**
 * True when `text` holds unfilled template text (`[Your Name]`, `YYYY-MM-DD`, `XXms`). Such values are the
 * core `placeholder` rule's to report (a warning while draft), so value checks here skip them.
 */
export function containsPlaceholder(text: string, schema: DocumentSchema | undefined): boolean {
  if (!schema) return false;
  return placeholderPatterns(schema).some((pattern) => pattern.test(text));
}

/** True for an untouched pick-list such as `High/Medium/Low` or `draft | review` (two or more allowed values). */
export function isPickList(text: string, values: readonly string[]): boolean {
  const parts = text.split(/\s*[|/]\s*/).filter(Boolean);
  if (parts.length < 2) return false;
  const allowed = new Set(values.map((value) => value.toLowerCase()));
  return parts.every((part) => allowed.has(part.trim().toLowerCase()));
}
