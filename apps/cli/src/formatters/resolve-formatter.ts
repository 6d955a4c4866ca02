import { BUILTIN_FORMATTERS, isBuiltinFormat } from './builtin-formatters.js';
import { loadEslintFormatter, type LoadedFormatter } from './load-eslint-formatter.js';

/** `--format NAME`: a built-in format, else an ESLint formatter package or file resolved from `cwd`. */
export async function resolveFormatter(name: string, cwd: string): Promise<LoadedFormatter> {
  if (isBuiltinFormat(name)) return { formatter: BUILTIN_FORMATTERS[name] };
  return loadEslintFormatter(name, cwd, Object.keys(BUILTIN_FORMATTERS));
}
