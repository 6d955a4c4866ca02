import type { SpecloomPlugin } from '@specloom/core';
import changeDeltas from './rules/change-deltas.js';
import deltaConflicts from './rules/delta-conflicts.js';
import deltaSections from './rules/delta-sections.js';
import deltaTarget from './rules/delta-target.js';
import purpose from './rules/purpose.js';
import requirementKeyword from './rules/requirement-keyword.js';
import requirementScenario from './rules/requirement-scenario.js';
import requirementUnique from './rules/requirement-unique.js';
import scenarioFormat from './rules/scenario-format.js';
import specStructure from './rules/spec-structure.js';
import taskCheckboxes from './rules/task-checkboxes.js';
import taskNumbering from './rules/task-numbering.js';
import { capabilitySpecTemplate } from './templates/capability-spec.js';
import { changeProposalTemplate } from './templates/change-proposal.js';
import { changeTasksTemplate } from './templates/change-tasks.js';
import { deltaSpecTemplate } from './templates/delta-spec.js';
import { DOCS_URL } from './utils/docs-url.js';

export const openSpecPlugin: SpecloomPlugin = {
  name: 'openspec',
  docsUrl: DOCS_URL,
  templates: [capabilitySpecTemplate, deltaSpecTemplate, changeProposalTemplate, changeTasksTemplate],
  rules: {
    purpose,
    'spec-structure': specStructure,
    'requirement-keyword': requirementKeyword,
    'requirement-scenario': requirementScenario,
    'scenario-format': scenarioFormat,
    'requirement-unique': requirementUnique,
    'delta-sections': deltaSections,
    'delta-conflicts': deltaConflicts,
    'delta-target': deltaTarget,
    'change-deltas': changeDeltas,
    'task-numbering': taskNumbering,
    'task-checkboxes': taskCheckboxes,
  },
};
