import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One invalid example of a rule doc and the messages it shows for it. */
export interface InvalidExample {
  markdown: string;
  /** `line:column message` lines of the `text` block that follows the example. */
  messages: string[];
}

export interface RuleDocExamples {
  invalid: InvalidExample[];
  valid: string[];
}

const rulesDir = path.resolve(import.meta.dirname, '../rules');
const fence = /^(`{3,})(\w+)\n([\s\S]*?)\n\1$/gm;

/**
 * The examples of `src/rules/<rule>.md`: under `### Invalid`, each `markdown` block with the `text` block after
 * it; under `### Valid`, every `markdown` block. Tests lint exactly what the docs show.
 */
export function readRuleDocExamples(ruleName: string): RuleDocExamples {
  const doc = readFileSync(path.join(rulesDir, `${ruleName}.md`), 'utf8');
  const invalidStart = doc.indexOf('\n### Invalid\n');
  const validStart = doc.indexOf('\n### Valid\n');
  if (invalidStart === -1 || validStart === -1) throw new Error(`${ruleName}.md has no "### Invalid" and "### Valid" examples`);
  const blocks = (text: string) => [...text.matchAll(fence)].map((match) => ({ lang: match[2], body: `${match[3]}\n` }));
  const invalid: InvalidExample[] = [];
  for (const block of blocks(doc.slice(invalidStart, validStart))) {
    if (block.lang === 'markdown') invalid.push({ markdown: block.body, messages: [] });
    else if (block.lang === 'text' && invalid.length > 0) invalid[invalid.length - 1].messages = block.body.trim().split('\n');
  }
  const valid = blocks(doc.slice(validStart))
    .filter((block) => block.lang === 'markdown')
    .map((block) => block.body);
  return { invalid, valid };
}
