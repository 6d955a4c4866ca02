import type { Heading, Nodes, Root } from 'mdast';
import type {
  ChecklistItem,
  IdDefinitionSite,
  CodeBlock,
  LinkReference,
  MetadataField,
  Section,
  SpecListItem,
  SpecTable,
} from '../types/document.js';
import { checklistItemOf } from './extract-checklist-item.js';
import { codeBlockFromNode } from './extract-code-block.js';
import { definitionAnchor, type IdText } from './extract-ids.js';
import { listItemFromNode } from './extract-list-item.js';
import { tableFromNode } from './extract-tables.js';
import { nodeOffsets, positionOfNode } from './positions.js';

export interface DocumentParts {
  tables: SpecTable[];
  listItems: SpecListItem[];
  checklists: ChecklistItem[];
  codeBlocks: CodeBlock[];
  links: LinkReference[];
  /** Text nodes where IDs may stand; `findIds` looks in them once the template says which families to find. */
  idTexts: IdText[];
  /** What an ID at `offset` defines (see `IdSources`). */
  definitionAt: (offset: number) => IdDefinitionSite | undefined;
}

export interface CollectInput {
  tree: Root;
  text: string;
  lineStarts: readonly number[];
  sectionByHeading: ReadonlyMap<Heading, Section>;
  titleHeading?: Heading;
  /** Bold-key entries: an ID opening their value is a definition. */
  metadataEntries: readonly MetadataField[];
}

/**
 * One traversal of the tree for tables, list items, checklists, code blocks, links and where IDs may stand. Only text nodes
 * hold IDs, so code, inline code and HTML never yield one. The walk uses an explicit stack: deeply nested
 * quotes or lists must not overflow the call stack.
 */
export function collectDocumentParts(input: CollectInput): DocumentParts {
  const { tree, text, lineStarts } = input;
  const tables: SpecTable[] = [];
  const listItems: SpecListItem[] = [];
  const checklists: ChecklistItem[] = [];
  const codeBlocks: CodeBlock[] = [];
  const links: LinkReference[] = [];
  const idTexts: IdText[] = [];

  // Offsets where an ID is a definition: the start of a list item, heading, first body cell or metadata value.
  const anchors = new Map<number, IdDefinitionSite>();
  const anchor = (offset: number, site: IdDefinitionSite) => {
    if (!anchors.has(offset)) anchors.set(offset, site);
  };
  for (const entry of input.metadataEntries) {
    if (entry.style === 'front-matter') continue;
    anchor(definitionAnchor(text, entry.valuePosition.start.offset, entry.valuePosition.end.offset, false), 'metadata');
  }
  const [titleStart, titleEnd] = input.titleHeading ? nodeOffsets(input.titleHeading) : [-1, -1];
  // Every ID in the title names the document itself.
  const definitionAt = (offset: number): IdDefinitionSite | undefined =>
    offset >= titleStart && offset < titleEnd ? 'title' : anchors.get(offset);

  let section: Section | undefined;
  const stack: Nodes[] = [];
  // Beside each node on the stack: the list item it stands in, and (for a list item) whether its list is numbered.
  const owners: Array<SpecListItem | undefined> = [];
  const orderedLists: boolean[] = [];
  for (const child of tree.children) {
    if (child.type === 'heading') section = input.sectionByHeading.get(child);
    stack.push(child);
    owners.push(undefined);
    orderedLists.push(false);
    while (stack.length > 0) {
      const node = stack.pop()!;
      let owner = owners.pop();
      const ordered = orderedLists.pop()!;
      switch (node.type) {
        case 'text': {
          const [start, end] = nodeOffsets(node);
          idTexts.push(section === undefined ? { value: node.value, start, end } : { value: node.value, start, end, section: section.title });
          break;
        }
        case 'heading': {
          const first = node.children[0];
          if (first) anchor(definitionAnchor(text, nodeOffsets(first)[0], nodeOffsets(node)[1], false), 'heading');
          break;
        }
        case 'listItem': {
          owner = listItemFromNode(node, { ordered, parent: owner, section }, lineStarts);
          listItems.push(owner);
          const item = checklistItemOf(owner);
          if (item) checklists.push(item);
          const first = node.children[0];
          if (first?.type === 'paragraph') {
            const [start, end] = nodeOffsets(first);
            anchor(definitionAnchor(text, start, end, item !== undefined), 'list-item');
          }
          break;
        }
        case 'table': {
          tables.push(tableFromNode(node, section, lineStarts));
          for (const row of node.children.slice(1)) {
            const firstCell = row.children[0];
            const content = firstCell?.children[0];
            if (content) anchor(definitionAnchor(text, nodeOffsets(content)[0], nodeOffsets(firstCell)[1], false), 'table-row');
          }
          break;
        }
        case 'code':
          codeBlocks.push(codeBlockFromNode(node, section, lineStarts));
          break;
        case 'link':
        case 'image':
        case 'definition':
          links.push({ url: node.url, position: positionOfNode(lineStarts, node) });
          break;
        default:
          break;
      }
      if ('children' in node) {
        const numbered = node.type === 'list' && node.ordered === true;
        for (const child of node.children.toReversed()) {
          stack.push(child);
          owners.push(owner);
          orderedLists.push(numbered);
        }
      }
    }
  }
  return { tables, listItems, checklists, codeBlocks, links, idTexts, definitionAt };
}
