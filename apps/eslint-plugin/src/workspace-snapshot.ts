import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

/** Never part of a workspace, as for `specloom lint <folder>`. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Files on disk are looked at again at most this often: a long ESLint run or an editor sees saved changes. */
export const REFRESH_INTERVAL_MS = 3000;

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** A Markdown file on disk as last read: its text (BOM removed) and what tells whether it changed since. */
export interface DiskFile {
  filePath: string;
  text: string;
  hash: string;
}

export interface WorkspaceSnapshot {
  /**
   * The Markdown files under the root that changed on disk since the last look (all of them the first time), and
   * the ones that are gone. At most every `REFRESH_INTERVAL_MS`; in between, nothing.
   */
  refresh(): { changed: DiskFile[]; removed: string[] };
}

/**
 * The specloom workspace of an ESLint run: every Markdown file under the config root, as `specloom lint <root>`
 * would see them. ESLint lints one file at a time and has no phase that sees them all, so workspace rules
 * (duplicate Spec IDs and RFC numbers) compare each file with these. Files are read once, then only when their
 * size or modification time changes.
 */
export function createWorkspaceSnapshot(rootDir: string, isIgnored: (filePath: string) => boolean, now = () => Date.now()): WorkspaceSnapshot {
  const seen = new Map<string, { mtimeMs: number; size: number }>();
  let lastRefresh = Number.NEGATIVE_INFINITY;

  return {
    refresh() {
      if (now() - lastRefresh < REFRESH_INTERVAL_MS) return { changed: [], removed: [] };
      lastRefresh = now();
      const found = globSync('**/*.md', { cwd: rootDir, absolute: true, dot: true, ignore: ALWAYS_IGNORED })
        .map((filePath) => path.resolve(filePath))
        .filter((filePath) => !isIgnored(filePath));
      const changed: DiskFile[] = [];
      const present = new Set<string>();
      for (const filePath of found) {
        let stats;
        try {
          stats = statSync(filePath);
        } catch {
          continue;
        }
        present.add(filePath);
        const before = seen.get(filePath);
        if (before && before.mtimeMs === stats.mtimeMs && before.size === stats.size) continue;
        seen.set(filePath, { mtimeMs: stats.mtimeMs, size: stats.size });
        let text: string;
        try {
          text = readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '');
        } catch {
          continue;
        }
        // Binary files named .md take no part, as the CLI reports them rather than linting them.
        if (text.includes('\u0000')) continue;
        changed.push({ filePath, text, hash: hashText(text) });
      }
      const removed = [...seen.keys()].filter((filePath) => !present.has(filePath));
      for (const filePath of removed) seen.delete(filePath);
      return { changed, removed };
    },
  };
}
