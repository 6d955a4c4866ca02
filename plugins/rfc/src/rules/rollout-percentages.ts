import type { DocumentRule, RuleContext } from '@specloom/core';
import { rolloutRamps, type RolloutStep } from '../utils/rollout.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require rollout percentages to ascend and end at 100%',
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
        for (const ramp of rolloutRamps(context.document)) checkRamp(context, ramp);
      },
    };
  },
};

function checkRamp(context: RuleContext, ramp: RolloutStep[]): void {
  for (const [index, step] of ramp.entries()) {
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
  const last = ramp.at(-1);
  if (last && last.value !== 100) context.report({ messageId: 'notFull', data: { value: last.text }, position: last.position });
}

export default rule;
