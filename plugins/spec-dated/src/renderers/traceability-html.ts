import { renderHtmlPage, type Renderer } from '@specloom/core';
import { coverageSummary, coverageText, specDatedData } from '../utils/spec-dated-data.js';
import { matrixHeader, matrixRows, noUncoveredText } from '../utils/traceability-matrix.js';
import { FEATURE, WHY_WHAT_HOW } from '../utils/templates.js';
import { uncoveredTable } from './spec-html.js';

/** `specloom render --to traceability-html`: the traceability matrix as a standalone, escaped HTML page. */
export const traceabilityHtmlRenderer: Renderer = {
  format: 'traceability-html',
  extension: 'traceability.html',
  templates: [FEATURE, WHY_WHAT_HOW],
  render(document, context) {
    const data = specDatedData(document, context);
    const summary = coverageSummary(data.traceability);
    const uncovered = uncoveredTable(summary);
    // The matrix is the page: no spec body, the heading says what the page is.
    return renderHtmlPage(document, {
      context,
      body: false,
      headingSuffix: ' — traceability matrix',
      replaceMetadata: true,
      headerFields: [
        ...(data.specId === undefined ? [] : [{ label: 'Spec ID', value: data.specId }]),
        { label: 'Traceability', value: coverageText(summary) },
        ...(uncovered ? [] : [{ label: 'Uncovered MUST requirements', value: noUncoveredText(summary.must) }]),
      ],
      headerTables: [
        {
          caption: 'Traceability matrix: requirements × acceptance criteria × tests',
          header: matrixHeader,
          rows: matrixRows(data.traceability),
          className: 'traceability',
        },
        ...(uncovered ? [uncovered] : []),
      ],
    });
  },
};
