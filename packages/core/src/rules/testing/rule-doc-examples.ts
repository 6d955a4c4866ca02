import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The examples of a rule's doc page, so tests check exactly what the docs show. */
export interface RuleDocExamples {
  /** `markdown` blocks under `### Invalid`: at least one. */
  invalid: [string, ...string[]];
  /** `markdown` blocks under `### Valid`: at least one. */
  valid: [string, ...string[]];
  /** Lines of the `text` block under `### Invalid`: `line:column message` (workspace rules: `file line:column message`). */
  messages: string[];
}

const rulesDir = path.resolve(import.meta.dirname, '..');
const fence = /^(`{3,})(\w+)\n([\s\S]*?)\n\1$/gm;

/** Read `rules/<ruleId>.md` and return its examples. */
export function readRuleDocExamples(ruleId: string): RuleDocExamples {
  const doc = readFileSync(path.join(rulesDir, `${ruleId}.md`), 'utf8');
  const invalidStart = doc.indexOf('\n### Invalid\n');
  const validStart = doc.indexOf('\n### Valid\n');
  if (invalidStart === -1 || validStart === -1) throw new Error(`${ruleId}.md has no "### Invalid" and "### Valid" examples`);
  const blocks = (text: string, lang: string) =>
    [...text.matchAll(fence)].filter((match) => match[2] === lang).map((match) => `${match[3]}\n`);
  const invalidPart = doc.slice(invalidStart, validStart);
  const examples = (text: string, heading: string): [string, ...string[]] => {
    const [first, ...rest] = blocks(text, 'markdown');
    if (first === undefined) throw new Error(`${ruleId}.md has no markdown example under "### ${heading}"`);
    return [first, ...rest];
  };
  return {
    invalid: examples(invalidPart, 'Invalid'),
    valid: examples(doc.slice(validStart), 'Valid'),
    messages: blocks(invalidPart, 'text').flatMap((block) => block.trim().split('\n')),
  };
}
