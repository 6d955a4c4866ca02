import type { SpecDocument } from '../types/document.js';
import type { RenderContext, Renderer } from '../types/plugin.js';
import { documentFacts, metadataText } from './document-facts.js';
import { escapeHtml } from './escape-html.js';
import { markdownToSafeHtml, type TocEntry } from './markdown-to-safe-html.js';
import { pageStyle } from './page-style.js';

/** One row of the metadata card. Values are text: they are escaped, never read as HTML. */
export interface HeaderField {
  label: string;
  value: string;
}

export interface HtmlPageOptions {
  context?: RenderContext;
  /** Rows added after the document's own metadata (a plugin's derived facts: spike count, license verdicts…). */
  headerFields?: HeaderField[];
  /** A notice shown above the metadata card (text, escaped), e.g. "Superseded by SPEC 0012". */
  banner?: string;
  /** Replace the metadata rows entirely instead of listing the document's metadata. */
  replaceMetadata?: boolean;
  /** Labelled badges beside the status badge (product, priority). */
  badges?: HeaderField[];
  /** Tables of derived facts shown under the metadata card (approvals, change log). */
  headerTables?: HtmlTable[];
  /** Added to the page heading and `<title>`: ` — traceability matrix` for a page about the spec. */
  headingSuffix?: string;
  /** `false` leaves out the spec's body and table of contents: a page of derived facts only. */
  body?: boolean;
}

/** A table of plain text cells; every cell is escaped. */
export interface HtmlTable {
  caption: string;
  header: string[];
  rows: string[][];
  /** Extra class on the table element, for the page style. */
  className?: string;
}

/** An escaped HTML table with a caption: how plugins show derived facts without writing HTML themselves. */
export function renderHtmlTable(table: HtmlTable): string {
  const className = table.className ? ` class="${escapeHtml(table.className)}"` : '';
  const head = table.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const body = table.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table${className}><caption>${escapeHtml(table.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'badge';
}

/** Status words to badge colours: one class per lifecycle stage, so any template's lifecycle maps onto it. */
function statusClass(status: string | undefined): string {
  const value = (status ?? '').toLowerCase();
  if (/draft|proposed/u.test(value)) return 'draft';
  if (/review|progress/u.test(value)) return 'review';
  if (/approved|accepted/u.test(value)) return 'approved';
  if (/implemented|done/u.test(value)) return 'implemented';
  if (/deprecated|superseded|archived|rejected|withdrawn/u.test(value)) return 'retired';
  return 'unknown';
}

function metadataRows(document: SpecDocument): HeaderField[] {
  const seen = new Set<string>();
  const rows: HeaderField[] = [];
  for (const field of document.metadataEntries) {
    if (seen.has(field.name) || field.name === 'template') continue;
    seen.add(field.name);
    rows.push({ label: field.key, value: metadataText(field) ?? '' });
  }
  return rows;
}

function renderToc(toc: TocEntry[]): string {
  if (toc.length === 0) return '';
  const items = toc
    .map((entry) => `<li class="toc-level-${entry.level}"><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.text)}</a></li>`)
    .join('\n');
  return `<nav class="toc" aria-label="Table of contents"><h2>Contents</h2><ul>\n${items}\n</ul></nav>`;
}

/**
 * A standalone HTML page for one spec: title, status badge, metadata card, table of contents and the sanitized
 * body (tables, checklists, code blocks; mermaid blocks as `<pre class="mermaid">` for client-side Mermaid).
 * Plugins reuse it for their own `html` renderer and pass `headerFields` / `banner` to add to the header.
 */
export function renderHtmlPage(document: SpecDocument, options: HtmlPageOptions = {}): string {
  const facts = documentFacts(document, options.context?.template);
  const { html, toc } = options.body === false ? { html: '', toc: [] } : markdownToSafeHtml(document.tree);
  const rows = [...(options.replaceMetadata ? [] : metadataRows(document)), ...(options.headerFields ?? [])];
  const card = rows
    .map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}</td></tr>`)
    .join('\n');
  const heading = (facts.id && !facts.title.includes(facts.id) ? `${facts.id}: ${facts.title}` : facts.title) + (options.headingSuffix ?? '');
  const badge = facts.status
    ? `<span class="status status-${statusClass(facts.status)}">${escapeHtml(facts.status)}</span>`
    : '';
  const badges = (options.badges ?? [])
    .map((item) => ` <span class="badge badge-${slug(item.label)}" title="${escapeHtml(item.label)}">${escapeHtml(item.value)}</span>`)
    .join('');
  const headerTables = (options.headerTables ?? []).map((table) => `\n${renderHtmlTable(table)}`).join('');
  const banner = options.banner ? `<p class="banner" role="note">${escapeHtml(options.banner)}</p>` : '';
  const template = document.template ? ` data-template="${escapeHtml(document.template)}"` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; script-src 'self' https:">
<title>${escapeHtml(heading)}</title>
<style>${pageStyle}</style>
</head>
<body>
<main class="spec"${template}>
<header>
${banner}<h1>${escapeHtml(heading)} ${badge}${badges}</h1>
<table class="metadata"><tbody>
${card}
</tbody></table>${headerTables}
</header>
${options.body === false ? '' : `${renderToc(toc)}\n<article>\n${html}\n</article>`}
</main>
</body>
</html>
`;
}

/** The core default `html` renderer: any template. */
export const htmlRenderer: Renderer = {
  format: 'html',
  render: (document, context) => renderHtmlPage(document, { context }),
};
