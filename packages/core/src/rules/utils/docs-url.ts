/** Where the core rules are documented: one Markdown file per rule beside its source. */
export const CORE_RULES_DOCS_URL = 'https://github.com/specloom/specloom/blob/main/packages/core/src/rules';

export function ruleDocsUrl(ruleId: string): string {
  return `${CORE_RULES_DOCS_URL}/${ruleId}.md`;
}
