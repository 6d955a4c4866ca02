import type { Linter } from 'eslint';
import { takeFindings } from './file-lint-session.js';

/** Where `postprocess` finds a specloom message among ESLint's: same rule (any plugin namespace), place and text. */
function findingKey(ruleId: string, line: number, column: number, message: string): string {
  return `${ruleId}\n${line}:${column}\n${message}`;
}

/**
 * The part of specloom's result an ESLint rule cannot express. ESLint gives every message of a rule the rule's
 * configured severity; a specloom rule may ask for less (a placeholder is a warning while the spec is a
 * Draft), so such messages get the lower severity here. File problems (broken front matter, an unknown
 * `template:`) belong to no rule; they are added here, as ESLint reports its own parse errors, with
 * `ruleId: null`. The text passes through unchanged, so fixes apply as they are.
 */
export const specloomProcessor: Linter.Processor = {
  meta: { name: 'specloom' },
  supportsAutofix: true,
  preprocess(text) {
    return [text];
  },
  postprocess(messageLists, filename) {
    const messages = messageLists.flat();
    const findings = takeFindings(filename);
    if (!findings) return messages;
    const softened = new Set(
      findings
        .filter((finding) => finding.ruleId !== null && finding.severity === 1)
        .map((finding) => findingKey(finding.ruleId!, finding.line, finding.column, finding.message)),
    );
    for (const message of messages) {
      if (message.severity !== 2 || !message.ruleId?.includes('/')) continue;
      // `specloom/rfc/title-number` -> `rfc/title-number`: the namespace is whatever the config named the plugin.
      const ruleId = message.ruleId.slice(message.ruleId.indexOf('/') + 1);
      if (softened.has(findingKey(ruleId, message.line, message.column, message.message))) message.severity = 1;
    }
    const problems = findings
      .filter((finding) => finding.ruleId === null)
      .map(
        (finding): Linter.LintMessage => ({
          ruleId: null,
          severity: finding.severity,
          message: finding.message,
          line: finding.line,
          column: finding.column,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
          ...(finding.fatal ? { fatal: true as const } : {}),
        }),
      );
    if (problems.length === 0) return messages;
    return [...problems, ...messages].sort((left, right) => left.line - right.line || left.column - right.column);
  },
};
