import { renderHtmlPage, type HeaderField, type HtmlTable, type Renderer } from '@specloom/core';
import { rfcSummary, type RfcSummary } from './rfc-summary.js';

/** `Decision: Approved · status approved · 3 of 4 approvals`: where the RFC stands, in one line. */
function decisionBanner(summary: RfcSummary): string {
  const { checkedDecisions, status, json } = summary;
  const decision =
    checkedDecisions.length === 0
      ? 'No decision yet'
      : checkedDecisions.length === 1
        ? `Decision: ${checkedDecisions[0]}`
        : `Conflicting decision: ${checkedDecisions.join(' and ')} checked`;
  const approved = json.approvals.filter((approval) => approval.approved).length;
  return [
    decision,
    ...(status === undefined ? [] : [`status ${status}`]),
    ...(json.approvals.length === 0 ? [] : [`${approved} of ${json.approvals.length} approvals`]),
  ].join(' · ');
}

function approvalsTable(summary: RfcSummary): HtmlTable[] {
  const { approvals } = summary.json;
  if (approvals.length === 0) return [];
  return [
    {
      caption: 'Approvals',
      header: ['Role', 'Approver', 'Approved'],
      rows: approvals.map((approval) => [approval.role ?? '', approval.who ?? '', approval.approved ? 'yes' : 'no']),
      className: 'approvals',
    },
  ];
}

function derivedFields(summary: RfcSummary): HeaderField[] {
  const fields: HeaderField[] = [];
  const compatibility = summary.json.backwardsCompatibility;
  if (compatibility !== null) {
    fields.push({ label: 'Backwards compatibility', value: compatibility === 'none' ? 'No breaking changes' : 'Breaking changes' });
  }
  if (summary.rampTexts.length > 0) fields.push({ label: 'Rollout', value: summary.rampTexts.join('; ') });
  return fields;
}

/**
 * Core's sanitized page with what an RFC reader looks for first: a decision banner (decision, status,
 * approvals signed), the RFC number badge, the Approval checklist as a table, and the compatibility answer
 * and rollout ramp in the header card.
 */
export const rfcHtmlRenderer: Renderer = {
  format: 'html',
  templates: ['rfc'],
  render(document, context) {
    const summary = rfcSummary(document, context);
    return renderHtmlPage(document, {
      context,
      banner: decisionBanner(summary),
      badges: summary.numberText === undefined ? [] : [{ label: 'RFC number', value: `RFC ${summary.numberText}` }],
      headerFields: derivedFields(summary),
      headerTables: approvalsTable(summary),
    });
  },
};
