/** The ids of this plugin's templates. */
/** `openspec/specs/<capability>/spec.md`: a capability's current requirements. */
export const CAPABILITY_SPEC = 'openspec-spec';
/** `openspec/changes/<change>/specs/<capability>/spec.md`: what a change adds, modifies, removes or renames. */
export const DELTA_SPEC = 'openspec-delta';
/** `openspec/changes/<change>/proposal.md`: Why, What Changes, Impact. */
export const CHANGE_PROPOSAL = 'openspec-change';
/** `openspec/changes/<change>/tasks.md`: the change's numbered checklist. */
export const CHANGE_TASKS = 'openspec-tasks';
