import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project } from './cli-harness.js';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
const TODAY = ['--today', '2026-03-01'];

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string }>;
}

let project: Project;

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Spec Author', '-c', 'user.email=author@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd: project.root,
    encoding: 'utf8',
  });
}

async function example(name: string): Promise<string> {
  return readFile(path.join(repository, 'examples', name), 'utf8');
}

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

/** Each result's file relative to the project, with its rule ids. */
function reported(stdout: string): Record<string, string[]> {
  const results = JSON.parse(stdout) as JsonResult[];
  return Object.fromEntries(results.map((result) => [path.relative(project.root, result.filePath), result.messages.map((message) => message.ruleId ?? '')]));
}

describe('lint --changed-since', () => {
  it('reports only the files a branch changed, while workspace rules still see every spec', async () => {
    const rfc = await example('rfc/0007-billing-webhooks.md');
    await project.write('docs/0007-billing-webhooks.md', rfc);
    await project.write('docs/notification-service.md', await example('design-doc/notification-service.md'));
    await project.write('docs/rate-limiting.md', await example('why-what-how/SPEC-2026-04-15-002-rate-limiting.md'));
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'specs');
    git('checkout', '-q', '-b', 'feature');
    // The pull request: a new RFC that reuses number 0007, committed; an edit not yet committed; a new file not yet added.
    await project.write('docs/0007-retry-policy.md', rfc.replace('Billing webhooks', 'Retry policy'));
    git('add', '.');
    git('commit', '-q', '-m', 'retry policy');
    await project.write('docs/notification-service.md', `${await project.read('docs/notification-service.md')}\nOne more line.\n`);
    await project.write('docs/bulk-export.md', await example('feature/SPEC-2026-03-02-001-bulk-export.md'));

    const run = await project.run(['lint', 'docs', '--changed-since', 'main', '--format', 'json', ...TODAY]);
    const results = reported(run.stdout);
    expect(Object.keys(results).sort()).toEqual(['docs/0007-retry-policy.md', 'docs/bulk-export.md', 'docs/notification-service.md']);
    // The reused number fails the pull request; the same finding on the unchanged RFC is not shown.
    expect(results['docs/0007-retry-policy.md']).toContain('id-unique-workspace');
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('specloom: --changed-since main: reporting on 3 changed of 5 files; workspace rules saw all of them\n');

    // The whole run reports the duplicate on both files.
    const all = reported((await project.run(['lint', 'docs', '--format', 'json', ...TODAY])).stdout);
    expect(all['docs/0007-billing-webhooks.md']).toContain('id-unique-workspace');
  });

  it('reports nothing and exits 0 when no spec changed, though other files did', async () => {
    await project.write('docs/0007-billing-webhooks.md', await example('rfc/0007-billing-webhooks.md'));
    await project.write('docs/0007-copy.md', await example('rfc/0007-billing-webhooks.md'));
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'specs with a duplicate number');
    await project.write('package.json', '{}\n');
    const run = await project.run(['lint', 'docs', '--changed-since', 'HEAD', '--format', 'json', ...TODAY]);
    expect(run).toMatchObject({ exitCode: 0, stdout: '[]\n' });
  });

  it('exits 2 with a clear message for an unknown ref or outside a git repository', async () => {
    await project.write('docs/0007-billing-webhooks.md', await example('rfc/0007-billing-webhooks.md'));
    const outside = await project.run(['lint', 'docs', '--changed-since', 'main']);
    expect(outside).toMatchObject({ exitCode: 2, stdout: '' });
    expect(outside.stderr).toBe(`specloom: Unexpected --changed-since outside a git work tree ("${project.root}"), expected to run in a git checkout\n`);

    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'specs');
    const unknown = await project.run(['lint', 'docs', '--changed-since', 'origin/main']);
    expect(unknown).toMatchObject({ exitCode: 2, stdout: '' });
    expect(unknown.stderr).toBe(
      'specloom: Unknown git ref "origin/main" for --changed-since, expected a branch, tag or commit of this repository (a shallow CI clone must fetch it first)\n',
    );
    const withFix = await project.run(['lint', 'docs', '--changed-since', 'HEAD', '--fix']);
    expect(withFix).toMatchObject({ exitCode: 2 });
    expect(withFix.stderr).toBe('specloom: Unexpected --changed-since with --fix, expected a run over all files to fix\n');
  });
});
