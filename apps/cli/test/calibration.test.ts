import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Project, runCli } from './cli-harness.js';

/**
 * The calibration corpus (fixtures/calibration, see its README): correct specs in the variety real teams write,
 * and documents in other formats. The yardstick of the severity policy: no error on a correct spec, no template
 * claiming another format's document.
 */
const corpus = fileURLToPath(new URL('../../../fixtures/calibration/', import.meta.url));

interface JsonResult {
  filePath: string;
  template: string | null;
  errorCount: number;
  warningCount: number;
  messages: Array<{ ruleId: string | null; severity: number; line: number; message: string }>;
}

let project: Project;

beforeAll(async () => {
  // Outside the repository, so no config above the folder is found: zero config, as a new user runs it.
  project = await Project.create();
  await cp(corpus, project.root, { recursive: true });
});

afterAll(async () => {
  await project.remove();
});

async function lint(folder: string): Promise<{ exitCode: number | null; results: JsonResult[] }> {
  const run = await runCli(['lint', folder, '--format', 'json'], project.root);
  return { exitCode: run.exitCode, results: JSON.parse(run.stdout) as JsonResult[] };
}

const relative = (result: JsonResult) => path.relative(project.root, result.filePath).split(path.sep).join('/');

describe('the calibration corpus through the real CLI', () => {
  it('lints clean/ as one workspace with no error, each file under its own template, and few warnings', async () => {
    const { exitCode, results } = await lint('clean');
    expect(results).toHaveLength(30);
    const errors = results.flatMap((result) =>
      result.messages.filter((message) => message.severity === 2).map((message) => `${relative(result)}:${message.line} ${message.ruleId} ${message.message}`),
    );
    expect(errors).toEqual([]);
    expect(exitCode).toBe(0);
    // The folder names the template each file is written from.
    for (const result of results) expect(result.template, relative(result)).toBe(relative(result).split('/')[1]);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    expect(warnings).toBeLessThanOrEqual(results.length);
  });

  it('gives spec-kit and OpenSpec documents their own templates, and claims no document of another format', async () => {
    const { exitCode, results } = await lint('foreign');
    expect(results).toHaveLength(16);
    // The corpus README allows only "a template made for that very format": the built-in spec-kit and openspec
    // plugins' templates, each on its own files. KEP, MADR, PEP, Rust RFC, blog posts… stay unclaimed.
    const formats: Record<string, string> = {
      'foreign/speckit-spec.md': 'spec-kit',
      'foreign/speckit-plan.md': 'spec-kit-plan',
      'foreign/speckit-tasks.md': 'spec-kit-tasks',
      'foreign/openspec-proposal.md': 'openspec-change',
      'foreign/openspec-spec-delta.md': 'openspec-delta',
    };
    const claimed = Object.fromEntries(results.filter((result) => result.template !== null).map((result) => [relative(result), result.template]));
    expect(claimed).toEqual(formats);
    // A Draft spec's open questions are warnings, not errors.
    expect(results.flatMap((result) => result.messages.filter((message) => message.severity === 2).map((message) => `${relative(result)}:${message.line} ${message.ruleId}`))).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('explains why a document gets its template, and why another format\'s template does not claim it', async () => {
    const run = await runCli(['templates', '--explain', 'foreign/speckit-spec.md'], project.root);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('foreign/speckit-spec.md: template "spec-kit", detected');
    expect(run.stdout).toMatch(/spec-kit\s+1\.00\s+`\*\*Feature Branch\*\*` field; `## User Scenarios & Testing` section/);
    // The feature template sees its title shape only, which is not enough on its own.
    expect(run.stdout).toMatch(/feature\s+0\.30\s+H1 "Feature Specification: …"/);
    const kep = await runCli(['templates', '--explain', 'foreign/kep-5231-image-pull-budgets.md'], project.root);
    expect(kep.stdout).toContain('foreign/kep-5231-image-pull-budgets.md: no template');
  });
});
