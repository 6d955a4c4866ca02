/** Where this plugin's rule docs live; the engine would derive the same url from the plugin's `docsUrl`. */
export const DOCS_URL = 'https://github.com/specloom/specloom/blob/main/plugins/openspec/src/rules';

export function ruleDocsUrl(ruleName: string): string {
  return `${DOCS_URL}/${ruleName}.md`;
}
