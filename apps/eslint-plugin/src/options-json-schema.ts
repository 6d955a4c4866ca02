import type { Rule } from '@specloom/core';
import { ruleOptionsJsonSchema } from '@specloom/core/host';
import type { JSONSchema4 } from 'json-schema';

/**
 * ESLint's `meta.schema` for a specloom rule: core's JSON Schema of its options, describing the one options
 * object ESLint passes as `context.options[0]`. A rule without options takes none; a schema JSON Schema cannot
 * express turns ESLint's check off (specloom validates the options with zod itself, so a bad value is still
 * reported).
 */
export function optionsJsonSchema(rule: Rule): JSONSchema4[] | false {
  const schema = ruleOptionsJsonSchema(rule);
  if (schema === null) return [];
  return schema === undefined ? false : [schema];
}
