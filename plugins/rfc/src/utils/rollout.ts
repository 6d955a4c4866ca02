import {
  cellTextPosition,
  findSections,
  positionAt,
  proseTextNodes,
  sectionBlocks,
  sectionTables,
  type Position,
  type SpecDocument,
  type SpecTable,
  type TableCell,
} from '@specloom/core';

const sectionTitles = ['Rollout Plan', 'Rollout', 'Deployment Plan', 'Release Plan'];

/** A percentage such as `5%` or `12.5 %`. */
const percentage = /(\d+(?:\.\d+)?)\s?%/g;
/** What may stand between two steps of one ramp: an arrow, a comma, `then`, `to`. */
const stepSeparator = /^(?:\s*(?:→|->|-->|=>|⇒|➔|➜|>|,|\/|then|to|and|&)\s*)+$/i;
/** Sentences about error rates or latency thresholds hold percentages that are not rollout steps. */
const metricSentence = /\b(errors?|latency|rates?|budget|cpu|memory|slos?|availability|uptime|threshold|p9\d)\b/i;

/** One step of a rollout ramp: `25%`. */
export interface RolloutStep {
  value: number;
  /** As written, spaces dropped: `12.5%`. */
  text: string;
  position: Position;
}

/**
 * The rollout ramps of the Rollout Plan in document order: runs of percentages in prose
 * (`Gradual rollout: 5% → 25% → 100%`) and table columns of percentages. Rollback criteria are left out.
 */
export function rolloutRamps(document: SpecDocument): RolloutStep[][] {
  const ramps: RolloutStep[][] = [];
  for (const section of findSections(document, sectionTitles)) {
    // Rollback criteria ("roll back above 2% errors") are thresholds, not steps.
    const rollback = section.children.filter((child) => /^roll\s*-?back\b/i.test(child.title));
    const inRollback = (offset: number) => rollback.some((child) => offset >= child.position.start.offset && offset < child.contentPosition.end.offset);
    for (const block of sectionBlocks(document, section, { nested: true })) {
      for (const node of proseTextNodes(block, { skipLists: false })) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined || inRollback(start) || metricSentence.test(node.value)) continue;
        ramps.push(...rampsIn(document, start, end));
      }
    }
    for (const table of sectionTables(document, section, { nested: true })) {
      if (inRollback(table.position.start.offset)) continue;
      const ramp = tableRamp(document, table);
      if (ramp) ramps.push(ramp);
    }
  }
  return ramps;
}

/** Runs of two or more percentages joined only by arrows or commas (`5% → 25% → 100%`) in a text node. */
function rampsIn(document: SpecDocument, start: number, end: number): RolloutStep[][] {
  const source = document.text.slice(start, end);
  const ramps: RolloutStep[][] = [];
  let current: RolloutStep[] = [];
  let lastEnd = -1;
  for (const match of source.matchAll(percentage)) {
    const step: RolloutStep = {
      value: Number(match[1]),
      text: match[0].replace(/\s/g, ''),
      position: positionAt(document, start + match.index, start + match.index + match[0].length),
    };
    if (current.length > 0 && !stepSeparator.test(source.slice(lastEnd, match.index))) {
      if (current.length >= 2) ramps.push(current);
      current = [];
    }
    current.push(step);
    lastEnd = match.index + match[0].length;
  }
  if (current.length >= 2) ramps.push(current);
  // `Gradual rollout: 50%` is a ramp of one step that must also end at 100%.
  if (ramps.length === 0 && current.length === 1 && /^\s*gradual rollout\s*:?\s*\d+(?:\.\d+)?\s?%\s*$/i.test(source)) ramps.push(current);
  return ramps;
}

/** A table column whose every cell is one percentage (`Traffic`: 1%, 10%, 100%) is a ramp too. */
function tableRamp(document: SpecDocument, table: SpecTable): RolloutStep[] | undefined {
  for (let column = 0; column < table.header.length; column++) {
    const cells = table.rows.map((row) => row[column]).filter((cell): cell is TableCell => cell !== undefined && cell.text.trim() !== '');
    if (cells.length < 2 || !cells.every((cell) => /^\d+(?:\.\d+)?\s?%$/.test(cell.text.trim()))) continue;
    return cells.map((cell) => ({ value: Number.parseFloat(cell.text), text: cell.text.replace(/\s/g, ''), position: cellTextPosition(document, cell) }));
  }
  return undefined;
}
