import type { Root } from 'mdast';
import type { SpecDocument } from '../types/document.js';
import { buildSpecDocument, stripBom } from './build-spec-document.js';
import { parseMarkdown } from './markdown-processor.js';

export interface ParseSpecDocumentOptions {
  /** Path of the file, kept as given (the CLI passes absolute paths). */
  path?: string;
}

/**
 * Parse a spec once into the `SpecDocument` every rule and renderer reads. Never throws: broken YAML becomes
 * `frontMatter.errors`, and Markdown always parses. The template is left undefined (the engine detects it).
 */
export function parseSpecDocument(text: string, options: ParseSpecDocumentOptions = {}): SpecDocument {
  const documentText = stripBom(typeof text === 'string' ? text : String(text ?? ''));
  return buildSpecDocument(documentText, parseTree(documentText), options);
}

/**
 * micromark has no syntax errors, but pathological nesting (tens of thousands of `>`) can exhaust the call
 * stack. Such a file yields an empty tree rather than an exception, so one file cannot stop a run.
 */
function parseTree(text: string): Root {
  try {
    return parseMarkdown(text);
  } catch {
    const lines = text.split(/\r\n|\r|\n/);
    const end = { line: lines.length, column: lines[lines.length - 1].length + 1, offset: text.length };
    return { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end } };
  }
}
