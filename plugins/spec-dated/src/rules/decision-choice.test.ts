import { readTemplateFile } from '@specloom/core';
import { readRuleDocCases } from '@specloom/testing';
import { fixtureText, replaceOnce, tester } from '../testing/lint-rule.js';
import rule from './decision-choice.js';

const docs = readRuleDocCases(new URL('./decision-choice.md', import.meta.url));
const heartbeat = fixtureText('valid/SPEC-2026-05-11-002-heartbeat-tuning.md');
const combined = replaceOnce(
  heartbeat,
  '| Heartbeat only, Any inbound message | Any inbound message |',
  '| Heartbeat only<br>Any inbound message | Heartbeat only + Any inbound message |',
);

tester.run('spec-dated/decision-choice', rule, {
  valid: [
    ...docs.valid,
    {
      name: 'combinations of options, undecided choices and options split by <br>',
      code: replaceOnce(combined, '| 300 seconds | Largest value', '| Undecided | Largest value'),
    },
    {
      name: "a choice named inside an option's parentheses",
      code: replaceOnce(
        heartbeat,
        '| Heartbeat only, Any inbound message | Any inbound message |',
        '| Heartbeat only, Vendor watchdog (Alfen SmartConnect) | alfen smartconnect |',
      ),
    },
    { name: 'the template row (Option A, Option B -> Option A)', code: readTemplateFile(import.meta.url, 'templates/why-what-how-spec.md').markdown },
  ],
  invalid: [
    ...docs.invalid,
    {
      name: 'a choice that is not among the options of a realistic decision table',
      code: replaceOnce(heartbeat, '| 300 seconds | Largest value', '| 240 seconds | Largest value'),
      errors: [
        {
          message: 'Unexpected choice "240 seconds" for "Raised interval", expected one of the options considered: "180 seconds", "300 seconds", "600 seconds"',
          line: 72,
          column: 59,
        },
      ],
    },
  ],
});
