import type { Fix, LintMessage } from '@specloom/core';

/** Past this many characters an editor's "Replace `…` with `…`" is unreadable and the report grows: no quick fix. */
export const MAX_QUICK_FIX_LENGTH = 300;

export type ToOffset = (point: { line: number; column: number }) => number | undefined;

/**
 * What remark-language-server needs for a quick fix: it replaces the message's own range with `expected`.
 * So the fix is expressed as the new text of that range, which only works when the fix lies inside it.
 * `text` is the document text the fix offsets refer to (without a BOM).
 */
export function quickFixFor(message: LintMessage, text: string, toOffset: ToOffset): { actual: string; expected: string } | undefined {
  return message.fix ? rangeReplacement(message, message.fix, text, toOffset) : undefined;
}

/** The note that marks a message's `expected` as suggestions (offered by editors, never a certain fix). */
export const SUGGESTION_NOTE_PREFIX = 'Suggestion, not applied by --fix:';

/**
 * What an editor may offer for a message, as new texts of its range: its fix; or, for a message without one, its
 * suggestions (uncertain fixes), with a note saying so, since `expected` cannot tell the two apart.
 */
export function quickFixesFor(
  message: LintMessage,
  text: string,
  toOffset: ToOffset,
): { actual: string; expected: string[]; note?: string } | undefined {
  const fix = quickFixFor(message, text, toOffset);
  if (fix) return { actual: fix.actual, expected: [fix.expected] };
  const suggestions = (message.suggestions ?? []).flatMap((suggestion) => {
    const replacement = rangeReplacement(message, suggestion.fix, text, toOffset);
    return replacement ? [{ ...replacement, desc: suggestion.desc }] : [];
  });
  if (suggestions.length === 0) return undefined;
  return {
    actual: suggestions[0]!.actual,
    expected: suggestions.map((suggestion) => suggestion.expected),
    note: `${SUGGESTION_NOTE_PREFIX} ${suggestions.map((suggestion) => suggestion.desc).join('; ')}`,
  };
}

function rangeReplacement(message: LintMessage, fix: Fix, text: string, toOffset: ToOffset): { actual: string; expected: string } | undefined {
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
