import type { Section } from '../types/document.js';
import type { DocumentRule, RuleContext } from '../types/rule.js';
import type { SectionSchema } from '../types/schema.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { normalizeName } from './utils/normalize.js';
import { positionFromOffsets } from '../document/positions.js';
import { matchSections, sectionNames, walkMatches, type SectionLevel } from './utils/section-matches.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the sections the template marks as required',
      url: ruleDocsUrl('section-required'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      missing: 'Missing section "{{section}}", expected after "{{previous}}"',
      missingAfterTitle: 'Missing section "{{section}}", expected after the title',
      missingAtStart: 'Missing section "{{section}}", expected at the start of the document',
      misplaced: 'Unexpected section "{{section}}" {{actual}}, expected {{expected}}',
    },
  },

  create(context) {
    return {
      document() {
        if (!context.schema || context.schema.sections.length === 0) return;
        const top = matchSections(context.document, context.schema);
        const matchedSections = new Set<Section>();
        for (const matched of walkMatches(top)) if (matched.schema) matchedSections.add(matched.section);
        checkLevel(context, top, matchedSections);
      },
    };
  },
};

/** Report each required schema section missing from a level, then descend into the sections present. */
function checkLevel(context: RuleContext, level: SectionLevel, matchedSections: Set<Section>): void {
  let previous: Section | undefined = level.parent;
  for (const schema of level.schemas) {
    const present = level.bySchema.get(schema);
    if (present) {
      previous = present.section;
      checkLevel(context, present.children, matchedSections);
      continue;
    }
    if (!schema.required) continue;
    // A sub-section nested deeper inside its parent (`#### 3.1.1` under an extra `### 3.1` heading) is there.
    if (level.parent && findUnder(context, schema, level.parent)) continue;
    const elsewhere = findElsewhere(context, schema, matchedSections);
    if (elsewhere) {
      // The section is written, under another heading: a question of structure, not of missing content.
      context.report({
        messageId: 'misplaced',
        data: { section: elsewhere.title, actual: placeOf(context, elsewhere), expected: underParent(level.parent) },
        position: elsewhere.position,
        severity: 'warn',
      });
    } else {
      reportMissing(context, schema, previous, level);
    }
  }
}

/**
 * Report a missing section where it should be inserted: at the heading that follows the insertion point
 * (the next section), or at the end of the document; the message names the section it belongs after.
 */
function reportMissing(context: RuleContext, schema: SectionSchema, previous: Section | undefined, level: SectionLevel): void {
  const { document } = context;
  // After the previous sibling and all its sub-sections; with none, before the first sibling.
  const insertAt =
    previous && previous !== level.parent
      ? previous.contentPosition.end.offset
      : (level.sections[0]?.section.position.start.offset ?? level.parent?.contentPosition.end.offset ?? document.text.length);
  const next = document.allSections.find((section) => section.position.start.offset >= insertAt);
  const end = document.text.trimEnd().length;
  const position = next?.position ?? positionFromOffsets(document.lineStarts, end, end);
  if (previous) {
    context.report({ messageId: 'missing', data: { section: schema.title, previous: previous.title }, position });
  } else if (document.title) {
    context.report({ messageId: 'missingAfterTitle', data: { section: schema.title }, position });
  } else {
    context.report({ messageId: 'missingAtStart', data: { section: schema.title }, position });
  }
}

/** A section with the expected title at any depth inside `parent`. */
function findUnder(context: RuleContext, schema: SectionSchema, parent: Section): Section | undefined {
  const names = sectionNames(schema);
  const start = parent.position.end.offset;
  const end = parent.contentPosition.end.offset;
  return context.document.allSections.find(
    (section) =>
      section.position.start.offset >= start && section.position.start.offset < end && names.includes(normalizeName(section.title)),
  );
}

/** A section with the expected title that stands under another parent (so it is misplaced, not missing). */
function findElsewhere(context: RuleContext, schema: SectionSchema, matchedSections: Set<Section>): Section | undefined {
  const names = sectionNames(schema);
  return context.document.allSections.find(
    (section) => section.level > 1 && !matchedSections.has(section) && names.includes(normalizeName(section.title)),
  );
}

function underParent(parent: Section | undefined): string {
  return parent ? `under "${parent.title}"` : 'at the top level';
}

/** Where a section stands: under its parent heading (the H1 counts as the top level). */
function placeOf(context: RuleContext, section: Section): string {
  const parent = context.document.allSections.find((candidate) => candidate.children.includes(section));
  return underParent(parent && parent.level > 1 ? parent : undefined);
}

export default rule;
