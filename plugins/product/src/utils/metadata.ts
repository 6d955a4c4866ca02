import type { Fix, MetadataField, SpecDocument } from '@specloom/core';

/** A header field's entry and its value as text (blockquote values are always strings). */
export function headerValue(document: SpecDocument, name: string): { entry: MetadataField; value: string } | undefined {
  const entry = document.metadata[name.toLowerCase()];
  if (!entry || typeof entry.value !== 'string') return undefined;
  return { entry, value: entry.value.trim() };
}

/** A fix replacing `current` inside the entry's value with `replacement`; undefined when it cannot be found. */
export function replaceValueFix(
  document: SpecDocument,
  entry: MetadataField,
  current: string,
  replacement: string,
): Fix | undefined {
  const start = entry.valuePosition.start.offset;
  const index = document.text.slice(start, entry.valuePosition.end.offset).indexOf(current);
  if (index === -1 || current === '') return undefined;
  return { range: [start + index, start + index + current.length], text: replacement };
}
