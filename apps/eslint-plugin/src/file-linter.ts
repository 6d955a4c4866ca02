import type { ResolvedConfig } from '@specloom/core';
import { applyEslintRules } from './apply-eslint-rules.js';
import { createConfiguredLinter, type ConfiguredLinter } from './configured-linter.js';
import type { FileFindings, LintRequest } from './lint-request.js';

/** A specloom config and what tells it apart from another (its file, or the zero-config root). */
export interface KeyedConfig {
  key: string;
  config: ResolvedConfig;
}

/**
 * Configs kept at once: a long-lived ESLint (an editor's) sees a config change as a new config, and the old one's
 * workspace must not stay in memory for good.
 */
const MAX_LINTERS = 8;

export interface FileLinter {
  lint(request: LintRequest, config: KeyedConfig): FileFindings;
}

/**
 * One `ConfiguredLinter` per specloom config, ESLint rule settings and `settings.specloom`: files that share them
 * share a workspace (and its files on disk are read once per process).
 */
export function createFileLinter(): FileLinter {
  const linters = new Map<string, ConfiguredLinter>();
  return {
    lint(request, { key, config }) {
      const { today, workspace = true } = request.settings;
      const linterKey = JSON.stringify([key, request.rules, today ?? null, workspace]);
      let linter = linters.get(linterKey);
      if (!linter) {
        linter = createConfiguredLinter(applyEslintRules(config, request.rules), { today, workspace });
        if (linters.size >= MAX_LINTERS) linters.delete(linters.keys().next().value!);
        linters.set(linterKey, linter);
      }
      return linter.lint(request.filePath, request.text);
    },
  };
}
