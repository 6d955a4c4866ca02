import { firstLine, type Position, type Section, type SpecDocument } from '@specloom/core';
import { isRequirementHeading, isScenarioHeading, requirementBlock, type RequirementBlock } from './requirement-blocks.js';
import { normalizeRequirementName } from './requirement-name.js';
import { headingSource, positionInLine, proseLines } from './source-lines.js';

export type DeltaOperation = 'ADDED' | 'MODIFIED' | 'REMOVED' | 'RENAMED';

/** A name in a REMOVED section, or one side of a RENAMED pair, with where it is written. */
export interface NamedEntry {
  name: string;
  key: string;
  position: Position;
}

/** A delta spec (`openspec/changes/<change>/specs/<capability>/spec.md`) read the way `openspec validate` reads it. */
export interface DeltaSpec {
  /** Every `## ADDED|MODIFIED|REMOVED|RENAMED Requirements` section (a repeated header counts each time). */
  sections: Array<{ operation: DeltaOperation; section: Section }>;
  added: RequirementBlock[];
  modified: RequirementBlock[];
  removed: NamedEntry[];
  renamed: Array<{ from: NamedEntry; to: NamedEntry }>;
  /** A `FROM:` without its `TO:` (or the reverse): the rename never happens. */
  unpaired: Array<{ side: 'FROM' | 'TO'; entry: NamedEntry }>;
  /** `### Requirement:` outside a delta section: OpenSpec ignores it. */
  orphans: Array<NamedEntry & { section?: string }>;
  /** H3 headings in ADDED/MODIFIED that are not `### Requirement: <name>`: OpenSpec skips them. */
  skipped: Array<{ header: string; operation: DeltaOperation; position: Position }>;
}

const cache = new WeakMap<SpecDocument, DeltaSpec>();
const operations: DeltaOperation[] = ['ADDED', 'MODIFIED', 'REMOVED', 'RENAMED'];
const removedBullet = /^\s*[-*+]\s*`?###\s*Requirement:\s*(.+?)`?\s*$/;
const renameLine = /^\s*[-*+]?\s*(FROM|TO):\s*`?###\s*Requirement:\s*(.+?)`?\s*$/;

/** The operation a level-2 heading opens (`## Added Requirements` too: OpenSpec ignores case), if any. */
function operationOf(document: SpecDocument, section: Section): DeltaOperation | undefined {
  if (section.level !== 2) return undefined;
  const title = headingSource(document, section.position.start.offset, section.position.end.offset).toLowerCase();
  return operations.find((operation) => title === `${operation.toLowerCase()} requirements`);
}

function entry(document: SpecDocument, line: { line: number; start: number; text: string }, name: string): NamedEntry {
  return { name, key: normalizeRequirementName(name), position: positionInLine(document, line, name, line.text.indexOf('Requirement:')) };
}

export function readDeltaSpec(document: SpecDocument): DeltaSpec {
  const cached = cache.get(document);
  if (cached) return cached;
  const delta: DeltaSpec = { sections: [], added: [], modified: [], removed: [], renamed: [], unpaired: [], orphans: [], skipped: [] };
  for (const section of document.allSections) {
    const operation = operationOf(document, section);
    if (operation) delta.sections.push({ operation, section });
  }
  for (const { operation, section } of delta.sections) {
    if (operation === 'ADDED' || operation === 'MODIFIED') {
      const blocks = operation === 'ADDED' ? delta.added : delta.modified;
      for (const child of section.children) {
        if (isRequirementHeading(document, child)) blocks.push(requirementBlock(document, child));
        else if (child.level === 3 && blocks.length > 0 && isScenarioHeading(child)) {
          blocks.at(-1)!.malformedScenarios.push({ text: child.rawTitle, kind: 'heading', level: 3, position: firstLine(document, child.position) });
        } else if (child.level === 3) {
          delta.skipped.push({ header: headingSource(document, child.position.start.offset, child.position.end.offset), operation, position: firstLine(document, child.position) });
        }
      }
    } else if (operation === 'REMOVED') {
      for (const line of proseLines(document, section.position.end.offset, section.contentPosition.end.offset)) {
        const heading = /^###\s*Requirement:\s*(.+?)\s*$/i.exec(line.text);
        const bullet = heading ? undefined : removedBullet.exec(line.text);
        const name = heading?.[1] ?? bullet?.[1];
        if (name) delta.removed.push(entry(document, line, normalizeRequirementName(name)));
      }
    } else {
      let pending: NamedEntry | undefined;
      for (const line of proseLines(document, section.position.end.offset, section.contentPosition.end.offset)) {
        const match = renameLine.exec(line.text);
        if (!match) continue;
        const named = entry(document, line, normalizeRequirementName(match[2]!));
        if (match[1] === 'FROM') {
          if (pending) delta.unpaired.push({ side: 'FROM', entry: pending });
          pending = named;
        } else if (pending) {
          delta.renamed.push({ from: pending, to: named });
          pending = undefined;
        } else {
          delta.unpaired.push({ side: 'TO', entry: named });
        }
      }
      if (pending) delta.unpaired.push({ side: 'FROM', entry: pending });
    }
  }
  // Requirement headings OpenSpec ignores: before the first `## ` heading or under one that is not a delta section.
  const inDelta = (offset: number) => delta.sections.some(({ section }) => offset >= section.position.end.offset && offset < section.contentPosition.end.offset);
  // Level-2 headings in document order, walked beside the lines: the section around each line in one pass.
  const levelTwo = document.allSections.filter((section) => section.level === 2);
  let next = 0;
  let around: Section | undefined;
  for (const line of proseLines(document, 0, document.text.length)) {
    for (let heading = levelTwo[next]; heading && heading.position.start.offset <= line.start; heading = levelTwo[++next]) around = heading;
    const match = /^###\s*Requirement:\s*(.+?)\s*$/i.exec(line.text);
    if (!match || inDelta(line.start)) continue;
    delta.orphans.push({ ...entry(document, line, normalizeRequirementName(match[1]!)), ...(around ? { section: around.rawTitle } : {}) });
  }
  cache.set(document, delta);
  return delta;
}
