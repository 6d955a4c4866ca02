import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The examples of a rule's doc page, so tests check exactly what the docs show. */
export interface RuleDocExamples {
  /** `markdown` blocks under `### Invalid`. */
  invalid: string[];
  /** `markdown` blocks under `### Valid`. */
  valid: string[];
  /** Lines of the `text` blocks under `### Invalid`: `line:column message`, examples in order. */
  messages: string[];
}

const rulesDir = path.resolve(import.meta.dirname, '../../src/rules');
const fence = /^(`{3,})(\w+)\n([\s\S]*?)\n\1$/gm;

/** Read `src/rules/<ruleName>.md` and return its examples. */
export function readRuleDocExamples(ruleName: string): RuleDocExamples {
  const doc = readFileSync(path.join(rulesDir, `${ruleName}.md`), 'utf8');
  const invalidStart = doc.indexOf('\n### Invalid\n');
  const validStart = doc.indexOf('\n### Valid\n');
  if (invalidStart === -1 || validStart === -1) throw new Error(`${ruleName}.md has no "### Invalid" and "### Valid" examples`);
  const blocks = (text: string, lang: string) =>
    [...text.matchAll(fence)].filter((match) => match[2] === lang).map((match) => `${match[3]}\n`);
  const invalidPart = doc.slice(invalidStart, validStart);
  return {
    invalid: blocks(invalidPart, 'markdown'),
    valid: blocks(doc.slice(validStart), 'markdown'),
    messages: blocks(invalidPart, 'text').flatMap((block) => block.trim().split('\n')),
  };
}

/** What linting a doc's examples gives: the messages of the invalid ones in order, and those of the valid ones. */
export function lintDocExamples(
  examples: RuleDocExamples,
  lint: (text: string) => { messages: Array<{ line: number; column: number; message: string }> },
): { invalid: string[]; valid: string[] } {
  const lines = (text: string) => lint(text).messages.map((message) => `${message.line}:${message.column} ${message.message}`);
  return { invalid: examples.invalid.flatMap(lines), valid: examples.valid.flatMap(lines) };
}
