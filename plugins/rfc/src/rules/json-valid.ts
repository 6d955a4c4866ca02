import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { CodeBlock, DocumentRule, Fix, RuleContext, SpecDocument } from '@specloom/core';
import { positionAt } from '@specloom/core';

/** What the parser wanted at the error, in the words messages use. */
const expectedByCode: Record<string, string> = {
  InvalidSymbol: 'a JSON value',
  InvalidNumberFormat: 'a number',
  PropertyNameExpected: 'a property name in double quotes',
  ValueExpected: 'a value',
  ColonExpected: '`:`',
  CommaExpected: '`,`',
  CloseBraceExpected: '`}`',
  CloseBracketExpected: '`]`',
  EndOfFileExpected: 'the end of the JSON value',
  InvalidCommentToken: 'no comments (a `jsonc` block may have them)',
  UnexpectedEndOfString: 'a closing `"`',
};

const parseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `json` code blocks to hold valid JSON',
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      trailingComma: 'Invalid JSON in code block: unexpected `{{token}}` after a trailing comma, expected valid JSON without the comma',
      invalid: 'Invalid JSON in code block: unexpected {{token}}, expected {{expected}}',
    },
  },

  create(context) {
    return {
      document() {
        for (const block of context.document.codeBlocks) {
          if (block.lang?.toLowerCase() !== 'json') continue;
          const errors: ParseError[] = [];
          parse(block.value, errors, parseOptions);
          const [error] = errors;
          if (error) reportError(context, block, error);
        }
      },
    };
  },
};

function reportError(context: RuleContext, block: CodeBlock, error: ParseError): void {
  const { document } = context;
  const { value } = block;
  const token = value.slice(error.offset, error.offset + Math.max(error.length, 1));
  const comma = trailingCommaBefore(value, error.offset);
  if (comma !== undefined && (token === '}' || token === ']')) {
    const commaOffset = sourceOffset(document, block, comma);
    const withoutComma = value.slice(0, comma) + value.slice(comma + 1);
    const errors: ParseError[] = [];
    parse(withoutComma, errors, parseOptions);
    // Removing the comma is certain only when it leaves valid JSON.
    const fix: Fix | undefined = commaOffset !== undefined && errors.length === 0 ? { range: [commaOffset, commaOffset + 1], text: '' } : undefined;
    context.report({
      messageId: 'trailingComma',
      data: { token },
      position: commaOffset === undefined ? block.position : positionAt(document, commaOffset, commaOffset + 1),
      ...(fix ? { fix } : {}),
    });
    return;
  }
  const start = sourceOffset(document, block, error.offset);
  const atEnd = error.offset >= value.trimEnd().length;
  const shown = atEnd ? 'end of the block' : `\`${value.slice(error.offset).match(/^(\.\.\.|[^\s,:{}[\]"]+|.)/)?.[0] ?? token}\``;
  // `...` and `// comment` abbreviate an example on purpose: JSON they are not, but the author meant them.
  const abbreviated = printParseErrorCode(error.error) === 'InvalidCommentToken' || /^`(?:\.\.\.|…)/.test(shown);
  context.report({
    messageId: 'invalid',
    data: { token: shown, expected: expectedByCode[printParseErrorCode(error.error)] ?? 'valid JSON' },
    position: start === undefined ? block.position : positionAt(document, start, start + (atEnd ? 0 : Math.max(error.length, 1))),
    severity: abbreviated ? 'warn' : undefined,
  });
}

/** Offset of a `,` directly before `offset` (white space aside), if there is one. */
function trailingCommaBefore(value: string, offset: number): number | undefined {
  let index = offset - 1;
  while (index >= 0 && /\s/.test(value.charAt(index))) index--;
  return value[index] === ',' ? index : undefined;
}

/**
 * Map an offset in the block's value to the document text. The value drops the indentation (and container
 * prefixes such as `> `) of every line, so each line is found in the source after its fence line.
 */
function sourceOffset(document: SpecDocument, block: CodeBlock, offset: number): number | undefined {
  const before = block.value.slice(0, offset);
  const lineIndex = before.split('\n').length - 1;
  const column = offset - (before.lastIndexOf('\n') + 1);
  const valueLine = block.value.split('\n')[lineIndex] ?? '';
  const sourceLineNumber = block.position.start.line + 1 + lineIndex;
  const lineStart = document.lineStarts[sourceLineNumber - 1];
  if (lineStart === undefined) return undefined;
  const lineEnd = document.lineStarts[sourceLineNumber] ?? document.text.length;
  const sourceLine = document.text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
  const indent = sourceLine.length - valueLine.length;
  return indent < 0 ? undefined : lineStart + indent + column;
}

export default rule;
