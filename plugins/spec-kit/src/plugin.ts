import type { SpecloomPlugin } from '@specloom/core';
import acceptanceScenarios from './rules/acceptance-scenarios.js';
import featureBranch from './rules/feature-branch.js';
import needsClarification from './rules/needs-clarification.js';
import parallelFiles from './rules/parallel-files.js';
import requirementIds from './rules/requirement-ids.js';
import requirementKeyword from './rules/requirement-keyword.js';
import taskCoverage from './rules/task-coverage.js';
import taskIds from './rules/task-ids.js';
import taskStoryLabel from './rules/task-story-label.js';
import userStories from './rules/user-stories.js';
import { specKitTraceabilityRenderer } from './renderers/traceability-markdown.js';
import { specKitPlanTemplate } from './templates/plan.js';
import { specKitSpecTemplate } from './templates/spec.js';
import { specKitTasksTemplate } from './templates/tasks.js';
import { DOCS_URL } from './utils/docs-url.js';

export const specKitPlugin: SpecloomPlugin = {
  name: 'spec-kit',
  docsUrl: DOCS_URL,
  templates: [specKitSpecTemplate, specKitPlanTemplate, specKitTasksTemplate],
  rules: {
    'needs-clarification': needsClarification,
    'requirement-ids': requirementIds,
    'requirement-keyword': requirementKeyword,
    'user-stories': userStories,
    'acceptance-scenarios': acceptanceScenarios,
    'task-ids': taskIds,
    'parallel-files': parallelFiles,
    'task-story-label': taskStoryLabel,
    'task-coverage': taskCoverage,
    'feature-branch': featureBranch,
  },
  renderers: [specKitTraceabilityRenderer],
};
