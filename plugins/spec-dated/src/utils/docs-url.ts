/** Where this plugin's rules are documented: one Markdown file per rule beside its source. */
export const RULES_DOCS_URL = 'https://github.com/specloom/specloom/blob/main/plugins/spec-dated/src/rules';

export function ruleDocsUrl(ruleName: string): string {
  return `${RULES_DOCS_URL}/${ruleName}.md`;
}
