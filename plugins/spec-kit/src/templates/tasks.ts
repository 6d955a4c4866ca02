import { readTemplateFile, templateFromMarkdown, type PlaceholderSchema, type SpecDocument, type TemplateDefinition, type TemplateMatch } from '@specloom/core';
import { taskLines } from '../utils/task-lines.js';
import { TASKS } from '../utils/template-ids.js';

const tasksPath = /(?:^|[/\\])specs[/\\][^/\\]+[/\\]tasks\.md$/;
const phaseHeading = /^Phase\s+\d+\s*:/i;
const taskLineInText = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?T\d+\b/m;

/**
 * spec-kit's tasks.md: `T001`-numbered task lines under `## Phase N: …` headings. Numbered tasks alone are any
 * checklist, so they count with the phases (or the `specs/<feature>/tasks.md` path).
 */
export function detectSpecKitTasks(document: SpecDocument): TemplateMatch {
  const evidence: string[] = [];
  const inFolder = document.path !== undefined && tasksPath.test(document.path);
  // Most documents have no `- [ ] T001` line at all: a text search says so before any list is read.
  if (!inFolder && !taskLineInText.test(document.text)) return { score: 0, evidence };
  const tasks = taskLines(document).filter((task) => /^T\d{3}$/.test(task.id));
  if (tasks.length > 0) evidence.push(`${tasks.length} \`T001\`-style task lines`);
  const phases = document.allSections.filter((section) => section.level === 2 && phaseHeading.test(section.title));
  if (phases.length > 0) evidence.push(`${phases.length} \`## Phase N:\` headings`);
  const tasksInPhases = tasks.some((task) => task.phase !== undefined && phaseHeading.test(task.phase.title));
  const titled = document.title?.parts.prefix === 'Tasks';
  if (titled) evidence.push('H1 "Tasks: …"');
  if (inFolder) evidence.push('path `specs/<feature>/tasks.md`');
  const score = tasks.length === 0 ? 0 : tasksInPhases ? (titled || inFolder ? 1 : 0.8) : inFolder ? 0.7 : titled ? 0.4 : 0.2;
  return { score, evidence };
}

/** The `Format: [ID] [P?] [Story]` legend and `[US1]` labels are the format itself, not unfilled text. */
function keepPlaceholder(placeholder: PlaceholderSchema): boolean {
  return !/^\\\[(?:ID|P\\\?|P|Story|US\d+)\\\]$/.test(placeholder.pattern);
}

export const specKitTasksTemplate: TemplateDefinition = templateFromMarkdown({
  id: TASKS,
  description: 'GitHub spec-kit task list (specs/NNN-feature/tasks.md): T001 tasks by phase, [P] parallel markers, [US1] story labels',
  ...readTemplateFile(import.meta.url, 'templates/tasks-template.md'),
  detect: detectSpecKitTasks,
  refine(schema) {
    schema.metadata.allowUnknown = true;
    for (const field of schema.metadata.fields) {
      // `Input` names the feature folder; teams word both lines their own way.
      field.type = 'string';
      field.required = false;
      delete field.pattern;
      delete field.format;
    }
    // Phases are numbered and named per feature; no section is mandatory in the template.
    schema.sections = [];
    schema.placeholders = schema.placeholders.filter(keepPlaceholder);
  },
});
