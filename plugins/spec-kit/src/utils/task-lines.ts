import type { ListItem, Nodes } from 'mdast';
import { plainText, positionFromOffsets, type Position, type Section, type SpecDocument } from '@specloom/core';
import { firstParagraph } from './list-items.js';

/** One `- [ ] T012 [P] [US1] Description in path/to/file.ts` line of tasks.md. */
export interface TaskLine {
  /** As written: `T012`, `T12`. */
  id: string;
  idPosition: Position;
  /** True with a `[P]` marker (runs in parallel with the phase's other `[P]` tasks). */
  parallel: boolean;
  /** Story labels as written (`US1`), with where each stands. */
  stories: Array<{ label: string; position: Position }>;
  /** The description after the ID and markers. */
  description: string;
  /** File and folder paths the task names (code spans and path-shaped words), as written. */
  paths: string[];
  /** The `## Phase N: …` section (the innermost level-2 heading around the task), if any. */
  phase?: Section;
  item: ListItem;
}

/** `T001`, and the malformed `T1`, `T01`, `T0001` the task-id rule reports. */
const taskId = /^T\d+\b/;
/** `[P]`, `[US1]`, `[Story]`: the markers between the ID and the description. */
const marker = /^\s*\[([^\]\n]+)\]/;
/** Path characters only: endpoints (`GET /x/{id}`) have spaces or braces. */
const pathToken = /^(?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]+)*\/?$/;

/** The task lines of tasks.md, in document order: list items whose first word is a `T`-number. */
export function taskLines(document: SpecDocument): TaskLine[] {
  const tasks: TaskLine[] = [];
  // Level-2 headings in document order, walked beside the items (also in document order): one pass for phases.
  const levelTwo = document.allSections.filter((section) => section.level === 2);
  let next = 0;
  let phase: Section | undefined;
  for (const { node: item } of document.listItems) {
    const paragraph = firstParagraph(item);
    const start = paragraph?.position?.start.offset;
    const end = paragraph?.position?.end.offset;
    if (!paragraph || start === undefined || end === undefined) continue;
    const source = document.text.slice(start, end);
    for (let heading = levelTwo[next]; heading && heading.position.start.offset <= start; heading = levelTwo[++next]) phase = heading;
    const idMatch = taskId.exec(source);
    if (!idMatch) continue;
    let cursor = idMatch[0].length;
    let parallel = false;
    const stories: TaskLine['stories'] = [];
    for (let next = marker.exec(source.slice(cursor)); next; next = marker.exec(source.slice(cursor))) {
      const inside = next[1]!;
      const label = inside.trim();
      const labelStart = start + cursor + next[0].indexOf('[') + 1;
      if (label.toUpperCase() === 'P') parallel = true;
      else if (/^US\s*\d+$/i.test(label) || /^Story\b/i.test(label)) {
        stories.push({ label, position: positionFromOffsets(document.lineStarts, labelStart, labelStart + inside.length) });
      } else break;
      cursor += next[0].length;
    }
    tasks.push({
      id: idMatch[0],
      idPosition: positionFromOffsets(document.lineStarts, start, start + idMatch[0].length),
      parallel,
      stories,
      description: plainText(paragraph).slice(cursor).trim(),
      paths: pathsIn(paragraph),
      phase: phase && start < phase.contentPosition.end.offset ? phase : undefined,
      item,
    });
  }
  return tasks;
}

/** File extensions a bare word must end with to count as a path (`package.json`, not `e.g.` or `and/or`). */
const knownExtension =
  /\.(?:c|cc|cjs|conf|cpp|cs|css|csv|dart|env|ex|exs|go|gradle|graphql|h|hpp|html|ini|java|js|json|jsx|kt|kts|lock|lua|md|mdx|mjs|php|prisma|proto|py|rb|rs|sass|scala|scss|sh|sql|svelte|swift|tf|toml|ts|tsx|txt|vue|xml|ya?ml|zig)$/i;

/**
 * Paths a task line names: code spans shaped like a path (`apps/api/src/flags.ts`, `packages/invites`), and words
 * of its prose ending in a known file extension. Endpoints (`GET /invite/{token}`) and prose such as "and/or" are
 * not paths.
 */
function pathsIn(paragraph: Nodes): string[] {
  const found: string[] = [];
  const add = (candidate: string, prose: boolean) => {
    const cleaned = candidate.replace(/[.,;:)]+$/, '').replace(/^\(/, '');
    if (!pathToken.test(cleaned) || found.includes(cleaned)) return;
    const shaped = prose ? knownExtension.test(cleaned) : cleaned.includes('/') || /[a-z]\.[a-z][a-z0-9]{0,5}$/i.test(cleaned);
    if (shaped) found.push(cleaned);
  };
  const visit = (node: Nodes) => {
    if (node.type === 'inlineCode') add(node.value.trim(), false);
    else if (node.type === 'text') for (const word of node.value.split(/\s+/)) add(word, true);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(paragraph);
  return found;
}

/** A path as compared between tasks: no leading `./` or `/`, no trailing `/`. */
export function normalizePath(filePath: string): string {
  return filePath.replace(/^\.?\//, '').replace(/\/$/, '');
}

/** `US1` for `US1`, `US 1`, `us01`: how a story label is compared. */
export function storyKey(label: string): string | undefined {
  const match = /^US\s*0*(\d+)$/i.exec(label.trim());
  return match ? `US${match[1]}` : undefined;
}
