import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { isHandle } from '../utils/handles.js';
import { containsPlaceholder } from '../utils/placeholders.js';
import { positionAt } from '../utils/positions.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the Reviewers header to list GitHub `@handle`s',
      url: ruleDocsUrl('reviewer-handles'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      notHandle: 'Unexpected reviewer `{{value}}`, expected an `@handle`',
      invalidHandle: 'Unexpected reviewer `{{value}}`, expected a GitHub handle (letters, digits and single hyphens)',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        const entry = document.metadata.reviewers;
        // A missing or empty field is the core metadata-required rule's to report.
        if (!entry || entry.valuePosition.start.offset === entry.valuePosition.end.offset) return;
        const start = entry.valuePosition.start.offset;
        const source = document.text.slice(start, entry.valuePosition.end.offset);
        for (const part of splitReviewers(source)) {
          // `[@alice](https://github.com/alice)` and `` `@alice` `` name the handle too; a `(role)` note may follow.
          const bare = part.text
            .replace(/^\[([^\]]*)\]\([^)]*\)/, '$1')
            .replace(/`/g, '')
            .replace(/\s*\([^)]*\)\s*$/, '')
            .trim();
          if (bare === '' || containsPlaceholder(bare, schema)) continue;
          const handles = bare.startsWith('@') ? bare.split(/\s+/) : [bare];
          const position = positionAt(document, start + part.start, start + part.start + part.text.length);
          for (const handle of handles) {
            if (isHandle(handle)) continue;
            context.report({ messageId: handle.startsWith('@') ? 'invalidHandle' : 'notHandle', data: { value: handle }, position });
          }
        }
      },
    };
  },
};

/** Reviewers separated by commas, semicolons or `and`, with their offsets in the value. */
function splitReviewers(source: string): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  const separator = /\s*(?:[,;]|\band\b)\s*/g;
  let last = 0;
  const push = (end: number) => {
    const raw = source.slice(last, end);
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') parts.push({ text, start: last + leading });
  };
  for (const match of source.matchAll(separator)) {
    // Separators inside a `(role, team)` note or a link do not split reviewers.
    const before = source.slice(0, match.index);
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue;
    push(match.index);
    last = match.index + match[0].length;
  }
  push(source.length);
  return parts;
}

export default rule;
