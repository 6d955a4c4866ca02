import type { LintMessage, LoadedRule } from '@specloom/core';
import { ruleDocsUrlOf } from '@specloom/core/host';
import type { MarkdownRuleDefinition } from '@eslint/markdown';
import { eslintRuleMeta } from './eslint-rule-meta.js';
import { sessionFor } from './file-lint-session.js';
import type { LintBackend } from './lint-request.js';

type ReportDescriptor = Parameters<Parameters<MarkdownRuleDefinition['create']>[0]['report']>[0];

/**
 * A specloom message as ESLint's report: the Markdown language counts lines and columns from 1, as specloom
 * does, so the location passes through unchanged; a fix is the same text edit through ESLint's fixer. ESLint
 * stops the whole run on a fix from a rule without `meta.fixable`, which specloom does not require: such a
 * rule's fixes are left out here.
 */
export function toReportDescriptor(message: LintMessage, fixable: boolean, hasSuggestions = false): ReportDescriptor {
  const fix = fixable ? message.fix : undefined;
  const suggestions = hasSuggestions ? (message.suggestions ?? []) : [];
  return {
    loc: { start: { line: message.line, column: message.column }, end: { line: message.endLine, column: message.endColumn } },
    message: message.message,
    ...(fix ? { fix: (fixer) => fixer.replaceTextRange(fix.range, fix.text) } : {}),
    ...(suggestions.length > 0
      ? {
          suggest: suggestions.map((suggestion) => ({
            desc: suggestion.desc,
            fix: (fixer) => fixer.replaceTextRange(suggestion.fix.range, suggestion.fix.text),
          })),
        }
      : {}),
  };
}

/**
 * One ESLint rule for one specloom rule. It holds no rule logic: it joins its file's shared specloom lint and
 * reports that lint's messages of its own rule.
 */
export function createEslintRule(loaded: LoadedRule, docsUrl: string | undefined, backend: LintBackend): MarkdownRuleDefinition {
  return {
    meta: eslintRuleMeta(loaded, ruleDocsUrlOf(loaded, [{ name: loaded.plugin, docsUrl }])),
    create(context) {
      const session = sessionFor(context, backend);
      session.enable(loaded.id, context.options);
      return {
        root() {
          const fixable = loaded.rule.meta.fixable !== undefined;
          for (const message of session.messagesOf(loaded.id)) context.report(toReportDescriptor(message, fixable, loaded.rule.meta.hasSuggestions === true));
        },
      };
    },
  };
}
