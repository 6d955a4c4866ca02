import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeSpecFile } from '../engine/decode-spec-file.js';
import { inferSchema } from '../schema/infer-schema.js';
import type { SpecloomPlugin, TemplateDefinition } from '../types/plugin.js';
import { closestMatch } from './closest-match.js';
import { configError, errorSummary, formatList, type ConfigSource } from './config-messages.js';

export interface ResolvedTemplates {
  templates: TemplateDefinition[];
  templateGlobs: Array<{ glob: string; templateId: string }>;
}

/**
 * All plugins' templates plus those inferred from Markdown files named in config `templates`, and the
 * config's glob -> template id assignments in their written order.
 */
export async function resolveTemplates(
  plugins: SpecloomPlugin[],
  configured: Record<string, string>,
  options: { rootDir: string; source: ConfigSource },
): Promise<ResolvedTemplates> {
  const templates: TemplateDefinition[] = [];
  const origins = new Map<string, string>();
  for (const plugin of plugins) {
    for (const template of plugin.templates ?? []) {
      const earlier = origins.get(template.id);
      if (earlier !== undefined) {
        throw configError(
          options.source,
          [],
          `plugin "${plugin.name}" defines template "${template.id}", as does ${earlier}; expected unique template ids`,
        );
      }
      origins.set(template.id, `plugin "${plugin.name}"`);
      templates.push(template);
    }
  }

  // Markdown templates first, so a later glob may name an inferred template by its id.
  const inferredByPath = new Map<string, TemplateDefinition>();
  for (const [glob, value] of Object.entries(configured)) {
    if (!isMarkdownPath(value)) continue;
    const filePath = path.resolve(options.rootDir, value);
    if (inferredByPath.has(filePath)) continue;
    const template = await templateFromFile(filePath, value, ['templates', glob], options.source);
    const earlier = origins.get(template.id);
    if (earlier !== undefined) {
      throw configError(
        options.source,
        ['templates', glob],
        `names template file "${value}", whose id "${template.id}" is already used by ${earlier}; expected unique template ids (rename the file)`,
      );
    }
    origins.set(template.id, `template file "${value}"`);
    inferredByPath.set(filePath, template);
    templates.push(template);
  }

  const templateGlobs: ResolvedTemplates['templateGlobs'] = [];
  for (const [glob, value] of Object.entries(configured)) {
    const inferred = isMarkdownPath(value) ? inferredByPath.get(path.resolve(options.rootDir, value)) : undefined;
    const templateId = inferred?.id ?? value;
    if (!origins.has(templateId)) {
      throw configError(options.source, ['templates', glob], unknownTemplateProblem(value, [...origins.keys()]));
    }
    templateGlobs.push({ glob, templateId });
  }
  return { templates, templateGlobs };
}

function isMarkdownPath(value: string): boolean {
  return value.toLowerCase().endsWith('.md');
}

async function templateFromFile(
  filePath: string,
  value: string,
  keyPath: string[],
  source: ConfigSource,
): Promise<TemplateDefinition> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const reason = (error as { code?: unknown }).code === 'ENOENT' ? 'does not exist' : `cannot be read (${errorSummary(error)})`;
    throw configError(
      source,
      keyPath,
      `names template file "${value}", which ${reason} (looked for ${filePath}); expected a template Markdown file relative to the config file`,
      error,
    );
  }
  // Random bytes would infer an empty template that every message then describes as "expected one of ".
  const decoded = decodeSpecFile(bytes);
  if ('problem' in decoded) {
    throw configError(source, keyPath, `names template file "${value}", which is not Markdown text (${decoded.problem.message}); expected a template Markdown file`);
  }
  const markdown = decoded.text;
  if (!/^ {0,3}#{1,6}(?:[ \t]|$)/mu.test(markdown)) {
    throw configError(source, keyPath, `names template file "${value}", which has no heading; expected a template Markdown file with a title and sections`);
  }
  // The file's name is the template id: `acme-adr.md` -> `acme-adr`.
  const id = path.basename(filePath).replace(/\.md$/i, '');
  try {
    const schema = inferSchema(markdown, { id, source: filePath });
    return { id, description: `Template inferred from ${value}`, schema, source: filePath };
  } catch (error) {
    throw configError(source, keyPath, `names template file "${value}", which cannot be read as a template: ${errorSummary(error)}`, error);
  }
}

function unknownTemplateProblem(value: string, knownIds: string[]): string {
  const suggestion = closestMatch(value, knownIds);
  if (suggestion) return `names an unknown template "${value}"; did you mean "${suggestion}"?`;
  const known = knownIds.length > 0 ? `one of ${formatList(knownIds)} or ` : '';
  return `names an unknown template "${value}"; expected ${known}the path of a template Markdown file (ending in .md)`;
}
