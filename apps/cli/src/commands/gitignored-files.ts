import { stat } from 'node:fs/promises';
import path from 'node:path';
import { runGit } from './run-git.js';

/** Patterns that name a file on disk: such files are linted whatever `.gitignore` says, as before. */
async function namedFiles(patterns: string[], cwd: string): Promise<Set<string>> {
  const named = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const absolute = path.resolve(cwd, pattern);
    const isFile = await stat(absolute).then(
      (stats) => stats.isFile(),
      () => false,
    );
    if (isFile) named.add(absolute);
  }
  return named;
}

/**
 * Drops the files git ignores (`.gitignore` in every folder, `.git/info/exclude`, the user's excludes file) from
 * those that folders and globs expanded to, asking git itself so its rules apply exactly: a gitignored build copy
 * of a spec would otherwise be linted too, and its IDs reported as duplicates of the real file's. Files named on
 * the command line, tracked files, files outside the work tree and runs outside a git work tree are kept.
 */
export async function withoutGitignoredFiles(files: string[], patterns: string[], cwd: string): Promise<string[]> {
  if (files.length === 0) return files;
  const topLevel = await runGit(['rev-parse', '--show-cdup'], cwd);
  if (topLevel.code !== 0) return files;
  const root = path.resolve(cwd, topLevel.stdout.trim());
  const named = await namedFiles(patterns, cwd);
  const candidates = files.filter((file) => {
    if (named.has(file)) return false;
    const inRoot = path.relative(root, file);
    return inRoot !== '' && !inRoot.startsWith('..') && !path.isAbsolute(inRoot);
  });
  if (candidates.length === 0) return files;

  const relativePaths = candidates.map((file) => path.relative(cwd, file));
  const check = await runGit(['check-ignore', '--stdin', '-z'], cwd, `${relativePaths.join('\0')}\0`);
  // 0: some are ignored, 1: none is; anything else (a path in a submodule) means git could not say.
  if (check.code !== 0) return files;
  const ignored = new Set(
    check.stdout
      .split('\0')
      .filter((relativePath) => relativePath !== '')
      .map((relativePath) => path.resolve(cwd, relativePath)),
  );
  return files.filter((file) => !ignored.has(file));
}
