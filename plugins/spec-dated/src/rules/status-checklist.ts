import type { DocumentRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { statusOf } from '../utils/status.js';
import { FEATURE, WHY_WHAT_HOW, datedTemplateOf, type DatedTemplateId } from '../utils/templates.js';

/** Which checklist a status requires complete, per template. */
const requirements: Record<DatedTemplateId, { checklist: RegExp; name: string; statuses: string[] }> = {
  // Approval means the review happened: every review step is done from Approved on.
  [FEATURE]: { checklist: /^review checklist$/i, name: 'Review Checklist', statuses: ['approved', 'implemented'] },
  // Why/what/how has no review checklist; its Definition of Done is what Implemented claims.
  [WHY_WHAT_HOW]: { checklist: /^definition of done$/i, name: 'Definition of Done', statuses: ['implemented'] },
};

/** An item the author marked as not applying: `~~Security review~~`, `N/A`, `(not applicable)`. */
const notApplicable = /\bn\/a\b|\bnot applicable\b|\bnot needed\b|\bskipped\b/i;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the Review Checklist (Approved feature specs) or Definition of Done (Implemented why/what/how specs) checked',
      url: ruleDocsUrl('status-checklist'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      unchecked: 'Unexpected unchecked {{checklist}} item "{{item}}" in an {{status}} spec, expected every item checked',
    },
  },

  create(context) {
    return {
      document() {
        const template = datedTemplateOf(context);
        const status = statusOf(context);
        if (!template || !status) return;
        const requirement = requirements[template];
        if (!requirement.statuses.includes(status.toLowerCase())) return;
        for (const item of context.document.checklists) {
          if (item.checked || !requirement.checklist.test(item.section?.trim() ?? '')) continue;
          if (notApplicable.test(item.text) || isStruckThrough(item.node.children[0])) continue;
          context.report({
            messageId: 'unchecked',
            data: { checklist: requirement.name, item: item.text, status },
            position: item.position,
          });
        }
      },
    };
  },
};

/** A paragraph that is all strike-through: the author crossed the item out. */
function isStruckThrough(node: { type: string; children?: Array<{ type: string; value?: string }> } | undefined): boolean {
  if (node?.type !== 'paragraph' || !node.children) return false;
  const visible = node.children.filter((child) => !(child.type === 'text' && child.value?.trim() === ''));
  return visible.length > 0 && visible.every((child) => child.type === 'delete');
}

export default rule;
