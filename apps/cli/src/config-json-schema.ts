import { configJsonSchema, resolveConfig, type JsonSchemaObject } from '@specloom/core/host';
import { builtinPlugins } from './builtin-plugins.js';

/** The schema of `specloom.config.json` with every built-in rule: what the build ships as `specloom/config.schema.json`. */
export async function builtinConfigJsonSchema(): Promise<JsonSchemaObject> {
  const zeroConfig = await resolveConfig({}, { rootDir: process.cwd(), builtinPlugins });
  return configJsonSchema(zeroConfig.rules);
}
