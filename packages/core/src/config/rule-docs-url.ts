import type { LoadedRule } from '../types/engine.js';
import type { SpecloomPlugin } from '../types/plugin.js';

/**
 * Where a rule is documented: its own `meta.docs.url`, else its plugin's `docsUrl` + `/<rule name>.md`. The one
 * answer every host gives (messages, `specloom rules`, ESLint's `meta.docs.url`).
 */
export function ruleDocsUrlOf(loaded: Pick<LoadedRule, 'id' | 'plugin' | 'rule'>, plugins: readonly Pick<SpecloomPlugin, 'name' | 'docsUrl'>[]): string | undefined {
  const documented = loaded.rule.meta?.docs?.url;
  if (documented) return documented;
  const docsUrl = plugins.find((candidate) => candidate.name === loaded.plugin)?.docsUrl;
  if (!docsUrl) return undefined;
  const name = loaded.id.startsWith(`${loaded.plugin}/`) ? loaded.id.slice(loaded.plugin.length + 1) : loaded.id;
  return `${docsUrl.replace(/\/+$/, '')}/${name}.md`;
}
