import type { Root } from 'mdast';
import type { MetadataField } from '../types/document.js';
import { findMetadataBlocks } from './find-metadata-blocks.js';
import { readBoldKeyLines } from './read-bold-key-lines.js';

/** Bold-key metadata entries (`**Key**: value`) from the places templates keep them, in document order. */
export function extractBoldKeyMetadata(tree: Root, text: string, lineStarts: readonly number[]): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const block of findMetadataBlocks(tree)) fields.push(...readBoldKeyLines(block, text, lineStarts));
  return fields;
}

/** Index entries by normalised key; the first entry for a key wins. */
export function indexMetadata(entries: readonly MetadataField[]): Record<string, MetadataField> {
  const metadata = Object.create(null) as Record<string, MetadataField>;
  for (const entry of entries) {
    if (!(entry.name in metadata)) metadata[entry.name] = entry;
  }
  return metadata;
}
