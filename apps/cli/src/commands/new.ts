import { access, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fieldValues, scaffoldSpec, type ScaffoldPlan, type TemplateDefinition } from '@specloom/core';
import { slugifyTitle, writeFileAtomic } from '@specloom/core/host';
import { displayPath } from '../display-path.js';
import type { CliRuntime } from '../runtime.js';
import { gitUserName } from './git-user-name.js';
import { loadResolvedConfig } from './load-resolved-config.js';
import { localDate } from './local-date.js';
import { usageError } from './usage-error.js';
import { collectUsedSpecIds } from './used-spec-ids.js';

export interface NewCommandOptions {
  dir?: string;
  product?: string;
  author?: string;
  config?: string;
}

function listOf(values: string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** The Product field's allowed values, spelled as the template (or `settings.products`) spells them. */
function productValues(template: TemplateDefinition, settings: Record<string, unknown>): string[] {
  const field = template.schema.metadata.fields.find((candidate) => candidate.name.toLowerCase() === 'product');
  return (field && fieldValues(template.schema, field, settings)) ?? [];
}

/**
 * `specloom new <template> "<title>"`: write a spec from the template's Markdown with its title, today's date,
 * the first status, the author and the next free ID; print its path. Never overwrites. Exit 2 on bad arguments.
 */
export async function runNewCommand(
  templateName: string,
  title: string,
  options: NewCommandOptions,
  runtime: CliRuntime,
): Promise<number> {
  const cleanTitle = title.replace(/\s+/gu, ' ').trim();
  if (cleanTitle === '') return usageError(runtime, 'Unexpected empty title, expected a title such as "Billing webhooks"');

  const config = await loadResolvedConfig(options.config, runtime);
  const template = config.templates.find((candidate) => candidate.id.toLowerCase() === templateName.toLowerCase());
  if (template === undefined) {
    return usageError(runtime, `Unexpected template "${templateName}", expected one of ${listOf(config.templates.map((candidate) => candidate.id))}`);
  }
  if (template.scaffold !== undefined) return runTemplateScaffold(template, cleanTitle, options, runtime, config.settings);
  if (template.source === undefined) {
    return usageError(runtime, `Unexpected template "${template.id}" without a template Markdown file, expected one with \`source\``);
  }
  let templateMarkdown: string;
  try {
    templateMarkdown = await readFile(template.source, 'utf8');
  } catch {
    return usageError(runtime, `Cannot read the template Markdown of "${template.id}" at \`${template.source}\``);
  }

  let product: string | undefined;
  const products = productValues(template, config.settings);
  if (products.length > 0) {
    if (options.product === undefined) return usageError(runtime, `Missing --product, expected one of ${listOf(products)}`);
    product = products.find((value) => value.toLowerCase() === options.product!.trim().toLowerCase());
    if (product === undefined) return usageError(runtime, `Unexpected product "${options.product}", expected one of ${listOf(products)}`);
  } else if (options.product !== undefined) {
    return usageError(runtime, `Unexpected --product for template "${template.id}", expected it only for templates with a Product field`);
  }

  const today = localDate();
  const targetDir = path.resolve(runtime.cwd, options.dir ?? '.');
  const slug = slugifyTitle(cleanTitle);
  let id: string | undefined;
  let fileName = `${slug}.md`;
  if (template.nextId !== undefined) {
    id = template.nextId(await collectUsedSpecIds(config, runtime.cwd, targetDir), today);
    fileName = `${id}-${slug}.md`;
  }

  const author = options.author?.trim() || (await gitUserName(runtime.cwd));
  const text = scaffoldSpec(templateMarkdown, template, { title: cleanTitle, today, author, id, product, settings: config.settings });
  const target = path.join(targetDir, fileName);
  await mkdir(targetDir, { recursive: true });
  // Refuses (exit 2, naming the file) when the file exists, even if it appeared a moment ago.
  await writeFileAtomic(target, text, { overwrite: false });
  runtime.stdout.write(`${displayPath(target, runtime.cwd)}\n`);
  return 0;
}

/**
 * A template that lays out its own documents (`scaffold`: spec-kit's `specs/NNN-feature/spec.md`, OpenSpec's
 * `openspec/changes/<id>/`): the hook picks the next free ID and the files; `new` refuses when any of them exists,
 * writes them in order and prints each path. A write that fails takes back the files written before it.
 */
async function runTemplateScaffold(
  template: TemplateDefinition,
  title: string,
  options: NewCommandOptions,
  runtime: CliRuntime,
  settings: Record<string, unknown>,
): Promise<number> {
  if (options.product !== undefined) {
    return usageError(runtime, `Unexpected --product for template "${template.id}", expected it only for templates with a Product field`);
  }
  let markdown: string | undefined;
  if (template.source !== undefined) {
    try {
      markdown = await readFile(template.source, 'utf8');
    } catch {
      return usageError(runtime, `Cannot read the template Markdown of "${template.id}" at \`${template.source}\``);
    }
  }
  const author = options.author?.trim() || (await gitUserName(runtime.cwd));
  const plan: ScaffoldPlan = await template.scaffold!({
    title,
    slug: slugifyTitle(title),
    today: localDate(),
    author,
    dir: options.dir === undefined ? undefined : path.resolve(runtime.cwd, options.dir),
    cwd: runtime.cwd,
    markdown,
    settings,
  });
  const files = plan.files.map((file) => ({ target: path.resolve(runtime.cwd, file.path), text: file.text }));
  for (const { target } of files) {
    const exists = await access(target).then(
      () => true,
      () => false,
    );
    if (exists) return usageError(runtime, `Unexpected existing file \`${displayPath(target, runtime.cwd)}\`, expected a new path`);
  }
  const written: string[] = [];
  try {
    for (const { target, text } of files) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, text, { overwrite: false });
      written.push(target);
    }
  } catch (error) {
    await Promise.all(written.map((target) => rm(target, { force: true })));
    throw error;
  }
  for (const target of written) runtime.stdout.write(`${displayPath(target, runtime.cwd)}\n`);
  return 0;
}
