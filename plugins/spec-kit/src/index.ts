export { specKitPlugin as default, specKitPlugin } from './plugin.js';
export { specKitSpecTemplate, detectSpecKitSpec } from './templates/spec.js';
export { specKitPlanTemplate, detectSpecKitPlan } from './templates/plan.js';
export { specKitTasksTemplate, detectSpecKitTasks } from './templates/tasks.js';
export { specKitTraceabilityRenderer } from './renderers/traceability-markdown.js';
export { traceability, type RequirementTrace, type StoryTrace, type Traceability } from './renderers/traceability.js';
