import { BUILTIN_FORMATTERS, isBuiltinFormat } from './builtin-formatters.js';
import { loadEslintFormatter, type LoadedFormatter } from './load-eslint-formatter.js';

/** `--format NAME`: a built-in format, else an ESLint formatter package or file resolved from `cwd`. */
export async function resolveFormatter(name: string, cwd: string): Promise<LoadedFormatter> {
  const builtin = isBuiltinFormat(name) ? BUILTIN_FORMATTERS[name] : undefined;
  if (builtin) return { formatter: builtin };
  return loadEslintFormatter(name, cwd, Object.keys(BUILTIN_FORMATTERS));
}
