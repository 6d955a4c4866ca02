import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DocumentRule } from '../types/rule.js';
import { ruleDocsUrl } from './utils/docs-url.js';

/** `https:`, `mailto:`, `C:` never name a file next to the spec. */
const scheme = /^[a-z][a-z\d+.-]*:/i;
/** `{feature}`: a template slot, filled in when the spec is written. */
const templateBraces = /\{[^{}]*\}/;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow relative links to files that do not exist',
      url: ruleDocsUrl('link-relative'),
      recommended: true,
    },
    defaultSeverity: 'warn',
    messages: {
      missing: 'Unexpected link to missing file "{{url}}", expected an existing file relative to this document',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        if (!document.path) return;
        const folder = path.dirname(path.resolve(document.path));
        const exists = new Map<string, boolean>();
        for (const link of document.links) {
          const target = linkedFile(link.url);
          if (target === undefined) continue;
          const file = path.resolve(folder, target);
          if (!exists.has(file)) exists.set(file, existsSync(file));
          if (!exists.get(file)) context.report({ messageId: 'missing', data: { url: link.url }, position: link.position });
        }
      },
    };
  },
};

/**
 * The file path a link points at, relative to the document's folder; undefined for links that are not
 * relative file links (other schemes, `#fragment`, `//host`, `/site-root`) or hold template braces.
 */
function linkedFile(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || scheme.test(trimmed) || trimmed.startsWith('#') || trimmed.startsWith('/')) return undefined;
  if (templateBraces.test(trimmed)) return undefined;
  const withoutSuffix = trimmed.replace(/[?#].*$/s, '');
  if (withoutSuffix === '') return undefined;
  try {
    return decodeURIComponent(withoutSuffix);
  } catch {
    // A stray `%` is not an escape: the text is the file name as written.
    return withoutSuffix;
  }
}

export default rule;
