// Runs one command as a child process and measures wall time and peak RSS: with GNU time (`/usr/bin/time -v`)
// when present, else by sampling the child's VmHWM in /proc (Linux), else wall time only.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';

const GNU_TIME = '/usr/bin/time';

function peakFromProc(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** { seconds, peakRssBytes?, exitCode, stderr } for `command args` run in `cwd`; stdout is discarded. */
export function measure(command, args, { cwd, useGnuTime = existsSync(GNU_TIME) } = {}) {
  const [file, fileArgs] = useGnuTime ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, fileArgs, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sampled;
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const sampler = useGnuTime
      ? undefined
      : setInterval(() => {
          const peak = peakFromProc(child.pid);
          if (peak !== undefined) sampled = Math.max(sampled ?? 0, peak);
        }, 20);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (sampler) clearInterval(sampler);
      let peakRssBytes = sampled;
      if (useGnuTime) {
        const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (match) peakRssBytes = Number(match[1]) * 1024;
        // GNU time's own report is not the tool's output.
        stderr = stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, '');
      }
      resolve({ seconds, peakRssBytes, exitCode, stderr });
    });
  });
}
