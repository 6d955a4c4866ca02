import type { LintMessage, LintResult } from '../types/index.js';

type Counts = Pick<LintResult, 'errorCount' | 'warningCount' | 'fixableErrorCount' | 'fixableWarningCount'>;

/** ESLint's counts: fixable means the message carries a fix. */
export function countMessages(messages: LintMessage[]): Counts {
  const counts: Counts = { errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const message of messages) {
    if (message.severity === 2) {
      counts.errorCount++;
      if (message.fix) counts.fixableErrorCount++;
    } else {
      counts.warningCount++;
      if (message.fix) counts.fixableWarningCount++;
    }
  }
  return counts;
}

/** Messages by line, then column; equal places keep their order. */
export function sortMessages(messages: LintMessage[]): LintMessage[] {
  return [...messages].sort((left, right) => left.line - right.line || left.column - right.column);
}
