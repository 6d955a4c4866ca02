import type { MetadataField, SpecDocument } from '@specloom/core';
import { parseVersion, type Version } from './versions.js';

/** The front matter entries by key as written (`Status` and `status` differ); the first of a repeated key wins. */
export function frontMatterEntries(document: SpecDocument): Map<string, MetadataField> {
  const entries = new Map<string, MetadataField>();
  for (const entry of document.metadataEntries) {
    if (entry.style === 'front-matter' && !entries.has(entry.key)) entries.set(entry.key, entry);
  }
  return entries;
}

/**
 * The data as the author wrote it: YAML reads `version: 1.0` as the number 1 and `title: 1984` as a number,
 * so scalars of keys that hold text are their source text.
 */
export function frontMatterAsWritten(data: Record<string, unknown>, entries: Map<string, MetadataField>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...data };
  // `reviewers:` with nothing after it is an empty list to a reader, not a missing one.
  if ('reviewers' in data && data.reviewers === null) result.reviewers = [];
  for (const key of ['title', 'author', 'created', 'version']) {
    const value = data[key];
    const entry = entries.get(key);
    if (entry && (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)) {
      result[key] = unquote(entry.raw);
    }
  }
  return result;
}

export function unquote(raw: string): string {
  const match = /^(["'])(.*)\1$/s.exec(raw.trim());
  return match ? match[2]! : raw.trim();
}

/** The document's own version (`version` in the front matter) as written; undefined when missing or not a version. */
export function documentVersion(document: SpecDocument): Version | undefined {
  const entry = document.metadata.version;
  return entry ? parseVersion(unquote(entry.raw)) : undefined;
}
