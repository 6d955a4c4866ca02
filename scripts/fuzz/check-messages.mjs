// Oracles on one lint result: every position inside the text, every fix a valid edit, no crash message.

/** Line lengths of the text as rules see it: BOM dropped, CRLF, LF and a lone CR each end a line. */
export function lineLengths(text) {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/u).map((line) => line.length);
}

function pointProblem(lengths, line, column) {
  if (!Number.isInteger(line) || !Number.isInteger(column)) return `non-integer ${line}:${column}`;
  if (line < 1 || line > lengths.length) return `line ${line} outside 1..${lengths.length}`;
  if (column < 1 || column > lengths[line - 1] + 1) return `column ${column} outside 1..${lengths[line - 1] + 1} on line ${line}`;
  return undefined;
}

/**
 * Why a message's place is wrong, or undefined. Start and end must name a character (or the end) of a real
 * line, the end must not come before the start, and a fix must replace a range of the text.
 */
export function invalidPosition(message, lengths, textLength) {
  const start = pointProblem(lengths, message.line, message.column);
  if (start) return `start: ${start}`;
  const end = pointProblem(lengths, message.endLine ?? message.line, message.endColumn ?? message.column);
  if (end) return `end: ${end}`;
  const endLine = message.endLine ?? message.line;
  const endColumn = message.endColumn ?? message.column;
  if (endLine < message.line || (endLine === message.line && endColumn < message.column)) {
    return `end ${endLine}:${endColumn} before start ${message.line}:${message.column}`;
  }
  if (message.fix) {
    const [from, to] = message.fix.range ?? [];
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || from > to || to > textLength || typeof message.fix.text !== 'string') {
      return `fix range ${JSON.stringify(message.fix.range)} outside 0..${textLength}`;
    }
  }
  return undefined;
}

const CRASH = /\bcrashed\b|^Cannot lint file:|^Cannot read the document structure:/u;

/** A rule or the engine failing on the file, rather than a finding about the file. */
export function isCrashMessage(message) {
  return CRASH.test(message.message);
}

const BUDGET = /^Unexpected lint time over \d+ ms/u;

export function isBudgetMessage(message) {
  return BUDGET.test(message.message);
}
