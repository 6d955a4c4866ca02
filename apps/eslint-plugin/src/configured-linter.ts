import type { LintMessage, LintResult, ResolvedConfig } from '@specloom/core';
import { createConfigIgnoreFilter, createHostLintRun } from '@specloom/core/host';
import { createWorkspaceSnapshot, hashText, type WorkspaceSnapshot } from './workspace-snapshot.js';

/** Lints files one at a time with one effective config (the specloom config with ESLint's rule settings). */
export interface ConfiguredLinter {
  lint(filePath: string | undefined, text: string): LintMessage[];
}

const TEXT_KEY = '<text>';

function hasWorkspaceRules(config: ResolvedConfig): boolean {
  return config.rules.some((loaded) => loaded.rule.meta.scope === 'workspace' && config.ruleSettings.has(loaded.id));
}

/**
 * Document rules run once per file text; workspace rules compare the file ESLint lints (its current text, which
 * `--fix` passes and editors change) with every other Markdown file under the config root on disk. Results are
 * kept by content hash, so a file ESLint lints as it is on disk is not linted twice, and the workspace phase runs
 * again only when some file's text changed.
 */
export function createConfiguredLinter(config: ResolvedConfig, options: { today?: string; workspace: boolean }): ConfiguredLinter {
  const run = createHostLintRun(config, { today: options.today });
  const isIgnored = createConfigIgnoreFilter(config);
  const snapshot: WorkspaceSnapshot | undefined =
    options.workspace && hasWorkspaceRules(config) ? createWorkspaceSnapshot(config.rootDir, isIgnored) : undefined;
  const documents = new Map<string, { hash: string; result: LintResult }>();
  let workspaceResults: Map<string, LintResult> | undefined;

  function lintText(key: string, filePath: string | undefined, text: string, hash: string): void {
    documents.set(key, { hash, result: run.lint({ text, filePath }) });
    workspaceResults = undefined;
  }

  function refreshWorkspace(): void {
    if (!snapshot) return;
    const { changed, removed } = snapshot.refresh();
    for (const file of changed) {
      if (documents.get(file.filePath)?.hash !== file.hash) lintText(file.filePath, file.filePath, file.text, file.hash);
    }
    for (const filePath of removed) {
      run.remove(filePath);
      documents.delete(filePath);
      workspaceResults = undefined;
    }
  }

  return {
    lint(filePath, text) {
      if (filePath !== undefined && isIgnored(filePath)) return [];
      refreshWorkspace();
      const key = filePath ?? TEXT_KEY;
      const hash = hashText(text);
      if (documents.get(key)?.hash !== hash) lintText(key, filePath, text, hash);
      const messages = documents.get(key)!.result.messages;
      if (!snapshot) {
        // No workspace to keep: the next file is compared with nothing, as in a run of one file.
        run.remove(key);
        documents.delete(key);
        return messages;
      }
      workspaceResults ??= new Map(run.checkWorkspace().map((result) => [result.filePath, result]));
      return [...messages, ...(workspaceResults.get(key)?.messages ?? [])];
    },
  };
}
