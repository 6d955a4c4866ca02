import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precomputedSchemaPath, readPrecomputedSchema } from '../schema/precomputed-schema.js';
import type { DocumentSchema } from '../types/schema.js';

/** A template Markdown file a plugin ships, read, and where it was read from (for `specloom new`). */
export interface TemplateFile {
  markdown: string;
  /** Absolute path of the file. */
  source: string;
  /** Its schema as inferred when the package was built, if that is still what this core would infer. */
  inferred?: Omit<DocumentSchema, 'id'>;
}

/** The folder of the nearest `package.json` at or above `folder`, or undefined. */
function packageRoot(folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, 'package.json'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * Read a file a plugin package ships, such as its template Markdown: `relativePath` is relative to the package
 * root (the folder of the nearest `package.json` above `moduleUrl`, the caller's `import.meta.url`). Resolving
 * from the package root, not from the calling module, gives the same file whether the caller runs from its
 * source (`src/templates/rfc.ts`) or from the bundle (`dist/index.js`), which sit at different depths.
 */
export function readTemplateFile(moduleUrl: string | URL, relativePath: string): TemplateFile {
  const moduleFolder = path.dirname(fileURLToPath(moduleUrl));
  const root = packageRoot(moduleFolder);
  if (root === undefined) throw new Error(`no package.json above ${moduleFolder} to read ${relativePath} from`);
  const source = path.join(root, relativePath);
  const markdown = readFileSync(source, 'utf8');
  const inferred = readPrecomputedSchema(precomputedSchemaPath(root, relativePath), markdown);
  return inferred ? { markdown, source, inferred } : { markdown, source };
}
