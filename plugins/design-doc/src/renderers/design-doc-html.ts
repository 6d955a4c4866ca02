import { renderHtmlPage, type HeaderField, type HtmlTable, type MetadataField, type Renderer, type SpecDocument } from '@specloom/core';
import { unquote } from '../utils/front-matter-values.js';
import { designDocSummary, type DesignDocChange, type DesignDocSummary } from './design-doc-summary.js';

/** A front matter value as written: YAML reads `version: 1.0` as the number 1, which the card must not show. */
function writtenText(field: MetadataField): string {
  const value = field.value;
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  return unquote(field.raw);
}

/** The metadata card rows: each key once, as written (core's card would show YAML's reading of the value). */
function metadataRows(document: SpecDocument): HeaderField[] {
  const seen = new Set<string>();
  const rows: HeaderField[] = [];
  for (const field of document.metadataEntries) {
    if (seen.has(field.name) || field.name === 'template') continue;
    seen.add(field.name);
    rows.push({ label: field.key, value: writtenText(field) });
  }
  return rows;
}

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
      replaceMetadata: true,
      headerFields: [...metadataRows(document), ...latestChange(summary)],
      headerTables: changeLogTable(summary),
    });
  },
};
