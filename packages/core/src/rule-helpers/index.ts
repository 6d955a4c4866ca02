export { plainText, listItemText, topLevelListItems, proseTextNodes } from './node-text.js';
export { sectionBlocks, sectionParts, sectionTables } from './section-content.js';
export { firstLine, lineEndAt } from './first-line.js';
export { findSections, isInSection, sectionsAround } from './find-sections.js';
export { labelOf, findLabelledParagraphs, blocksAfterLabel, type LabelledParagraph } from './labels.js';
export { cellAt, cellTextPosition } from './table-cells.js';
export { positionAt, nodePosition, findTextRange, findTextPosition } from './text-positions.js';
export {
  checkDate,
  isoDateOf,
  isFutureDate,
  calendarProblem,
  type DateCheck,
  type IsoDateCheck,
  type CheckDateOptions,
} from './calendar-dates.js';
export { readTemplateFile, type TemplateFile } from './read-template-file.js';
export { readStatus, isFirstStatus, isStatusIn, isStatusAtLeast, type DocumentStatus } from '../rules/utils/status.js';
export { normalizeName, normalizeId } from '../rules/utils/normalize.js';
export { containsPlaceholder, findPlaceholders, isPickList } from '../rules/utils/placeholders.js';
export { quote, quoteList, joinWords, shortenText } from '../rules/utils/format.js';
export { allowedValues as fieldValues } from '../rules/utils/metadata.js';
