import type { TraceLink, TraceRow } from './traceability.js';

export const matrixHeader = ['Requirement', 'Keyword', 'Acceptance criteria', 'Tests', 'Covered'];

/** `AC-1`, `AC-2 (via TEST-003)`, `Scenario "Driver reserves a connector"`. */
function linkLabel(link: TraceLink): string {
  const name = link.id ?? (link.name ? `Scenario "${link.name}"` : `Scenario on line ${link.line}`);
  return link.via ? `${name} (via ${link.via})` : name;
}

function linkList(links: readonly TraceLink[]): string {
  return links.length === 0 ? '—' : links.map(linkLabel).join(', ');
}

/** One row of text cells per requirement, as both traceability renderers show them. */
export function matrixRows(rows: readonly TraceRow[]): string[][] {
  return rows.map((row) => [
    row.requirement.id,
    row.requirement.keyword ?? '—',
    linkList(row.acceptanceCriteria),
    linkList(row.tests),
    row.covered ? 'yes' : row.must ? 'no (MUST)' : 'no',
  ]);
}

/** What the list of uncovered MUST requirements says when it is empty. */
export function noUncoveredText(mustCount: number): string {
  return mustCount === 0
    ? 'None: the spec states no MUST requirements.'
    : 'None: every MUST requirement has an acceptance criterion or a test.';
}
