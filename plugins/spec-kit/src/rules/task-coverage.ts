import type { WorkspaceRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { collectFeatureFacts, featureFolders, type FeatureFacts } from '../utils/feature-facts.js';

const rule: WorkspaceRule<FeatureFacts> = {
  meta: {
    type: 'suggestion',
    scope: 'workspace',
    docs: {
      description: 'Require every user story and functional requirement of spec.md to be covered by a task in tasks.md',
      url: ruleDocsUrl('task-coverage'),
      recommended: true,
    },
    defaultSeverity: 'warn',
    messages: {
      story: 'Unexpected user story {{story}} without a task, expected a task labelled [{{story}}] in {{tasks}}',
      requirement: 'Unexpected requirement {{id}} without a task, expected a task in {{tasks}} that names {{id}}',
    },
  },

  collect: collectFeatureFacts,

  check(context) {
    for (const folder of featureFolders(context.entries)) {
      if (!folder.spec || !folder.tasks) continue;
      const tasks = folder.tasks.facts;
      const tasksName = folder.tasks.path.split(/[/\\]/).at(-1) ?? folder.tasks.path;
      // A story may be deferred, a requirement met by a task that does not name it: warnings. Each check runs only
      // where tasks.md traces that way at all (story labels; FR IDs), so a team that does not is not flooded.
      const labels = new Set(tasks.storyLabels.flatMap((label) => (label.key ? [label.key] : [])));
      if (labels.size > 0) {
        for (const story of folder.spec.facts.stories) {
          if (labels.has(story.key)) continue;
          context.report({ path: folder.spec.path, messageId: 'story', data: { story: story.key, tasks: tasksName }, position: story.position });
        }
      }
      if (tasks.requirementMentions.length > 0) {
        for (const requirement of folder.spec.facts.requirements) {
          if (tasks.requirementMentions.includes(requirement.id)) continue;
          context.report({ path: folder.spec.path, messageId: 'requirement', data: { id: requirement.id, tasks: tasksName }, position: requirement.position });
        }
      }
    }
  },
};

export default rule;
