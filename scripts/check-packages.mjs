#!/usr/bin/env node
// Checks what npm users would install: each published package is packed, then linted by publint (--strict:
// warnings fail too) and by Are the Types Wrong (esm-only: the packages are ESM, so the CommonJS resolutions
// are not promised). Both tools are devDependencies, and attw is told not to fetch @types packages: no network.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { packPackages } from './packages/pack-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const destination = mkdtempSync(path.join(tmpdir(), 'specloom-check-packages-'));

const checks = [
  { tool: 'publint', command: (tarball) => [bin('publint'), ['run', tarball, '--strict']] },
  { tool: 'attw', command: (tarball) => [bin('attw'), [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-emoji', '--no-color']] },
];

/** Runs one check; a tool's non-zero exit is a finding, its output the explanation. */
async function runCheck(check, packed) {
  const [command, args] = check.command(packed.tarball);
  try {
    await promisify(execFile)(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return undefined;
  } catch (error) {
    return `✗ ${check.tool}: ${packed.name} (${path.relative(root, packed.path)})\n${error.stdout ?? ''}${error.stderr ?? error.message}`;
  }
}

const failures = [];
try {
  const packages = packPackages(root, destination);
  const queue = packages.flatMap((packed) => checks.map((check) => () => runCheck(check, packed)));
  // Each tool run is mostly one process loading TypeScript or a tarball: one per core.
  const workers = Array.from({ length: availableParallelism() }, async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const failure = await next();
      if (failure !== undefined) failures.push(failure);
    }
  });
  await Promise.all(workers);
  for (const failure of failures) console.error(failure);
  console.log(
    `check:packages: ${packages.length} packages, publint --strict and attw --profile esm-only: ${failures.length === 0 ? 'clean' : `${failures.length} failed`}`,
  );
} finally {
  rmSync(destination, { recursive: true, force: true });
}
process.exitCode = failures.length === 0 ? 0 : 1;
