import { readTemplateFile, templateFromMarkdown, type SpecDocument, type TemplateDefinition, type TemplateMatch } from '@specloom/core';
import { openSpecLocation } from '../utils/openspec-paths.js';
import { CHANGE_TASKS } from '../utils/template-ids.js';

/** `openspec/changes/<change>/tasks.md` only: a numbered checklist is any project's, not OpenSpec's evidence. */
export function detectChangeTasks(document: SpecDocument): TemplateMatch {
  const location = openSpecLocation(document.path);
  return location?.kind === 'tasks' ? { score: 1, evidence: ['path `openspec/changes/<change>/tasks.md`'] } : { score: 0, evidence: [] };
}

export const changeTasksTemplate: TemplateDefinition = templateFromMarkdown({
  id: CHANGE_TASKS,
  description: 'OpenSpec change tasks (openspec/changes/<change>/tasks.md): numbered groups of checkbox tasks',
  ...readTemplateFile(import.meta.url, 'templates/tasks.md'),
  detect: detectChangeTasks,
  refine(schema) {
    // Groups are named per change (`## 1. Implementation`): openspec/task-numbering reads them.
    schema.sections = [];
    schema.title = { ...schema.title, required: false };
  },
});
