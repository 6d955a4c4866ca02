import type { Root } from 'mdast';
import type { Processor, Transformer } from 'unified';
import { fileSetRunFor, type FileSetLike, type Next } from './file-set-run.js';
import { configRequestFor, lintFile } from './lint-file.js';
import { createFileConfigLoader } from './load-file-config.js';
import { createLintSession } from './lint-session.js';
import { addParserExtensions } from './parser-extensions.js';
import { readOptions, type Options } from './preset-options.js';

/**
 * remark plugin (used as a preset): every specloom rule of every built-in template, plus the plugins, template
 * globs and rule settings of the `specloom.config.*` found from each file, with `options.rules` on top.
 */
export default function remarkPresetLintSpecloom(
  this: Processor,
  options?: Options | null,
  fileSet?: FileSetLike,
): Transformer<Root> {
  addParserExtensions(this);
  const settings = readOptions(options);

  if (fileSet) {
    const run = fileSetRunFor(fileSet);
    // Callback style: `next` is called in the same turn as the file's messages are added (see FileSetRun).
    return function specloom(tree: Root, file, next: Next) {
      if ('problem' in settings) run.problem(file, settings.problem, next);
      else run.transform(tree, file, settings, next);
    } as Transformer<Root>;
  }

  // A processor built in code: each file is its own workspace; configs load once per processor.
  const loader = createFileConfigLoader();
  return async function specloom(tree, file) {
    const session = createLintSession();
    if ('problem' in settings) {
      session.problem(file, settings.problem);
    } else {
      const { request, filePath } = configRequestFor(file, settings.rules);
      const outcome = await loader.load(request).then(
        (fileConfig) => ({ fileConfig }),
        (error: unknown) => ({ error }),
      );
      lintFile(session, tree, file, filePath, outcome, settings.today);
    }
    session.finish();
  };
}
