/** Headings real authors write for the sections both dated templates share. */
export const nonFunctionalAliases = ['Non Functional Requirements', 'Nonfunctional Requirements', 'NFRs'];
export const riskAliases = ['Risks', 'Risk Analysis', 'Risk Assessment', 'Risks & Mitigations', 'Risks and Mitigations'];
