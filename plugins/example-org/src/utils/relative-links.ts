import path from 'node:path';
import type { SpecDocument } from '@specloom/core';

/** Absolute paths of the relative Markdown links inside `[start, end)` of a document (all of it by default). */
export function linkedFiles(document: SpecDocument, start = 0, end = document.text.length): string[] {
  if (!document.path) return [];
  const folder = path.dirname(path.resolve(document.path));
  return document.links
    .filter((link) => link.position.start.offset >= start && link.position.end.offset <= end)
    .map((link) => link.url.split('#', 1)[0] ?? '')
    .filter((url) => url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/'))
    .map((url) => path.resolve(folder, decodeURI(url)));
}
