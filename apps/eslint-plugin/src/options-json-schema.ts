import type { Rule } from '@specloom/core';
import type { JSONSchema4 } from 'json-schema';
import { z } from 'zod';

/**
 * ESLint's `meta.schema` for a specloom rule: its zod options schema as JSON Schema draft 4 (what ESLint's ajv
 * validates), describing the one options object ESLint passes as `context.options[0]`. A rule without options
 * takes none. A schema zod cannot express (a refinement, a transform) turns ESLint's check off: specloom
 * validates the options with zod itself, so a bad value is still reported.
 */
export function optionsJsonSchema(rule: Rule): JSONSchema4[] | false {
  const schema = rule.meta.schema;
  if (!schema) return [];
  try {
    const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { target: 'draft-4', io: 'input', unrepresentable: 'throw' }) as JSONSchema4;
    return [jsonSchema];
  } catch {
    return false;
  }
}
