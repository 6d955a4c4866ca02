import type { Renderer } from '@specloom/core';
import { SPEC } from '../utils/template-ids.js';
import { traceability } from './traceability.js';

/** Spec text as Markdown text: no markup, links, HTML or table cell breaks of its own. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|]|&(?=#?\w+;)/g, (character) => `\\${character}`);
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => escapeMarkdown(cell) || '—').join(' | ')} |`;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [row(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(row), ''];
}

/**
 * `specloom render specs/014-x/spec.md --to traceability-md`: user stories × requirements × tasks of a spec-kit
 * feature, the tasks read from the tasks.md beside the spec, then what no task covers.
 */
export const specKitTraceabilityRenderer: Renderer = {
  format: 'traceability-md',
  extension: 'traceability.md',
  templates: [SPEC],
  render(document) {
    const trace = traceability(document);
    const title = document.title?.parts.name ?? document.title?.text ?? 'Feature';
    const lines = [`# Traceability: ${escapeMarkdown(title)}`, ''];
    const source = trace.tasksFile ? `${trace.taskCount} tasks in ${trace.tasksFile}` : 'no tasks.md beside the spec yet';
    lines.push(`${trace.branch ? `Branch \`${trace.branch.replaceAll('`', '')}\` · ` : ''}${trace.stories.length} user stories · ${trace.requirements.length} functional requirements · ${escapeMarkdown(source)}.`, '');
    lines.push('## User stories', '');
    lines.push(
      ...table(
        ['Story', 'Priority', 'Scenarios', 'Tasks', 'Requirements'],
        trace.stories.map((story) => [`${story.key ?? '?'} ${story.title}`, story.priority ?? '', String(story.scenarios), story.tasks.join(', '), story.requirements.join(', ')]),
      ),
    );
    lines.push('## Functional requirements', '');
    lines.push(
      ...table(
        ['Requirement', 'Keyword', 'Stories', 'Tasks', 'Text'],
        trace.requirements.map((requirement) => [requirement.id, requirement.keyword ?? '', requirement.stories.join(', '), requirement.tasks.join(', '), requirement.text]),
      ),
    );
    lines.push('## Not covered by a task', '');
    if (!trace.tasksFile) {
      lines.push('No tasks yet: coverage is shown once the feature folder has its tasks.md.');
    } else {
      const stories = trace.stories.filter((story) => story.tasks.length === 0);
      const requirements = trace.tracesRequirements ? trace.requirements.filter((requirement) => requirement.tasks.length === 0) : [];
      for (const story of stories) lines.push(`- ${escapeMarkdown(`${story.key ?? '?'} ${story.title}`)} (line ${story.line})`);
      for (const requirement of requirements) lines.push(`- ${requirement.id} (line ${requirement.line}): ${escapeMarkdown(requirement.text)}`);
      if (stories.length + requirements.length === 0) lines.push(trace.tracesRequirements ? 'Every user story and requirement has a task.' : 'Every user story has a task.');
      if (!trace.tracesRequirements) lines.push('', 'The tasks name no FR IDs, so requirements are traced through their stories only.');
    }
    return `${lines.join('\n')}\n`;
  },
};
