import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listItemText, parseSpecDocument, type SpecDocument } from '@specloom/core';
import { detectSpecKitTasks } from '../templates/tasks.js';
import { branchField } from '../utils/feature-branch.js';
import { requirementItems } from '../utils/requirement-items.js';
import { keywordPattern } from '../utils/rfc2119.js';
import { storyKey, taskLines, type TaskLine } from '../utils/task-lines.js';
import { isGivenWhenThen, userStories } from '../utils/user-stories.js';

/** One user story, the scenarios that test it and the tasks that build it. */
export interface StoryTrace {
  key?: string;
  title: string;
  priority?: string;
  scenarios: number;
  tasks: string[];
  /** The requirements the story's tasks name. */
  requirements: string[];
  line: number;
}

/** One functional requirement and the tasks (and through them, the stories) that name it. */
export interface RequirementTrace {
  id: string;
  keyword?: string;
  text: string;
  tasks: string[];
  stories: string[];
  line: number;
}

export interface Traceability {
  branch?: string;
  /** The tasks file read beside the spec, by name; undefined when the folder has none. */
  tasksFile?: string;
  taskCount: number;
  stories: StoryTrace[];
  requirements: RequirementTrace[];
  /** True when tasks name FR IDs, so an unnamed requirement is a gap rather than a habit. */
  tracesRequirements: boolean;
}

const requirementMention = /(?<![\p{L}\p{N}_-])FR-\d+(?![\p{L}\p{N}_])/gu;

/** The spec-kit tasks file beside a spec (`tasks.md`, or the one file there that reads as one), parsed. */
function siblingTasks(document: SpecDocument): { name: string; tasks: TaskLine[] } | undefined {
  if (!document.path) return undefined;
  const folder = path.dirname(document.path);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.md') && path.join(folder, name) !== path.resolve(document.path!));
  } catch {
    return undefined;
  }
  const candidates = names.flatMap((name) => {
    try {
      const parsed = parseSpecDocument(readFileSync(path.join(folder, name), 'utf8'), { path: path.join(folder, name) });
      return detectSpecKitTasks(parsed).score >= 0.5 ? [{ name, tasks: taskLines(parsed) }] : [];
    } catch {
      return [];
    }
  });
  return candidates.find((candidate) => candidate.name === 'tasks.md') ?? (candidates.length === 1 ? candidates[0] : undefined);
}

/** Stories × requirements × tasks of a spec-kit spec, with the tasks read from its feature folder. */
export function traceability(document: SpecDocument): Traceability {
  const found = siblingTasks(document);
  const tasks = found?.tasks ?? [];
  const mentions = (task: TaskLine) => [...task.description.matchAll(requirementMention)].map((match) => match[0]);
  const stories = userStories(document).map((story): StoryTrace => {
    const storyTasks = tasks.filter((task) => story.label !== undefined && task.stories.some((label) => storyKey(label.label) === story.label));
    return {
      key: story.label,
      title: story.title,
      priority: story.priority,
      scenarios: story.scenarios.filter((item) => isGivenWhenThen(listItemText(item))).length,
      tasks: storyTasks.map((task) => task.id),
      requirements: [...new Set(storyTasks.flatMap(mentions))],
      line: story.section.position.start.line,
    };
  });
  const requirements = requirementItems(document)
    .filter((item) => item.family === 'FR')
    .map((item): RequirementTrace => {
      const naming = tasks.filter((task) => mentions(task).includes(item.id));
      return {
        id: item.id,
        keyword: keywordPattern.exec(item.text)?.[0],
        text: item.text,
        tasks: naming.map((task) => task.id),
        stories: [...new Set(naming.flatMap((task) => task.stories.flatMap((label) => storyKey(label.label) ?? [])))],
        line: item.idPosition.start.line,
      };
    });
  return {
    branch: branchField(document, 'feature branch')?.branch,
    tasksFile: found?.name,
    taskCount: tasks.length,
    stories,
    requirements,
    tracesRequirements: tasks.some((task) => mentions(task).length > 0),
  };
}
