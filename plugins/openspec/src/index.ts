export { openSpecPlugin as default, openSpecPlugin } from './plugin.js';
export { capabilitySpecTemplate, detectCapabilitySpec } from './templates/capability-spec.js';
export { deltaSpecTemplate, detectDeltaSpec } from './templates/delta-spec.js';
export { changeProposalTemplate, detectChangeProposal } from './templates/change-proposal.js';
export { changeTasksTemplate, detectChangeTasks } from './templates/change-tasks.js';
