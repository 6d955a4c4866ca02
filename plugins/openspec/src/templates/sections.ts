import type { SectionSchema } from '@specloom/core';

/** A level-2 section of an OpenSpec document. */
export function section(title: string, required: boolean, extra: Partial<SectionSchema> = {}): SectionSchema {
  return { title, level: 2, required, children: [], ...extra };
}
