import { z } from 'zod';
import type { SpecloomPlugin } from '../types/plugin.js';
import type { SeverityName } from '../types/rule.js';
import { closestMatch } from './closest-match.js';
import { configError, describeValue, formatList, isPlainObject, type ConfigSource } from './config-messages.js';
import { describeZodIssue } from './describe-zod-issue.js';
import { defined } from '../defined.js';

export const SEVERITY_VALUES = ['off', 'warn', 'error', 0, 1, 2] as const;

export const severitySchema = z.union(SEVERITY_VALUES.map((value) => z.literal(value)));

/** `0 | 1 | 2` as names. */
export function severityName(severity: (typeof SEVERITY_VALUES)[number]): SeverityName {
  if (typeof severity === 'string') return severity;
  return (['off', 'warn', 'error'] as const)[severity];
}

// Messages here are the "expected …" part of config errors, so they read as nouns.
const expect = (expected: string) => (issue: { code: string }) =>
  issue.code === 'unrecognized_keys' ? undefined : expected;

const pluginEntrySchema = z.union([z.string().min(1), z.custom<SpecloomPlugin>(isPlainObject).meta({ type: 'object' })], {
  error: 'a package name, a path or a plugin object',
});

const RESERVED_ID_EXPECTED = 'a number (42) or a document ID of a template ("SPEC 0042")';

export const configSchema = z.strictObject(
  {
    // Editors read it to validate and complete the file (specloom.config.json); specloom itself ignores it.
    $schema: z
      .string({ error: expect('the URL or path of the config JSON Schema') })
      .optional()
      .describe('The JSON Schema editors check this file with; specloom ignores it.'),
    plugins: z
      .array(pluginEntrySchema, { error: expect('an array of package names, paths or plugin objects') })
      .optional()
      .describe('Plugin package names (resolved from the config file\'s folder) or paths, loaded after the built-in ones.'),
    templates: z
      .record(z.string(), z.string({ error: expect('a template id or the path of a template Markdown file') }), {
        error: expect('an object mapping globs to template ids or template Markdown files'),
      })
      .optional()
      .describe('Glob (relative to the config file) -> template id, or the path of a template Markdown file to infer.'),
    rules: z
      .record(z.string(), z.unknown(), { error: expect('an object mapping rule ids to a severity or [severity, options]') })
      .optional()
      .describe('Rule id -> severity ("off", "warn", "error", 0, 1, 2) or [severity, options].'),
    ignores: z
      .array(z.string({ error: expect('a glob string') }), { error: expect('an array of glob strings') })
      .optional()
      .describe('Globs (relative to the config file) of files never linted.'),
    settings: z
      .looseObject(
        {
          // Product lines and their spike ID initials: `{ "Remote Antigravity": "RA" }`.
          products: z
            .record(
              z.string().min(1),
              z.string({ error: expect('1 to 4 capital letters (the spike ID initial)') }).regex(/^[A-Z]{1,4}$/, {
                error: expect('1 to 4 capital letters (the spike ID initial)'),
              }),
              { error: expect('an object mapping product names to spike ID initials') },
            )
            .optional()
            .describe('Product lines and their spike ID initials: { "Remote Antigravity": "RA" }.'),
          // IDs promised elsewhere, which `specloom new` never hands out: checked here so a typo fails every command.
          reservedIds: z
            .array(
              z
                // Which strings are IDs depends on the templates' ID families: `resolveConfig` checks them.
                .custom<number | string>(
                  (entry) => (typeof entry === 'number' && Number.isInteger(entry) && entry >= 0) || (typeof entry === 'string' && entry.trim() !== ''),
                  { error: RESERVED_ID_EXPECTED },
                )
                .meta({ type: ['integer', 'string'], description: RESERVED_ID_EXPECTED }),
              { error: expect('an array of numbers and document IDs (42, "SPEC 0042")') },
            )
            .optional()
            .describe('IDs promised elsewhere, which `specloom new` never hands out.'),
        },
        { error: expect('an object') },
      )
      .optional()
      .describe('Shared settings every rule can read.'),
    limits: z
      .strictObject(
        {
          maxNestingDepth: z
            .number({ error: expect('a whole number of 1 or more') })
            .int({ error: 'a whole number of 1 or more' })
            .min(1, { error: 'a whole number of 1 or more' })
            .optional()
            .describe('Deepest nesting of quotes, lists and inline containers a file may have (default 100).'),
          maxFileTimeMs: z
            .number({ error: expect('a number of milliseconds above 0') })
            .positive({ error: 'a number of milliseconds above 0' })
            .optional()
            .describe('Milliseconds one file may take to parse and lint, fix passes included (default 10000).'),
        },
        { error: expect('an object with maxNestingDepth and maxFileTimeMs') },
      )
      .optional()
      .describe('Bounds on the work one file may cost.'),
  },
  { error: expect('a config object, as returned by defineConfig({ ... })') },
);

export type ParsedConfig = z.infer<typeof configSchema>;

// `$schema` is for editors, not a setting to suggest.
const CONFIG_KEYS = Object.keys(configSchema.shape).filter((key) => key !== '$schema');

/** Check the config's shape; the first problem becomes a SpecloomConfigError naming the key. */
export function parseConfigShape(config: unknown, source: ConfigSource): ParsedConfig {
  const result = configSchema.safeParse(config);
  if (result.success) return result.data;
  const issue = defined(result.error.issues[0], 'a failed zod parse to report an issue');
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
    const key = defined(issue.keys[0], 'an unrecognized_keys issue to name a key');
    const suggestion = closestMatch(key, CONFIG_KEYS);
    const expected = suggestion ? `did you mean "${suggestion}"?` : `expected ${formatList(CONFIG_KEYS)}`;
    return fail(source, `has an unexpected key "${key}"; ${expected}`);
  }
  if (issue.path.length === 0) {
    return fail(source, `is ${describeValue(config)}; expected ${issue.message}`);
  }
  const { keyPath, detail } = describeZodIssue(issue, config);
  throw configError(source, keyPath, detail);
}

/** A problem of the config as a whole: its subject is package.json's "specloom" key, or "the config". */
function fail(source: ConfigSource, detail: string): never {
  throw configError(source, [], source.keyPrefix.length > 0 ? detail : `the config ${detail}`);
}
