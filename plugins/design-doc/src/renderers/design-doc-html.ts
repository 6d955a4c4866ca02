import { renderHtmlPage, type HeaderField, type HtmlTable, type Renderer } from '@specloom/core';
import { designDocSummary, type DesignDocChange, type DesignDocSummary } from './design-doc-summary.js';

/** `1.0 (2026-04-27, Bob Martins): Approved by the architecture review`, leaving out what is missing. */
function changeText(change: DesignDocChange): string {
  const when = [change.date, change.author].filter((part) => part !== null).join(', ');
  return `${change.version ?? ''}${when ? ` (${when})` : ''}${change.changes ? `: ${change.changes}` : ''}`;
}

function latestChange(summary: DesignDocSummary): HeaderField[] {
  return summary.latest ? [{ label: 'Latest change', value: changeText(summary.latest) }] : [];
}

function changeLogTable(summary: DesignDocSummary): HtmlTable[] {
  if (summary.changeLogCells.length === 0) return [];
  return [{ caption: 'Change log', header: ['Version', 'Date', 'Author', 'Changes'], rows: summary.changeLogCells, className: 'change-log' }];
}

/**
 * Core's sanitized page with what a design doc reader checks first: the document version as a badge, the
 * latest change in the header card and the change log under it.
 */
export const designDocHtmlRenderer: Renderer = {
  format: 'html',
  templates: ['design-doc'],
  render(document, context) {
    const summary = designDocSummary(document, context);
    const version = summary.json.version;
    return renderHtmlPage(document, {
      context,
      badges: version === null ? [] : [{ label: 'Version', value: `v${version.replace(/^v/i, '')}` }],
      headerFields: latestChange(summary),
      headerTables: changeLogTable(summary),
    });
  },
};
