import { z } from 'zod';
import type { LoadedRule } from '../types/engine.js';
import { configSchema, SEVERITY_VALUES } from './config-schema.js';
import { isPlainObject } from './config-messages.js';
import type { JsonSchemaObject } from './rule-options-json-schema.js';

export const CONFIG_SCHEMA_ID = 'https://specloom.dev/schema/config.schema.json';

/**
 * The JSON Schema (draft-07, what editors validate with) of `specloom.config.json`, generated from the config's
 * zod validator so the two cannot drift, with one entry per known rule under `rules` (its description, and its
 * options' schema) so editors complete rule ids. Rules of plugins not in `rules` still validate as a setting.
 */
export function configJsonSchema(rules: LoadedRule[]): JsonSchemaObject {
  // The two custom checks (plugin objects, reserved IDs) carry their JSON Schema as metadata.
  const generated = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  const { $schema: dialect, ...schema } = generated as JsonSchemaObject & {
    properties: Record<string, JsonSchemaObject>;
    definitions?: Record<string, JsonSchemaObject>;
  };
  const ruleSetting = ruleSettingSchema({});
  schema.properties.rules = {
    ...schema.properties.rules,
    properties: Object.fromEntries(rules.map(({ id, rule }) => [id, { description: rule.meta.docs.description, ...ruleSettingSchema(ruleOptionsSchema(rule)) }])),
    additionalProperties: ruleSetting,
  };
  return {
    $schema: dialect,
    $id: CONFIG_SCHEMA_ID,
    title: 'specloom config (specloom.config.json)',
    ...schema,
    definitions: { ...schema.definitions, severity: { enum: [...SEVERITY_VALUES], description: '"off" (0), "warn" (1) or "error" (2).' } },
  };
}

/** A severity, or `[severity]`, or `[severity, options]`. */
function ruleSettingSchema(optionsSchema: JsonSchemaObject): JsonSchemaObject {
  const severity = { $ref: '#/definitions/severity' };
  return {
    anyOf: [severity, { type: 'array', items: [severity, optionsSchema], minItems: 1, maxItems: 2, additionalItems: false }],
  };
}

/**
 * A rule's options as JSON Schema, `{}` where zod cannot express them (specloom still checks them). Options are
 * merged over the rule's defaults, so a partial object is valid: top-level `required` is dropped then.
 */
function ruleOptionsSchema(rule: LoadedRule['rule']): JsonSchemaObject {
  if (!rule.meta.schema) return {};
  let options: JsonSchemaObject;
  try {
    options = z.toJSONSchema(rule.meta.schema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }) as JsonSchemaObject;
  } catch {
    return {};
  }
  const { $schema: _dialect, required, ...rest } = options;
  return isPlainObject(rule.meta.defaultOptions) ? rest : { ...rest, ...(required === undefined ? {} : { required }) };
}
