import type { DocumentRule, SpecTable } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { quoteList } from '../utils/format.js';
import { datedTemplateOf } from '../utils/templates.js';

const levels = ['Low', 'Medium', 'High'];
/** One level, `Med` as the why/what/how template writes it, any letter case. */
const level = String.raw`(?:low|medium|med|high)`;
/**
 * A level, a range of two (`Low-Medium`, `Medium to High`, `Medium/High`), or a level with a note after it
 * (`High (fines)`, `High - GDPR`): what real risk tables hold.
 */
const acceptedCell = new RegExp(String.raw`^${level}(?:\s*(?:[-–—/]|to)\s*${level})?(?:\s*[(\-–—:,;].*)?\.?$`, 'i');
/** Columns rated on the scale. */
const ratedColumn = /^(?:probability|likelihood|impact|severity)$/i;
/** Unfilled template text: `[Risk 1]`, `Low/Medium/High`, `TBD` (the core placeholder rule reports it). */
const unfilled = /^\[.*\]$|^(?:low|medium|med|high)(?:\s*\/\s*(?:low|medium|med|high)){2,}$|\b(?:TBD|TODO|FIXME)\b/i;

function isRiskTable(table: SpecTable): boolean {
  const hasRated = table.header.some((cell) => ratedColumn.test(cell.text.trim()));
  return hasRated && (/\brisks?\b/i.test(table.section ?? '') || table.header.some((cell) => /^risks?$/i.test(cell.text.trim())));
}

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require risk Probability and Impact ratings of Low, Medium or High',
      url: ruleDocsUrl('risk-levels'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      unexpected: 'Unexpected {{column}} "{{value}}" for risk "{{risk}}", expected one of {{levels}}',
      empty: 'Unexpected empty {{column}} for risk "{{risk}}", expected one of {{levels}}',
    },
  },

  create(context) {
    return {
      document() {
        if (!datedTemplateOf(context)) return;
        for (const table of context.document.tables.filter(isRiskTable)) {
          const riskColumn = Math.max(0, table.header.findIndex((cell) => /^risks?$/i.test(cell.text.trim())));
          table.header.forEach((headerCell, column) => {
            if (!ratedColumn.test(headerCell.text.trim())) return;
            for (const row of table.rows) {
              const cell = row[column];
              const value = cell?.text.trim() ?? '';
              const risk = row[riskColumn]?.text.trim() || `row ${table.rows.indexOf(row) + 1}`;
              const data = { column: headerCell.text.trim(), value, risk, levels: quoteList(levels) };
              if (value === '') {
                context.report({ messageId: 'empty', data, position: cell?.position ?? table.position });
              } else if (!acceptedCell.test(value) && !unfilled.test(value)) {
                context.report({ messageId: 'unexpected', data, position: cell.position });
              }
            }
          });
        }
      },
    };
  },
};

export default rule;
