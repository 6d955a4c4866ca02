import type { DocumentRule } from '@specloom/core';
import { containsPlaceholder, findTextPosition, findTextRange, quote, shortenText } from '@specloom/core';
import { checkLicense } from '../utils/license-expression.js';
import { licenseRows } from '../utils/license-tables.js';
import { rowPosition } from '../utils/tables.js';
import { isUnfilled } from '../utils/text.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require each audited dependency to name its license, and suggest the SPDX spelling (`MIT OR Apache-2.0`)',
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      suggestion: 'Unexpected license "{{value}}" for {{dependency}}, expected an SPDX identifier such as "{{suggestion}}"',
      missing: 'Missing license for {{dependency}}, expected an SPDX identifier such as "MIT" or "Apache-2.0"',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        for (const { table, row, dependency, license } of licenseRows(document)) {
          const value = license?.text ?? '';
          const data = { dependency: dependency ? quote(shortenText(dependency, 40)) : 'this dependency', value: shortenText(value, 60) };
          if (containsPlaceholder(value, context.schema)) continue;
          if (isUnfilled(value)) {
            context.report({ messageId: 'missing', data, position: license?.position ?? rowPosition(row, table) });
            continue;
          }
          const check = checkLicense(value);
          // A license with no SPDX id (`NVIDIA CUDA EULA`, a vendor's own terms) is named correctly as it is.
          if (check.kind !== 'invalid' || !check.suggestion) continue;
          const range = check.fix ? findTextRange(document, license!.position, value) : undefined;
          context.report({
            messageId: 'suggestion',
            data: { ...data, suggestion: check.suggestion },
            position: findTextPosition(document, license!.position, value) ?? license!.position,
            fix: range && check.fix ? { range, text: check.fix } : undefined,
            // `Apache 2.0` names the license as surely as `Apache-2.0`: the SPDX spelling is a convention.
            severity: 'warn',
          });
        }
      },
    };
  },
};

export default rule;
