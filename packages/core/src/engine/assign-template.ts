import path from 'node:path';
import picomatch from 'picomatch';
import type { LintMessage, Position, ResolvedConfig, SpecDocument, TemplateDefinition } from '../types/index.js';
import { createFileProblem, errorText } from './create-message.js';

/** Lowest `detect` score that assigns a template. */
export const DETECT_THRESHOLD = 0.5;

export interface TemplateAssignment {
  template?: TemplateDefinition;
  /** Problems found while assigning (unknown template id, a crashing `detect`). */
  problems: LintMessage[];
}

export type AssignTemplate = (document: SpecDocument) => TemplateAssignment;

function knownIds(templates: TemplateDefinition[]): string {
  return templates.length > 0 ? templates.map((template) => `\`${template.id}\``).join(', ') : 'none (no template is loaded)';
}

/** The `template:` line inside the front matter, so the message points at it. */
function templateKeyPosition(document: SpecDocument): Position | undefined {
  const frontMatter = document.frontMatter;
  if (!frontMatter) return undefined;
  const lines = frontMatter.raw.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => /^template\s*:/.test(line));
  if (index === -1) return frontMatter.position;
  const line = frontMatter.position.start.line + 1 + index;
  const lineStart = document.lineStarts[line - 1] ?? frontMatter.position.start.offset;
  return {
    start: { line, column: 1, offset: lineStart },
    end: { line, column: lines[index].length + 1, offset: lineStart + lines[index].length },
  };
}

/** Path used for `templates` globs: relative to the config folder, with posix separators. */
function globPath(rootDir: string, filePath: string): string {
  const relative = path.relative(rootDir, path.resolve(rootDir, filePath));
  return relative.split(path.sep).join('/');
}

/**
 * Build the template chooser for a config: front matter `template:` wins, then the first matching config glob,
 * then the highest `detect` score (at least 0.5). Globs are compiled once.
 */
export function createTemplateAssigner(config: ResolvedConfig): AssignTemplate {
  const byId = new Map(config.templates.map((template) => [template.id, template]));
  const globs = config.templateGlobs.map((entry) => ({
    ...entry,
    matches: picomatch(entry.glob, { dot: true }),
  }));

  function unknownTemplate(id: string, where: string, position?: Position): TemplateAssignment {
    return {
      problems: [
        createFileProblem(
          `Unexpected unknown template \`${id}\` ${where}, expected one of ${knownIds(config.templates)}`,
          position,
        ),
      ],
    };
  }

  return function assignTemplate(document: SpecDocument): TemplateAssignment {
    const named = document.frontMatter?.data?.template;
    if (named !== undefined && named !== null) {
      const template = typeof named === 'string' ? byId.get(named.trim()) : undefined;
      if (template) return { template, problems: [] };
      const shown = typeof named === 'string' ? named : JSON.stringify(named);
      return unknownTemplate(shown, 'in front matter `template`', templateKeyPosition(document));
    }

    if (document.path !== undefined && globs.length > 0) {
      const relative = globPath(config.rootDir, document.path);
      const entry = globs.find((candidate) => candidate.matches(relative));
      if (entry) {
        const template = byId.get(entry.templateId);
        if (template) return { template, problems: [] };
        return unknownTemplate(entry.templateId, `for config glob \`${entry.glob}\``);
      }
    }

    const problems: LintMessage[] = [];
    let best: TemplateDefinition | undefined;
    let bestScore = DETECT_THRESHOLD;
    for (const template of config.templates) {
      if (typeof template.detect !== 'function') continue;
      let score: number;
      try {
        score = template.detect(document);
      } catch (error) {
        problems.push(
          createFileProblem(`Template "${template.id}" crashed while detecting the template: ${errorText(error)}`, undefined, {
            fatal: false,
          }),
        );
        continue;
      }
      // `>=` for the threshold, `>` between templates: the first of equal scores (config order) wins.
      if (typeof score === 'number' && (best === undefined ? score >= bestScore : score > bestScore)) {
        best = template;
        bestScore = score;
      }
    }
    return { template: best, problems };
  };
}
