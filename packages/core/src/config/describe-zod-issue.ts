import type { z } from 'zod';
import { describeValue, formatList, valueAt, type KeyPath } from './config-messages.js';

export interface IssueDescription {
  /** Where the problem is, inside the validated value. */
  keyPath: KeyPath;
  /** What is wrong, continuing a sentence about that key: `is the number 3; expected a string`. */
  detail: string;
}

// zod's built-in English messages; anything else was written by a schema author for users.
const defaultMessage = /^(Invalid|Too small|Too big|Unrecognized)\b/;

/** One zod issue as a plain sentence fragment (never zod's raw dump), naming what was expected. */
export function describeZodIssue(issue: z.core.$ZodIssue, input: unknown): IssueDescription {
  const keyPath = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const value = valueAt(input, keyPath);
  const custom = !defaultMessage.test(issue.message);
  const found = describeValue(value);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const noun = issue.keys.length === 1 ? 'key' : 'keys';
      return { keyPath, detail: `has an unexpected ${noun} ${formatList(issue.keys, 'and')}` };
    }
    case 'invalid_type':
      return { keyPath, detail: `is ${found}; expected ${custom ? issue.message : withArticle(issue.expected)}` };
    case 'invalid_value':
      return { keyPath, detail: `is ${found}; expected ${custom ? issue.message : formatValues(issue.values)}` };
    case 'invalid_union':
      return { keyPath, detail: `is ${found}; expected ${custom ? issue.message : 'one of the allowed forms'}` };
    default:
      return { keyPath, detail: `is ${found}; ${custom ? `expected ${issue.message}` : lowerFirst(issue.message)}` };
  }
}

function formatValues(values: readonly unknown[]): string {
  const listed = values.map((value) => (typeof value === 'number' ? value : String(value)));
  return listed.length === 1 ? formatList(listed) : `one of ${formatList(listed)}`;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
