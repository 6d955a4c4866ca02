import { z } from 'zod';
import type { Rule } from '../types/rule.js';

/** A JSON Schema object, as hosts pass it on (ESLint's `meta.schema`, the rules reference). */
export type JsonSchemaObject = Record<string, unknown>;

/**
 * A rule's options schema (zod) as JSON Schema draft 4, the dialect ESLint validates with: `null` for a rule
 * without options, `undefined` where zod cannot express the schema (a refinement, a transform); specloom still
 * validates the options with zod itself then.
 */
export function ruleOptionsJsonSchema(rule: Rule): JsonSchemaObject | null | undefined {
  const schema = rule.meta.schema;
  if (!schema) return null;
  try {
    const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { target: 'draft-4', io: 'input', unrepresentable: 'throw' });
    return jsonSchema;
  } catch {
    return undefined;
  }
}
