import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { SpecloomPlugin } from '@specloom/core';
import type { LintCommandOptions, LintFormat } from './commands/lint.js';
import type { ListCommandOptions, ListFormat } from './commands/templates.js';
import type { PrintConfigOptions } from './commands/print-config.js';
import type { MergeReportsOptions } from './commands/merge-reports.js';
import { EXPECTED_SHARD, parseShardOption, type Shard } from './commands/shard-option.js';
import type { RulesCommandOptions } from './commands/rules.js';
import { registerAuthoringCommands } from './commands/register-authoring-commands.js';
import { EXPECTED_DATE, isIsoDate } from './commands/today-option.js';
import { EXIT_USAGE_ERROR, reportError } from './report-error.js';
import type { CliRuntime, OutputStream } from './runtime.js';

export interface MainOptions {
  /** Defaults to the four built-in plugin packages; tests pass their own. */
  builtinPlugins?: SpecloomPlugin[];
  cwd?: string;
  stdout?: OutputStream;
  stderr?: OutputStream;
  env?: Record<string, string | undefined>;
  /** What `lint --stdin` reads; defaults to `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
}

/** Read at run time: the same relative path works from `src/` (tests) and `dist/` (the bin). */
function readVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return packageJson.version;
}

function parseChoice<Choice extends string>(choices: readonly Choice[]) {
  return (value: string): Choice => {
    if ((choices as readonly string[]).includes(value)) return value as Choice;
    throw new InvalidArgumentError(`Expected ${choices.map((choice) => `\`${choice}\``).join(' or ')}.`);
  };
}

/** Any name may be an ESLint formatter package, so only an empty one is refused here; the lint command resolves it. */
function parseFormat(value: string): LintFormat {
  if (value.trim() === '') throw new InvalidArgumentError('Expected a format name, a formatter package or a file.');
  return value;
}

function parseToday(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`${EXPECTED_DATE.charAt(0).toUpperCase()}${EXPECTED_DATE.slice(1)}.`);
  return value;
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('Expected a whole number of 0 or more.');
  return Number(value);
}

function parseConcurrency(value: string): number {
  if (!/^[1-9]\d*$/u.test(value)) throw new InvalidArgumentError('Expected a whole number of 1 or more.');
  return Number(value);
}

function parseShard(value: string): Shard {
  const shard = parseShardOption(value);
  if ('error' in shard) throw new InvalidArgumentError(`${EXPECTED_SHARD.charAt(0).toUpperCase()}${EXPECTED_SHARD.slice(1)}.`);
  return shard;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function configOption(): Option {
  return new Option('-c, --config <path>', 'use this config file instead of searching for one');
}

/**
 * `specloom [-c PATH] --print-config FILE` (ESLint's spelling) runs `print-config FILE [-c PATH]`. Rewritten
 * here because commander reads program options after a command's name too, where a program `-c` would take
 * `lint -c`'s place.
 */
export function withPrintConfigCommand(args: string[]): string[] {
  const first = args[0];
  // `lint --print-config FILE` asks the same; read as the program's option, it used to lint the whole folder.
  // Other arguments follow the command, where a pattern is one argument too many (exit 2).
  const rest = first === 'lint' ? args.slice(1) : args;
  if (first === undefined || (first !== 'lint' && !first.startsWith('-'))) return args;
  const index = rest.findIndex((arg) => arg === '--print-config' || arg.startsWith('--print-config='));
  if (index === -1) return args;
  const option = rest[index]!;
  const inline = option.startsWith('--print-config=') ? option.slice('--print-config='.length) : undefined;
  const file = inline ?? rest[index + 1];
  // No file: left to commander, which names the missing value.
  if (file === undefined) return args;
  return ['print-config', file, ...rest.slice(0, index), ...rest.slice(index + (inline === undefined ? 2 : 1))];
}

/** Commander ends help/version with a CommanderError too; only real usage errors exit 2. */
function exitCodeOf(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
  return EXIT_USAGE_ERROR;
}

function createProgram(runtime: CliRuntime, setExitCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('specloom')
    .description('Lint, fix, scaffold and render engineering specs written in Markdown.')
    .version(readVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => runtime.stdout.write(text),
      writeErr: (text) => runtime.stderr.write(text),
      // One line, prefixed with the program name: "specloom: unknown option '--fx' (Did you mean --fix?)".
      outputError: (text, write) =>
        write(`specloom: ${text.replace(/^error: /u, '').trim().replace(/\s*\n\s*/gu, ' ')}\n`),
    });

  program
    .command('lint')
    .description('check spec files against their templates')
    .argument('[patterns...]', 'files, directories (searched for *.md) or globs', ['.'])
    .addOption(
      new Option(
        '-f, --format <name>',
        'output format: stylish, json, json-with-metadata, sarif, junit, github, gitlab, or an ESLint formatter package or file',
      )
        .default('stylish')
        .argParser(parseFormat),
    )
    .option('-o, --output-file <path>', 'write the report to this file and print a summary')
    .option('--fix', 'apply automatic fixes and write the files', false)
    .option('--fix-dry-run', 'apply fixes in memory and write nothing; the fixed text is the JSON "output"')
    .option('--stdin', 'lint the text on standard input instead of files (with --stdin-filename)')
    .option('--stdin-filename <path>', 'the file standard input is linted as: its template, config and links')
    .option('--no-error-on-unmatched-pattern', 'a pattern that matches no file is no error')
    .option('--no-gitignore', 'also lint files .gitignore excludes when expanding folders and globs')
    .option('--max-warnings <number>', 'exit 1 when there are more warnings than this', parseMaxWarnings)
    .option('--today <date>', 'the date date rules judge by, YYYY-MM-DD (default: SPECLOOM_TODAY, else the local date)', parseToday)
    .option('--quiet', 'report errors only', false)
    .addOption(configOption())
    .option('--ignore-pattern <glob>', 'skip files matching this glob (repeatable)', collect, [])
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .option('--concurrency <number>', 'threads that lint files (default: available cores)', parseConcurrency)
    .option('--cache', 'reuse results for unchanged files', false)
    .option('--cache-location <path>', 'cache file, or folder when it ends in / or exists (default: .specloomcache)')
    .option('--shard <index/count>', 'lint one share of the files (1/4 .. 4/4), document rules only; see merge-reports', parseShard)
    .option('--shard-report <path>', "with --shard: write the shard's findings and workspace facts (JSON) for merge-reports")
    .option('--changed-since <ref>', 'report only on files changed since the git ref (merge base, plus uncommitted and untracked files); workspace rules still see every file')
    .action(async (patterns: string[], options: LintCommandOptions) => {
      // Commands load lazily: `--help`, `--version` and usage errors never pay for the engine's start-up.
      const { runLintCommand } = await import('./commands/lint.js');
      setExitCode(await runLintCommand(patterns, { ...options, version: readVersion() }, runtime));
    });

  program
    .command('merge-reports')
    .description('run the workspace rules over the shard reports in a folder and print all findings, as one lint run would')
    .argument('<folder>', 'folder of the reports `lint --shard i/n --shard-report FILE` wrote (searched recursively for *.json)')
    .addOption(
      new Option('-f, --format <name>', 'output format, as for lint').default('stylish').argParser(parseFormat),
    )
    .option('-o, --output-file <path>', 'write the report to this file and print a summary')
    .option('--max-warnings <number>', 'exit 1 when there are more warnings than this', parseMaxWarnings)
    .option('--quiet', 'report errors only', false)
    .addOption(configOption())
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .action(async (folder: string, options: MergeReportsOptions) => {
      const { runMergeReportsCommand } = await import('./commands/merge-reports.js');
      setExitCode(await runMergeReportsCommand(folder, { ...options, version: readVersion() }, runtime));
    });

  const listFormat = () =>
    new Option('-f, --format <name>', 'output format: text or json').default('text').argParser(parseChoice<ListFormat>(['text', 'json']));

  program
    .command('templates')
    .description('list the templates specloom knows: id, plugin, description')
    .addOption(configOption())
    .addOption(listFormat())
    .option('--explain <file>', 'say which template a file gets and why (or why none)')
    .action(async (options: ListCommandOptions) => {
      const { runTemplatesCommand } = await import('./commands/templates.js');
      setExitCode(await runTemplatesCommand(options, runtime));
    });

  program
    .command('rules')
    .description('list the rules: id, configured severity, fixable, description (markdown: the rules reference)')
    .addOption(configOption())
    .addOption(
      new Option('-f, --format <name>', 'output format: text, json or markdown')
        .default('text')
        .argParser(parseChoice<RulesCommandOptions['format']>(['text', 'json', 'markdown'])),
    )
    .action(async (options: RulesCommandOptions) => {
      const { runRulesCommand } = await import('./commands/rules.js');
      setExitCode(await runRulesCommand(options, runtime));
    });

  program
    .command('print-config')
    .description('print the config that applies to a file as JSON: its template and why, rules, settings')
    .argument('<file>', 'the spec file')
    .addOption(configOption())
    .action(async (file: string, options: PrintConfigOptions) => {
      const { runPrintConfigCommand } = await import('./commands/print-config.js');
      setExitCode(await runPrintConfigCommand(file, options, runtime));
    });
  // Listed in the help; `withPrintConfigCommand` turns it into the command before commander reads it.
  program.option('--print-config <file>', 'as ESLint\'s: `specloom [-c PATH] --print-config FILE` runs `print-config FILE`');

  registerAuthoringCommands(program, runtime, setExitCode);

  program
    .command('infer')
    .description('print the schema specloom infers from a template Markdown file')
    .argument('<template>', 'template Markdown file')
    .addOption(
      new Option('-f, --format <name>', 'output format: text or json').default('text').argParser(parseChoice<'text' | 'json'>(['text', 'json'])),
    )
    .option('--emit-plugin <dir>', 'write a starting plugin package for the template into a new folder')
    .action(async (template: string, options: { format: 'text' | 'json'; emitPlugin?: string }) => {
      const { runInferCommand } = await import('./commands/infer.js');
      setExitCode(await runInferCommand(template, options, runtime));
    });

  return program;
}

/**
 * Runs the CLI for `argv` (as in `process.argv`: node, script, then arguments) and returns the exit code:
 * 0 clean, 1 lint errors or too many warnings, 2 usage, config or internal error.
 */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const runtime: CliRuntime = {
    cwd: options.cwd ?? process.cwd(),
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    env: options.env ?? process.env,
    readStdin: async () => (await import('./read-stream.js')).readStream(options.stdin ?? process.stdin),
    loadBuiltinPlugins: async () =>
      options.builtinPlugins ?? (await import('./builtin-plugins.js')).builtinPlugins,
  };
  let exitCode = 0;
  try {
    await createProgram(runtime, (code) => {
      exitCode = code;
    }).parseAsync([...argv.slice(0, 2), ...withPrintConfigCommand(argv.slice(2))], { from: 'node' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return exitCodeOf(error);
    return reportError(error, runtime);
  }
}
