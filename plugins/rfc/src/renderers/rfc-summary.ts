import type { RenderContext, SpecDocument } from '@specloom/core';
import { readStatus } from '@specloom/core';
import { rfcTemplate } from '../templates/rfc.js';
import { approvalItems, approvalRole, approvalSigner } from '../utils/approvals.js';
import { compatibilityAnswer, compatibilityBoxes, type CompatibilityAnswer } from '../utils/compatibility.js';
import { decisionItems, type Decision } from '../utils/decision.js';
import { reviewerEntries } from '../utils/reviewers.js';
import { rolloutRamps } from '../utils/rollout.js';

export interface RfcApproval {
  /** `Architect`; null for a line that is only a handle. */
  role: string | null;
  /** `@alice-chen` as written; null when the line names nobody or only the template's `@name`. */
  who: string | null;
  approved: boolean;
  line: number;
}

export interface RfcRolloutStep {
  percent: number;
  line: number;
  /** Which ramp the step belongs to (1 for the first), so two ramps are not read as one. */
  ramp: number;
}

/** The `rfc` block of the JSON rendering: what the rfc rules read, as data. */
export interface RfcJson {
  /** `7` for `SPEC 0007: …`; null without a numbered title. */
  number: number | null;
  /** The one checked decision; null when none or several are checked. */
  decision: 'approved' | 'rejected' | 'deferred' | null;
  approvals: RfcApproval[];
  /** The one checked compatibility box; null when neither, both, or the question is answered in prose. */
  backwardsCompatibility: CompatibilityAnswer | null;
  /** The Reviewers header as written (`@alice-chen`), unfilled entries left out. */
  reviewers: string[];
  rollout: RfcRolloutStep[];
}

/** Everything the RFC page and the JSON block show, read once with the rules' own parsers. */
export interface RfcSummary {
  json: RfcJson;
  /** The number as written (`0007`). */
  numberText?: string;
  /** The status when it is a lifecycle value, as written. */
  status?: string;
  /** Every checked decision, to name a conflict instead of picking one. */
  checkedDecisions: Decision[];
  /** Ramps as written: `10% → 30% → 100%`. */
  rampTexts: string[];
}

export function rfcSummary(document: SpecDocument, context?: RenderContext): RfcSummary {
  // The configured template may refine the schema; without one the plugin's own template says what is unfilled.
  const schema = context?.template?.schema ?? rfcTemplate.schema;
  const numberText = document.title?.parts.number;
  const number = numberText === undefined ? undefined : Number(numberText);

  const checkedDecisions = [...new Set(decisionItems(document).filter((item) => item.checked).map((item) => item.decision))];
  const decision = checkedDecisions.length === 1 ? (checkedDecisions[0]!.toLowerCase() as RfcJson['decision']) : null;

  const approvals = approvalItems(document).map((item): RfcApproval => {
    const who = approvalSigner(item, schema) ?? null;
    const bareHandle = !item.text.includes(':') && who !== null;
    return { role: bareHandle ? null : approvalRole(item), who, approved: item.checked, line: item.position.start.line };
  });

  const answers = new Set(compatibilityBoxes(document).map(compatibilityAnswer));
  const [answer] = answers;

  const ramps = rolloutRamps(document);
  const status = readStatus(document, schema);
  const lifecycleStatus =
    status && status.values.some((value) => value.toLowerCase() === status.value.toLowerCase()) ? status.value : undefined;

  return {
    json: {
      number: number !== undefined && Number.isSafeInteger(number) ? number : null,
      decision,
      approvals,
      // Two sections answering differently (or one unanswered) leave the answer open rather than guessed.
      backwardsCompatibility: answers.size === 1 && answer !== undefined ? answer : null,
      reviewers: reviewerEntries(document, schema).flatMap((reviewer) => reviewer.handles),
      rollout: ramps.flatMap((ramp, index) => ramp.map((step) => ({ percent: step.value, line: step.position.start.line, ramp: index + 1 }))),
    },
    ...(numberText === undefined ? {} : { numberText }),
    ...(lifecycleStatus === undefined ? {} : { status: lifecycleStatus }),
    checkedDecisions,
    rampTexts: ramps.map((ramp) => ramp.map((step) => step.text).join(' → ')),
  };
}
