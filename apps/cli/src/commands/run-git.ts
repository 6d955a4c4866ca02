import { spawn } from 'node:child_process';

export interface GitRun {
  /** null when git could not be started (not installed). */
  code: number | null;
  stdout: string;
}

/** Run git in `cwd` with `input` on its stdin; its stderr is dropped (callers say what went wrong themselves). */
export function runGit(args: string[], cwd: string, input?: string): Promise<GitRun> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    // No git installed, or a cwd git cannot use: nothing is known to be ignored.
    child.on('error', () => resolve({ code: null, stdout: '' }));
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}
