import { type Command, InvalidArgumentError, Option } from 'commander';
import type { CliRuntime } from '../runtime.js';
import type { IndexCommandOptions, IndexFormat } from './index-command.js';
import type { InitCommandOptions } from './init.js';
import type { NewCommandOptions } from './new.js';
import type { RenderCommandOptions } from './render.js';
import type { StatusCommandOptions } from './status.js';

function parseChoice<Choice extends string>(choices: readonly Choice[]) {
  return (value: string): Choice => {
    if ((choices as readonly string[]).includes(value)) return value as Choice;
    throw new InvalidArgumentError(`Expected ${choices.map((choice) => `\`${choice}\``).join(' or ')}.`);
  };
}

function configOption(): Option {
  return new Option('-c, --config <path>', 'use this config file instead of searching for one');
}

/**
 * `new`, `status`, `render` and `index`. Kept out of `main.ts` so each command's options live with the others of
 * its kind; like every command, each loads its module (and the engine) only when it runs.
 */
export function registerAuthoringCommands(program: Command, runtime: CliRuntime, setExitCode: (code: number) => void): void {
  program
    .command('new')
    .description('create a spec from a template with the next free ID, today\'s date and the first status')
    .argument('<template>', 'template id (specloom templates lists them)')
    .argument('<title>', 'the spec\'s title, in quotes')
    .option('-d, --dir <dir>', 'folder to write the spec in (default: the current folder)')
    .option('--product <name>', 'product, for templates with a Product field (one of its values)')
    .option('--author <name>', 'author (default: git config user.name)')
    .addOption(configOption())
    .action(async (template: string, title: string, options: NewCommandOptions) => {
      const { runNewCommand } = await import('./new.js');
      setExitCode(await runNewCommand(template, title, options, runtime));
    });

  program
    .command('init')
    .description('start using specloom here: write specloom.config.json and a first spec, and print the CI command')
    .option('-t, --template <id>', 'template of the first spec (specloom templates lists them)')
    .option('--title <title>', 'title of the first spec', 'First spec')
    .option('-d, --dir <dir>', 'folder to write the spec in (default: the current folder)')
    .option('--product <name>', 'product, for templates with a Product field (one of its values)')
    .option('--author <name>', 'author (default: git config user.name)')
    .action(async (options: InitCommandOptions) => {
      const { runInitCommand } = await import('./init.js');
      setExitCode(await runInitCommand(options, runtime));
    });

  program
    .command('status')
    .description('move a spec along its lifecycle: rewrites Status and Last Updated (exit 1 when refused)')
    .argument('<file>', 'the spec file')
    .argument('<new-status>', 'the status to move to, as the template spells it')
    .option('--force', 'move even when the lifecycle or the linter objects', false)
    .addOption(configOption())
    .action(async (file: string, status: string, options: StatusCommandOptions) => {
      const { runStatusCommand } = await import('./status.js');
      setExitCode(await runStatusCommand(file, status, options, runtime));
    });

  program
    .command('render')
    .description('render specs as standalone sanitized HTML pages or JSON')
    .argument('<patterns...>', 'files, directories (searched for *.md) or globs')
    .requiredOption('-t, --to <format>', 'output format: html, json, or one a plugin adds (specloom render --to traceability-md)')
    .option('-o, --out <dir>', 'write one file per spec below this folder (default: stdout)')
    .addOption(configOption())
    .action(async (patterns: string[], options: RenderCommandOptions) => {
      const { runRenderCommand } = await import('./render.js');
      setExitCode(await runRenderCommand(patterns, options, runtime));
    });

  program
    .command('index')
    .description('write a catalog of every spec, grouped by template and status, sorted by ID')
    .argument('[dirs...]', 'folders (searched for *.md), files or globs', ['.'])
    .addOption(new Option('-t, --to <format>', 'output format: md, html or json (default: from --out, else md)').argParser(parseChoice<IndexFormat>(['md', 'html', 'json'])))
    .option('-o, --out <file>', 'write the index to this file (default: stdout)')
    .option('--check', 'exit 1 when --out is out of date, without writing it (for CI)', false)
    .addOption(configOption())
    .action(async (directories: string[], options: IndexCommandOptions) => {
      const { runIndexCommand } = await import('./index-command.js');
      setExitCode(await runIndexCommand(directories, options, runtime));
    });
}
