import type { LintMessage } from '../types/index.js';
import { createFileProblem, errorText } from './create-message.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { WriteRefusedError } from './write-refusal.js';

/**
 * Write one file's fixed text, only if the file still holds `expected` (the bytes that were linted). Returns
 * the problem to report on the file when it was not written: it changed or vanished meanwhile, it is
 * read-only, or the write failed.
 */
export async function writeFixedFile(filePath: string, output: string, expected: Uint8Array): Promise<LintMessage | undefined> {
  try {
    await writeFileAtomic(filePath, output, { expected });
    return undefined;
  } catch (error) {
    const reason = error instanceof WriteRefusedError ? error.description : errorText(error);
    return createFileProblem(`Cannot write the fixed file: ${reason}`);
  }
}
