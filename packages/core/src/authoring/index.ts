export { slugifyTitle } from './slugify-title.js';
export { createUsedIds, addIdsFromText, addIdsFromFileName, addReservedIds, type UsedIds } from './spec-ids.js';
export { nextRfcNumber, formatRfcNumber, nextDatedId } from './allocate-id.js';
export { findGitRoot, addIdsFromGitBranches } from './git-ids.js';
export { scaffoldSpec, type ScaffoldValues } from './scaffold-spec.js';
export { checkStatusTransition, rewriteStatus, type StatusTransition, type StatusRewrite } from './status-transition.js';
