import { documentFacts, type Renderer } from '@specloom/core';
import { coverageSummary, coverageText, specDatedData } from '../utils/spec-dated-data.js';
import { matrixHeader, matrixRows, noUncoveredText } from '../utils/traceability-matrix.js';
import { FEATURE, WHY_WHAT_HOW } from '../utils/templates.js';

/** Spec text as Markdown text: no markup, links, HTML, entities or table cell breaks of its own. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|]|&(?=#?\w+;)/g, (character) => `\\${character}`);
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeMarkdown).join(' | ')} |`;
}

/**
 * `specloom render --to traceability-md`: a Markdown table Requirement | Keyword | Acceptance criteria | Tests |
 * Covered, then the MUST requirements without any criterion or test.
 */
export const traceabilityMarkdownRenderer: Renderer = {
  format: 'traceability-md',
  extension: 'traceability.md',
  templates: [FEATURE, WHY_WHAT_HOW],
  render(document, context) {
    const facts = documentFacts(document, context?.template);
    const heading = facts.id && !facts.title.includes(facts.id) ? `${facts.id}: ${facts.title}` : facts.title;
    const data = specDatedData(document, context);
    const summary = coverageSummary(data.traceability);
    const lines = [`# Traceability matrix: ${escapeMarkdown(heading)}`, '', `${coverageText(summary)}.`, ''];
    if (data.traceability.length === 0) {
      lines.push('No requirements with IDs (REQ-001, FR1, NFR1) to trace.', '');
    } else {
      lines.push(tableRow(matrixHeader), `|${matrixHeader.map(() => ' --- |').join('')}`);
      lines.push(...matrixRows(data.traceability).map(tableRow), '');
    }
    lines.push('## Uncovered MUST requirements', '');
    if (summary.uncovered.length === 0) lines.push(noUncoveredText(summary.must));
    for (const { requirement } of summary.uncovered) {
      lines.push(`- ${escapeMarkdown(requirement.id)} (${escapeMarkdown(requirement.keyword ?? '')}, line ${requirement.line}): ${escapeMarkdown(requirement.text)}`);
    }
    return `${lines.join('\n')}\n`;
  },
};
