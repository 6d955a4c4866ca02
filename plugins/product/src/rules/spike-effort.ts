import type { DocumentRule } from '@specloom/core';
import { cellAt, containsPlaceholder, findTextPosition, shortenText } from '@specloom/core';
import { isDuration } from '../utils/effort.js';
import { spikeRows, spikeTables } from '../utils/spikes.js';
import { rowPosition } from '../utils/tables.js';
import { isUnfilled } from '../utils/text.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require each spike to estimate its effort as a duration or range: `4h`, `4-8h`, `2d`, `1w`',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      unexpected:
        'Unexpected effort "{{value}}" for spike {{spike}}, expected a duration or range such as "4h", "4-8h", "2d" or "1w"',
      missing: 'Missing effort for spike {{spike}}, expected a duration or range such as "4h", "4-8h", "2d" or "1w"',
    },
  },

  create(context) {
    return {
      document() {
        for (const spikeTable of spikeTables(context.document)) {
          const { table, columns } = spikeTable;
          // Without an Effort column there is nothing to read: table-columns reports the missing column.
          if (columns.effort === -1) continue;
          spikeRows(spikeTable).forEach((row, index) => {
            const spike = shortenText(cellAt(row, columns.id)?.text || `in row ${index + 1}`, 20);
            const cell = cellAt(row, columns.effort);
            const value = cell?.text ?? '';
            if (containsPlaceholder(value, context.schema)) return;
            if (isUnfilled(value)) {
              context.report({ messageId: 'missing', data: { spike }, position: cell?.position ?? rowPosition(row, table) });
            } else if (!isDuration(value)) {
              context.report({ messageId: 'unexpected', severity: 'warn', data: { value: shortenText(value, 40), spike }, position: findTextPosition(context.document, cell!.position, value) ?? cell!.position });
            }
          });
        }
      },
    };
  },
};

export default rule;
