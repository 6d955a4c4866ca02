/** IDs specloom allocates, as found anywhere in text or file names: RFC numbers and dated Spec IDs. */
export interface UsedIds {
  /** RFC numbers (`SPEC 0007`, `0007-billing.md` -> 7). */
  rfcNumbers: Set<number>;
  /** Dated Spec IDs, `SPEC-2025-01-31-002`. */
  datedIds: Set<string>;
}

const RFC_ID = /\bSPEC[ \t]+(\d{4})\b/gu;
const DATED_ID = /\bSPEC-(\d{4}-\d{2}-\d{2})-(\d{3})\b/gu;
/** An RFC file name: `0007-billing-webhooks.md`. */
const RFC_FILE_NAME = /(?:^|[/\\])(\d{4})-[^/\\]*\.md$/iu;

export function createUsedIds(): UsedIds {
  return { rfcNumbers: new Set(), datedIds: new Set() };
}

/** Record every RFC number and dated Spec ID that occurs in `text` (file content or `git grep` output). */
export function addIdsFromText(used: UsedIds, text: string): void {
  for (const match of text.matchAll(RFC_ID)) used.rfcNumbers.add(Number(match[1]));
  for (const match of text.matchAll(DATED_ID)) used.datedIds.add(`SPEC-${match[1]}-${match[2]}`);
}

/** Record the IDs a file name carries: dated Spec IDs and a leading four-digit RFC number. */
export function addIdsFromFileName(used: UsedIds, filePath: string): void {
  addIdsFromText(used, filePath);
  const rfcFile = RFC_FILE_NAME.exec(filePath);
  if (rfcFile) used.rfcNumbers.add(Number(rfcFile[1]));
}

/**
 * Reserved IDs from config (`settings.reservedIds`): numbers and bare four-digit strings are RFC numbers;
 * `SPEC 0042` and `SPEC-2025-01-31-003` are taken as written. Anything else is returned as invalid.
 */
export function addReservedIds(used: UsedIds, reserved: unknown): { invalid: unknown[] } {
  const invalid: unknown[] = [];
  if (reserved === undefined) return { invalid };
  const entries = Array.isArray(reserved) ? reserved : [reserved];
  for (const entry of entries) {
    if (typeof entry === 'number' && Number.isInteger(entry) && entry >= 0) {
      used.rfcNumbers.add(entry);
    } else if (typeof entry === 'string' && /^\d{1,4}$/u.test(entry.trim())) {
      used.rfcNumbers.add(Number(entry.trim()));
    } else if (typeof entry === 'string' && (new RegExp(RFC_ID.source, 'u').test(entry) || new RegExp(DATED_ID.source, 'u').test(entry))) {
      addIdsFromText(used, entry);
    } else {
      invalid.push(entry);
    }
  }
  return { invalid };
}
