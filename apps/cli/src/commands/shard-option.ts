import { createHash } from 'node:crypto';
import path from 'node:path';

/** `--shard 2/4`: the second of four shares of the files (1-based, as in Playwright and Jest). */
export interface Shard {
  index: number;
  count: number;
}

export const EXPECTED_SHARD = 'expected INDEX/COUNT with 1 <= INDEX <= COUNT, such as 1/4';

export function parseShardOption(value: string): Shard | { error: string } {
  const match = /^(\d+)\/(\d+)$/u.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) return { error: `Unexpected shard "${value}", ${EXPECTED_SHARD}` };
  return { index, count };
}

/** A file's path as every machine names it: relative to the config's folder, with `/` separators. */
export function shardPath(filePath: string, root: string): string {
  return path.relative(root, filePath).split(path.sep).join('/');
}

/**
 * Whether a file belongs to `shard`: by a hash of its relative path, so every machine (whatever folder its
 * checkout is in) puts every file in the same shard, and a file stays in its shard as others come and go.
 */
export function isInShard(relativePath: string, shard: Shard): boolean {
  const hash = createHash('sha256').update(relativePath).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}
