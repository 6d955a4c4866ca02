import type { LintMessage } from '@specloom/core';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import { quickFixesFor } from './quick-fix.js';

/** `source` of every message, as remark-lint's rules carry `remark-lint`; lint comments key on it. */
export const MESSAGE_SOURCE = 'specloom';

/**
 * Add specloom's messages to the file as remark-lint rules do (unified-lint-rule): `ruleId`, `source`, `url`
 * and the exact range, with `fatal: false`. Returns the errors: the caller makes them `fatal: true` (so they
 * fail the run, and warnings fail it only with `--frail`) once it is safe to (see `createLintSession`).
 * Only `place` is given, never `ancestors`: a message must not drag the syntax tree into `--report json`.
 */
export function reportMessages(file: VFile, messages: LintMessage[], text: string): VFileMessage[] {
  const errors: VFileMessage[] = [];
  if (messages.length === 0) return errors;
  const toOffset = location(text).toOffset;
  for (const message of messages) {
    const fileMessage = file.message(message.message, {
      place: {
        start: { line: message.line, column: message.column },
        end: { line: message.endLine, column: message.endColumn },
      },
      ruleId: message.ruleId ?? undefined,
      source: MESSAGE_SOURCE,
    });
    fileMessage.fatal = false;
    if (message.severity === 2) errors.push(fileMessage);
    if (message.url) fileMessage.url = message.url;
    const quickFixes = quickFixesFor(message, text, toOffset);
    if (quickFixes) {
      fileMessage.actual = quickFixes.actual;
      fileMessage.expected = quickFixes.expected;
      if (quickFixes.note) fileMessage.note = quickFixes.note;
    }
  }
  return errors;
}

/** A problem with the setup (bad config, bad options): one error on the file, returned like `reportMessages`'. */
export function reportSetupProblem(file: VFile, reason: string): VFileMessage {
  const fileMessage = file.message(reason, { source: MESSAGE_SOURCE });
  fileMessage.fatal = false;
  return fileMessage;
}
