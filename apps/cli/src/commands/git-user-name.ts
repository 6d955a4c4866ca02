import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `git config user.name` as seen from `cwd`, or undefined (no git, no name set). */
export async function gitUserName(cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['config', 'user.name'], { cwd, encoding: 'utf8' });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}
