/** Each level has exactly one label. */
export const PRIORITIES = [
  { level: 'P0', label: 'Critical' },
  { level: 'P1', label: 'High' },
  { level: 'P2', label: 'Medium' },
  { level: 'P3', label: 'Low' },
] as const;

export type Priority = (typeof PRIORITIES)[number];

/** `P0 Critical`, `P1 High`, …: the template's spelling. */
export const PRIORITY_NAMES: readonly string[] = PRIORITIES.map(({ level, label }) => `${level} ${label}`);

/** `P1 High`, `p1 high`, `P1 - High`, `P1 (High)`, `P1: High`, bare `P1`, or a bare label `High`. */
export const PRIORITY_SHAPE = /^(?:(P\d)(?:\s*[-–—:(]?\s*([\p{L}]+)\s*\)?)?|([\p{L}]+))$/iu;

/** `P0 Critical | P1 High`: the template's choices left in place (the placeholder rule reports it). */
export function isPriorityPickList(value: string): boolean {
  const parts = value.split(/\s*[|/]\s*/).filter(Boolean);
  return parts.length > 1 && parts.every((part) => PRIORITY_NAMES.some((name) => name.toLowerCase() === part.toLowerCase()));
}

/**
 * The priority a Priority value names, read the way product/priority reads it: level and label in any case or
 * punctuation (`p1 - high`), a bare level (`P1`) or a bare label (`High`). Undefined when level and label
 * disagree (`P1 Low` could be either), or when the value names no priority.
 */
export function readPriority(value: string): Priority | undefined {
  const text = value.replace(/\s+/g, ' ').trim();
  const shape = PRIORITY_SHAPE.exec(text);
  if (!shape) return undefined;
  const levelText = shape[1];
  const level = levelText === undefined ? undefined : PRIORITIES.find((priority) => priority.level === levelText.toUpperCase());
  if (levelText !== undefined && !level) return undefined;
  const labelText = shape[2] ?? shape[3];
  if (labelText === undefined) return level;
  const label = PRIORITIES.find((priority) => priority.label.toLowerCase() === labelText.toLowerCase());
  if (!label) return undefined;
  return level === undefined || level === label ? label : undefined;
}
