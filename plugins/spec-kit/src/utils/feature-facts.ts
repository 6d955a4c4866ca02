import path from 'node:path';
import type { Position, RuleContext, WorkspaceEntry } from '@specloom/core';
import { branchField, inputFolder, type BranchMention } from './feature-branch.js';
import { requirementItems } from './requirement-items.js';
import { storyKey, taskLines } from './task-lines.js';
import { PLAN, SPEC, TASKS } from './template-ids.js';
import { userStories } from './user-stories.js';
import { nodeFirstLine } from './node-position.js';

/**
 * What the cross-file rules keep of one document of a feature folder (spec.md, plan.md, tasks.md): its branch,
 * and the story and requirement IDs it defines or uses. Small facts, never trees.
 */
export interface FeatureFacts {
  template: string;
  /** The feature folder: spec-kit keeps one feature's spec, plan and tasks side by side. */
  folder: string;
  /** spec.md: `Feature Branch`; plan.md: `Branch`; tasks.md: the folder its `Input` names. */
  branch?: BranchMention;
  /** plan.md: the folder its `Input` names (`/specs/014-…/spec.md`). */
  inputFolder?: BranchMention;
  /** spec.md: the user stories by key (`US1`), with their heading line. */
  stories: Array<{ key: string; title: string; position: Position }>;
  /** spec.md: the functional requirements it defines. */
  requirements: Array<{ id: string; position: Position }>;
  /** tasks.md: each story label of each task. */
  storyLabels: Array<{ label: string; key?: string; task: string; position: Position }>;
  /** tasks.md: the FR IDs its tasks name. */
  requirementMentions: string[];
}

const requirementMention = /(?<![\p{L}\p{N}_-])FR-\d+(?![\p{L}\p{N}_])/gu;

export function collectFeatureFacts(context: RuleContext): FeatureFacts | undefined {
  const { document, template } = context;
  if (!document.path || !template) return undefined;
  const facts: FeatureFacts = {
    template: template.id,
    folder: path.dirname(path.resolve(document.path)),
    stories: [],
    requirements: [],
    storyLabels: [],
    requirementMentions: [],
  };
  if (template.id === SPEC) {
    facts.branch = branchField(document, 'feature branch');
    for (const story of userStories(document)) {
      if (story.label) facts.stories.push({ key: story.label, title: story.section.title, position: nodeFirstLine(document, story.section.node) });
    }
    for (const item of requirementItems(document)) {
      if (item.family === 'FR' && item.wellFormed) facts.requirements.push({ id: item.id, position: item.idPosition });
    }
  } else if (template.id === PLAN) {
    facts.branch = branchField(document, 'branch');
    facts.inputFolder = inputFolder(document);
  } else if (template.id === TASKS) {
    facts.branch = inputFolder(document);
    for (const task of taskLines(document)) {
      for (const story of task.stories) facts.storyLabels.push({ label: story.label, key: storyKey(story.label), task: task.id, position: story.position });
      for (const match of task.description.matchAll(requirementMention)) {
        if (!facts.requirementMentions.includes(match[0])) facts.requirementMentions.push(match[0]);
      }
    }
  }
  return facts;
}

/** One feature folder's documents; a folder with two of a kind is ambiguous and left alone. */
export interface FeatureFolder {
  spec?: WorkspaceEntry<FeatureFacts>;
  plan?: WorkspaceEntry<FeatureFacts>;
  tasks?: WorkspaceEntry<FeatureFacts>;
}

export function featureFolders(entries: ReadonlyArray<WorkspaceEntry<FeatureFacts>>): FeatureFolder[] {
  const byFolder = new Map<string, Array<WorkspaceEntry<FeatureFacts>>>();
  for (const entry of entries) {
    if (!entry.facts) continue;
    byFolder.set(entry.facts.folder, [...(byFolder.get(entry.facts.folder) ?? []), entry]);
  }
  return [...byFolder.values()].map((group) => {
    const only = (id: string) => {
      const matching = group.filter((entry) => entry.facts.template === id);
      return matching.length === 1 ? matching[0] : undefined;
    };
    return { spec: only(SPEC), plan: only(PLAN), tasks: only(TASKS) };
  });
}
