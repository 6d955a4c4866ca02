import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Code, RootContent } from 'mdast';
import { parseSpecDocument } from '@specloom/core';
import type { InvalidCase, ValidCase } from './rule-tester.js';

/**
 * The examples of a workspace rule's doc page as RuleTester `files` cases. A workspace rule needs several files,
 * so the doc shows each as a ```` ```markdown file=<path> ```` block; the blocks under `### Invalid` before a
 * `text` block are one case, whose messages are `<path> <line>:<column> <message>` lines; the blocks under
 * `### Valid` are one valid case. (`readRuleDocCases` reads the one-file examples of document rules.)
 */
export function readWorkspaceDocCases(doc: URL): { valid: ValidCase[]; invalid: InvalidCase[] } {
  const text = readFileSync(fileURLToPath(doc), 'utf8');
  const blocks = parseSpecDocument(text).tree.children;
  const under = (title: string): Code[] => {
    const start = blocks.findIndex((node) => node.type === 'heading' && node.depth === 3 && headingText(node) === title);
    if (start === -1) throw new Error(`${doc.pathname}: Missing "### ${title}"`);
    const rest = blocks.slice(start + 1);
    const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 3);
    return (end === -1 ? rest : rest.slice(0, end)).filter((node): node is Code => node.type === 'code');
  };
  const fileOf = (block: Code) => {
    const file = /(?:^|\s)file=(\S+)/.exec(block.meta ?? '')?.[1];
    if (!file) throw new Error(`${doc.pathname}:${block.position?.start.line}: Missing file=<path> on a markdown example`);
    return { filePath: file, code: `${block.value}\n` };
  };
  const invalid: InvalidCase[] = [];
  let waiting: Code[] = [];
  for (const block of under('Invalid')) {
    if (block.lang === 'markdown') {
      waiting.push(block);
      continue;
    }
    const errors = block.value
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const match = /^(\S+) (\d+):(\d+) (.+)$/.exec(line.trim());
        if (!match) throw new Error(`${doc.pathname}: Unexpected message line ${JSON.stringify(line)}, expected "<path> line:column message"`);
        return { filePath: match[1], line: Number(match[2]), column: Number(match[3]), message: match[4] };
      });
    invalid.push({ name: `docs: invalid example ${invalid.length + 1}`, files: waiting.map(fileOf), errors });
    waiting = [];
  }
  const valid: ValidCase[] = [{ name: 'docs: valid example', files: under('Valid').filter((block) => block.lang === 'markdown').map(fileOf) }];
  return { valid, invalid };
}

function headingText(node: RootContent): string {
  return 'children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('').trim() : '';
}
