import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintResult } from '@specloom/core';
import { toJsonResults, type JsonLintResult } from './json.js';
import type { MaxWarningsExceeded, ReportContext, ReportFormatter } from './report-context.js';
import { rulesMetaForResults, type EslintRuleMeta } from './rules-meta.js';

const PREFIX = 'eslint-formatter';

/** What an ESLint formatter is called with (ESLint's `LintResult` and `ResultsMeta` + `cwd` and `rulesMeta`). */
export type EslintFormatterFunction = (
  results: Array<JsonLintResult & { usedDeprecatedRules: never[] }>,
  context: { cwd: string; rulesMeta: Record<string, EslintRuleMeta>; color?: boolean; maxWarningsExceeded?: MaxWarningsExceeded },
) => string | Promise<string>;

export type LoadedFormatter = { formatter: ReportFormatter } | { error: string };

/** ESLint's naming: `foo` → `eslint-formatter-foo`, `@foo` → `@foo/eslint-formatter`, `@foo/bar` → `@foo/eslint-formatter-bar`. */
export function eslintFormatterPackageName(name: string): string {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/', 2);
    if (rest === undefined || rest === '' || rest === PREFIX) return `${scope}/${PREFIX}`;
    return rest.startsWith(`${PREFIX}-`) ? name : `${scope}/${PREFIX}-${rest}`;
  }
  return name.startsWith(`${PREFIX}-`) ? name : `${PREFIX}-${name}`;
}

/** A file rather than a package: as ESLint, an unscoped name with a slash; also `./x`, an absolute path or a `.js` file. */
function looksLikePath(name: string): boolean {
  if (name.startsWith('.') || path.isAbsolute(name) || /\.[cm]?js$/u.test(name)) return true;
  return !name.startsWith('@') && name.includes('/');
}

/**
 * Packages resolve from the working directory, as ESLint resolves them: the project's own node_modules. Only by
 * ESLint's name: `-f yaml` must not load the `yaml` library as a formatter.
 */
function resolvePackage(name: string, cwd: string): string | undefined {
  try {
    return createRequire(path.join(cwd, '__specloom_formatter__.js')).resolve(eslintFormatterPackageName(name));
  } catch {
    return undefined;
  }
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** Adapts ESLint's signature to specloom's: results in ESLint's shape, the context ESLint's CLI passes. */
function adapt(name: string, format: EslintFormatterFunction): ReportFormatter {
  return async (results: LintResult[], context: ReportContext) => {
    const eslintResults = toJsonResults(results, { cwd: context.cwd }).map((result) => ({ ...result, usedDeprecatedRules: [] }));
    const eslintContext: Parameters<EslintFormatterFunction>[1] = {
      cwd: context.cwd,
      rulesMeta: rulesMetaForResults(results, context.config),
      color: context.color,
    };
    if (context.maxWarningsExceeded) eslintContext.maxWarningsExceeded = context.maxWarningsExceeded;
    const output: unknown = await format(eslintResults, eslintContext);
    if (typeof output !== 'string') {
      throw new TypeError(`Formatter "${name}" returned ${output === null ? 'null' : typeof output}, expected a string`);
    }
    return output;
  };
}

/**
 * Loads an ESLint formatter (`module.exports = (results, context) => string`, or a default export) from a
 * package (ESLint's `eslint-formatter-*` naming) or a file, so formatters written for ESLint work unchanged.
 */
export async function loadEslintFormatter(name: string, cwd: string, builtinNames: string[]): Promise<LoadedFormatter> {
  const formatterPath = looksLikePath(name) ? path.resolve(cwd, name) : resolvePackage(name, cwd);
  if (formatterPath === undefined) {
    return {
      error:
        `Unknown format "${name}": expected ${builtinNames.join(', ')}, an ESLint formatter package ` +
        `(${eslintFormatterPackageName(name)}, not installed here) or a formatter file`,
    };
  }
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(formatterPath).href)) as { default?: unknown };
  } catch (error) {
    return { error: `Cannot load formatter "${name}" from ${formatterPath}: ${errorText(error)}` };
  }
  const format = typeof loaded.default === 'function' ? loaded.default : undefined;
  if (format === undefined) {
    return { error: `Formatter "${name}" (${formatterPath}) exports no function, expected ESLint's (results, context) => string` };
  }
  return { formatter: adapt(name, format as EslintFormatterFunction) };
}
