import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { UsedIdCollector } from './spec-ids.js';

const run = promisify(execFile);

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
 * Add the document IDs present on every local and remote-tracking branch, read from git's object store (never
 * checking a branch out): Markdown file names from `git ls-tree`, and the lines of their content that hold an
 * ID's leading text from `git grep -F` (every line when a family has none). Returns the branches read.
 */
export async function addIdsFromGitBranches(collector: UsedIdCollector, cwd: string): Promise<string[]> {
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
      if (name.toLowerCase().endsWith('.md')) collector.addFileName(name);
    }
    if (collector.families.length === 0) continue;
    const patterns = (collector.literals ?? ['']).flatMap((literal) => ['-e', literal]);
    const lines = await git(['grep', '-I', '-h', '-F', ...patterns, ref, '--', '*.md'], cwd);
    if (lines !== undefined) collector.addText(lines);
  }
  return refs;
}
