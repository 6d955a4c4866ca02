import { readFileSync } from 'node:fs';
import type { LintMessage } from '../types/index.js';
import { createFileProblem } from './create-message.js';

/** How much of a file is searched for a NUL byte, as git does to call a file binary. */
const BINARY_SNIFF_BYTES = 8000;

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export const BINARY_FILE_MESSAGE = 'Binary file, expected UTF-8 Markdown text';

/**
 * Specs are kilobytes (the largest of 1,300 public RFCs and KEPs is 170 KB); a file of megabytes is generated
 * or misplaced, and parsing it would hold up the whole run for a minute.
 */
export const MAX_SPEC_FILE_BYTES = 5 * 1024 * 1024;

function pointProblem(message: string, line: number, column = 1): LintMessage {
  return createFileProblem(message, {
    start: { line, column, offset: 0 },
    end: { line, column, offset: 0 },
  });
}

/**
 * 1-based line and column (in characters) of the first byte sequence that is not UTF-8. Lines end at LF, CRLF or
 * a lone CR, as Markdown and every message position count them.
 */
function firstInvalidPlace(buffer: Uint8Array): { line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let line = 1;
  let lineStart = 0;
  // CR and LF never occur inside a multi-byte UTF-8 sequence, so each line can be checked on its own.
  while (lineStart <= buffer.length) {
    let lineEnd = lineStart;
    while (lineEnd < buffer.length && buffer[lineEnd] !== LINE_FEED && buffer[lineEnd] !== CARRIAGE_RETURN) lineEnd++;
    const bytes = buffer.subarray(lineStart, lineEnd);
    try {
      decoder.decode(bytes);
    } catch {
      // Feed the line byte by byte (streaming, so a sequence split between bytes is fine) to find the
      // column, counted in characters like every other column.
      const streaming = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      let decoded = 0;
      for (let index = 0; index < bytes.length; index++) {
        try {
          decoded += streaming.decode(bytes.subarray(index, index + 1), { stream: true }).length;
        } catch {
          break;
        }
      }
      return { line, column: decoded + 1 };
    }
    line++;
    lineStart = buffer[lineEnd] === CARRIAGE_RETURN && buffer[lineEnd + 1] === LINE_FEED ? lineEnd + 2 : lineEnd + 1;
  }
  return { line: 1, column: 1 };
}

/**
 * Turn a file's bytes into text, or into the one problem that stops it from being linted: a huge file, binary
 * content (a NUL byte early on) or invalid UTF-8 (with the line of the first bad byte). A BOM is kept in the text:
 * the parser drops it and a fixed file is written back with it.
 */
export function decodeSpecFile(buffer: Uint8Array): { text: string } | { problem: LintMessage } {
  if (buffer.length > MAX_SPEC_FILE_BYTES) {
    const megabytes = (buffer.length / 1024 / 1024).toFixed(1);
    return { problem: pointProblem(`Unexpected file of ${megabytes} MB, expected a Markdown spec of at most 5 MB; not linted`, 1) };
  }
  if (buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { problem: pointProblem(BINARY_FILE_MESSAGE, 1) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer) };
  } catch {
    const place = firstInvalidPlace(buffer);
    return {
      problem: pointProblem(
        `Unexpected invalid UTF-8 byte on line ${place.line}, expected UTF-8 Markdown text`,
        place.line,
        place.column,
      ),
    };
  }
}

/**
 * A linted file's text read again, without its BOM as rules saw it: a run drops texts after the document phase
 * and reads back only the few a workspace rule reports on. '' when the file is gone or no longer text.
 */
export function rereadSpecText(filePath: string): string {
  try {
    const decoded = decodeSpecFile(readFileSync(filePath));
    return 'problem' in decoded ? '' : decoded.text.replace(/^\uFEFF/u, '');
  } catch {
    return '';
  }
}
