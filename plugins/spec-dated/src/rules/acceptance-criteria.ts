import type { CodeBlock, DocumentRule, Position, RuleContext } from '@specloom/core';
import { isFirstStatus, joinWords, positionFromOffsets } from '@specloom/core';
import { definedItems, ownSegments } from '../utils/defined-items.js';
import { parseGherkin, type GherkinScenario, type StepType } from '../utils/gherkin.js';
import { gherkinLanguages, opensWithStep, proseStep } from '../utils/prose-steps.js';
import { findInSegments, type TextSegment } from '../utils/text-segments.js';
import { datedTemplateOf } from '../utils/templates.js';

const stepNames: Record<StepType, string> = { given: 'Given', when: 'When', then: 'Then' };
/** A step that is still the template's slot: `Given [context]`. */
const slotStep = /^\[[^\]]+\]$/;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require acceptance criteria to follow Given → When → Then, each scenario complete',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      incomplete: 'Unexpected {{scenario}} without {{missing}}, expected Given → When → Then',
      order: 'Unexpected {{step}} after {{after}} in {{scenario}}, expected Given → When → Then',
      leadingConjunction: 'Unexpected "{{step}}" as the first step of {{scenario}}, expected Given',
      backgroundStep: 'Unexpected {{step}} step in the Background, expected only Given steps',
      outlineExamples: 'Unexpected {{scenario}} without Examples, expected an Examples table for its <placeholders>',
      empty: 'Unexpected gherkin block without steps, expected a scenario with Given → When → Then',
      placeholder: 'Unexpected unfilled placeholder "{{text}}" in a gherkin step, expected real content',
      proseIncomplete: 'Unexpected acceptance criterion "{{id}}" without {{missing}}, expected "Given …, when …, then …"',
    },
  },

  create(context) {
    return {
      'document:exit'() {
        if (!datedTemplateOf(context)) return;
        for (const block of context.document.codeBlocks) {
          if (block.lang && gherkinLanguages.has(block.lang.toLowerCase())) checkGherkin(context, block);
        }
        checkProse(context);
      },
    };
  },
};

/** Position of a trimmed line of a code block's value in the source. */
function linePosition(context: RuleContext, block: CodeBlock, line: number): Position {
  const { document } = context;
  const valueLine = block.value.split(/\r\n|\r|\n/)[line] ?? '';
  // The value starts on the line after the opening fence.
  const sourceLine = block.position.start.line + 1 + line;
  const lineStart = document.lineStarts[sourceLine - 1] ?? block.position.start.offset;
  const lineEnd = document.lineStarts[sourceLine] ?? document.text.length;
  const sourceText = document.text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
  const content = valueLine.trim();
  const column = Math.max(0, sourceText.indexOf(content));
  return positionFromOffsets(document.lineStarts, lineStart + column, lineStart + column + content.length);
}

function scenarioName(scenario: GherkinScenario): string {
  const kind = scenario.kind === 'outline' ? 'scenario outline' : 'scenario';
  return scenario.name ? `${kind} "${scenario.name}"` : kind;
}

function checkGherkin(context: RuleContext, block: CodeBlock): void {
  const parsed = parseGherkin(block.value);
  // Other languages have other keywords (`Angenommen`, `Étant donné`): not ours to read.
  if (parsed.language && parsed.language.toLowerCase() !== 'en') return;
  if (parsed.empty) {
    context.report({ messageId: 'empty', position: block.position });
    return;
  }
  const draft = isFirstStatus(context.document, context.schema);
  for (const scenario of parsed.scenarios) {
    const at = (line: number) => linePosition(context, block, line);
    const name = scenarioName(scenario);
    for (const step of scenario.steps) {
      if (slotStep.test(step.text)) {
        context.report({
          messageId: 'placeholder',
          data: { text: step.text },
          position: at(step.line),
          // Unfinished text is expected while the spec is a Draft, as with the core placeholder rule.
          severity: draft ? 'warn' : undefined,
        });
      }
    }
    if (scenario.kind === 'background') {
      const wrong = scenario.steps.find((step) => step.type && step.type !== 'given');
      if (wrong) context.report({ messageId: 'backgroundStep', data: { step: wrong.keyword }, position: at(wrong.line) });
      continue;
    }
    const first = scenario.steps[0];
    if (first && first.type === undefined) {
      context.report({ messageId: 'leadingConjunction', severity: 'warn', data: { step: first.keyword, scenario: name }, position: at(first.line) });
      continue;
    }
    let orderReported = false;
    let reached: StepType | undefined;
    for (const step of scenario.steps) {
      // When after Then starts another action/outcome pair, which Gherkin allows; Given after either does not belong.
      if (step.type === 'given' && (reached === 'when' || reached === 'then')) {
        context.report({
          messageId: 'order', severity: 'warn',
          data: { step: step.keyword, after: stepNames[reached], scenario: name },
          position: at(step.line),
        });
        orderReported = true;
        break;
      }
      if (step.type) reached = step.type;
    }
    const types = new Set(scenario.steps.map((step) => step.type));
    const missing = (['given', 'when', 'then'] as const).filter(
      (type) => !types.has(type) && !(type === 'given' && scenario.hasBackground),
    );
    if (missing.length > 0 && !orderReported) {
      const steps = missing.map((type) => stepNames[type]);
      context.report({
        messageId: 'incomplete',
        data: { scenario: name, missing: steps.length > 1 ? `${joinWords(steps)} steps` : `a ${steps[0]} step` },
        position: at(scenario.line),
      });
    }
    if (scenario.kind === 'outline' && !scenario.hasExamples) {
      context.report({ messageId: 'outlineExamples', data: { scenario: name }, position: at(scenario.line) });
    }
  }
}

/**
 * `- [ ] **AC-1**: Given …, when …, then …`. An item without any of the three words is a free-form criterion
 * (the template's own `AC-3: Edge case: …`) and is left alone; one that starts the pattern must finish it.
 */
function checkProse(context: RuleContext): void {
  const { document } = context;
  const criteria = definedItems(document, 'ac');
  for (const criterion of criteria) {
    let segments: TextSegment[];
    if (criterion.item) segments = ownSegments(criterion, criteria);
    else if (criterion.table)
      segments = criterion.table.row.slice(1).map((cell) => ({
        value: cell.text,
        start: cell.position.start.offset,
        end: cell.position.end.offset,
      }));
    else continue;
    const matches = findInSegments(segments, proseStep, document.text);
    const words = matches.map((match) => match.text.toLowerCase());
    // A criterion uses the pattern when it says "given" or opens with "when"/"then"; a free-form criterion may
    // say "when" in passing (`Edge case: drivers who unplug when the warning was sent …`).
    if (!words.includes('given') && !opensWithStep(criterion.occurrence.position.end.offset, matches[0]?.start, document.text)) {
      continue;
    }
    // The words in order: the first "given", a "when" after it, a "then" after that.
    const given = words.indexOf('given');
    const when = words.indexOf('when', given + 1);
    const then = when === -1 ? words.indexOf('then', given + 1) : words.indexOf('then', when + 1);
    const missing: string[] = [];
    if (given === -1) missing.push('"Given"');
    if (when === -1) missing.push('"when"');
    if (then === -1) missing.push('"then"');
    if (missing.length === 0) continue;
    context.report({
      messageId: 'proseIncomplete',
      data: { id: criterion.occurrence.id, missing: joinWords(missing) },
      position: criterion.occurrence.position,
    });
  }
}

export default rule;
