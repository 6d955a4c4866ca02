import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

export interface FindFilesOptions {
  /** Folder patterns are relative to. */
  cwd: string;
  /** Globs (relative to `cwd`) of files never returned. */
  ignores?: string[];
}

export interface FoundFiles {
  /** Absolute paths, unique, sorted. */
  files: string[];
  /** Patterns that matched nothing. */
  missing: string[];
}

/** What a folder is searched for: `.markdown` is the other extension Markdown files are commonly given. */
const MARKDOWN_FILES = '**/*.{md,markdown}';

/** Never walked into when expanding folders and globs. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

async function kindOf(filePath: string): Promise<'file' | 'directory' | undefined> {
  try {
    const stats = await stat(filePath);
    if (stats.isDirectory()) return 'directory';
    return 'file';
  } catch {
    return undefined;
  }
}

/** A matcher for exclusion globs: a glob excludes what it names and, when that is a folder, all below it. */
function excluder(globs: string[]): (relativePath: string) => boolean {
  if (globs.length === 0) return () => false;
  const patterns = globs.flatMap((pattern) => {
    const trimmed = toPosix(pattern).replace(/^\.\//, '').replace(/\/+$/, '');
    return [trimmed, `${trimmed}/**`];
  });
  return picomatch(patterns, { dot: true });
}

/**
 * Expand command-line patterns into files: a folder means every `*.md` and `*.markdown` below it, a glob is expanded, a plain
 * file is taken whatever its extension. `!pattern` and `ignores` exclude.
 */
export async function findFiles(patterns: string[], options: FindFilesOptions): Promise<FoundFiles> {
  const cwd = path.resolve(options.cwd);
  const includes = patterns.filter((pattern) => !pattern.startsWith('!'));
  const negations = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  const exclusions = [...negations, ...(options.ignores ?? [])];
  const isExcluded = excluder(exclusions);
  // `**/SOURCE.md` names a file anywhere, also outside the cwd (`specloom lint ../shared/corpus`), where
  // picomatch's `**` would not cross the leading `../` segments.
  const isExcludedAnywhere = excluder(exclusions.filter((pattern) => toPosix(pattern).startsWith('**/')));

  const found = new Set<string>();
  const missing: string[] = [];
  for (const pattern of includes) {
    const absolute = path.resolve(cwd, pattern);
    const kind = await kindOf(absolute);
    let matches: string[];
    if (kind === 'file') {
      matches = [absolute];
    } else if (kind === 'directory') {
      matches = await glob(MARKDOWN_FILES, { cwd: absolute, absolute: true, dot: true, ignore: ALWAYS_IGNORED });
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(toPosix(pattern), { cwd, absolute: true, ignore: ALWAYS_IGNORED });
    } else {
      matches = [];
    }
    if (matches.length === 0) {
      missing.push(pattern);
      continue;
    }
    for (const match of matches) {
      const file = path.resolve(match);
      const relative = toPosix(path.relative(cwd, file));
      const outside = relative.replace(/^(?:\.\.\/)+/, '');
      if (!isExcluded(relative) && !(outside !== relative && isExcludedAnywhere(outside))) found.add(file);
    }
  }
  return { files: await uniqueByRealPath([...found].sort()), missing };
}

/**
 * One path per file: a symlinked file or a folder link (even a link loop, which the glob follows only so far)
 * would otherwise be linted twice and report its IDs as duplicates of its own. The path kept is the one that
 * is not reached through a link, else the first in sort order.
 */
async function uniqueByRealPath(files: string[]): Promise<string[]> {
  const chosen = new Map<string, string>();
  for (const file of files) {
    const real = await realpath(file).catch(() => file);
    const earlier = chosen.get(real);
    if (earlier === undefined || (earlier !== real && file === real)) chosen.set(real, file);
  }
  const kept = new Set(chosen.values());
  return files.filter((file) => kept.has(file));
}
