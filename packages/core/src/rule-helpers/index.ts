export { plainText, listItemText, topLevelListItems, proseTextNodes } from './node-text.js';
export { sectionBlocks, sectionTables } from './section-content.js';
