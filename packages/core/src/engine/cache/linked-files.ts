import path from 'node:path';
import type { SpecDocument } from '../../types/index.js';

/** `https:`, `mailto:`, `C:` never name a file next to the spec. */
const SCHEME = /^[a-z][a-z\d+.-]*:/iu;
/** `{feature}`: a template slot, not a file. */
const TEMPLATE_BRACES = /\{[^{}]*\}/u;

/**
 * The files a document's relative links name, as absolute paths: what a rule may look at outside the file
 * itself (`link-relative` reports the missing ones), so a cached result is only as good as their existence.
 * Read as `link-relative` reads links; a few more paths than it checks only cost a cache miss, never a stale hit.
 */
export function linkedFilePaths(document: SpecDocument): string[] {
  if (!document.path) return [];
  const folder = path.dirname(path.resolve(document.path));
  const paths = new Set<string>();
  for (const link of document.links) {
    const url = link.url.trim();
    if (url === '' || SCHEME.test(url) || url.startsWith('#') || url.startsWith('/') || TEMPLATE_BRACES.test(url)) continue;
    const withoutSuffix = url.replace(/[?#].*$/su, '');
    if (withoutSuffix === '') continue;
    let decoded = withoutSuffix;
    try {
      decoded = decodeURIComponent(withoutSuffix);
    } catch {
      // A stray `%` is part of the name as written.
    }
    paths.add(path.resolve(folder, decoded));
  }
  return [...paths];
}
