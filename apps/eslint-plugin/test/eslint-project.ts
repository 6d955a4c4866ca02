import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The plugin package folder (its `dist` is what ESLint loads, as from npm). */
export const pluginRoot = fileURLToPath(new URL('..', import.meta.url));
export const repositoryRoot = path.resolve(pluginRoot, '../..');
const specloomCliPath = path.join(repositoryRoot, 'apps/cli/dist/bin.js');

/** Packages a project installs beside the plugin; linked in from this package's own node_modules. */
const linkedPackages = ['eslint', '@eslint/markdown'];

/** The flat config the README gives. */
export const RECOMMENDED_CONFIG = `import specloom from 'eslint-plugin-specloom';

export default [specloom.configs.recommended];
`;

export interface ProcessRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** One finding as both tools print it in JSON (ESLint's formatter shape). */
export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
}

/**
 * A finding in one comparable line: range, severity, rule and text. ESLint's rule ids carry the plugin's
 * namespace (`specloom/rfc/title-number`), which `namespace` strips so both tools' ids read the same.
 */
export function describeFinding(message: JsonMessage, namespace = ''): string {
  const ruleId = message.ruleId === null ? '(file)' : message.ruleId.startsWith(namespace) ? message.ruleId.slice(namespace.length) : `!${message.ruleId}`;
  const severity = message.severity === 2 ? 'error' : 'warning';
  return `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${severity} ${ruleId}: ${message.message}`;
}

function plainEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  delete environment.FORCE_COLOR;
  delete environment.NO_COLOR;
  delete environment.DEBUG;
  // Vitest starts its test processes with its own conditions; the tools must load what users load (dist).
  delete environment.NODE_OPTIONS;
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
 * A throw-away project outside the repository, set up as a user's would be: `node_modules` holding ESLint,
 * `@eslint/markdown` and the plugin (a link to this package, as `npm install` would place it), an
 * `eslint.config.js` and specs.
 */
export class EslintProject {
  private constructor(readonly root: string) {}

  static async create(eslintConfig = RECOMMENDED_CONFIG): Promise<EslintProject> {
    requireBuilt(path.join(pluginRoot, 'dist/index.js'), 'eslint-plugin-specloom');
    // The real path: both tools report resolved paths, and the comparison relies on them agreeing.
    const project = new EslintProject(await realpath(await mkdtemp(path.join(tmpdir(), 'specloom-eslint-'))));
    await mkdir(project.path('node_modules/@eslint'), { recursive: true });
    await symlink(pluginRoot, project.path('node_modules/eslint-plugin-specloom'), 'dir');
    for (const name of linkedPackages) {
      await symlink(await realpath(path.join(pluginRoot, 'node_modules', name)), project.path(`node_modules/${name}`), 'dir');
    }
    await project.write('package.json', JSON.stringify({ name: 'specs', private: true, type: 'module' }));
    await project.write('eslint.config.js', eslintConfig);
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

  read(relativePath: string): Promise<string> {
    return readFile(this.path(relativePath), 'utf8');
  }

  /** The real `eslint` CLI from npm, as a user runs it in the project folder. */
  eslint(args: string[]): Promise<ProcessRun> {
    return runNode(path.join(this.root, 'node_modules/eslint/bin/eslint.js'), args, this.root);
  }

  /** `eslint --format json …`: the report parsed, with the exit code. */
  async eslintJson(args: string[]): Promise<{ exitCode: number | null; files: JsonFile[] }> {
    const run = await this.eslint(['--format', 'json', ...args]);
    try {
      return { exitCode: run.exitCode, files: JSON.parse(run.stdout) as JsonFile[] };
    } catch {
      throw new Error(`eslint printed no JSON (exit ${run.exitCode}) in ${this.root}:\n${run.stderr}${run.stdout}`);
    }
  }

  /** The specloom CLI on the same project, for comparison. */
  specloom(args: string[]): Promise<ProcessRun> {
    requireBuilt(specloomCliPath, 'the specloom CLI');
    return runNode(specloomCliPath, args, this.root);
  }

  async specloomJson(args: string[]): Promise<{ exitCode: number | null; files: JsonFile[] }> {
    const run = await this.specloom(['lint', '--format', 'json', ...args]);
    try {
      return { exitCode: run.exitCode, files: JSON.parse(run.stdout) as JsonFile[] };
    } catch {
      throw new Error(`specloom printed no JSON (exit ${run.exitCode}):\n${run.stderr}${run.stdout}`);
    }
  }

  /** Findings by project-relative path (POSIX), files without findings included. */
  findingsByFile(files: JsonFile[], namespace = ''): Map<string, string[]> {
    return new Map(
      files.map((file) => [
        path.relative(this.root, file.filePath).split(path.sep).join('/'),
        file.messages.map((message) => describeFinding(message, namespace)).sort(),
      ]),
    );
  }

  remove(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}

/** Time for one test or hook: each spawns Node processes on a busy two-core machine. */
export const PROCESS_TIMEOUT = 300_000;
