import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { LintResult } from '@specloom/core';
import { writeFileAtomic } from '@specloom/core/host';
import { displayPath } from '../display-path.js';

function pluralize(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * `-o FILE`: the report replaces FILE atomically (a CI step reading it never sees half a report), in a folder
 * made when missing. Returns why it could not be written, in one line, or undefined.
 */
export async function writeReportFile(outputFile: string, report: string, cwd: string): Promise<string | undefined> {
  const target = path.resolve(cwd, outputFile);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, report);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return `Cannot write the report to "${outputFile}": ${reason}`;
  }
}

/** What the terminal still shows when the report went to a file: the counts and where the report is. */
export function reportFileSummary(results: LintResult[], format: string, outputFile: string, cwd: string): string {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const filesWithProblems = results.filter((result) => result.messages.length > 0).length;
  const problems =
    errors + warnings === 0
      ? `no problems in ${pluralize(results.length, 'file')}`
      : `${pluralize(errors + warnings, 'problem')} (${pluralize(errors, 'error')}, ${pluralize(warnings, 'warning')}) ` +
        `in ${filesWithProblems} of ${pluralize(results.length, 'file')}`;
  return `specloom: ${problems}; ${format} report written to ${displayPath(path.resolve(cwd, outputFile), cwd)}\n`;
}
