import { readFile } from 'node:fs/promises';
import { parseSpecDocument } from '../document/parse-spec-document.js';
import type { Engine, LintOptions, LintResult, LintTextInput, ResolvedConfig, SpecDocument } from '../types/index.js';
import { createFileProblem, errorText } from './create-message.js';
import { createEngineCore } from './engine-core.js';
import { createLintRun } from './create-lint-run.js';
import { decodeSpecFile, rereadSpecText } from './decode-spec-file.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Why a file could not be read, in words (`ENOENT` alone tells a user little). */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'Cannot read file: it does not exist';
  if (code === 'EISDIR') return 'Cannot read file: it is a directory, expected a Markdown file';
  if (code === 'EACCES' || code === 'EPERM') return 'Cannot read file: permission denied';
  return `Cannot read file: ${errorText(error)}`;
}

/** Write every fixed output (atomically); a file that cannot be written gets an error on its result. */
export async function writeFixedFiles(results: LintResult[]): Promise<void> {
  for (const result of results) {
    if (result.output === undefined) continue;
    try {
      await writeFileAtomic(result.filePath, result.output);
    } catch (error) {
      result.messages.unshift(createFileProblem(`Cannot write the fixed file: ${errorText(error)}`));
      result.errorCount++;
    }
  }
}

/** The specloom engine for one resolved config: parse, lint texts, lint (and fix) files. */
export function createEngine(config: ResolvedConfig): Engine {
  const core = createEngineCore(config);

  function parse(input: LintTextInput): SpecDocument {
    const document = parseSpecDocument(input.text, { path: input.filePath });
    document.template = core.assignTemplate(document).template?.id;
    return document;
  }

  function lintTexts(inputs: LintTextInput[], options: LintOptions = {}): LintResult[] {
    const run = createLintRun(core, options);
    for (const input of inputs) run.addText(input);
    return run.finish();
  }

  async function lintFiles(paths: string[], options: LintOptions = {}): Promise<LintResult[]> {
    const run = createLintRun(core, options);
    // One file at a time: its tree is released before the next file is read.
    for (const filePath of paths) {
      let buffer: Buffer;
      try {
        buffer = await readFile(filePath);
      } catch (error) {
        run.addProblem(filePath, createFileProblem(readFailure(error)));
        continue;
      }
      const decoded = decodeSpecFile(buffer);
      if ('problem' in decoded) run.addProblem(filePath, decoded.problem);
      else run.addText({ text: decoded.text, filePath }, undefined, () => rereadSpecText(filePath));
    }
    const results = run.finish();
    if (options.fix) await writeFixedFiles(results);
    return results;
  }

  return { config, parse, lintTexts, lintFiles };
}
