import { firstLine, normalizeName, type Position, type Section, type SpecDocument } from '@specloom/core';
import { isScenarioHeading, requirementBlock, type RequirementBlock } from './requirement-blocks.js';
import { proseLines, positionInLine } from './source-lines.js';

/** A capability spec (`openspec/specs/<capability>/spec.md`) read the way `openspec validate` reads it. */
export interface CapabilitySpec {
  purpose?: Section;
  requirements?: Section;
  /** The requirements: every heading directly under `## Requirements`. */
  blocks: RequirementBlock[];
  /** `### Requirement:` headings outside `## Requirements`: OpenSpec does not see them. */
  outside: Array<{ text: string; position: Position }>;
  /** `## ADDED Requirements` and its kin: delta headers belong in a change, not in a capability spec. */
  deltaHeaders: Array<{ text: string; position: Position }>;
}

const cache = new WeakMap<SpecDocument, CapabilitySpec>();
const deltaHeader = /^##\s+(ADDED|MODIFIED|REMOVED|RENAMED)\s+Requirements\s*$/i;
const requirementHeader = /^###\s+Requirement:\s*(.+?)\s*$/i;

function firstSection(document: SpecDocument, title: string): Section | undefined {
  return document.allSections.find((section) => normalizeName(section.title) === title);
}

export function readCapabilitySpec(document: SpecDocument): CapabilitySpec {
  const cached = cache.get(document);
  if (cached) return cached;
  const purpose = firstSection(document, 'purpose');
  const requirements = firstSection(document, 'requirements');
  const blocks: RequirementBlock[] = [];
  for (const child of requirements?.children ?? []) {
    const previous = blocks.at(-1);
    // `### Scenario: …` right under a requirement is that requirement's scenario at the wrong level.
    if (previous && isScenarioHeading(child)) {
      previous.malformedScenarios.push({ text: child.rawTitle, kind: 'heading', level: child.level, position: firstLine(document, child.position) });
      continue;
    }
    blocks.push(requirementBlock(document, child));
  }
  const outside: CapabilitySpec['outside'] = [];
  const deltaHeaders: CapabilitySpec['deltaHeaders'] = [];
  const inRequirements = (offset: number) =>
    requirements !== undefined && offset >= requirements.position.end.offset && offset < requirements.contentPosition.end.offset;
  for (const line of proseLines(document, 0, document.text.length)) {
    if (deltaHeader.test(line.text)) deltaHeaders.push({ text: line.text.trim(), position: positionInLine(document, line, line.text.trim()) });
    else if (requirementHeader.test(line.text) && !inRequirements(line.start)) {
      outside.push({ text: line.text.trim(), position: positionInLine(document, line, line.text.trim()) });
    }
  }
  const spec = { purpose, requirements, blocks, outside, deltaHeaders };
  cache.set(document, spec);
  return spec;
}
