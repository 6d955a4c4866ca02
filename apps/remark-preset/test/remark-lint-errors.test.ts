import { realpath, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TIMEOUT, presetRoot, RemarkProject, remarkFindingsByFile } from './remark-project.js';

const duplicates = 'plugins/rfc/test/fixtures/workspace-duplicate';

describe('remark-lint rules set to "error" before the preset', { timeout: PROCESS_TIMEOUT }, () => {
  let project: RemarkProject;

  beforeAll(async () => {
    project = await RemarkProject.create({
      plugins: ['remark-preset-lint-recommended', ['remark-lint-no-literal-urls', ['error']], 'remark-preset-lint-specloom'],
    });
    // The rule package the recommended preset uses, linked as a user who names it in .remarkrc would install it.
    const recommended = await realpath(path.join(presetRoot, 'node_modules/remark-preset-lint-recommended'));
    await symlink(
      path.join(path.dirname(recommended), 'remark-lint-no-literal-urls'),
      project.path('node_modules/remark-lint-no-literal-urls'),
      'dir',
    );
    await project.copy(`${duplicates}/0111-charger-command-queue.md`, 'docs/0111-charger-command-queue.md');
    await project.copy(`${duplicates}/0111-scoped-api-keys.md`, 'docs/0111-scoped-api-keys.md');
    // Files that remark-lint fails before specloom sees them, mixed with files it passes.
    for (let index = 0; index < 6; index++) {
      const text = `# Notes ${index}\n\n${index % 2 === 0 ? 'See https://example.com for more.' : 'Nothing to see.'}\n`;
      await project.write(`docs/notes-${index}.md`, text);
    }
  }, PROCESS_TIMEOUT);

  afterAll(() => project.remove());

  it('still finishes every file and reports both tools’ findings', async () => {
    const { files, exitCode } = await project.remarkJson(['docs']);
    const findings = remarkFindingsByFile(project, files);
    expect(files).toHaveLength(8);
    expect(findings.get('docs/notes-0.md')).toEqual(['3:5-3:24 error no-literal-urls: Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after']);
    expect(findings.get('docs/notes-1.md')).toEqual([]);
    expect(findings.get('docs/0111-charger-command-queue.md')).toHaveLength(1);
    expect(findings.get('docs/0111-scoped-api-keys.md')).toHaveLength(1);
    expect(exitCode).toBe(1);
  });
});
