import type { ListItem, Paragraph, RootContent } from 'mdast';
import type { DocumentRule, RuleContext, Section } from '@specloom/core';
import { findSections, normalizeName, plainText, sectionBlocks } from '@specloom/core';

const sectionTitles = ['Alternatives Considered', 'Alternatives', 'Alternative Approaches', 'Options Considered'];

/** The four parts of an alternative, each with the words its labels use (`Why not chosen`, `Drawbacks`). */
const parts: Array<{ part: string; pattern: RegExp }> = [
  { part: 'Description', pattern: /^(description|summary|overview|approach|idea|what( it is)?|how it works)$/ },
  { part: 'Pros', pattern: /^(pros?|advantages?|benefits?|strengths?|upsides?|gains?)$/ },
  { part: 'Cons', pattern: /^(cons?|disadvantages?|drawbacks?|weaknesses|weakness|downsides?|trade-?offs?|costs?|risks?)$/ },
  {
    part: 'Decision',
    pattern: /^(decision|verdict|outcome|conclusion|result|status|why\b.*|.*\b(reason|rationale|rejected|chosen|decision)\b.*)$/,
  },
];

function partOf(label: string): string | undefined {
  return parts.find(({ pattern }) => pattern.test(label))?.part;
}

interface Found {
  /** True once text (after the label, or in the blocks up to the next label) says something. */
  filled: boolean;
}

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a description, pros, cons and a decision for every alternative considered',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      missing: 'Alternative "{{name}}" has no {{parts}}, expected a description, pros, cons and a decision',
      empty: 'Unexpected empty {{part}} in alternative "{{name}}", expected {{expected}}',
    },
  },

  create(context) {
    return {
      document() {
        for (const section of findSections(context.document, sectionTitles)) {
          for (const alternative of section.children) checkAlternative(context, alternative);
        }
      },
    };
  },
};

function checkAlternative(context: RuleContext, alternative: Section): void {
  const blocks = sectionBlocks(context.document, alternative, { nested: true });
  const found = collectParts(blocks);
  // A sub-section that is neither named nor shaped like an alternative (`### Comparison`) is not one.
  if (found.size === 0 && !/^(alternative|option)\b/i.test(alternative.title)) return;
  const missing = parts.map(({ part }) => part).filter((part) => !found.has(part));
  const name = alternative.title;
  if (missing.length > 0) {
    context.report({ messageId: 'missing', severity: 'warn', data: { name, parts: joinParts(missing) }, position: alternative.position });
  }
  for (const [part, { filled }] of found) {
    if (filled) continue;
    context.report({ messageId: 'empty', data: { part, name, expected: expectedText(part) }, position: alternative.position });
  }
}

/**
 * Read `**Label**: text` paragraphs, `- **Label**: text` bullets and `#### Label` headings. A label with no
 * text of its own is filled by the blocks that follow it up to the next label. An unlabelled paragraph before
 * the first label is the description.
 */
function collectParts(blocks: RootContent[]): Map<string, Found> {
  const found = new Map<string, Found>();
  let current: Found | undefined;
  let sawLabel = false;
  const open = (part: string, rest: string) => {
    sawLabel = true;
    current = { filled: rest.trim() !== '' };
    if (!found.has(part) || (!found.get(part)!.filled && current.filled)) found.set(part, current);
  };
  for (const block of blocks) {
    const label = labelOf(block);
    if (label) {
      open(label.part, label.rest);
      continue;
    }
    if (block.type === 'list') {
      const labelled = block.children.map((item) => ({ item, label: labelOfItem(item) }));
      if (labelled.some(({ label: itemLabel }) => itemLabel)) {
        for (const { item, label: itemLabel } of labelled) {
          if (itemLabel) open(itemLabel.part, itemLabel.rest + nestedText(item));
          else if (current && plainText(item).trim() !== '') current.filled = true;
        }
        continue;
      }
    }
    if (block.type === 'table') {
      // A `| Pros | Cons |` table answers both at once.
      const header = block.children[0]?.children.map((cell) => partOf(normalizeName(plainText(cell)))) ?? [];
      const filled = block.children.length > 1;
      for (const part of header) if (part && !found.get(part)?.filled) found.set(part, { filled });
      if (header.some(Boolean)) continue;
    }
    const text = block.type === 'heading' ? '' : plainText(block).trim();
    if (text === '') continue;
    if (current) current.filled = true;
    else if (!sawLabel && !found.has('Description')) found.set('Description', { filled: true });
  }
  return found;
}

interface Label {
  part: string;
  rest: string;
}

/** A paragraph opening with a bold label, or a heading that is a label. */
function labelOf(block: RootContent): Label | undefined {
  if (block.type === 'heading') {
    const part = partOf(normalizeName(plainText(block)));
    return part ? { part, rest: '' } : undefined;
  }
  if (block.type !== 'paragraph') return undefined;
  return labelOfParagraph(block);
}

function labelOfItem(item: ListItem): Label | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' ? labelOfParagraph(first) : undefined;
}

function labelOfParagraph(paragraph: Paragraph): Label | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'strong') return undefined;
  const part = partOf(normalizeName(plainText(first)));
  if (!part) return undefined;
  const restText = rest.map((node) => plainText(node)).join('').replace(/^\s*:/, '');
  return { part, rest: restText };
}

/** Text of an item's nested lists and further paragraphs: `- **Pros**:` with sub-bullets is filled. */
function nestedText(item: ListItem): string {
  return item.children.slice(1).map((child) => plainText(child)).join(' ');
}

function joinParts(missing: string[]): string {
  const words = missing.map((part) => part.toLowerCase());
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function expectedText(part: string): string {
  switch (part) {
    case 'Pros':
      return 'at least one advantage';
    case 'Cons':
      return 'at least one drawback';
    case 'Decision':
      return 'why it was or was not chosen';
    default:
      return 'what the alternative is';
  }
}

export default rule;
