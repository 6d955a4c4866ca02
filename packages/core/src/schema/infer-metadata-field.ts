import type { MetadataField } from '../types/document.js';
import type { MetadataFieldSchema } from '../types/schema.js';
import { escapeRegExp } from './regex.js';

const datePlaceholder = /^\[?(?:YYYY-MM-DD|Date|Target Date|\d{4}-\d{2}-\d{2})\]?$/i;
const handleList = /^@[\w-]+(?:\s*,\s*@[\w-]+)*$/;
const listNames = /^(?:reviewers|authors|owners|approvers|contributors|stakeholders|tags|labels)$/i;
/** Bracketed template slots inside an otherwise literal value: `SPEC-[YYYY-MM-DD]-[NUMBER]`. */
const slot = /\[([^\]]+)\]/g;

const slotPatterns: Record<string, { pattern: string; format: string }> = {
  'YYYY-MM-DD': { pattern: '\\d{4}-\\d{2}-\\d{2}', format: 'YYYY-MM-DD' },
  NUMBER: { pattern: '\\d+', format: 'N' },
  NNN: { pattern: '\\d{3}', format: 'NNN' },
  NNNN: { pattern: '\\d{4}', format: 'NNNN' },
};

/** Infer what a metadata field holds from the way the template fills it in. */
export function inferMetadataField(entry: MetadataField): MetadataFieldSchema {
  const base = { name: entry.key, required: true, example: entry.raw };
  const raw = entry.raw.trim();

  // In YAML, a template slot like `title: [Feature Name]` parses as a one-item flow list: it is a slot, not a list.
  const isSlot = raw.startsWith('[') && Array.isArray(entry.value) && entry.value.length === 1;
  if (Array.isArray(entry.value) && !isSlot) {
    return { ...base, type: 'list' };
  }
  if (raw.includes(' | ')) {
    return { ...base, type: 'enum', values: raw.split('|').map((value) => value.trim()).filter(Boolean) };
  }
  if (datePlaceholder.test(raw)) {
    return { ...base, type: 'date', format: 'YYYY-MM-DD' };
  }
  const literalWithSlots = inferSlotPattern(raw);
  if (literalWithSlots) {
    return { ...base, type: 'pattern', ...literalWithSlots };
  }
  if (handleList.test(raw)) {
    return { ...base, type: 'handle-list' };
  }
  if (listNames.test(entry.key)) {
    return { ...base, type: 'list' };
  }
  return { ...base, type: 'string' };
}

/**
 * A value that mixes literal text with known slots (`SPEC-[YYYY-MM-DD]-[NUMBER]`, `#[Number]`) becomes a
 * pattern. A value that is only a slot (`[Your Name]`) is free text, not a pattern.
 */
function inferSlotPattern(raw: string): { pattern: string; format: string } | undefined {
  const slots = [...raw.matchAll(slot)];
  if (slots.length === 0) return undefined;
  const literal = raw.replace(slot, '');
  if (!/[\w#-]/.test(literal)) return undefined;
  let pattern = '';
  let format = '';
  let last = 0;
  for (const match of slots) {
    const [whole, name = ''] = match;
    const text = raw.slice(last, match.index);
    pattern += escapeRegExp(text);
    format += text;
    const known = slotPatterns[name.toUpperCase()] ?? slotPatterns[name];
    pattern += known ? known.pattern : '.+';
    format += known ? known.format : name;
    last = match.index + whole.length;
  }
  pattern += escapeRegExp(raw.slice(last));
  format += raw.slice(last);
  return { pattern: `^${pattern}$`, format };
}

/** `Last Updated` must not precede `Created`. */
export function inferDateOrder(fields: MetadataFieldSchema[]): void {
  const created = fields.find((field) => field.type === 'date' && /^(?:created|date created|creation date)$/i.test(field.name));
  if (!created) return;
  for (const field of fields) {
    if (field !== created && field.type === 'date' && /updated|modified|revised/i.test(field.name)) {
      field.notBefore = created.name;
    }
  }
}
