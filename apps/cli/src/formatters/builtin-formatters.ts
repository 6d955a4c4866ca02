import type { ReportFormatter } from './report-context.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJsonWithMetadata } from './json-with-metadata.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

/** `--format` names specloom knows itself; any other name is an ESLint formatter package or file. */
export const BUILTIN_FORMATTERS: Readonly<Record<string, ReportFormatter>> = {
  stylish: (results, context) => formatStylish(results, { cwd: context.cwd, color: context.color }),
  json: (results, context) => formatJson(results, { cwd: context.cwd }),
  'json-with-metadata': formatJsonWithMetadata,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  gitlab: formatGitlab,
};

export function isBuiltinFormat(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(BUILTIN_FORMATTERS, name);
}
