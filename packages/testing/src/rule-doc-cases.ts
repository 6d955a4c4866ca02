import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Code, Heading, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ExpectedError, InvalidCase, ValidCase } from './rule-tester.js';

/** A valid example of a rule's doc, as a RuleTester case. */
export interface RuleDocValidCase extends Exclude<ValidCase, string> {
  name: string;
  code: string;
}

/** An invalid example of a rule's doc with the messages the doc shows for it, as a RuleTester case. */
export interface RuleDocInvalidCase extends InvalidCase {
  name: string;
  code: string;
  errors: Array<Required<Pick<ExpectedError, 'message' | 'line' | 'column'>>>;
}

export interface RuleDocCases {
  valid: RuleDocValidCase[];
  /** At least one: a doc without an invalid example throws. */
  invalid: [RuleDocInvalidCase, ...RuleDocInvalidCase[]];
}

export interface RuleDocCaseOptions {
  /** Path every case is linted at (rules that read the file name); default the tester's `spec.md`. */
  filePath?: string;
}

type Message = RuleDocInvalidCase['errors'][number];

const MESSAGE_LINE = /^(\d+):(\d+) (.+)$/;

function isMarkdown(node: Code): boolean {
  return node.lang === 'markdown' || node.lang === 'md';
}

function headingText(heading: Heading): string {
  return heading.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
}

/** The top-level nodes under the `### <title>` heading, up to the next heading of its level or higher. */
function section(children: RootContent[], title: string): Code[] | undefined {
  const start = children.findIndex((node) => node.type === 'heading' && node.depth === 3 && headingText(node) === title);
  if (start === -1) return undefined;
  const rest = children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 3);
  return (end === -1 ? rest : rest.slice(0, end)).filter((node): node is Code => node.type === 'code');
}

function readMessages(block: Code, docName: string): Message[] {
  return block.value
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = MESSAGE_LINE.exec(line.trim());
      if (!match) {
        throw new Error(`${docName}:${block.position?.start.line ?? 1}: Unexpected message line ${JSON.stringify(line)}, expected "line:column message"`);
      }
      return { message: match[3]!, line: Number(match[1]), column: Number(match[2]) };
    });
}

function comesBefore(left: Message, right: Message): boolean {
  return left.line < right.line || (left.line === right.line && left.column <= right.column);
}

/**
 * Which messages of one `text` block belong to which of the `count` examples before it. Each example reports
 * at least one message, in position order, so the split is certain when there are as many messages as examples,
 * or when the positions go back exactly `count - 1` times (each time, the next example starts).
 */
function splitMessages(messages: Message[], count: number): Message[][] | undefined {
  if (count === 1) return [messages];
  if (messages.length === count) return messages.map((message) => [message]);
  const starts = [0, ...messages.flatMap((message, index) => (index > 0 && !comesBefore(messages[index - 1]!, message) ? [index] : []))];
  if (starts.length !== count) return undefined;
  return starts.map((start, index) => messages.slice(start, starts[index + 1]));
}

/**
 * The examples of a rule's doc page (`<rule>.md`) as RuleTester cases, so a rule is tested on exactly what its
 * docs show: every `markdown` block under `### Invalid` with the `line:column message` lines of the `text`
 * block after it (one `text` block may follow several examples), and every `markdown` block under `### Valid`.
 * A doc without both sections, or whose messages cannot be told apart per example, throws, naming the doc.
 * Fixed text is not in the docs: give `output` for a fixable example with `{ ...invalid[0], output }`.
 */
export function readRuleDocCases(doc: string | URL, options: RuleDocCaseOptions = {}): RuleDocCases {
  const docPath = doc instanceof URL ? fileURLToPath(doc) : doc;
  const relative = path.relative(process.cwd(), docPath);
  // Errors name the doc as short as is still clear: relative inside the working directory, else in full.
  const docName = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? docPath : relative;
  const tree = unified().use(remarkParse).parse(readFileSync(docPath, 'utf8'));
  const invalidBlocks = section(tree.children, 'Invalid');
  const validBlocks = section(tree.children, 'Valid');
  if (!invalidBlocks || !validBlocks) {
    throw new Error(`${docName}: Missing examples, expected a "### Invalid" and a "### Valid" heading with \`markdown\` blocks`);
  }
  const filePath = options.filePath === undefined ? {} : { filePath: options.filePath };

  const invalid: RuleDocInvalidCase[] = [];
  let waiting: Code[] = [];
  for (const block of invalidBlocks) {
    if (isMarkdown(block)) {
      waiting.push(block);
      continue;
    }
    if (block.lang !== 'text') continue;
    const where = `${docName}:${block.position?.start.line ?? 1}`;
    if (waiting.length === 0) throw new Error(`${where}: Unexpected \`text\` block, expected it after a \`markdown\` example`);
    const split = splitMessages(readMessages(block, docName), waiting.length);
    if (!split) {
      throw new Error(
        `${where}: Cannot tell which messages belong to which of the ${waiting.length} examples before them, expected a \`text\` block after each example`,
      );
    }
    for (const [index, example] of waiting.entries()) {
      const number = invalid.length + 1;
      invalid.push({ name: `docs: invalid example ${number}`, code: `${example.value}\n`, ...filePath, errors: split[index]! });
    }
    waiting = [];
  }
  const [unmatched] = waiting;
  if (unmatched) {
    throw new Error(`${docName}:${unmatched.position?.start.line ?? 1}: Missing messages for an invalid example, expected a \`text\` block of "line:column message" lines after it`);
  }
  const [firstInvalid, ...otherInvalid] = invalid;
  if (!firstInvalid) throw new Error(`${docName}: Missing invalid examples, expected \`markdown\` blocks under "### Invalid"`);

  const valid = validBlocks
    .filter(isMarkdown)
    .map((block, index): RuleDocValidCase => ({ name: `docs: valid example ${index + 1}`, code: `${block.value}\n`, ...filePath }));
  return { valid, invalid: [firstInvalid, ...otherInvalid] };
}
