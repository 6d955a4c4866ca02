import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real built CLI: these tests run what users run. */
export const binPath = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const fixturesPath = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Environment without colour forcing, so output is the plain text a CI log shows. */
function plainEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  delete environment.FORCE_COLOR;
  delete environment.NO_COLOR;
  delete environment.DEBUG;
  return { ...environment, ...extra };
}

/** Wait for a child process to end, with everything it wrote to stdout and stderr. */
export function collectRun(child: ChildProcessWithoutNullStreams): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

export function runCli(args: string[], cwd: string, extraEnvironment: Record<string, string> = {}): Promise<CliRun> {
  if (!existsSync(binPath)) {
    throw new Error(`${binPath} is missing: build first (pnpm turbo run build --filter specloom...)`);
  }
  return collectRun(spawn(process.execPath, [binPath, ...args], { cwd, env: plainEnvironment(extraEnvironment) }));
}

/** A throw-away project folder, outside the repository so no config above it is found. */
export class Project {
  private constructor(readonly root: string) {}

  static async create(): Promise<Project> {
    return new Project(await mkdtemp(path.join(tmpdir(), 'specloom-cli-')));
  }

  path(relativePath: string): string {
    return path.join(this.root, relativePath);
  }

  async write(relativePath: string, text: string): Promise<string> {
    const target = this.path(relativePath);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    return target;
  }

  /** Copy a fixture from `test/fixtures`, optionally editing its text first. */
  async copyFixture(fixtureName: string, relativePath: string, edit?: (text: string) => string): Promise<string> {
    const target = this.path(relativePath);
    await mkdir(path.dirname(target), { recursive: true });
    if (edit) await writeFile(target, edit(await readFixture(fixtureName)));
    else await copyFile(path.join(fixturesPath, fixtureName), target);
    return target;
  }

  read(relativePath: string): Promise<string> {
    return readFile(this.path(relativePath), 'utf8');
  }

  run(args: string[], extraEnvironment?: Record<string, string>): Promise<CliRun> {
    return runCli(args, this.root, extraEnvironment);
  }

  remove(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}

export function readFixture(fixtureName: string): Promise<string> {
  return readFile(path.join(fixturesPath, fixtureName), 'utf8');
}

/** 1-based line and column of the first occurrence of `needle` in `text`, as a user reads them in an editor. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset === -1) throw new Error(`"${needle}" is not in the fixture`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
