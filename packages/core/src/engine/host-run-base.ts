import type { LintMessage, LintOptions, LintResult, ResolvedConfig } from '../types/index.js';
import { countMessages, sortMessages } from './count-messages.js';
import { createEngineCore, type EngineCore } from './engine-core.js';
import { localDate } from './local-date.js';

/** A file's result with its messages in position order and counted. */
export function toLintResult(filePath: string, template: string | null, messages: LintMessage[], note?: string): LintResult {
  const sorted = sortMessages(messages);
  const result: LintResult = { filePath, template, messages: sorted, ...countMessages(sorted) };
  if (note) result.note = note;
  return result;
}

/**
 * What runs outside `Engine.lintFiles` share (host runs, the merged workspace phase of shards): one engine core,
 * an environment that never applies fixes (hosts fix through their own means: quick fixes, ESLint's fixer), and
 * whether texts must be kept for workspace rules.
 */
export function createHostRunBase(config: ResolvedConfig, options: Pick<LintOptions, 'today'>) {
  const core: EngineCore = createEngineCore(config);
  const environment = { settings: config.settings ?? {}, today: options.today ?? localDate(), fix: false };
  return { core, environment, keepsText: core.rules.workspace.length > 0 };
}
