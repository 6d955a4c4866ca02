import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The template Markdown this plugin ships in its `templates/` folder. This file sits directly in `src/`, so
 * the relative URL resolves to the package's `templates/` both from source and from the bundled `dist/`.
 */
export function readTemplate(fileName: string): { markdown: string; source: string } {
  const source = fileURLToPath(new URL(`../templates/${fileName}`, import.meta.url));
  return { markdown: readFileSync(source, 'utf8'), source };
}
