import type { MetadataFieldSchema } from '../types/schema.js';

/**
 * `Supersedes` / `Superseded by`: where a lifecycle with a Superseded (or Deprecated) status says by what. Optional
 * and known, so metadata-unknown stays quiet; the IDs in them are references to other documents, never definitions.
 */
export function supersedeFields(): MetadataFieldSchema[] {
  return [
    { name: 'Supersedes', aliases: ['Replaces'], type: 'string', required: false, identifies: false },
    { name: 'Superseded by', aliases: ['Superseded By', 'Replaced by'], type: 'string', required: false, identifies: false },
  ];
}
