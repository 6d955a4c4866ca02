import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The preset package folder (its `dist` is what remark-cli loads, as from npm). */
export const presetRoot = fileURLToPath(new URL('..', import.meta.url));
export const repositoryRoot = path.resolve(presetRoot, '../..');
const remarkCliPath = path.join(presetRoot, 'node_modules/remark-cli/cli.js');
const specloomCliPath = path.join(repositoryRoot, 'apps/cli/dist/bin.js');

/** Packages a project installs to use the preset; linked in from this package's own node_modules. */
const linkedPackages = ['remark-preset-lint-recommended', 'vfile-reporter-json'];

export interface ProcessRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** One message as `remark --report json` prints it (vfile-reporter-json). */
export interface RemarkJsonMessage {
  reason: string;
  ruleId?: string | null;
  source?: string | null;
  fatal?: boolean | null;
  line?: number;
  column?: number;
  place?: { start: { line: number; column: number }; end: { line: number; column: number } };
  url?: string;
  expected?: string[];
  actual?: string;
}

export interface RemarkJsonFile {
  path: string;
  cwd: string;
  messages: RemarkJsonMessage[];
}

/** One message of `specloom lint --format json`. */
export interface SpecloomJsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SpecloomJsonFile {
  filePath: string;
  messages: SpecloomJsonMessage[];
}

/** A finding in one comparable line: rule, range, severity and text. */
export function describeFinding(finding: {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.severity === 2 ? 'error' : 'warning'} ${finding.ruleId ?? '(file)'}: ${finding.message}`;
}

/** A remark message in the CLI's terms: `fatal` true is an error, false a warning. */
export function remarkFinding(message: RemarkJsonMessage): string {
  return describeFinding({
    ruleId: message.ruleId ?? null,
    severity: message.fatal ? 2 : 1,
    message: message.reason,
    line: message.place?.start.line ?? message.line ?? 0,
    column: message.place?.start.column ?? message.column ?? 0,
    endLine: message.place?.end.line ?? message.line ?? 0,
    endColumn: message.place?.end.column ?? message.column ?? 0,
  });
}

function plainEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  delete environment.FORCE_COLOR;
  delete environment.NO_COLOR;
  delete environment.DEBUG;
  return environment;
}

function runNode(script: string, args: string[], cwd: string): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env: plainEnvironment() });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

function requireBuilt(filePath: string, what: string): void {
  if (!existsSync(filePath)) throw new Error(`${filePath} is missing: build ${what} first (pnpm turbo run build)`);
}

/**
 * A throw-away project outside the repository, set up as a user's would be: `node_modules` holding the preset
 * (a link to this package, as `npm install` would place it), a `.remarkrc.json` and specs.
 */
export class RemarkProject {
  private constructor(readonly root: string) {}

  static async create(remarkrc: unknown = { plugins: ['remark-preset-lint-specloom'] }): Promise<RemarkProject> {
    requireBuilt(path.join(presetRoot, 'dist/index.js'), 'remark-preset-lint-specloom');
    // The real path: both tools report resolved paths, and the comparison relies on them agreeing.
    const project = new RemarkProject(await realpath(await mkdtemp(path.join(tmpdir(), 'specloom-remark-'))));
    await mkdir(project.path('node_modules'));
    await symlink(presetRoot, project.path('node_modules/remark-preset-lint-specloom'), 'dir');
    for (const name of linkedPackages) {
      await symlink(path.join(presetRoot, 'node_modules', name), project.path(`node_modules/${name}`), 'dir');
    }
    await project.write('.remarkrc.json', JSON.stringify(remarkrc, null, 2));
    return project;
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

  /** Copy a file or folder of the repository (examples, plugin fixtures) into the project. */
  async copy(repositoryPath: string, relativePath: string): Promise<void> {
    await cp(path.join(repositoryRoot, repositoryPath), this.path(relativePath), { recursive: true });
  }

  /** The real remark-cli from npm, as a user runs it in the project folder. */
  remark(args: string[]): Promise<ProcessRun> {
    return runNode(remarkCliPath, ['--no-color', '--no-stdout', ...args], this.root);
  }

  /** `remark … --report json`: the report (written to stderr) parsed, with the exit code. */
  async remarkJson(args: string[]): Promise<{ exitCode: number | null; files: RemarkJsonFile[]; report: string }> {
    const run = await this.remark([...args, '--report', 'json']);
    let files: RemarkJsonFile[];
    try {
      files = JSON.parse(run.stderr) as RemarkJsonFile[];
    } catch {
      throw new Error(`remark printed no JSON report (exit ${run.exitCode}) in ${this.root}:\n${run.stderr}${run.stdout}`);
    }
    return { exitCode: run.exitCode, files, report: run.stderr };
  }

  /** The specloom CLI on the same project, for comparison. */
  async specloomJson(args: string[]): Promise<{ exitCode: number | null; files: SpecloomJsonFile[] }> {
    requireBuilt(specloomCliPath, 'the specloom CLI');
    const run = await runNode(specloomCliPath, ['lint', '--format', 'json', ...args], this.root);
    try {
      return { exitCode: run.exitCode, files: JSON.parse(run.stdout) as SpecloomJsonFile[] };
    } catch {
      throw new Error(`specloom printed no JSON (exit ${run.exitCode}):\n${run.stderr}${run.stdout}`);
    }
  }

  read(relativePath: string): Promise<string> {
    return readFile(this.path(relativePath), 'utf8');
  }

  remove(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}

/** Findings by project-relative path (POSIX), from remark's report; files without findings included. */
export function remarkFindingsByFile(project: RemarkProject, files: RemarkJsonFile[]): Map<string, string[]> {
  return new Map(
    files.map((file) => [
      path.relative(project.root, path.resolve(file.cwd, file.path)).split(path.sep).join('/'),
      file.messages.map(remarkFinding).sort(),
    ]),
  );
}

/** Findings by project-relative path (POSIX), from the CLI's JSON. */
export function specloomFindingsByFile(project: RemarkProject, files: SpecloomJsonFile[]): Map<string, string[]> {
  return new Map(
    files.map((file) => [
      path.relative(project.root, file.filePath).split(path.sep).join('/'),
      file.messages.map(describeFinding).sort(),
    ]),
  );
}

/**
 * Time for one test or hook: each spawns Node processes that load remark and specloom, which takes seconds on
 * a busy two-core CI machine.
 */
export const PROCESS_TIMEOUT = 300_000;
