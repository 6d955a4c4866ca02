import type slugifyFunction from '@sindresorhus/slugify';
import { loadOnFirstUse } from '../load-on-first-use.js';

/** Only `new` and HTML pages make slugs: loaded on first use (it loads its transliteration tables). */
const slugify = loadOnFirstUse('@sindresorhus/slugify', (module) => (module as { default: typeof slugifyFunction }).default);

/** Longest slug kept in a file name: long titles make unwieldy paths. */
const MAX_SLUG_LENGTH = 60;

/**
 * A file-name-safe slug: ASCII letters, digits and single hyphens only (non-ASCII is transliterated), so it can
 * never hold a path separator or `..`. A title with nothing left (`"!!!"`) becomes `untitled`.
 */
export function slugifyTitle(title: string): string {
  const slug = slugify()(title, { lowercase: true, separator: '-' })
    .replace(/[^a-z0-9-]+/gu, '-')
    .replace(/-{2,}/gu, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/gu, '');
  return slug === '' ? 'untitled' : slug;
}
