import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_SCHEMA_ID, findConfigFile, writeFileAtomic } from '@specloom/core/host';
import { displayPath } from '../display-path.js';
import type { CliRuntime } from '../runtime.js';
import { loadResolvedConfig } from './load-resolved-config.js';
import { runNewCommand } from './new.js';
import { usageError } from './usage-error.js';

export interface InitCommandOptions {
  template?: string;
  title: string;
  dir?: string;
  author?: string;
  product?: string;
}

const CONFIG_FILE_NAME = 'specloom.config.json';
/** Where the schema is in an installed `specloom` (its exports map names it `specloom/config.schema.json`). */
const INSTALLED_SCHEMA = path.join('node_modules', 'specloom', 'dist', 'config.schema.json');

/**
 * `specloom init --template ID`: a `specloom.config.json` (with `$schema`, so editors check and complete it), a
 * first spec from the template (as `specloom new` writes it), and the command to run in CI. Nothing is
 * overwritten: an existing config in this folder or an existing spec stops it with exit 2.
 */
export async function runInitCommand(options: InitCommandOptions, runtime: CliRuntime): Promise<number> {
  const configPath = path.join(runtime.cwd, CONFIG_FILE_NAME);
  const existing = findConfigFile(runtime.cwd);
  // A second config file in the same folder would be an error on every later run; one in a folder above is fine.
  if (existing !== undefined && path.dirname(existing) === path.resolve(runtime.cwd)) {
    return usageError(runtime, `Refusing to write ${CONFIG_FILE_NAME}: \`${displayPath(existing, runtime.cwd)}\` already configures this folder`);
  }
  if (options.template === undefined) {
    const config = await loadResolvedConfig(undefined, runtime);
    const ids = config.templates.map((template) => `"${template.id}"`).join(', ');
    return usageError(runtime, `Missing --template, expected the template of the first spec: one of ${ids}`);
  }

  // The spec first: `new` validates the template, title and product, and refuses an existing file.
  const specExitCode = await runNewCommand(options.template, options.title, options, runtime);
  if (specExitCode !== 0) return specExitCode;

  const config = { $schema: schemaReference(runtime.cwd), ignores: [], rules: {} };
  await writeFileAtomic(configPath, `${JSON.stringify(config, null, 2)}\n`, { overwrite: false });
  runtime.stdout.write(
    [
      displayPath(configPath, runtime.cwd),
      '',
      'In CI, run (exit 1 on errors; --max-warnings 0 fails on warnings too):',
      '  npx specloom lint . --format github                      # GitHub Actions: annotations on the diff',
      '  npx specloom lint . --format sarif -o specloom.sarif     # code scanning (upload the SARIF file)',
      '',
    ].join('\n'),
  );
  return 0;
}

/** The schema of a locally installed specloom, relative to the config (editors resolve it offline), else its URL. */
function schemaReference(cwd: string): string {
  let directory = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(directory, INSTALLED_SCHEMA);
    if (existsSync(candidate)) return toPosix(path.relative(cwd, candidate)).replace(/^(?!\.\.\/)/u, './');
    const parent = path.dirname(directory);
    if (parent === directory) return CONFIG_SCHEMA_ID;
    directory = parent;
  }
}

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}
