import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Path of the JSON Schema this plugin publishes for design-doc front matter (package export
 * `@specloom/plugin-design-doc/front-matter.schema.json`). This file sits directly in `src/`, so the relative
 * URL resolves to the package's `schema/` folder both from source and from the bundled `dist/`.
 */
export const frontMatterSchemaPath = fileURLToPath(new URL('../schema/front-matter.schema.json', import.meta.url));

/** The published JSON Schema, read once: the lint rule validates with exactly what editors use. */
export const frontMatterSchema = JSON.parse(readFileSync(frontMatterSchemaPath, 'utf8')) as Record<string, unknown>;
