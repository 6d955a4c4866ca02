import type { TableValuesSchema } from '@specloom/core';

/** Headings real authors write for the sections both dated templates share. */
export const nonFunctionalAliases = ['Non Functional Requirements', 'Nonfunctional Requirements', 'NFRs'];
export const riskAliases = ['Risks', 'Risk Analysis', 'Risk Assessment', 'Risks & Mitigations', 'Risks and Mitigations'];

/**
 * The risk table's rated columns, read by the core `table-values` rule: Low, Medium or High (`Med` too), a range
 * of two (`Medium to High`) or a level with a note (`High (fines)`), in a risk section or a table with a Risk column.
 */
export const riskScale: TableValuesSchema = {
  columns: ['Probability', 'Likelihood', 'Impact', 'Severity'],
  values: ['Low', 'Medium', 'High'],
  synonyms: { Med: 'Medium' },
  sections: ['Risk Assessment', ...riskAliases],
  rowColumns: ['Risk', 'Risks'],
  ranges: true,
};
