import type { WorkspaceRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { collectFeatureFacts, featureFolders, type FeatureFacts } from '../utils/feature-facts.js';

const rule: WorkspaceRule<FeatureFacts> = {
  meta: {
    type: 'problem',
    scope: 'workspace',
    docs: {
      description: 'Require every [US1] task label in tasks.md to name a user story of the feature\'s spec.md',
      url: ruleDocsUrl('task-story-label'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      unknown: 'Unexpected story label "{{label}}" on task {{task}}, expected one of the stories of {{spec}} ({{stories}})',
      noStories: 'Unexpected story label "{{label}}" on task {{task}}, expected a "User Story" in {{spec}}, which has none',
      format: 'Unexpected story label "{{label}}" on task {{task}}, expected US and the story number (US1)',
    },
  },

  collect: collectFeatureFacts,

  check(context) {
    for (const folder of featureFolders(context.entries)) {
      // Without the feature's spec in the run there is nothing to compare with: no finding, rather than a guess.
      if (!folder.spec || !folder.tasks) continue;
      const stories = folder.spec.facts.stories.map((story) => story.key);
      const spec = displayName(folder.spec.path);
      for (const label of folder.tasks.facts.storyLabels) {
        const data = { label: label.label, task: label.task, spec, stories: stories.join(', ') };
        // `[Story]` is the legend's own placeholder word, never a label on a real task.
        if (label.key === undefined) {
          if (!/^Story$/i.test(label.label)) context.report({ path: folder.tasks.path, messageId: 'format', data, position: label.position });
        } else if (!stories.includes(label.key)) {
          context.report({ path: folder.tasks.path, messageId: stories.length > 0 ? 'unknown' : 'noStories', data, position: label.position });
        }
      }
    }
  },
};

function displayName(filePath: string): string {
  return filePath.split(/[/\\]/).at(-1) ?? filePath;
}

export default rule;
