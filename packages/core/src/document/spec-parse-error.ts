import type { Position } from '../types/document.js';

/**
 * A file that cannot be turned into a document: nested past the depth limit, or too much for the parser.
 * Never swallowed: the engine reports it as a fatal problem on the file (non-zero exit), never a skip.
 */
export class SpecParseError extends Error {
  readonly position?: Position;

  constructor(message: string, options: { position?: Position; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SpecParseError';
    this.position = options.position;
  }
}
