import type { DocumentRule } from '@specloom/core';
import { checkLicense } from '../utils/license-expression.js';
import { licenseRows } from '../utils/license-tables.js';
import { hasPlaceholder } from '../utils/placeholders.js';
import { rowPosition, textPositionInCell, textRangeInCell } from '../utils/tables.js';
import { isUnfilled, quote, shorten } from '../utils/text.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require each audited dependency to name its license as an SPDX identifier or expression (`MIT OR Apache-2.0`)',
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      suggestion: 'Unexpected license "{{value}}" for {{dependency}}, expected an SPDX identifier such as "{{suggestion}}"',
      unknown:
        'Unexpected license "{{value}}" for {{dependency}}, expected an SPDX identifier or expression (https://spdx.org/licenses/)',
      missing: 'Missing license for {{dependency}}, expected an SPDX identifier such as "MIT" or "Apache-2.0"',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        for (const { table, row, dependency, license } of licenseRows(document)) {
          const value = license?.text ?? '';
          const data = { dependency: dependency ? quote(shorten(dependency, 40)) : 'this dependency', value: shorten(value, 60) };
          if (hasPlaceholder(value, context.schema)) continue;
          if (isUnfilled(value)) {
            context.report({ messageId: 'missing', data, position: license?.position ?? rowPosition(row, table) });
            continue;
          }
          const check = checkLicense(value);
          if (check.kind === 'valid') continue;
          const range = check.fix ? textRangeInCell(document, license!, value) : undefined;
          context.report({
            messageId: check.suggestion ? 'suggestion' : 'unknown',
            data: { ...data, suggestion: check.suggestion ?? '' },
            position: textPositionInCell(document, license!, value),
            fix: range && check.fix ? { range, text: check.fix } : undefined,
          });
        }
      },
    };
  },
};

export default rule;
