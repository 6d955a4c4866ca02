import type { LintMessage } from '@specloom/core';

/** Past this many characters an editor's "Replace `…` with `…`" is unreadable and the report grows: no quick fix. */
export const MAX_QUICK_FIX_LENGTH = 300;

export type ToOffset = (point: { line: number; column: number }) => number | undefined;

/**
 * What remark-language-server needs for a quick fix: it replaces the message's own range with `expected`.
 * So the fix is expressed as the new text of that range, which only works when the fix lies inside it.
 * `text` is the document text the fix offsets refer to (without a BOM).
 */
export function quickFixFor(message: LintMessage, text: string, toOffset: ToOffset): { actual: string; expected: string } | undefined {
  const fix = message.fix;
  if (!fix) return undefined;
  const start = toOffset({ line: message.line, column: message.column });
  const end = toOffset({ line: message.endLine, column: message.endColumn });
  if (start === undefined || end === undefined) return undefined;
  const [fixStart, fixEnd] = fix.range;
  if (fixStart < start || fixEnd > end || end - start > MAX_QUICK_FIX_LENGTH) return undefined;
  return {
    actual: text.slice(start, end),
    expected: text.slice(start, fixStart) + fix.text + text.slice(fixEnd, end),
  };
}
