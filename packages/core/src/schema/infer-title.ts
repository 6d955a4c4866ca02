import type { SpecTitle } from '../types/document.js';
import type { DocumentSchema } from '../types/schema.js';
import { escapeRegExp } from './regex.js';

const bracketed = /\[[^\]]*\]/g;

/**
 * Turn the template's H1 into a title pattern: bracketed placeholders become "some text", digit runs become
 * "that many digits" (`SPEC 0001: [Feature Title]` -> `^SPEC \d{4}: .+$`).
 */
export function inferTitle(title: SpecTitle | undefined): DocumentSchema['title'] {
  if (!title) return undefined;
  const pieces = title.text.split(bracketed);
  const placeholders = title.text.match(bracketed) ?? [];
  let source = '';
  pieces.forEach((piece, index) => {
    source += escapeRegExp(piece).replace(/\d+/g, (digits) => `\\d{${digits.length}}`);
    if (index < placeholders.length) source += '.+';
  });
  return { pattern: `^${source}$`, example: title.text, required: true };
}
