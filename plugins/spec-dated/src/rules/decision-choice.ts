import type { DocumentRule, SpecTable, TableCell } from '@specloom/core';
import { quoteList } from '@specloom/core';
import { datedTemplateOf } from '../utils/templates.js';

const optionsColumn = /^(?:options?(?: considered)?|alternatives?(?: considered)?|candidates)$/i;
const choiceColumn = /^(?:choice|chosen|chosen option|selected|selection|decision made|outcome)$/i;
/** A choice not made yet: the core placeholder rule reports `TBD`; these are left to the author's status. */
const undecided = /^(?:tbd|tbc|open|undecided|pending|to be decided|n\/?a|-+|—|\?+|\[.*\])$/i;
/** `Both`, `Hybrid (A for reads, B for writes)`: a choice that takes several options by design. */
const combined = /^(?:both|all|hybrid|combination|mix)\b/i;

/** Lower case, no markup or punctuation that does not change the meaning, single spaces. */
function normalize(text: string): string {
  return text
    .replace(/[*_`"“”'’]/g, '')
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Split outside parentheses: `Redis (7.4, clustered), Valkey` is two options. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '(' || character === '[') depth++;
    if ((character === ')' || character === ']') && depth > 0) depth--;
    if (depth === 0 && separator.test(character)) {
      parts.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** The options of a cell, from its source so `<br>` separators count: `A, B`, `A; B`, `A<br>B`, `A vs B`. */
export function splitOptions(source: string): string[] {
  const text = source.replace(/<br\s*\/?>/gi, ';').replace(/\\\|/g, '|');
  let parts = splitTopLevel(text, /[,;]/);
  if (parts.length === 1) parts = parts[0]!.split(/\s+(?:vs\.?|versus|or)\s+|\s+\/\s+/i);
  return parts.map((part) => part.replace(/^(?:\d+[.)]|[-*+])\s+/, '').trim()).filter(Boolean);
}

/** `Valkey` matches `Valkey (cluster mode)`, `Use Valkey`, and the other way round: whole words, either way. */
function containsWords(choice: string, option: string): boolean {
  if (choice === option) return true;
  const [shorter, longer] = choice.length < option.length ? [choice, option] : [option, choice];
  if (shorter.length < 2) return false;
  const escaped = shorter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'u').test(longer);
}

/** Notes in parentheses do not count: `Temporal (self-hosted)` is the option `Temporal (self-hosted, v1.24)`. */
const withoutNotes = (text: string) => text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();

function matches(choice: string, option: string): boolean {
  return containsWords(choice, option) || containsWords(withoutNotes(choice), withoutNotes(option));
}

function isDecisionTable(table: SpecTable): boolean {
  return table.header.some((cell) => optionsColumn.test(cell.text.trim())) && table.header.some((cell) => choiceColumn.test(cell.text.trim()));
}

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the Choice of each technical decision to be one of its Options Considered',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      unexpected: 'Unexpected choice "{{choice}}" for "{{decision}}", expected one of the options considered: {{options}}',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        if (!datedTemplateOf(context)) return;
        // A cell's position may include its `|` delimiters.
        const source = (cell: TableCell) =>
          document.text
            .slice(cell.position.start.offset, cell.position.end.offset)
            .replace(/^\s*\|/, '')
            .replace(/(?<!\\)\|\s*$/, '')
            .trim();
        for (const table of document.tables.filter(isDecisionTable)) {
          const optionsIndex = table.header.findIndex((cell) => optionsColumn.test(cell.text.trim()));
          const choiceIndex = table.header.findIndex((cell) => choiceColumn.test(cell.text.trim()));
          for (const row of table.rows) {
            const optionsCell = row[optionsIndex];
            const choiceCell = row[choiceIndex];
            if (!optionsCell || !choiceCell) continue;
            const choice = choiceCell.text.trim();
            const options = splitOptions(source(optionsCell));
            // An empty or undecided choice, or a single option (nothing to choose from), says nothing wrong here.
            if (choice === '' || undecided.test(choice) || combined.test(choice) || options.length < 2) continue;
            const normalizedOptions = options.map(normalize);
            const normalizedChoice = normalize(choice);
            if (normalizedOptions.some((option) => matches(normalizedChoice, option))) continue;
            // `A + B`, `A and B`: a combination of considered options.
            const parts = normalizedChoice.split(/\s*(?:\+|&|,|\band\b|\bwith\b)\s*/).filter(Boolean);
            if (parts.length > 1 && parts.every((part) => normalizedOptions.some((option) => matches(part, option)))) continue;
            context.report({
              messageId: 'unexpected',
              data: { choice, decision: row[0]?.text.trim() ?? '', options: quoteList(options.map((option) => option.replace(/[*_`]/g, ''))) },
              position: choiceCell.position,
            });
          }
        }
      },
    };
  },
};

export default rule;
