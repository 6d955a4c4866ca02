export { plainText, listItemText, topLevelListItems, proseTextNodes } from './node-text.js';
export { sectionBlocks, sectionTables } from './section-content.js';
export { firstLine } from './first-line.js';
export { findSections, isInSection, sectionsAround } from './find-sections.js';
export { labelOf, findLabelledParagraphs, blocksAfterLabel, type LabelledParagraph } from './labels.js';
export { readStatus, isFirstStatus, isStatusIn, isStatusAtLeast, type DocumentStatus } from '../rules/utils/status.js';
export { normalizeName, normalizeId } from '../rules/utils/normalize.js';
export { containsPlaceholder, findPlaceholders } from '../rules/utils/placeholders.js';
