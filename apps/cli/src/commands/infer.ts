import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentSchema, SectionSchema } from '@specloom/core';
import { inferSchema } from '@specloom/core/host';
import { displayPath } from '../display-path.js';
import { EXIT_USAGE_ERROR } from '../report-error.js';
import type { CliRuntime } from '../runtime.js';

export type InferFormat = 'text' | 'json';

export interface InferCommandOptions {
  format: InferFormat;
  /** Write a starting plugin package for the template into this (new or empty) folder. */
  emitPlugin?: string;
}

/** A template id from a file name: `ADR Template.md` -> `adr-template`. */
export function templateIdFromPath(filePath: string): string {
  const id = path
    .basename(filePath, path.extname(filePath))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'template' : id;
}

function describeSections(sections: SectionSchema[], indent: string): string[] {
  return sections.flatMap((section) => {
    const heading = `${'#'.repeat(section.level)} ${section.number ? `${section.number} ` : ''}${section.title}`;
    const lines = [`${indent}${heading}${section.required ? '' : '  (optional)'}`];
    for (const table of section.tables ?? []) lines.push(`${indent}  table: ${table.columns.join(' | ')}`);
    return [...lines, ...describeSections(section.children, `${indent}  `)];
  });
}

/** The schema as an author reads it: what each part of their template will make specloom check. */
export function formatSchemaText(schema: DocumentSchema): string {
  const lines = [`template ${schema.id}`];
  if (schema.title?.pattern) lines.push(`title      /${schema.title.pattern}/${schema.title.example ? `  e.g. "${schema.title.example}"` : ''}`);
  lines.push(`metadata   ${schema.metadata.style}`);
  const width = Math.max(0, ...schema.metadata.fields.map((field) => field.name.length));
  for (const field of schema.metadata.fields) {
    const detail = field.values ? `: ${field.values.join(' | ')}` : field.format ? `: ${field.format}` : '';
    lines.push(`  ${field.name.padEnd(width)}  ${field.type}${detail}${field.required ? '' : '  (optional)'}`);
  }
  if (schema.status) lines.push(`status     ${schema.status.field}: ${schema.status.values.join(' → ')}`);
  lines.push('sections');
  lines.push(...describeSections(schema.sections, '  '));
  lines.push('placeholders');
  for (const placeholder of schema.placeholders) {
    const where = placeholder.sections ? ` (in ${placeholder.sections.map((title) => `"${title}"`).join(', ')})` : '';
    lines.push(`  /${placeholder.pattern}/  ${placeholder.description}${where}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The files of a starting plugin: plain ESM, so config can load it by path without a build step. */
export function starterPluginFiles(schema: DocumentSchema, templateFileName: string, markdown: string): Record<string, string> {
  const statusHint = schema.status
    ? `    // updateField(schema, ${JSON.stringify(schema.status.field)}, { values: ${JSON.stringify(schema.status.values)} });\n`
    : `    // updateField(schema, 'Status', { values: ['Draft', 'Approved'] });\n`;
  const packageJson = {
    name: `specloom-plugin-${schema.id}`,
    version: '0.1.0',
    private: true,
    type: 'module',
    exports: './index.js',
    files: ['index.js', 'templates'],
    peerDependencies: { '@specloom/core': '*' },
  };
  const index = `import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { definePlugin, templateFromMarkdown, updateField } from '@specloom/core';

const source = fileURLToPath(new URL(${JSON.stringify(`./templates/${templateFileName}`)}, import.meta.url));

/** The "${schema.id}" template, inferred from templates/${templateFileName} (see \`specloom infer\`), refined in code. */
export const ${camelCase(schema.id)}Template = templateFromMarkdown({
  id: ${JSON.stringify(schema.id)},
  description: ${JSON.stringify(`${schema.id} documents`)},
  markdown: readFileSync(source, 'utf8'),
  source,
  refine(schema) {
    // Tighten what Markdown cannot say, for example a real lifecycle:
${statusHint}  },
});

export default definePlugin({
  name: ${JSON.stringify(schema.id)},
  templates: [${camelCase(schema.id)}Template],
  rules: {},
});
`;
  return { 'package.json': `${JSON.stringify(packageJson, null, 2)}\n`, 'index.js': index, [`templates/${templateFileName}`]: markdown };
}

function camelCase(id: string): string {
  const words = id.split('-').filter(Boolean);
  const joined = words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');
  return /^[a-z_]/.test(joined) ? joined : `template${joined}`;
}

async function isNewOrEmptyFolder(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).length === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

async function emitPlugin(folder: string, files: Record<string, string>, runtime: CliRuntime): Promise<number> {
  if (!(await isNewOrEmptyFolder(folder))) {
    runtime.stderr.write(`specloom: Unexpected existing files in ${displayPath(folder, runtime.cwd)}, expected a new or empty folder for --emit-plugin (nothing was written)\n`);
    return EXIT_USAGE_ERROR;
  }
  for (const [name, content] of Object.entries(files)) {
    const filePath = path.join(folder, name);
    await mkdir(path.dirname(filePath), { recursive: true });
    // `wx`: never replace a file, even one created since the check above.
    await writeFile(filePath, content, { flag: 'wx' });
  }
  const shown = displayPath(folder, runtime.cwd);
  runtime.stdout.write(
    `Wrote a starting plugin to ${shown}: ${Object.keys(files).join(', ')}\n` +
      `Load it from specloom.config.mjs: plugins: ['./${path.relative(runtime.cwd, path.join(folder, 'index.js')).split(path.sep).join('/')}']\n`,
  );
  return 0;
}

export async function runInferCommand(templatePath: string, options: InferCommandOptions, runtime: CliRuntime): Promise<number> {
  const absolute = path.resolve(runtime.cwd, templatePath);
  let markdown: string;
  try {
    markdown = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    runtime.stderr.write(`specloom: Cannot read template ${templatePath}: ${reason}, expected a template Markdown file\n`);
    return EXIT_USAGE_ERROR;
  }
  const schema = inferSchema(markdown, { id: templateIdFromPath(absolute), source: absolute });
  if (options.emitPlugin !== undefined) {
    return emitPlugin(path.resolve(runtime.cwd, options.emitPlugin), starterPluginFiles(schema, path.basename(absolute), markdown), runtime);
  }
  runtime.stdout.write(options.format === 'json' ? `${JSON.stringify(schema, null, 2)}\n` : formatSchemaText(schema));
  return 0;
}
