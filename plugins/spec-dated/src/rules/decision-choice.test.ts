import { describe, expect, it } from 'vitest';
import { readTemplate } from '../template-source.js';
import { testDocExamplesAndCleanSpecs } from '../testing/doc-example-tests.js';
import { fixtureText, lintRule, messageLines, replaceOnce } from '../testing/lint-rule.js';

const heartbeat = fixtureText('valid/SPEC-2026-05-11-002-heartbeat-tuning.md');

describe('spec-dated/decision-choice', () => {
  testDocExamplesAndCleanSpecs('decision-choice');

  it('reports a choice that is not among the options of a realistic decision table', () => {
    const text = replaceOnce(heartbeat, '| 300 seconds | Largest value', '| 240 seconds | Largest value');
    expect(messageLines(lintRule('decision-choice', text))).toEqual([
      '72:59 Unexpected choice "240 seconds" for "Raised interval", expected one of the options considered: "180 seconds", "300 seconds", "600 seconds"',
    ]);
  });

  it('accepts combinations of options, undecided choices and options split by <br>', () => {
    let text = replaceOnce(heartbeat, '| Heartbeat only, Any inbound message | Any inbound message |', '| Heartbeat only<br>Any inbound message | Heartbeat only + Any inbound message |');
    text = replaceOnce(text, '| 300 seconds | Largest value', '| Undecided | Largest value');
    expect(messageLines(lintRule('decision-choice', text))).toEqual([]);
  });

  it('finds a choice named inside an option\'s parentheses', () => {
    const text = replaceOnce(
      heartbeat,
      '| Heartbeat only, Any inbound message | Any inbound message |',
      '| Heartbeat only, Vendor watchdog (Alfen SmartConnect) | alfen smartconnect |',
    );
    expect(messageLines(lintRule('decision-choice', text))).toEqual([]);
  });

  it('accepts the template row (Option A, Option B -> Option A)', () => {
    expect(messageLines(lintRule('decision-choice', readTemplate('why-what-how-spec.md').markdown))).toEqual([]);
  });
});
