import type { Root } from 'mdast';
import type { SpecDocument } from '../types/document.js';
import { buildSpecDocument, stripBom } from './build-spec-document.js';
import { parseMarkdown } from './markdown-processor.js';
import { DEFAULT_MAX_NESTING_DEPTH, findExcessiveLineNesting, findExcessiveTreeNesting, type ExcessiveNesting } from './nesting-depth.js';
import { SpecParseError } from './spec-parse-error.js';

export interface ParseSpecDocumentOptions {
  /** Path of the file, kept as given (the CLI passes absolute paths). */
  path?: string;
  /** Deepest nesting of quotes, lists and inline containers parsed (default 100, `limits.maxNestingDepth`). */
  maxNestingDepth?: number;
}

function nestingError(found: ExcessiveNesting, limit: number): SpecParseError {
  const point = { line: found.line, column: Math.max(1, found.column), offset: 0 };
  return new SpecParseError(
    `Unexpected nesting ${found.depth} levels deep on line ${found.line}, expected at most ${limit} (limits.maxNestingDepth)`,
    { position: { start: point, end: point } },
  );
}

/**
 * Parse a spec once into the `SpecDocument` every rule and renderer reads. Broken YAML becomes
 * `frontMatter.errors` and Markdown has no syntax errors, but a file nested deeper than `maxNestingDepth`, or
 * one the parser cannot finish (it ran out of stack), throws a `SpecParseError`: no tree is made up for it.
 * The template is left undefined (the engine detects it).
 */
export function parseSpecDocument(text: string, options: ParseSpecDocumentOptions = {}): SpecDocument {
  const documentText = stripBom(typeof text === 'string' ? text : String(text ?? ''));
  const limit = options.maxNestingDepth ?? DEFAULT_MAX_NESTING_DEPTH;
  // Before micromark: its time grows with the square of the nesting, and deep enough input overflows its stack.
  const tooDeep = findExcessiveLineNesting(documentText, limit);
  if (tooDeep) throw nestingError(tooDeep, limit);
  const tree = parseTree(documentText);
  assertTreeNesting(tree, limit);
  try {
    return buildSpecDocument(documentText, tree, { path: options.path });
  } catch (error) {
    if (error instanceof RangeError) throw new SpecParseError(`Cannot read the document structure: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Throw a `SpecParseError` for a tree nested deeper than `limit` (inline nesting, or a tree a host parsed). */
export function assertTreeNesting(tree: Root, limit: number): void {
  const tooDeep = findExcessiveTreeNesting(tree, limit);
  if (tooDeep) throw nestingError(tooDeep, limit);
}

function parseTree(text: string): Root {
  try {
    return parseMarkdown(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SpecParseError(`Cannot parse the Markdown: ${reason}`, { cause: error });
  }
}
