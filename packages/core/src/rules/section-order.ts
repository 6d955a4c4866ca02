import type { DocumentRule, RuleContext } from '../types/rule.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { matchSections, type MatchedSection, type SectionLevel } from './utils/section-matches.js';
import { defined } from '../defined.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require template sections to appear in the template order',
      url: ruleDocsUrl('section-order'),
      recommended: true,
    },
    // Sections in another order are all there: the order is the template's convention, a warning.
    defaultSeverity: 'warn',
    messages: {
      outOfOrder: 'Unexpected section "{{section}}" {{actual}}, expected {{expected}}',
    },
  },

  create(context) {
    return {
      document() {
        if (!context.schema || context.schema.sections.length === 0) return;
        checkLevel(context, matchSections(context.document, context.schema));
      },
    };
  },
};

function checkLevel(context: RuleContext, level: SectionLevel): void {
  const matched = level.sections.filter((entry) => entry.schema);
  const rank = (entry: MatchedSection) => level.schemas.indexOf(entry.schema!);
  const inOrder = longestInOrder(matched.map(rank));
  const kept = matched.filter((_, index) => inOrder.has(index));

  matched.forEach((entry, index) => {
    if (inOrder.has(index)) return;
    const own = rank(entry);
    const after = kept.filter((other) => rank(other) < own).at(-1);
    const before = kept.find((other) => rank(other) > own);
    const siblingIndex = level.sections.indexOf(entry);
    const previousSibling = level.sections[siblingIndex - 1];
    const nextSibling = level.sections[siblingIndex + 1];
    context.report({
      messageId: 'outOfOrder',
      data: {
        section: entry.section.title,
        actual: previousSibling
          ? `after "${previousSibling.section.title}"`
          : `before "${defined(nextSibling, 'a section out of order to have a sibling').section.title}"`,
        expected: expectedPlace(after, before),
      },
      position: entry.section.position,
    });
  });

  for (const entry of level.sections) checkLevel(context, entry.children);
}

/** Where a section belongs among the sections that are in order: between its neighbours in the template. */
function expectedPlace(after: MatchedSection | undefined, before: MatchedSection | undefined): string {
  if (after && before) return `between "${after.section.title}" and "${before.section.title}"`;
  return after ? `after "${after.section.title}"` : `before "${before!.section.title}"`;
}

/**
 * Indexes of a longest strictly increasing run (not necessarily contiguous) of `ranks`: the sections
 * that are in order. Every other section is reported, so one moved section yields one message.
 * Ties keep the earliest sections, so of two swapped sections the later one is reported.
 */
function longestInOrder(ranks: number[]): Set<number> {
  // The longest run ending at each index, linked back through its earlier members.
  interface Run {
    index: number;
    rank: number;
    length: number;
    previous: Run | undefined;
  }
  const runs: Run[] = [];
  let best: Run | undefined;
  for (const [index, rank] of ranks.entries()) {
    let previous: Run | undefined;
    for (const run of runs) {
      if (run.rank < rank && run.length > (previous?.length ?? 0)) previous = run;
    }
    const run: Run = { index, rank, length: (previous?.length ?? 0) + 1, previous };
    runs.push(run);
    if (!best || run.length > best.length) best = run;
  }
  const kept = new Set<number>();
  for (let run = best; run; run = run.previous) kept.add(run.index);
  return kept;
}

export default rule;
