import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@specloom/core';
import { createEngine, resolveConfig } from '@specloom/core/host';
import designDoc from '@specloom/plugin-design-doc';
import product from '@specloom/plugin-product';
import rfc from '@specloom/plugin-rfc';
import specDated from '../src/index.js';

/**
 * Correct specs written the way real authors vary the templates. Every built-in rule (core and plugins) must
 * stay silent on them: a false error on a correct spec costs as much as a missed defect.
 */
const today = '2026-11-22';
const repositoryDir = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/valid', name), 'utf8');

/** Apply `[from, to]` replacements, each of which must match exactly once. */
function edit(text: string, replacements: Array<[string, string]>): string {
  return replacements.reduce((result, [from, to]) => {
    const index = result.indexOf(from);
    if (index === -1 || result.indexOf(from, index + 1) !== -1) throw new Error(`expected exactly one "${from}"`);
    return result.slice(0, index) + to + result.slice(index + from.length);
  }, text);
}

let engine: Engine;

beforeAll(async () => {
  engine = createEngine(await resolveConfig({}, { rootDir: repositoryDir, builtinPlugins: [product, specDated, designDoc, rfc] }));
});

function findings(text: string): string[] {
  const [result] = engine.lintTexts([{ text, filePath: path.join(repositoryDir, 'specs/variation.md') }], { today });
  return result!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`);
}

describe('feature specs', () => {
  const tariffPreview = fixture('SPEC-2026-01-14-001-tariff-preview.md');

  it.each<[string, Array<[string, string]>]>([
    ['Spec ID in code, handles as reviewers, issue as owner/repo#N', [
      ['- **Spec ID**: SPEC-2026-01-14-001', '- **Spec ID**: `SPEC-2026-01-14-001`'],
      ['- **Reviewers**: Jonas Weber, Tomás Ortega', '- **Reviewers**: @jonas-weber, @tomas-ortega'],
      ['- **Issue**: #211', '- **Issue**: voltline/driver-app#211, #215'],
    ]],
    ['renamed test and data model headings, an extra section, no Notes', [
      ['### Data Model Changes', '### Data Model'],
      ['### E2E Tests', '### End-to-End Tests'],
      ['## Notes\nOpen question for legal: whether the estimate needs a disclaimer in Germany, where the Eichrecht display on the\ncharger is the legally binding price.\n\n', '## Open Questions\n1. Do we show VAT separately in Norway?\n\n'],
    ]],
    ['NFR written with bold IDs, en dashes, parentheses and a non-measured category', [
      ['- [ ] NFR1: Performance - tariff endpoint', '- [ ] **NFR1**: Performance – tariff endpoint'],
      ['- [ ] NFR2: Security - the endpoint', '- [ ] NFR2 (Security): the endpoint'],
      ['with a cache hit rate above 80%\n', 'with a cache hit rate above 80%\n- [ ] NFR4: Accessibility - the breakdown passes WCAG 2.1 AA\n'],
    ]],
    ['several scenarios with scenario lines, tags, comments and a doc string', [
      ['```gherkin\nGiven a driver', '```gherkin\n# Start screen\n@afir\nScenario: Tariff breakdown\nGiven a driver'],
      ['And an estimated total of 23.60 EUR for the default 40 kWh\n```', 'And an estimated total of 23.60 EUR for the default 40 kWh\n\nScenario: Roaming charger\nGiven a roaming charger without a published tariff\nWhen the driver opens the start screen\nThen the app shows:\n  """\n  Price set by operator\n  """\n```'],
    ]],
    ['risk ratings in other letter cases, ranges and with notes; tentative milestones', [
      ['| Medium | Medium | Label as estimate', '| medium | Medium-High (support load) | Label as estimate'],
      ['| Low | High | Parity run', '| LOW | High | Parity run'],
      ['  - Phase 1 Complete: 2026-02-20', '  - Phase 1 Complete: 2026-02-20 (tentative)'],
      ['  - Phase 3 Complete: 2026-03-27', '  - Phase 3 Complete: 2026-03-27\n  - Post-launch review: Q2 2026'],
    ]],
  ])('%s', (_, replacements) => {
    expect(findings(edit(tariffPreview, replacements))).toEqual([]);
  });
});

describe('why/what/how specs', () => {
  const heartbeat = fixture('SPEC-2026-05-11-002-heartbeat-tuning.md');
  const idleFees = fixture('SPEC-2026-03-09-001-idle-fee-notifications.md');

  it('short Why / What / How headings and no Implementation Notes yet', () => {
    const text = edit(heartbeat, [
      ['## Why (Purpose & Context)', '## Why'],
      ['## What (Requirements & Acceptance Criteria)', '## What'],
      ['## How (Implementation Approach)', '## How'],
    ]);
    expect(findings(text.slice(0, text.indexOf('## Implementation Notes')))).toEqual([]);
  });

  it('requirements with synonyms, quoted and code words, notes and two MUSTs', () => {
    const text = edit(heartbeat, [
      ['**[REQ-001]** The gateway MUST treat', '**REQ-001**: The gateway SHALL treat'],
      ['**[REQ-003]** The gateway MUST restore the 60 second interval within one message after a charger stops sending meter values.', '**[REQ-003]** The gateway MUST restore the 60 second interval (`restore_interval`) and MUST NOT wait for a heartbeat; the log says "interval must be restored".\n   - Rationale: chargers should not look offline while idle.'],
    ]);
    expect(findings(text)).toEqual([]);
  });

  it('acceptance criteria as nested steps or free-form edge cases, test cases with other labels', () => {
    const text = edit(idleFees, [
      ['- [ ] **AC-2**: Given a driver who turned off pre-warnings, when charging completes, then only the fee notification is sent', '- [ ] **AC-2**: Pre-warnings off\n  - **Given** a driver who turned off pre-warnings\n  - **When** charging completes\n  - **Then** only the fee notification is sent'],
      ['- [ ] **AC-3**: Given the car is unplugged at 14:27, when the warning was already sent, then no fee notification is sent and the receipt shows no idle fee', '- [ ] **AC-3**: Edge case: drivers who unplug when the warning was already sent get no fee notification'],
      ['   - Input: warning sent at 14:25, unplug at 14:27\n   - Expected: fee timer cancelled, receipt idle fee 0.00 EUR', '   - **Steps**: warning sent at 14:25, unplug at 14:27\n   - **Expected result**: fee timer cancelled, receipt idle fee 0.00 EUR'],
    ]);
    expect(findings(text)).toEqual([]);
  });

  it('decisions with notes, other separators and combined choices; risks written Medium', () => {
    const text = edit(idleFees, [
      ['| Postgres with polling, Delayed queue messages, In-memory timers | Delayed queue messages |', '| Postgres with polling / Delayed queue messages (SQS) / In-memory timers | SQS delayed queue messages |'],
      ['| Push only, Push and SMS | Push only |', '| Push; SMS | Both (SMS only as fallback) |'],
      ['| Med | Med |', '| Medium | medium |'],
    ]);
    expect(findings(text)).toEqual([]);
  });
});
