import { parse as parseTolerant, printParseErrorCode, stripComments, type ParseError } from 'jsonc-parser';
import { SpecloomConfigError } from '../errors.js';
import { displayConfigFile, errorSummary } from './config-messages.js';

export interface ParseJsonOptions {
  /** `//` and `/* *\/` comments are allowed (JSON with comments, as in tsconfig.json); trailing commas are not. */
  comments?: boolean;
}

/**
 * JSON.parse, with a syntax error reported as `file:line:column: Unexpected …, expected …`.
 * V8's own messages on Node 20 often lack a position, so a tolerant parser locates the error.
 */
export function parseJsonText(text: string, filePath: string, options: ParseJsonOptions = {}): unknown {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const comments = options.comments === true;
  try {
    // Comments become spaces, so JSON.parse still builds the value (own `__proto__` keys included, as for JSON).
    return JSON.parse(comments ? stripComments(withoutBom, ' ') : withoutBom);
  } catch (error) {
    const located = locateJsonError(withoutBom, comments);
    const where = located ? `:${located.line}:${located.column}` : '';
    const what = located?.message ?? errorSummary(error);
    throw new SpecloomConfigError(`${displayConfigFile(filePath)}${where}: Invalid JSON: ${what}.`, {
      filePath,
      cause: error,
    });
  }
}

// By jsonc-parser's error code names (its codes are a const enum, not importable here).
const expectations: Record<string, string> = {
  ValueExpected: 'a value',
  PropertyNameExpected: 'a double-quoted property name',
  ColonExpected: '":"',
  CommaExpected: '","',
  CloseBraceExpected: '"}"',
  CloseBracketExpected: '"]"',
  EndOfFileExpected: 'the end of the file',
  UnexpectedEndOfString: 'a closing quote on the same line',
  InvalidEscapeCharacter: 'a valid escape sequence',
  InvalidUnicode: 'a valid \\u escape',
  InvalidNumberFormat: 'a valid number',
  InvalidCharacter: 'a printable character or an escape',
  UnexpectedEndOfComment: '"*/" closing the comment',
  InvalidCommentToken: 'plain JSON without comments',
};

function locateJsonError(text: string, comments: boolean): { line: number; column: number; message: string } | undefined {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: !comments, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = first.offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  // The error's text up to its line end (split always returns at least one part).
  const [token = ''] = text.slice(first.offset, first.offset + Math.max(first.length, 1)).split(/\r?\n/);
  const found = first.offset >= text.length ? 'end of file' : token.startsWith('/') ? 'comment' : JSON.stringify(token);
  const expected = expectations[printParseErrorCode(first.error)] ?? 'valid JSON';
  return { line, column, message: `Unexpected ${found}, expected ${expected}` };
}
