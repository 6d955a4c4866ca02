import type { DocumentRule } from '@specloom/core';
import { cellAt, containsPlaceholder, shortenText } from '@specloom/core';
import { spikeRows, spikeTables } from '../utils/spikes.js';
import { rowPosition } from '../utils/tables.js';
import { isExplicitlyNone, isUnfilled } from '../utils/text.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require each spike to say what it validates and what it delivers',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      deliverable:
        'Missing deliverable for spike {{spike}}, expected a concrete output (a working PoC, a benchmark, a report)',
      description: 'Missing description for spike {{spike}}, expected the unknown it validates',
    },
  },

  create(context) {
    return {
      document() {
        for (const spikeTable of spikeTables(context.document)) {
          const { table, columns } = spikeTable;
          spikeRows(spikeTable).forEach((row, index) => {
            const spike = shortenText(cellAt(row, columns.id)?.text || `in row ${index + 1}`, 20);
            for (const messageId of ['description', 'deliverable'] as const) {
              // A missing column is table-columns' finding.
              if (columns[messageId] === -1) continue;
              const cell = cellAt(row, columns[messageId]);
              const value = cell?.text ?? '';
              if (!isUnfilled(value) || containsPlaceholder(value, context.schema)) continue;
              context.report({
                messageId,
                data: { spike },
                position: cell?.position ?? rowPosition(row, table),
                // `N/A` is an answer, if an odd one for a spike: a warning; an empty cell is unfinished.
                severity: isExplicitlyNone(value) ? 'warn' : undefined,
              });
            }
          });
        }
      },
    };
  },
};

export default rule;
