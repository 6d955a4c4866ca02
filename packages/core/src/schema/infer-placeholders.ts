import type { SpecDocument } from '../types/document.js';
import type { PlaceholderSchema } from '../types/schema.js';
import { escapeRegExp } from './regex.js';

/** Placeholders every template shares, whatever its own bracketed slots are. */
export const commonPlaceholders: PlaceholderSchema[] = [
  { pattern: '\\bYYYY-MM-DD\\b', description: 'date placeholder', generic: true },
  { pattern: '(?<![\\w.])@name\\b', description: 'handle placeholder', generic: true },
  { pattern: '\\b(?:TBD|TODO|FIXME)\\b', description: 'to-do marker', generic: true },
];

/**
 * `XXms`, `X%`, `Xd`: a number the template leaves open. Real prose uses the same shapes (`Xh Ym uptime`, a
 * format string), so it counts only in the sections where the template itself writes one.
 */
const numberPlaceholder = '(?<![\\w-])(?:XX+(?:ms|%|s|d|h)?|X(?:ms|%|d|h))(?![\\w-])';

const bracketed = /\[([^\]\n]{2,120})\]/g;
/** `Low/Medium/High`, `High/Med/Low`: a pick-list left in a table cell. */
const pickList = /^\s*\p{L}+(?:\s*\/\s*\p{L}+){2,}\s*$/u;
/** Bracketed text that is syntax, not a slot: alerts, IDs, numbers, link labels. */
const notASlot = /^(?:!|[A-Z]+-\d+$|\d+$|x$| $)/i;

/**
 * The template's own slots, as literal patterns: every distinct bracketed text (`[Feature Title]`,
 * `[Name / Role]`) and every table pick-list (`Low/Medium/High`).
 */
export function inferPlaceholders(template: SpecDocument): PlaceholderSchema[] {
  const literals = new Map<string, string>();
  const text = template.text;
  const codeRanges = template.codeBlocks.map((block) => [block.position.start.offset, block.position.end.offset] as const);
  for (const match of text.matchAll(bracketed)) {
    const [literal, inner = ''] = match;
    const inCode = codeRanges.some(([start, end]) => match.index >= start && match.index < end);
    const isLinkText = text[match.index + literal.length] === '(';
    if (inCode || isLinkText || notASlot.test(inner)) continue;
    literals.set(literal, 'unfilled template text');
  }
  for (const table of template.tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        if (pickList.test(cell.text)) literals.set(cell.text.trim(), 'unresolved pick-list');
      }
    }
  }
  const own = [...literals].map(([literal, description]) => ({ pattern: escapeRegExp(literal), description }));
  const numberSections = sectionsWithNumberPlaceholders(template, codeRanges);
  const numbers: PlaceholderSchema[] =
    numberSections.length === 0
      ? []
      : [{ pattern: numberPlaceholder, description: 'number placeholder', generic: true, sections: numberSections }];
  return [...own, ...commonPlaceholders, ...numbers];
}

/** Titles of the template sections (innermost) whose prose holds a number placeholder. */
function sectionsWithNumberPlaceholders(template: SpecDocument, codeRanges: ReadonlyArray<readonly [number, number]>): string[] {
  const titles = new Set<string>();
  for (const match of template.text.matchAll(new RegExp(numberPlaceholder, 'g'))) {
    if (codeRanges.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const section = template.allSections.findLast(
      (candidate) => match.index >= candidate.position.start.offset && match.index < candidate.contentPosition.end.offset,
    );
    if (section && section.level > 1) titles.add(section.title);
  }
  return [...titles];
}
