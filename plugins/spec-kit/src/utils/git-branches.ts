import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Short names of every local and remote-tracking branch (`014-invite-links`, `origin/015-sso`), read without
 * checking anything out; empty outside a git work tree or without git.
 */
export async function gitBranchNames(cwd: string): Promise<string[]> {
  try {
    const { stdout } = await run('git', ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes'], { cwd, encoding: 'utf8' });
    return stdout.split('\n').filter((name) => name !== '' && !name.endsWith('/HEAD'));
  } catch {
    return [];
  }
}
