import type { CodeBlock, SpecDocument } from '@specloom/core';
import { definedItems } from './defined-items.js';
import { parseGherkin, type GherkinScenario, type StepType } from './gherkin.js';
import { itemLines, oneLine, withoutLeadingId } from './item-text.js';
import { gherkinLanguages, opensWithStep, proseStep } from './prose-steps.js';
import { definedRange } from './requirement-items.js';
import { findInSegments } from './text-segments.js';

/** An ID written inside a Gherkin scenario (`@FR1`, `# Covers: FR2`), where the engine's ID scan does not look. */
export interface ScenarioReference {
  id: string;
  line: number;
  section: string | null;
}

/** One acceptance criterion: an `AC-N` item or row, or a scenario of a `gherkin` block. */
export interface CriterionItem {
  /** The ID, or `scenario:<line>` for a scenario without one: how traceability tells criteria apart. */
  key: string;
  /** As written (`AC-2`); a scenario's only when its name carries one (`Scenario: AC-2 …`). */
  id: string | null;
  /** A Gherkin scenario's name; null for prose criteria and unnamed scenarios. */
  name: string | null;
  given: string | null;
  when: string | null;
  then: string | null;
  /** A prose criterion's text without its ID; null for scenarios. */
  text: string | null;
  checked: boolean | null;
  line: number;
  /** Source range of a prose criterion, for linking the IDs written in it. */
  range?: [number, number];
  /** IDs named in a scenario's lines, tags and comments. */
  references: ScenarioReference[];
}

/** Given/when/then parts of one prose criterion; all null when it does not use the pattern (`Edge case: …`). */
export interface ProseSteps {
  given: string | null;
  when: string | null;
  then: string | null;
}

function cleanStep(text: string): string | null {
  const cleaned = oneLine(text).replace(/^[\s,:;–—-]+|[\s,;–—-]+$/g, '');
  return cleaned === '' ? null : cleaned;
}

/**
 * Split `Given …, when …, then …` the way the acceptance-criteria rule reads it: the first "given", a "when"
 * after it, a "then" after that (words inside double quotes do not count).
 */
export function proseSteps(text: string): ProseSteps {
  const matches = findInSegments([{ value: text, start: 0, end: text.length }], proseStep, text);
  const words = matches.map((match) => match.text.toLowerCase());
  const none = { given: null, when: null, then: null };
  if (!words.includes('given') && !opensWithStep(0, matches[0]?.start, text)) return none;
  const given = words.indexOf('given');
  const when = words.indexOf('when', given + 1);
  const then = when === -1 ? words.indexOf('then', given + 1) : words.indexOf('then', when + 1);
  const found = [given, when, then];
  const part = (position: number): string | null => {
    const match = matches[found[position] ?? -1];
    if (!match) return null;
    const next = found.slice(position + 1).find((index) => index !== -1);
    return cleanStep(text.slice(match.end, next === undefined ? text.length : matches[next]!.start));
  };
  return { given: part(0), when: part(1), then: part(2) };
}

/** A table row's Given/When/Then columns when the header names them, else its cells read as prose. */
function rowSteps(header: string[], cells: string[]): ProseSteps {
  const column = (word: string) => header.findIndex((name) => name.trim().toLowerCase() === word);
  const [given, when, then] = [column('given'), column('when'), column('then')];
  if (given !== -1 || when !== -1 || then !== -1) {
    const cell = (index: number) => (index === -1 ? null : cleanStep(cells[index] ?? ''));
    return { given: cell(given), when: cell(when), then: cell(then) };
  }
  return proseSteps(cells.slice(1).join(', '));
}

function proseCriteria(document: SpecDocument): CriterionItem[] {
  const criteria: CriterionItem[] = [];
  for (const defined of definedItems(document, 'ac')) {
    const id = defined.occurrence.id;
    const range = definedRange(document, defined);
    let text: string;
    let steps: ProseSteps;
    if (defined.item) {
      text = withoutLeadingId(oneLine(itemLines(defined.item).join(' ')), id);
      steps = proseSteps(text);
    } else if (defined.table) {
      const cells = defined.table.row.map((cell) => cell.text);
      text = cells.slice(1).map(oneLine).filter(Boolean).join(' | ');
      steps = rowSteps(defined.table.table.header.map((cell) => cell.text), cells);
    } else {
      text = '';
      steps = { given: null, when: null, then: null };
    }
    criteria.push({
      key: id,
      id,
      name: null,
      ...steps,
      text,
      checked: typeof defined.item?.checked === 'boolean' ? defined.item.checked : null,
      line: defined.occurrence.position.start.line,
      ...(range ? { range } : {}),
      references: [],
    });
  }
  return criteria;
}

/** `Given a, And b` -> `a and b`: the steps of one kind as one sentence. */
function stepText(scenario: GherkinScenario, type: StepType): string | null {
  const primary = /^(?:given|when|then)$/i;
  const parts = scenario.steps
    .filter((step) => step.type === type)
    .map((step) => (primary.test(step.keyword) ? step.text : `${step.keyword === '*' ? 'and' : step.keyword.toLowerCase()} ${step.text}`));
  return parts.length === 0 ? null : oneLine(parts.join(' '));
}

const referencePattern = /(?<![\p{L}\p{N}_])(?:REQ-\d+|NFR-?\d+|FR-?\d+|TEST-\d+)(?![\p{L}\p{N}_])/gu;
const criterionId = /(?<![\p{L}\p{N}_])AC-\d+(?![\p{L}\p{N}_])/u;
/** Tags and comments directly above a scenario belong to it (`@FR1`, `# Covers: FR2`), a `# language:` header not. */
const annotation = /^(?:@|#(?!\s*language\s*:))/i;
const containerHeader = /^(?:Feature|Rule)\s*:/i;

function scenarioCriteria(document: SpecDocument, block: CodeBlock): CriterionItem[] {
  const parsed = parseGherkin(block.value);
  const lines = block.value.split(/\r\n|\r|\n/);
  // The value starts on the line after the opening fence.
  const sourceLine = (line: number) => block.position.start.line + 1 + line;
  const starts = parsed.scenarios.map((scenario) => {
    let start = scenario.line;
    while (start > 0 && annotation.test(lines[start - 1]!.trim())) start--;
    return start;
  });
  const containers = lines.flatMap((line, index) => (containerHeader.test(line.trim()) ? [index] : []));
  const criteria: CriterionItem[] = [];
  parsed.scenarios.forEach((scenario, index) => {
    if (scenario.kind === 'background') return;
    const end = Math.min(
      ...starts.filter((start, other) => other !== index && start > scenario.line),
      ...containers.filter((line) => line > scenario.line),
      lines.length,
    );
    const references: ScenarioReference[] = [];
    for (let line = starts[index]!; line < end; line++) {
      for (const match of lines[line]!.matchAll(referencePattern)) references.push({ id: match[0], line: sourceLine(line), section: block.section?.title ?? null });
    }
    const line = sourceLine(scenario.line);
    const id = scenario.name ? (criterionId.exec(scenario.name)?.[0] ?? null) : null;
    criteria.push({
      key: id ?? `scenario:${line}`,
      id,
      name: scenario.name ?? null,
      given: stepText(scenario, 'given'),
      when: stepText(scenario, 'when'),
      then: stepText(scenario, 'then'),
      text: null,
      checked: null,
      line,
      references,
    });
  });
  return criteria;
}

/** Every acceptance criterion in document order: `AC-N` items and rows, and the scenarios of `gherkin` blocks. */
export function criterionItems(document: SpecDocument): CriterionItem[] {
  const scenarios = document.codeBlocks
    .filter((block) => block.lang !== undefined && gherkinLanguages.has(block.lang.toLowerCase()))
    .flatMap((block) => scenarioCriteria(document, block));
  return [...proseCriteria(document), ...scenarios].sort((first, second) => first.line - second.line);
}
