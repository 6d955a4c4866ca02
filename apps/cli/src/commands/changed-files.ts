import path from 'node:path';
import { runGit } from './run-git.js';

function paths(output: string, root: string): string[] {
  return output
    .split('\0')
    .filter((relativePath) => relativePath !== '')
    .map((relativePath) => path.resolve(root, relativePath));
}

/**
 * `--changed-since REF`: the files a pull request changes, as absolute paths. Like Jest's `--changedSince`:
 * everything that differs between the working tree and the merge base of REF and HEAD (what the branch
 * committed since it left REF, then staged and unstaged edits), plus untracked files git does not ignore.
 * Changes on REF since the branch left it are not the branch's and are not included.
 */
export async function changedFilesSince(ref: string, cwd: string): Promise<{ files: Set<string> } | { error: string }> {
  const topLevel = await runGit(['rev-parse', '--show-cdup'], cwd);
  if (topLevel.code === null) return { error: '--changed-since needs git, which could not be started' };
  if (topLevel.code !== 0) return { error: `Unexpected --changed-since outside a git work tree ("${cwd}"), expected to run in a git checkout` };
  // From the cwd's side, not git's realpath: found files are named the same way.
  const root = path.resolve(cwd, topLevel.stdout.trim());
  const commit = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  if (commit.code !== 0) {
    return { error: `Unknown git ref "${ref}" for --changed-since, expected a branch, tag or commit of this repository (a shallow CI clone must fetch it first)` };
  }
  const base = await runGit(['merge-base', commit.stdout.trim(), 'HEAD'], root);
  if (base.code !== 0) {
    return { error: `Unexpected "${ref}" without a common ancestor with HEAD, expected a ref this branch started from (a shallow CI clone needs more history: fetch-depth 0)` };
  }
  const changed = await runGit(['diff', '--name-only', '--no-relative', '-z', base.stdout.trim(), '--'], root);
  const untracked = await runGit(['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], root);
  if (changed.code !== 0 || untracked.code !== 0) return { error: `Cannot list the files changed since "${ref}": git diff failed` };
  return { files: new Set([...paths(changed.stdout, root), ...paths(untracked.stdout, root)]) };
}
