import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EslintProject, PROCESS_TIMEOUT } from './eslint-project.js';

const pluginFamilies = ['product', 'spec-dated', 'design-doc', 'rfc', 'spec-kit', 'openspec'];

/** Both tools over the examples and every built-in plugin's fixtures, compared in the same test run. */
async function createSpecsProject(): Promise<EslintProject> {
  const project = await EslintProject.create();
  await project.copy('examples', 'specs/examples');
  for (const family of pluginFamilies) await project.copy(`plugins/${family}/test/fixtures`, `specs/${family}`);
  return project;
}

describe('eslint with eslint-plugin-specloom', { timeout: PROCESS_TIMEOUT }, () => {
  let project: EslintProject;

  beforeAll(async () => {
    project = await createSpecsProject();
  }, PROCESS_TIMEOUT);

  afterAll(() => project.remove());

  it('finds what `specloom lint` finds in the same files: rule ids, ranges, severities and messages', async () => {
    const [eslint, specloom] = await Promise.all([project.eslintJson(['specs']), project.specloomJson(['specs'])]);
    const expected = project.findingsByFile(specloom.files);
    const actual = project.findingsByFile(eslint.files, 'specloom/');

    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, findings] of expected) expect(actual.get(file), file).toEqual(findings);
    // A real comparison: many files, many findings, workspace findings and fixable ones among them.
    expect(expected.size).toBeGreaterThan(40);
    const all = [...expected.values()].flat();
    expect(all.length).toBeGreaterThan(40);
    expect(all.some((finding) => finding.includes(' id-unique-workspace: '))).toBe(true);
    // Errors fail both tools.
    expect(eslint.exitCode).toBe(1);
    expect(specloom.exitCode).toBe(1);
  });
});

describe('eslint --fix with eslint-plugin-specloom', { timeout: PROCESS_TIMEOUT }, () => {
  let eslintProject: EslintProject;
  let specloomProject: EslintProject;

  beforeAll(async () => {
    [eslintProject, specloomProject] = await Promise.all([createSpecsProject(), createSpecsProject()]);
  }, PROCESS_TIMEOUT);

  afterAll(async () => {
    await Promise.all([eslintProject.remove(), specloomProject.remove()]);
  });

  it('writes the same text as `specloom lint --fix`, file by file', async () => {
    const entries = await readdir(eslintProject.path('specs'), { recursive: true, withFileTypes: true });
    const relativePaths = entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => path.relative(eslintProject.root, path.join(entry.parentPath, entry.name)));
    expect(relativePaths.length).toBeGreaterThan(40);
    const originals = await Promise.all(relativePaths.map((relativePath) => eslintProject.read(relativePath)));
    await Promise.all([eslintProject.eslint(['--fix', 'specs']), specloomProject.specloom(['lint', '--fix', 'specs'])]);

    let changed = 0;
    for (const [index, relativePath] of relativePaths.entries()) {
      const [fixedByEslint, fixedBySpecloom] = await Promise.all([eslintProject.read(relativePath), specloomProject.read(relativePath)]);
      expect(fixedByEslint, relativePath).toBe(fixedBySpecloom);
      if (fixedBySpecloom !== originals[index]) changed++;
    }
    // The comparison means something only if fixes were applied.
    expect(changed).toBeGreaterThan(0);
  });
});
