import type { RootContent } from 'mdast';
import { firstLine, labelOf, plainText, positionFromOffsets, sectionBlocks, type Position, type Section, type SpecDocument } from '@specloom/core';
import { normalizeRequirementName } from './requirement-name.js';
import { headingSource } from './source-lines.js';

/** A `#### Scenario: …` heading of a requirement. */
export interface ScenarioHeading {
  /** The name after `Scenario:` (or the whole heading without that prefix). */
  name: string;
  /** True when the heading starts with `Scenario:`. */
  prefixed: boolean;
  /** True when anything stands under it before the next heading of its level or above (OpenSpec's rule). */
  hasBody: boolean;
  /** True when the body has a `WHEN` and a `THEN` step. */
  whenThen: boolean;
  section: Section;
  position: Position;
}

/** Something written as a scenario that OpenSpec does not read as one: `### Scenario:`, `- **Scenario: …**`. */
export interface MalformedScenario {
  text: string;
  /** `heading`: a heading of another level than 4; `bullet`: a list item or bold line. */
  kind: 'heading' | 'bullet';
  level?: number;
  position: Position;
}

/** A requirement: its heading, its statement (the body before the first scenario) and its scenarios. */
export interface RequirementBlock {
  /** The name as written after `Requirement:` (source text, so code spans keep their backticks). */
  name: string;
  /** `normalizeRequirementName(name)`: how OpenSpec matches requirements. */
  key: string;
  /** True when the heading starts with `Requirement:`. */
  prefixed: boolean;
  section: Section;
  /** The heading line. */
  position: Position;
  /** The statement: prose between the heading and its first sub-heading (metadata lines only when alone). */
  body: string;
  scenarios: ScenarioHeading[];
  malformedScenarios: MalformedScenario[];
}

const requirementPrefix = /^Requirement:\s*/i;
const scenarioPrefix = /^Scenario:\s*/i;
/** A scenario written as text rather than as a heading: `**Scenario: Expired link**`, `Scenario: …`. */
const scenarioText = /^\s*Scenario\b\s*:?/i;

function headingPosition(document: SpecDocument, section: Section): Position {
  return firstLine(document, section.position);
}

/** Prose of the blocks (no code, no HTML): what OpenSpec reads as the requirement's statement. */
function statement(blocks: readonly RootContent[]): string {
  const prose: string[] = [];
  const metadata: string[] = [];
  for (const block of blocks) {
    if (block.type === 'code' || block.type === 'html' || block.type === 'heading') continue;
    const text = plainText(block).trim();
    if (text === '') continue;
    // `**ID**: R-12` lines are metadata: the statement is the rest, unless there is nothing else.
    if (block.type === 'paragraph' && labelOf(block)) metadata.push(text);
    else prose.push(text);
  }
  return (prose.length > 0 ? prose : metadata).join('\n');
}

function scenarioOf(document: SpecDocument, section: Section): ScenarioHeading {
  const source = headingSource(document, section.position.start.offset, section.position.end.offset);
  const body = document.text.slice(section.position.end.offset, section.contentPosition.end.offset);
  return {
    name: source.replace(scenarioPrefix, '').trim(),
    prefixed: scenarioPrefix.test(source),
    hasBody: body.trim() !== '',
    whenThen: /\bWHEN\b/.test(body) && /\bTHEN\b/.test(body),
    section,
    position: headingPosition(document, section),
  };
}

/** Headings under the requirement at the wrong depth, and scenario bullets in its own blocks. */
function malformedIn(document: SpecDocument, section: Section): MalformedScenario[] {
  const found: MalformedScenario[] = [];
  const visit = (child: Section) => {
    if (child.level !== 4 && scenarioText.test(child.rawTitle)) {
      found.push({ text: child.rawTitle, kind: 'heading', level: child.level, position: headingPosition(document, child) });
    }
    // What a real scenario nests below itself is its own business.
    if (child.level !== 4) child.children.forEach(visit);
  };
  section.children.forEach(visit);
  for (const block of sectionBlocks(document, section, { nested: false })) {
    const items = block.type === 'list' ? block.children.map((item) => item.children[0]).filter((node) => node?.type === 'paragraph') : [block];
    for (const node of items) {
      const start = node?.position?.start.offset;
      const end = node?.position?.end.offset;
      if (node?.type !== 'paragraph' || start === undefined || end === undefined) continue;
      const text = plainText(node).trim();
      // Opening with the word itself, bold or not: `**Scenario: Expired link**`, `Scenario: …`.
      if (!scenarioText.test(text) || !/^\s*(?:\*\*|__)?\s*Scenario\b/i.test(document.text.slice(start, end))) continue;
      const position = firstLine(document, positionFromOffsets(document.lineStarts, start, end));
      found.push({ text: text.split(/\r?\n/)[0]!, kind: 'bullet', position });
    }
  }
  return found;
}

/** Read one requirement section (`### Requirement: …`). */
export function requirementBlock(document: SpecDocument, section: Section): RequirementBlock {
  const source = headingSource(document, section.position.start.offset, section.position.end.offset);
  const prefixed = requirementPrefix.test(source);
  const name = source.replace(requirementPrefix, '').trim();
  return {
    name,
    key: normalizeRequirementName(name),
    prefixed,
    section,
    position: headingPosition(document, section),
    body: statement(sectionBlocks(document, section, { nested: false })),
    scenarios: section.children.filter((child) => child.level === 4).map((child) => scenarioOf(document, child)),
    malformedScenarios: malformedIn(document, section),
  };
}

/** True for a heading OpenSpec reads as a requirement in a delta section: `### Requirement: <name>`. */
export function isRequirementHeading(document: SpecDocument, section: Section): boolean {
  if (section.level !== 3) return false;
  return /^Requirement:\s*\S/i.test(headingSource(document, section.position.start.offset, section.position.end.offset));
}

/** True for an H3 that is a scenario at the wrong level (`### Scenario: …`), not a requirement of its own. */
export function isScenarioHeading(section: Section): boolean {
  return scenarioText.test(section.rawTitle);
}

/** `SHALL` or `MUST` as a whole word: OpenSpec's test of a requirement statement. */
export function hasShallOrMust(text: string): boolean {
  return /\b(SHALL|MUST)\b/.test(text);
}
