import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentSchema } from '../types/schema.js';
import { inferSchema } from './infer-schema.js';

/**
 * A template's schema as inferred at build time (`dist/templates/<file>.schema.json` of a plugin), so a CLI run,
 * an editor or ESLint does not parse every built-in template's Markdown at start-up (13 templates: ~0.5 s).
 * `key` ties it to the Markdown and to the exact core code that inferred it.
 */
export interface PrecomputedSchema {
  key: string;
  /** `inferSchema`'s result without `id` (the template definition names it). */
  schema: Omit<DocumentSchema, 'id'>;
}

let coreBuildId: string | undefined;

/**
 * The running core's build id (`dist/build-id`, written by its build from the JavaScript it emitted), so a schema
 * inferred by other code is never used. Run from source (tests) or bundled elsewhere, there is no build id: no
 * precomputed schema matches and templates are inferred as they load.
 */
function runningCoreBuildId(): string {
  if (coreBuildId !== undefined) return coreBuildId;
  try {
    coreBuildId = readFileSync(fileURLToPath(new URL('build-id', import.meta.url)), 'utf8').trim() || 'source';
  } catch {
    coreBuildId = 'source';
  }
  return coreBuildId;
}

/** The key a schema inferred from `markdown` by the running core carries. */
export function precomputedSchemaKey(markdown: string): string {
  return `${createHash('sha256').update(markdown).digest('hex')}:${runningCoreBuildId()}`;
}

/** The schema file that goes with a template Markdown file of a plugin package. */
export function precomputedSchemaPath(packageRoot: string, relativePath: string): string {
  return path.join(packageRoot, 'dist', `${relativePath}.schema.json`);
}

/** The precomputed schema for `markdown` at `file`, when one exists and was inferred from it by this core. */
export function readPrecomputedSchema(file: string, markdown: string): Omit<DocumentSchema, 'id'> | undefined {
  let stored: PrecomputedSchema;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as PrecomputedSchema;
  } catch {
    return undefined;
  }
  return stored.key === precomputedSchemaKey(markdown) ? stored.schema : undefined;
}

/**
 * Build step of a plugin package: infer the schema of every `templates/*.md` it ships and write it where
 * `readTemplateFile` looks (`dist/templates/<file>.schema.json`). Returns the files written.
 */
export function writePrecomputedSchemas(packageRoot: string): string[] {
  const folder = path.join(packageRoot, 'templates');
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  } catch {
    return [];
  }
  const written: string[] = [];
  for (const name of names) {
    const source = path.join(folder, name);
    const markdown = readFileSync(source, 'utf8');
    const { id: _id, ...schema } = inferSchema(markdown, { id: '', source });
    const target = precomputedSchemaPath(packageRoot, path.join('templates', name));
    mkdirSync(path.dirname(target), { recursive: true });
    const stored: PrecomputedSchema = { key: precomputedSchemaKey(markdown), schema };
    writeFileSync(target, `${JSON.stringify(stored)}\n`);
    written.push(target);
  }
  return written;
}
