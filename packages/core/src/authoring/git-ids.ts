import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { addIdsFromFileName, addIdsFromText, type UsedIds } from './spec-ids.js';

const run = promisify(execFile);

/** What `git grep` looks for: the two ID forms specloom allocates. */
const GREP_PATTERNS = ['-e', 'SPEC[[:space:]]+[0-9]{4}', '-e', 'SPEC-[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{3}'];
const MAX_BUFFER = 64 * 1024 * 1024;

async function git(args: string[], cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    // `git grep` exits 1 when nothing matches: that is an answer, not a failure.
    const result = error as { code?: number; stdout?: string };
    if (result.code === 1 && typeof result.stdout === 'string') return result.stdout;
    return undefined;
  }
}

/** The repository's top folder, or undefined outside a git work tree (or without git installed). */
export async function findGitRoot(cwd: string): Promise<string | undefined> {
  const output = await git(['rev-parse', '--show-toplevel'], cwd);
  return output?.trim() || undefined;
}

/**
 * Add the IDs present on every local and remote-tracking branch, read from git's object store (never checking a
 * branch out): Markdown file names from `git ls-tree` and their content from `git grep`. Returns the branches read.
 */
export async function addIdsFromGitBranches(used: UsedIds, cwd: string): Promise<string[]> {
  // From the top folder: `git grep`/`git ls-tree` pathspecs are otherwise limited to the current subfolder.
  const root = await findGitRoot(cwd);
  if (root === undefined) return [];
  cwd = root;
  const refsOutput = await git(['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes'], cwd);
  if (refsOutput === undefined) return [];
  // `refs/remotes/origin/HEAD` is a symbolic ref to a branch already in the list.
  const refs = refsOutput.split('\n').filter((ref) => ref !== '' && !ref.endsWith('/HEAD'));
  for (const ref of refs) {
    const names = await git(['ls-tree', '-r', '--full-tree', '--name-only', '-z', ref], cwd);
    for (const name of names?.split('\0') ?? []) {
      if (name.toLowerCase().endsWith('.md')) addIdsFromFileName(used, name);
    }
    const matches = await git(['grep', '-I', '-h', '-o', '-E', ...GREP_PATTERNS, ref, '--', '*.md'], cwd);
    if (matches !== undefined) addIdsFromText(used, matches);
  }
  return refs;
}
