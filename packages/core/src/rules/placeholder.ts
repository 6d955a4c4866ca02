import type { DocumentRule, RuleContext } from '../types/rule.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { allowedValues, findField, scalarText, valueRange } from './utils/metadata.js';
import { positionFromOffsets } from '../document/positions.js';
import { findPlaceholdersIn, isLiteralMention, isPickList, looksLikeAlternatives } from './utils/placeholders.js';
import { sectionNames } from './utils/section-matches.js';
import { normalizeName } from './utils/normalize.js';
import { sectionsAround } from '../rule-helpers/find-sections.js';
import type { DocumentSchema, SectionSchema } from '../types/schema.js';
import type { SpecDocument } from '../types/document.js';
import { isFirstStatus } from './utils/status.js';

interface Finding {
  start: number;
  end: number;
  text: string;
  messageId: 'placeholder' | 'choice';
}

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow unfilled template text and unresolved pick-lists',
      url: ruleDocsUrl('placeholder'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      placeholder: 'Unexpected unfilled placeholder "{{text}}", expected real content',
      choice: 'Unexpected unresolved choice "{{text}}", expected one of the alternatives',
    },
  },

  create(context) {
    const { document, schema } = context;
    if (!schema) return;
    const findings: Finding[] = [];

    /** Source ranges that hold prose (text nodes) or front matter, in document order. */
    const ranges: Array<[number, number]> = [];

    return {
      document() {
        // A metadata value still listing the template's `Draft | Approved | …` choices.
        for (const field of schema.metadata.fields) {
          const values = allowedValues(schema, field, context.settings);
          const entry = values && findField(document, field);
          const value = entry && scalarText(entry);
          if (!value || !isPickList(value, values, field.caseSensitive)) continue;
          const [start, end] = valueRange(document, entry, value);
          findings.push({ start, end, text: value, messageId: 'choice' });
        }
        // Front matter is not prose, so no text node covers it: its source is scanned as a whole.
        const frontMatter = document.frontMatter?.position;
        if (frontMatter) ranges.push([frontMatter.start.offset, frontMatter.end.offset]);
      },
      // Text nodes are prose only: code blocks, inline code, HTML comments and link targets never reach here.
      text(node) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) return;
        // Text nodes that touch are one run of prose: a parser with GFM autolink literals splits `[https://x]`
        // into text, link text and text, and the placeholder must be found whichever parser made the tree.
        const previous = ranges.at(-1);
        if (previous && previous[1] === start) previous[1] = end;
        else ranges.push([start, end]);
      },
      'document:exit'() {
        // One scan of the whole text, kept to the prose ranges: offsets, and so positions, stay exact.
        const counts = placeholderScope(document, schema);
        for (const match of findPlaceholdersIn(document.text, ranges, schema)) {
          const end = match.index + match.text.length;
          if (match.generic && isLiteralMention(document.text, match.index, end)) continue;
          if (match.sections && !counts(match.index, match.sections)) continue;
          const messageId = looksLikeAlternatives(match.text) ? 'choice' : 'placeholder';
          findings.push({ start: match.index, end: match.index + match.text.length, text: match.text, messageId });
        }
        report(context, findings);
      },
    };
  },
};

/**
 * Whether a placeholder limited to some template sections stands in one of them (or a sub-section), matched by
 * the sections' titles and aliases.
 */
function placeholderScope(document: SpecDocument, schema: DocumentSchema): (offset: number, sections: readonly string[]) => boolean {
  const namesByTitle = new Map<string, string[]>();
  const visit = (sections: SectionSchema[]) => {
    for (const section of sections) {
      namesByTitle.set(section.title, sectionNames(section));
      visit(section.children);
    }
  };
  visit(schema.sections);
  return (offset, sections) => {
    const wanted = new Set(sections.flatMap((title) => namesByTitle.get(title) ?? [normalizeName(title)]));
    return sectionsAround(document, offset).some((section) => wanted.has(normalizeName(section.title)));
  };
}

/** One message per placeholder, in document order; a text found twice (pick-list and pattern) counts once. */
function report(context: RuleContext, findings: Finding[]): void {
  // While the spec is a Draft, unfinished text is expected: ask for a warning instead of an error.
  const severity = isFirstStatus(context.document, context.schema) ? 'warn' : undefined;
  findings.sort((left, right) => left.start - right.start || right.end - left.end);
  let covered = -1;
  for (const finding of findings) {
    if (finding.start < covered) continue;
    covered = finding.end;
    context.report({
      messageId: finding.messageId,
      data: { text: finding.text },
      position: positionFromOffsets(context.document.lineStarts, finding.start, finding.end),
      severity,
    });
  }
}

export default rule;
