import type { ListItem } from 'mdast';
import type { DocumentRule, RuleContext } from '@specloom/core';
import {
  containsPlaceholder,
  findSections,
  firstLine,
  isStatusAtLeast,
  labelOf,
  listItemText,
  nodePosition,
  readStatus,
  sectionBlocks,
  topLevelListItems,
} from '@specloom/core';

const sectionTitles = ['Metrics', 'SLOs', 'Service Level Objectives'];

/** The metrics that must be numbers, by the label of their bullet. */
const metricKinds: Array<{ kind: string; labels: RegExp; example: string }> = [
  { kind: 'latency', labels: /^(latency|response time)s?$/, example: 'p95 < 200ms' },
  { kind: 'error rate', labels: /^error rates?$/, example: '< 0.5%' },
  { kind: 'availability', labels: /^(availability|uptime)$/, example: '99.9% uptime' },
  { kind: 'throughput', labels: /^throughput$/, example: '300 req/sec' },
];

const number = /\d+(?:[.,]\d+)?/;
const notAffected = /^(n\/a|not applicable|unchanged|no change|none|no impact|not affected|same as (today|before|now|current))\b/i;
/** A percentile: `p95`, `p99.9`. */
const percentile = /\bp\d{2}(?:\.\d+)?\b/i;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require latency percentiles, error rate, availability and throughput targets as numbers from review on',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      notNumber: 'Unexpected {{kind}} target `{{value}}`, expected a number such as `{{example}}`',
      percentile: 'Unexpected {{percentile}} without a number, expected a target such as `{{percentile}} < 200ms`',
      percentage: 'Unexpected {{kind}} of {{value}}, expected a percentage between 0% and 100%',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const status = readStatus(context.document, context.schema);
        // Drafts are still being measured; from review on the numbers are what reviewers sign off.
        if (!isStatusAtLeast(status, 'review')) return;
        for (const section of findSections(document, sectionTitles)) {
          for (const item of topLevelListItems(sectionBlocks(document, section, { nested: false }))) checkMetric(context, item);
        }
      },
    };
  },
};

function checkMetric(context: RuleContext, item: ListItem): void {
  const { document, schema } = context;
  const paragraph = item.children[0];
  const label = paragraph?.type === 'paragraph' ? labelOf(paragraph) : undefined;
  const metric = label && metricKinds.find(({ labels }) => labels.test(label.label));
  if (!label || !metric) return;
  const value = label.value;
  const position = firstLine(document, nodePosition(document, item));
  // `XXms`, `X%` and `TBD` are the core placeholder rule's (a warning while draft, an error from review on).
  if (value === '' || containsPlaceholder(listItemText(item), schema)) {
    if (value === '') context.report({ messageId: 'notNumber', severity: 'warn', data: { kind: metric.kind, value, example: metric.example }, position });
    return;
  }
  // An RFC that does not touch a metric says so: `unchanged`, `N/A`, `no impact`.
  if (notAffected.test(value)) return;
  if (!number.test(value)) {
    context.report({ messageId: 'notNumber', severity: 'warn', data: { kind: metric.kind, value, example: metric.example }, position });
    return;
  }
  if (metric.kind === 'latency') {
    // Each clause naming a percentile needs its own number: `p95 < 200ms, p99 < fast` fails on the second.
    for (const clause of value.split(/[,;]/)) {
      const name = percentile.exec(clause)?.[0];
      if (name && !number.test(clause.replace(percentile, ''))) {
        context.report({ messageId: 'percentile', severity: 'warn', data: { percentile: name }, position });
      }
    }
  }
  if (metric.kind === 'error rate' || metric.kind === 'availability') {
    for (const match of value.matchAll(/(\d+(?:\.\d+)?)\s?%/g)) {
      if (Number(match[1]) > 100) context.report({ messageId: 'percentage', data: { kind: metric.kind, value: match[0] }, position });
    }
  }
}

export default rule;
