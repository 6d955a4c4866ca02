/** Why a write was not made: the file changed or vanished since it was read, or the user cannot write it. */
export type WriteRefusalReason = 'changed' | 'deleted' | 'read-only';

const DESCRIPTIONS: Record<WriteRefusalReason, string> = {
  changed: 'it changed on disk since it was read, expected the content that was linted; not overwritten',
  deleted: 'it was deleted since it was read, expected it to exist; not recreated',
  'read-only': 'permission denied (EACCES), expected a file you can write; left as it is',
};

/** A write specloom declined to make, so that no edit of the user's is lost and no permission is bypassed. */
export class WriteRefusedError extends Error {
  readonly reason: WriteRefusalReason;
  readonly filePath: string;
  /** `EACCES` for a read-only file, as `fs` would say; undefined otherwise. */
  readonly code?: string;

  constructor(filePath: string, reason: WriteRefusalReason) {
    super(`Cannot write \`${filePath}\`: ${DESCRIPTIONS[reason]}`);
    this.name = 'WriteRefusedError';
    this.reason = reason;
    this.filePath = filePath;
    if (reason === 'read-only') this.code = 'EACCES';
  }

  /** The reason alone, for a message that already names the file. */
  get description(): string {
    return DESCRIPTIONS[this.reason];
  }
}
