import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import type { DocumentRule, MetadataField, Position, RuleContext, SpecDocument } from '@specloom/core';
import { checkDate, containsPlaceholder, findTextPosition, isFutureDate, isPickList, joinWords, positionAt, shortenText, z } from '@specloom/core';
import { frontMatterSchema } from '../front-matter-schema.js';
import { frontMatterAsWritten, frontMatterEntries } from '../utils/front-matter-values.js';
import { isNearMiss } from '../utils/edit-distance.js';

const optionsSchema = z.strictObject({
  /** Extra front matter keys a team adds to every design doc (`jira`, `team`). */
  allow: z.array(z.string()).optional(),
});

type Options = z.infer<typeof optionsSchema>;

interface SchemaProperty {
  enum?: string[];
}

const properties = frontMatterSchema.properties as Record<string, SchemaProperty>;
const statuses = properties.status?.enum ?? [];
/**
 * Keys a reader is told about: the template's own. `template` is an escape hatch; the dates and supersede links
 * teams add are accepted without being part of the template.
 */
const optionalExtras = new Set(['template', 'last_updated', 'updated', 'supersedes', 'superseded_by']);
const documentedKeys = Object.keys(properties).filter((key) => !optionalExtras.has(key));

/** What each key expects, in the words messages use. */
const expectedByKey: Record<string, string> = {
  title: 'the name of the feature or component',
  author: 'a name (or a list of names)',
  created: 'an ISO date (YYYY-MM-DD)',
  status: `one of ${joinWords(statuses, 'or')}`,
  version: '`1.0` or a semantic version such as `2.1.0`',
  reviewers: 'a YAML list of names',
  template: '`design-doc`',
};

let compiled: ValidateFunction | undefined;

/** The published schema, compiled once; `date` is checked as a real calendar day. */
function validator(): ValidateFunction {
  if (compiled !== undefined) return compiled;
  // Required on first use (ajv is CommonJS): a run that meets no design doc does not pay ~35 ms to load it.
  const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
  compiled = new Ajv({
    allErrors: true,
    strictTypes: false,
    formats: { date: (text: string) => checkDate(text, { isoOnly: true }).kind === 'valid' },
  }).compile(frontMatterSchema);
  return compiled;
}

const rule: DocumentRule<Options> = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require YAML front matter that matches the JSON Schema the design-doc plugin publishes',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    defaultSeverity: 'error',
    schema: optionsSchema,
    defaultOptions: { allow: [] },
    messages: {
      missingFrontMatter: 'Missing YAML front matter, expected a `---` block with {{keys}}',
      notMapping: 'Unexpected front matter that is not `key: value` pairs, expected {{keys}}',
      missingKey: 'Missing front matter key `{{key}}`, expected {{expected}}',
      emptyValue: 'Unexpected empty front matter key `{{key}}`, expected {{expected}}',
      invalidValue: 'Unexpected {{key}} `{{value}}`, expected {{expected}}',
      status: 'Unexpected status `{{value}}`, expected one of {{values}}',
      statusCase: 'Unexpected status `{{value}}`, expected `{{expected}}`',
      invalidDate: 'Unexpected created date `{{value}}`, expected a real calendar date ({{reason}})',
      futureDate: 'Unexpected created date {{value}} in the future, expected on or before today ({{today}})',
      reviewersRequired: 'Expected at least one reviewer once the status is {{status}}',
      reviewer: 'Unexpected reviewer `{{value}}`, expected a name',
      unknownKey: 'Unexpected front matter key `{{key}}`, expected one of {{keys}}',
      misspeltKey: 'Unexpected front matter key `{{key}}`, expected `{{expected}}`',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const frontMatter = document.frontMatter;
        if (!frontMatter) {
          context.report({
            messageId: 'missingFrontMatter',
            data: { keys: joinWords(documentedKeys) },
            position: positionAt(document, 0, lineEnd(document, 0)),
          });
          return;
        }
        // YAML syntax errors are reported by the engine itself, with their own positions.
        if (frontMatter.errors.length > 0) return;
        if (!frontMatter.data) {
          context.report({ messageId: 'notMapping', data: { keys: joinWords(documentedKeys) }, position: fencePosition(document) });
          return;
        }
        checkFrontMatter(context, frontMatter.data);
      },
    };
  },
};

interface Problems {
  missing: Array<{ key: string; conditional: boolean }>;
  unknown: string[];
  byKey: Map<string, ErrorObject[]>;
}

function checkFrontMatter(context: RuleContext<Options>, data: Record<string, unknown>): void {
  const { document } = context;
  const entries = frontMatterEntries(document);
  const validate = validator();
  validate(frontMatterAsWritten(data, entries));
  const problems = groupErrors(validate.errors ?? []);
  const status = typeof data.status === 'string' ? data.status : '';

  const handled = reportUnknownKeys(context, problems, data, entries);
  for (const { key, conditional } of problems.missing) {
    if (handled.has(key)) continue;
    if (conditional) {
      context.report({ messageId: 'reviewersRequired', data: { status }, position: fencePosition(document) });
    } else {
      context.report({ messageId: 'missingKey', data: { key, expected: expectedByKey[key] ?? 'a value' }, position: fencePosition(document) });
    }
  }
  for (const [key, errors] of problems.byKey) {
    const entry = entries.get(key);
    if (entry) reportValue(context, key, entry, errors, status);
  }
  reportFutureDate(context, entries.get('created'));
}

function groupErrors(errors: ErrorObject[]): Problems {
  const problems: Problems = { missing: [], unknown: [], byKey: new Map() };
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.instancePath === '' && error.keyword === 'required') {
      const key = String(error.params.missingProperty);
      if (!problems.missing.some((missing) => missing.key === key)) {
        problems.missing.push({ key, conditional: error.schemaPath.includes('/then/') });
      }
    } else if (error.instancePath === '' && error.keyword === 'additionalProperties') {
      problems.unknown.push(String(error.params.additionalProperty));
    } else if (error.instancePath !== '') {
      // A non-empty instance path starts with `/`: its first segment is the key.
      const key = decodePointer(error.instancePath.split('/')[1]!);
      problems.byKey.set(key, [...(problems.byKey.get(key) ?? []), error]);
    }
  }
  return problems;
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Unknown keys warn. A key that is a near miss of an absent known key (`auther`, `Status`) is reported once,
 * with a fix, instead of as an unknown key plus a missing one; it is an error when the key it stands for is
 * required. Returns the missing keys reported that way.
 */
function reportUnknownKeys(
  context: RuleContext<Options>,
  problems: Problems,
  data: Record<string, unknown>,
  entries: Map<string, MetadataField>,
): Set<string> {
  const handled = new Set<string>();
  const allowed = new Set((context.options.allow ?? []).map((key) => key.toLowerCase()));
  const absent = Object.keys(properties).filter((key) => !(key in data));
  for (const key of problems.unknown) {
    if (allowed.has(key.toLowerCase())) continue;
    const entry = entries.get(key);
    const position = entry?.keyPosition ?? fencePosition(context.document);
    const candidates = absent.filter((candidate) => isNearMiss(key, candidate) && !handled.has(candidate));
    const expected = candidates.length === 1 ? candidates[0] : undefined;
    if (expected !== undefined) {
      const required = problems.missing.some((missing) => missing.key === expected);
      handled.add(expected);
      context.report({
        messageId: 'misspeltKey',
        data: { key, expected },
        position,
        // A near miss may still be a key of the team's own: offered as a suggestion, never applied by --fix.
        ...(entry
          ? {
              suggest: [
                { desc: `Rename \`${key}\` to \`${expected}\``, fix: { range: [entry.keyPosition.start.offset, entry.keyPosition.end.offset], text: expected } },
              ],
            }
          : {}),
        ...(required ? {} : { severity: 'warn' }),
      });
    } else {
      context.report({ messageId: 'unknownKey', data: { key, keys: joinWords(documentedKeys, 'or') }, position, severity: 'warn' });
    }
  }
  return handled;
}

function reportValue(context: RuleContext<Options>, key: string, entry: MetadataField, errors: ErrorObject[], status: string): void {
  const { document, schema } = context;
  const value = entry.value;
  const position = entry.valuePosition.start.offset === entry.valuePosition.end.offset ? entry.position : entry.valuePosition;
  // Unfilled template text (`[Your Name]`, `[YYYY-MM-DD]`) is the core placeholder rule's to report.
  if (containsPlaceholder(entry.raw, schema)) return;
  if (key === 'reviewers' && value === null) {
    reportReviewers(context, entry, errors, status);
    return;
  }
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    context.report({ messageId: 'emptyValue', data: { key, expected: expectedByKey[key] ?? 'a value' }, position });
    return;
  }

  if (key === 'status' && typeof value === 'string') {
    if (isPickList(value, statuses)) return;
    const sameLetters = statuses.find((candidate) => candidate.toLowerCase() === value.trim().toLowerCase());
    if (sameLetters) {
      const range = valueRange(document, entry, value.trim());
      context.report({
        messageId: 'statusCase', severity: 'warn',
        data: { value: value.trim(), expected: sameLetters },
        position: positionAt(document, range[0], range[1]),
        fix: { range, text: sameLetters },
      });
    } else {
      context.report({ messageId: 'status', data: { value: shortenText(value, 60), values: joinWords(statuses, 'or') }, position });
    }
    return;
  }

  if (key === 'created' && typeof value === 'string') {
    const check = checkDate(value, { isoOnly: true });
    if (check.kind === 'invalid') {
      context.report({ messageId: 'invalidDate', data: { value: value.trim(), reason: check.reason }, position });
      return;
    }
  }

  if (key === 'reviewers' && Array.isArray(value)) {
    reportReviewers(context, entry, errors, status);
    return;
  }

  context.report({
    messageId: 'invalidValue',
    data: { key, value: shortenText(entry.raw, 60), expected: expectedByKey[key] ?? 'a valid value' },
    position,
  });
}

/** An empty list once the status asks for reviewers, and list items that are not names. */
function reportReviewers(context: RuleContext<Options>, entry: MetadataField, errors: ErrorObject[], status: string): void {
  const { document } = context;
  if (errors.some((error) => error.keyword === 'minItems')) {
    context.report({ messageId: 'reviewersRequired', data: { status }, position: entry.valuePosition });
    return;
  }
  const items = Array.isArray(entry.value) ? entry.value : [];
  let searchFrom = entry.valuePosition.start.offset;
  for (const [index, item] of items.entries()) {
    const text = typeof item === 'string' ? item : (JSON.stringify(item) ?? String(item));
    const found = findTextPosition(document, entry.valuePosition, typeof item === 'string' ? item : String(item), searchFrom);
    if (found) searchFrom = found.end.offset;
    if (!errors.some((error) => error.instancePath === `/reviewers/${index}`)) continue;
    context.report({ messageId: 'reviewer', data: { value: shortenText(text, 60) }, position: found ?? entry.valuePosition });
  }
}

/** `created` later than today: the core date-order rule is off for this template (see the rule doc). */
function reportFutureDate(context: RuleContext<Options>, entry: MetadataField | undefined): void {
  if (!entry) return;
  const text = typeof entry.value === 'string' ? entry.value.trim() : undefined;
  const check = text ? checkDate(text, { isoOnly: true }) : undefined;
  if (check?.kind !== 'valid' || !isFutureDate(check.iso, context.today)) return;
  context.report({ messageId: 'futureDate', data: { value: check.iso, today: context.today }, position: entry.valuePosition });
}

/** The exact range of `text` inside the entry's value (which may include quotes). */
function valueRange(document: SpecDocument, entry: MetadataField, text: string): [number, number] {
  const start = entry.valuePosition.start.offset;
  const index = document.text.slice(start, entry.valuePosition.end.offset).indexOf(text);
  return index === -1 ? [start, entry.valuePosition.end.offset] : [start + index, start + index + text.length];
}

/** The opening `---` of the front matter: where problems of the block as a whole are reported. */
function fencePosition(document: SpecDocument): Position {
  const start = document.frontMatter?.position.start.offset ?? 0;
  return positionAt(document, start, lineEnd(document, start));
}

/** Offset of the end of the line that contains `offset` (before its line ending). */
function lineEnd(document: SpecDocument, offset: number): number {
  const match = /\r\n|\r|\n/.exec(document.text.slice(offset));
  return match ? offset + match.index : document.text.length;
}

export default rule;
