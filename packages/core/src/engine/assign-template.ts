import path from 'node:path';
import picomatch from 'picomatch';
import type { LintMessage, Position, ResolvedConfig, SpecDocument, TemplateDefinition } from '../types/index.js';
import { createFileProblem, errorText } from './create-message.js';

/** Lowest `detect` score that assigns a template. */
export const DETECT_THRESHOLD = 0.5;

/** One template's answer to "is this document yours?". */
export interface TemplateCandidate {
  id: string;
  score: number;
  evidence: string[];
}

export interface TemplateAssignment {
  template?: TemplateDefinition;
  /** How the template was chosen (or why none was). */
  reason: 'front-matter' | 'config-glob' | 'detected' | 'none';
  /** The config glob that chose it, for `config-glob`. */
  glob?: string;
  /** Every template's detection score, highest first (only computed when detection ran). */
  candidates: TemplateCandidate[];
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
  const keyLine = lines[index];
  if (keyLine === undefined) return frontMatter.position;
  const line = frontMatter.position.start.line + 1 + index;
  const lineStart = document.lineStarts[line - 1] ?? frontMatter.position.start.offset;
  return {
    start: { line, column: 1, offset: lineStart },
    end: { line, column: keyLine.length + 1, offset: lineStart + keyLine.length },
  };
}

/** Path used for `templates` globs: relative to the config folder, with posix separators. */
function globPath(rootDir: string, filePath: string): string {
  const relative = path.relative(rootDir, path.resolve(rootDir, filePath));
  return relative.split(path.sep).join('/');
}

/** A `detect` answer as a candidate; anything but a finite number scores 0. */
function candidateOf(template: TemplateDefinition, answer: unknown): TemplateCandidate {
  if (typeof answer === 'number') return { id: template.id, score: Number.isFinite(answer) ? answer : 0, evidence: [] };
  if (answer && typeof answer === 'object' && 'score' in answer) {
    const { score, evidence } = answer as { score: unknown; evidence?: unknown };
    return {
      id: template.id,
      score: typeof score === 'number' && Number.isFinite(score) ? score : 0,
      evidence: Array.isArray(evidence) ? evidence.map(String) : [],
    };
  }
  return { id: template.id, score: 0, evidence: [] };
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
      reason: 'none',
      candidates: [],
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
      if (template) return { template, reason: 'front-matter', candidates: [], problems: [] };
      const shown = typeof named === 'string' ? named : JSON.stringify(named);
      return unknownTemplate(shown, 'in front matter `template`', templateKeyPosition(document));
    }

    if (document.path !== undefined && globs.length > 0) {
      const relative = globPath(config.rootDir, document.path);
      const entry = globs.find((candidate) => candidate.matches(relative));
      if (entry) {
        const template = byId.get(entry.templateId);
        if (template) return { template, reason: 'config-glob', glob: entry.glob, candidates: [], problems: [] };
        return unknownTemplate(entry.templateId, `for config glob \`${entry.glob}\``);
      }
    }

    const problems: LintMessage[] = [];
    const candidates: TemplateCandidate[] = [];
    let best: TemplateDefinition | undefined;
    let bestScore = DETECT_THRESHOLD;
    for (const template of config.templates) {
      if (typeof template.detect !== 'function') continue;
      let candidate: TemplateCandidate;
      try {
        candidate = candidateOf(template, template.detect(document));
      } catch (error) {
        problems.push(
          createFileProblem(`Template "${template.id}" crashed while detecting the template: ${errorText(error)}`, undefined, {
            fatal: false,
          }),
        );
        continue;
      }
      candidates.push(candidate);
      // `>=` for the threshold, `>` between templates: the first of equal scores (config order) wins.
      if (best === undefined ? candidate.score >= bestScore : candidate.score > bestScore) {
        best = template;
        bestScore = candidate.score;
      }
    }
    candidates.sort((left, right) => right.score - left.score);
    return { template: best, reason: best ? 'detected' : 'none', candidates, problems };
  };
}
