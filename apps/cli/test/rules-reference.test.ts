import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Project, runCli } from './cli-harness.js';

const reference = fileURLToPath(new URL('../../../docs/rules.md', import.meta.url));

describe('the rules reference', () => {
  it('docs/rules.md is what `specloom rules --format markdown` prints with zero config (run `pnpm docs:rules`)', async () => {
    // Outside the repository: zero config, the built-in plugins only.
    const project = await Project.create();
    try {
      const run = await runCli(['rules', '--format', 'markdown'], project.root);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toBe(await readFile(reference, 'utf8'));
    } finally {
      await project.remove();
    }
  });

  it('links every rule to its doc and lists its options', async () => {
    const text = await readFile(reference, 'utf8');
    expect(text).toContain('| [`status-checklists`](../packages/core/src/rules/status-checklists.md) |');
    expect(text).toMatch(/\| \[`metadata-unknown`\]\([^)]+\) \|.*\| `allow` \(string\[\]\) \|/);
  });
});
