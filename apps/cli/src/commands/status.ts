import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LintMessage, SpecDocument } from '@specloom/core';
import { checkStatusTransition, createEngine, rewriteStatus, writeFileAtomic, WriteRefusedError } from '@specloom/core/host';
import { displayPath } from '../display-path.js';
import { describeFileFailure } from './describe-file-failure.js';
import type { CliRuntime } from '../runtime.js';
import { loadResolvedConfig } from './load-resolved-config.js';
import { localDate } from './local-date.js';
import { usageError } from './usage-error.js';

export interface StatusCommandOptions {
  force: boolean;
  config?: string;
}

/** Exit code when a move is refused (the spec is left untouched); bad arguments exit 2. */
export const EXIT_REFUSED = 1;

/** How many of the errors a move would cause are listed under the refusal. */
const LISTED_ERRORS = 5;

function errorKey(message: LintMessage): string {
  return `${message.ruleId}|${message.line}|${message.column}`;
}

/**
 * `specloom status <file> <new-status>`: move a spec along its template's lifecycle. Only the Status value and
 * Last Updated change, atomically. Refused (exit 1, reason on stderr) when the lifecycle does not allow the move
 * or when the new status would turn findings into errors; `--force` overrides both.
 */
export async function runStatusCommand(
  file: string,
  newStatus: string,
  options: StatusCommandOptions,
  runtime: CliRuntime,
): Promise<number> {
  const filePath = path.resolve(runtime.cwd, file);
  const shown = displayPath(filePath, runtime.cwd);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch {
    return usageError(runtime, `Cannot read \`${file}\`, expected a spec file`);
  }
  const original = bytes.toString('utf8');

  const config = await loadResolvedConfig(options.config, runtime);
  const engine = createEngine(config);
  let document: SpecDocument;
  try {
    document = engine.parse({ text: original, filePath });
  } catch (error) {
    const reason = describeFileFailure(error);
    if (reason === undefined) throw error;
    return usageError(runtime, `Cannot read \`${shown}\` as a spec: ${reason}`);
  }
  const template = config.templates.find((candidate) => candidate.id === document.template);
  if (template === undefined) return usageError(runtime, `Unexpected \`${shown}\` without a known template, expected a spec`);
  const lifecycle = template.schema.status?.values ?? [];
  if (lifecycle.length === 0) return usageError(runtime, `Unexpected template "${template.id}" without a status lifecycle`);

  const statusField = document.metadata[(template.schema.status?.field ?? 'status').toLowerCase()];
  if (statusField === undefined) {
    return usageError(runtime, `Unexpected \`${shown}\` without a "${template.schema.status?.field ?? 'Status'}" field, expected one to update`);
  }
  // A status outside the lifecycle is a bad argument that --force cannot make right.
  const target = lifecycle.find((value) => value.toLowerCase() === newStatus.trim().toLowerCase());
  if (target === undefined) {
    return usageError(runtime, `Unexpected status "${newStatus}", expected one of ${lifecycle.map((value) => `"${value}"`).join(', ')}`);
  }
  const transition = checkStatusTransition(lifecycle, statusField.raw, target);
  if (!transition.allowed && !options.force) {
    runtime.stderr.write(`specloom: Cannot move \`${shown}\` to "${target}": ${transition.reason} (--force overrides)\n`);
    return EXIT_REFUSED;
  }

  const today = localDate();
  const rewrite = rewriteStatus(document, template.schema, target, today);
  if (rewrite === undefined) return usageError(runtime, `Unexpected \`${shown}\` without a status field`);

  if (!options.force) {
    // Findings that the new status turns into errors (placeholders once approved, unchecked approvals…).
    const [before] = engine.lintTexts([{ text: document.text, filePath }], { today });
    const [after] = engine.lintTexts([{ text: rewrite.text, filePath }], { today });
    // One result per text given.
    const existing = new Set(before!.messages.filter((message) => message.severity === 2).map(errorKey));
    const caused = after!.messages.filter((message) => message.severity === 2 && !existing.has(errorKey(message)));
    if (caused.length > 0) {
      runtime.stderr.write(
        `specloom: Cannot move \`${shown}\` to "${target}": it would have ${caused.length} new lint error${caused.length === 1 ? '' : 's'}, expected none (--force overrides)\n`,
      );
      for (const message of caused.slice(0, LISTED_ERRORS)) {
        runtime.stderr.write(`  ${message.line}:${message.column}  ${message.message}  ${message.ruleId ?? ''}\n`);
      }
      if (caused.length > LISTED_ERRORS) runtime.stderr.write(`  … and ${caused.length - LISTED_ERRORS} more\n`);
      return EXIT_REFUSED;
    }
  }

  // Keep a BOM the file had: the parsed text dropped it.
  const output = original.charCodeAt(0) === 0xfeff ? `\ufeff${rewrite.text}` : rewrite.text;
  // Only over the bytes that were read: an edit made meanwhile is kept, and the move refused.
  try {
    await writeFileAtomic(filePath, output, { expected: bytes });
  } catch (error) {
    if (!(error instanceof WriteRefusedError)) throw error;
    return usageError(runtime, `Cannot write \`${shown}\`: ${error.description}`);
  }
  runtime.stdout.write(`${shown}: ${rewrite.previous} → ${target}${rewrite.updatedLastUpdated ? ` (Last Updated ${today})` : ''}\n`);
  return 0;
}
