/** The ids of this plugin's templates: `spec.md`, `plan.md` and `tasks.md` of a spec-kit feature folder. */
export const SPEC = 'spec-kit';
export const PLAN = 'spec-kit-plan';
export const TASKS = 'spec-kit-tasks';
