/**
 * A label followed by a colon, anywhere in the item (`- **Input**:`, `Input: … → Expected: …`), with up to a
 * few words in between (`Expected result:`, `Input data:`).
 */
const label = (words: string) => new RegExp(String.raw`(?<![\p{L}\p{N}_-])(?:${words})(?![\p{L}\p{N}_-])[^:\n]{0,30}?:`, 'iu');
const inputWords = 'inputs?|given|preconditions?|setup|steps|request|test data|data';
const expectedWords = 'expected|expectations?|then|outputs?|results?|outcomes?';

/** What authors call the two halves of a test case, as labels in a list item. */
export const inputLabel = label(inputWords);
export const expectedLabel = label(expectedWords);
/** The same halves as the header of a test table's column. */
export const inputColumn = new RegExp(`^(?:${inputWords})\\b`, 'i');
export const expectedColumn = new RegExp(`^(?:${expectedWords})\\b`, 'i');
