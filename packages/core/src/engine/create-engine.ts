import { findIds } from '../document/extract-ids.js';
import { parseSpecDocument } from '../document/parse-spec-document.js';
import type {
  Engine,
  LintFilesOptions,
  LintFilesOutcome,
  LintOptions,
  LintResult,
  LintTextInput,
  ResolvedConfig,
  SpecDocument,
} from '../types/index.js';
import { createEngineCore } from './engine-core.js';
import { createLintRun } from './create-lint-run.js';
import { lintFiles } from './lint-files.js';
import { runWithinTime } from './run-within-time.js';

/** The specloom engine for one resolved config: parse, lint texts, lint (and fix) files. */
export function createEngine(config: ResolvedConfig): Engine {
  const core = createEngineCore(config);

  /** Within the config's limits: throws `SpecParseError` (too deep, unparsable) or `TimeBudgetError`. */
  function parse(input: LintTextInput): SpecDocument {
    return runWithinTime(() => {
      const document = parseSpecDocument(input.text, { path: input.filePath, maxNestingDepth: core.limits.maxNestingDepth });
      const template = core.assignTemplate(document).template;
      document.template = template?.id;
      document.ids = findIds(document, template?.schema.idFamilies);
      return document;
    }, core.limits.maxFileTimeMs);
  }

  function lintTexts(inputs: LintTextInput[], options: LintOptions = {}): LintResult[] {
    const run = createLintRun(core, options);
    for (const input of inputs) run.addText(input);
    return run.finish();
  }

  return {
    config,
    parse,
    lintTexts,
    lintFiles: (paths: string[], options?: LintFilesOptions): Promise<LintFilesOutcome> => lintFiles(core, paths, options),
  };
}
