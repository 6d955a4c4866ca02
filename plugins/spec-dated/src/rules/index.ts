export { default as acceptanceCriteria } from './acceptance-criteria.js';
export { default as decisionChoice } from './decision-choice.js';
export { default as idSequence } from './id-sequence.js';
export { default as nfrTarget } from './nfr-target.js';
export { default as requirementKeyword } from './requirement-keyword.js';
export { default as specId } from './spec-id.js';
export { default as testCaseFields } from './test-case-fields.js';
export { default as timelineOrder } from './timeline-order.js';
