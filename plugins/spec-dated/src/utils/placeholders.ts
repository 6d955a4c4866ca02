import type { DocumentSchema } from '@specloom/core';

const compiled = new Map<string, RegExp | null>();

/** A schema pattern compiled once; a hand-written schema's invalid pattern is skipped, never thrown. */
function compile(source: string, flags: string): RegExp | undefined {
  const key = `${flags}/${source}`;
  if (!compiled.has(key)) {
    try {
      compiled.set(key, new RegExp(source, flags));
    } catch {
      compiled.set(key, null);
    }
  }
  return compiled.get(key) ?? undefined;
}

/**
 * True when `text` holds the template's unfilled text (`[Metric]`, `XXms`, `TBD`): the core `placeholder`
 * rule reports it, with the status-dependent severity, so plugin rules leave such text alone.
 */
export function hasPlaceholder(schema: DocumentSchema, text: string): boolean {
  return schema.placeholders.some((placeholder) => compile(placeholder.pattern, (placeholder.flags ?? '').replace('g', ''))?.test(text));
}
