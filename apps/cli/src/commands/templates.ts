import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSpecDocument, type ResolvedConfig } from '@specloom/core';
import { createTemplateAssigner, DETECT_THRESHOLD, type TemplateAssignment } from '@specloom/core/host';
import type { CliRuntime } from '../runtime.js';
import { displayPath } from '../display-path.js';
import { formatColumns } from './format-columns.js';
import { loadResolvedConfig } from './load-resolved-config.js';

export type ListFormat = 'text' | 'json';

export interface ListCommandOptions {
  config?: string;
  format: ListFormat;
  /** `templates --explain FILE`: why the file gets its template, or none. */
  explain?: string;
}

export interface TemplateListing {
  id: string;
  /** The plugin that contributes it, or `config` for a template inferred from a Markdown file in config. */
  plugin: string;
  description: string;
}

export function listTemplates(config: ResolvedConfig): TemplateListing[] {
  return config.templates.map((template) => ({
    id: template.id,
    plugin:
      config.plugins.find((plugin) => plugin.templates?.some((candidate) => candidate.id === template.id))?.name ??
      'config',
    description: template.description,
  }));
}

export async function runTemplatesCommand(options: ListCommandOptions, runtime: CliRuntime): Promise<number> {
  const config = await loadResolvedConfig(options.config, runtime);
  if (options.explain !== undefined) return printExplanation(config, options, runtime);
  const templates = listTemplates(config);
  if (options.format === 'json') {
    runtime.stdout.write(`${JSON.stringify(templates, null, 2)}\n`);
  } else {
    runtime.stdout.write(formatColumns(templates.map((template) => [template.id, template.plugin, template.description])));
  }
  return 0;
}

/** What `--explain` prints: the chosen template, how it was chosen, and every template's score and evidence. */
export interface TemplateExplanation {
  filePath: string;
  template: string | null;
  reason: TemplateAssignment['reason'];
  glob?: string;
  threshold: number;
  candidates: TemplateAssignment['candidates'];
  problems: string[];
}

/** Which template `file` (relative to the cwd) gets and why; also what `--print-config` reports. */
export async function explainTemplate(
  config: ResolvedConfig,
  file: string,
  runtime: CliRuntime,
): Promise<{ explanation: TemplateExplanation; absolutePath: string } | { error: string }> {
  const absolutePath = path.resolve(runtime.cwd, file);
  const shown = displayPath(absolutePath, runtime.cwd);
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch {
    return { error: `Cannot read \`${shown}\`, expected a Markdown file` };
  }
  const assignment = createTemplateAssigner(config)(parseSpecDocument(text, { path: absolutePath }));
  const explanation: TemplateExplanation = {
    filePath: shown,
    template: assignment.template?.id ?? null,
    reason: assignment.reason,
    ...(assignment.glob === undefined ? {} : { glob: assignment.glob }),
    threshold: DETECT_THRESHOLD,
    candidates: assignment.candidates,
    problems: assignment.problems.map((problem) => problem.message),
  };
  return { explanation, absolutePath };
}

async function printExplanation(config: ResolvedConfig, options: ListCommandOptions, runtime: CliRuntime): Promise<number> {
  const explained = await explainTemplate(config, options.explain!, runtime);
  if ('error' in explained) {
    runtime.stderr.write(`specloom: ${explained.error}\n`);
    return 2;
  }
  const { explanation } = explained;
  if (options.format === 'json') {
    runtime.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
    return 0;
  }
  runtime.stdout.write(`${explanationText(explanation)}\n`);
  return 0;
}

function explanationText(explanation: TemplateExplanation): string {
  const lines: string[] = [];
  const { template, reason } = explanation;
  if (reason === 'front-matter') lines.push(`${explanation.filePath}: template "${template}", named by front matter \`template:\``);
  else if (reason === 'config-glob') lines.push(`${explanation.filePath}: template "${template}", from config glob \`${explanation.glob}\``);
  else if (reason === 'detected') lines.push(`${explanation.filePath}: template "${template}", detected (score of at least ${explanation.threshold} wins)`);
  else lines.push(`${explanation.filePath}: no template (no template scored ${explanation.threshold} or more); the file is skipped`);
  for (const problem of explanation.problems) lines.push(`  ! ${problem}`);
  const width = Math.max(0, ...explanation.candidates.map((candidate) => candidate.id.length));
  for (const candidate of explanation.candidates) {
    const evidence = candidate.evidence.length > 0 ? candidate.evidence.join('; ') : 'no evidence';
    lines.push(`  ${candidate.id.padEnd(width)}  ${candidate.score.toFixed(2)}  ${evidence}`);
  }
  return lines.join('\n');
}
