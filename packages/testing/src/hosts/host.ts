import type { LintMessage, ResolvedConfig, Rule, SpecloomPlugin, TemplateDefinition } from '@specloom/core';

/** One file of a test case, with an absolute path. */
export interface HostInput {
  filePath: string;
  text: string;
}

/** What every host is given for one case: the same config, so both hosts run exactly the same rules. */
export interface HostSetup {
  /** Only the rule under test, with the case's template: for hosts that take a config object (the engine). */
  config: ResolvedConfig;
  /** Folder the case's files were written to; hosts that find config from disk write theirs here. */
  rootDir: string;
  ruleId: string;
  rule: Rule;
  /** The plugin `rule` belongs to (RuleTester's `plugin` option): hosts load it as a user's config would. */
  plugin?: SpecloomPlugin;
  /** The template the case's files are linted as; undefined: the plugin's templates, detected, else one that accepts anything. */
  template?: TemplateDefinition;
  /** The rule's options, when the case gives some. */
  options?: unknown;
  /** ISO date used as "today" by date rules. */
  today: string;
  /** Apply fixes and return the fixed text in `HostResult.output`. */
  fix: boolean;
}

/** A message as a user sees it in either host: core's message without what only one host shows (docs url). */
export type HostMessage = Pick<LintMessage, 'ruleId' | 'severity' | 'message' | 'line' | 'column' | 'endLine' | 'endColumn' | 'fix'>;

export interface HostResult {
  filePath: string;
  messages: HostMessage[];
  /** The fixed text, when `fix` was asked for and a fix changed the file. */
  output?: string;
}

/**
 * Something that lints files the way a user's tool does: the core engine (CLI), or a unified pipeline with
 * the remark preset. The rule tester runs every case through each host it is given.
 */
export interface RuleTesterHost {
  name: string;
  lint(inputs: HostInput[], setup: HostSetup): Promise<HostResult[]>;
}
