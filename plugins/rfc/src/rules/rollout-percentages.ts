import type { DocumentRule, Position, RuleContext, SpecTable } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { proseTextNodes } from '@specloom/core';
import { positionAt } from '../utils/positions.js';
import { findSections, sectionBlocks, sectionTables } from '../utils/sections.js';
import { cellTextPosition } from '../utils/tables.js';

const sectionTitles = ['Rollout Plan', 'Rollout', 'Deployment Plan', 'Release Plan'];

/** A percentage such as `5%` or `12.5 %`. */
const percentage = /(\d+(?:\.\d+)?)\s?%/g;
/** What may stand between two steps of one ramp: an arrow, a comma, `then`, `to`. */
const stepSeparator = /^(?:\s*(?:→|->|-->|=>|⇒|➔|➜|>|,|\/|then|to|and|&)\s*)+$/i;
/** Sentences about error rates or latency thresholds hold percentages that are not rollout steps. */
const metricSentence = /\b(errors?|latency|rates?|budget|cpu|memory|slos?|availability|uptime|threshold|p9\d)\b/i;

interface Step {
  value: number;
  text: string;
  position: Position;
}

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require rollout percentages to ascend and end at 100%',
      url: ruleDocsUrl('rollout-percentages'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      notAscending: 'Unexpected rollout step {{value}} after {{previous}}, expected ascending steps ending at 100%',
      notFull: 'Rollout percentages end at {{value}}, expected ascending steps ending at 100%',
      overFull: 'Unexpected rollout step {{value}}, expected percentages up to 100%',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        for (const section of findSections(document, sectionTitles)) {
          // Rollback criteria ("roll back above 2% errors") are thresholds, not steps.
          const rollback = section.children.filter((child) => /^roll\s*-?back\b/i.test(child.title));
          const inRollback = (offset: number) => rollback.some((child) => offset >= child.position.start.offset && offset < child.contentPosition.end.offset);
          for (const block of sectionBlocks(document, section, { nested: true })) {
            for (const node of proseTextNodes(block, { skipLists: false })) {
              const start = node.position?.start.offset;
              const end = node.position?.end.offset;
              if (start === undefined || end === undefined || inRollback(start) || metricSentence.test(node.value)) continue;
              for (const ramp of rampsIn(context, start, end)) checkRamp(context, ramp);
            }
          }
          for (const table of sectionTables(document, section, { nested: true })) {
            if (inRollback(table.position.start.offset)) continue;
            const ramp = tableRamp(context, table);
            if (ramp) checkRamp(context, ramp);
          }
        }
      },
    };
  },
};

/** Runs of two or more percentages joined only by arrows or commas (`5% → 25% → 100%`) in a text node. */
function rampsIn(context: RuleContext, start: number, end: number): Step[][] {
  const source = context.document.text.slice(start, end);
  const ramps: Step[][] = [];
  let current: Step[] = [];
  let lastEnd = -1;
  for (const match of source.matchAll(percentage)) {
    const step: Step = {
      value: Number(match[1]),
      text: match[0].replace(/\s/g, ''),
      position: positionAt(context.document, start + match.index, start + match.index + match[0].length),
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
function tableRamp(context: RuleContext, table: SpecTable): Step[] | undefined {
  for (let column = 0; column < table.header.length; column++) {
    const cells = table.rows.map((row) => row[column]).filter((cell) => cell && cell.text.trim() !== '');
    if (cells.length < 2 || !cells.every((cell) => /^\d+(?:\.\d+)?\s?%$/.test(cell.text.trim()))) continue;
    return cells.map((cell) => ({ value: Number.parseFloat(cell.text), text: cell.text.replace(/\s/g, ''), position: cellTextPosition(context.document, cell) }));
  }
  return undefined;
}

function checkRamp(context: RuleContext, ramp: Step[]): void {
  for (let index = 0; index < ramp.length; index++) {
    const step = ramp[index];
    if (step.value > 100) {
      context.report({ messageId: 'overFull', data: { value: step.text }, position: step.position });
      return;
    }
    const previous = ramp[index - 1];
    if (previous && step.value <= previous.value) {
      context.report({ messageId: 'notAscending', data: { value: step.text, previous: previous.text }, position: step.position });
      return;
    }
  }
  const last = ramp[ramp.length - 1];
  if (last.value !== 100) context.report({ messageId: 'notFull', data: { value: last.text }, position: last.position });
}

export default rule;
