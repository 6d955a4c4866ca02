import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TIMEOUT, RemarkProject, remarkFindingsByFile } from './remark-project.js';

const duplicates = 'plugins/rfc/test/fixtures/workspace-duplicate';

describe('workspace rules across the files remark-cli processes', { timeout: PROCESS_TIMEOUT }, () => {
  let project: RemarkProject;

  beforeAll(async () => {
    project = await RemarkProject.create();
    // In different folders: one workspace is every file of the run, wherever it lives.
    await project.copy(`${duplicates}/0111-charger-command-queue.md`, 'docs/rfcs/0111-charger-command-queue.md');
    await project.copy(`${duplicates}/0111-scoped-api-keys.md`, 'docs/security/0111-scoped-api-keys.md');
  }, PROCESS_TIMEOUT);

  afterAll(() => project.remove());

  it('reports an RFC number defined by two files on both files', async () => {
    const { files, exitCode } = await project.remarkJson(['docs']);
    const findings = remarkFindingsByFile(project, files);
    expect(findings.get('docs/rfcs/0111-charger-command-queue.md')).toEqual([
      '1:3-1:12 error id-unique-workspace: Unexpected ID "SPEC 0111" also defined in "../security/0111-scoped-api-keys.md", expected an ID unique across the workspace',
    ]);
    expect(findings.get('docs/security/0111-scoped-api-keys.md')).toEqual([
      '1:3-1:12 error id-unique-workspace: Unexpected ID "SPEC 0111" also defined in "../rfcs/0111-charger-command-queue.md", expected an ID unique across the workspace',
    ]);
    expect(exitCode).toBe(1);
  });

  it('reports a Spec ID defined by two feature specs on both files', async () => {
    const feature = 'examples/feature/SPEC-2026-03-02-001-bulk-export.md';
    await project.copy(feature, 'features/billing/SPEC-2026-03-02-001-bulk-export.md');
    await project.copy(feature, 'features/exports/SPEC-2026-03-02-001-bulk-export.md');
    const { files } = await project.remarkJson(['features']);
    const findings = remarkFindingsByFile(project, files);
    for (const [folder, other] of [
      ['billing', 'exports'],
      ['exports', 'billing'],
    ]) {
      expect(findings.get(`features/${folder}/SPEC-2026-03-02-001-bulk-export.md`)).toEqual([
        `4:16-4:35 error id-unique-workspace: Unexpected ID "SPEC-2026-03-02-001" also defined in "../${other}/SPEC-2026-03-02-001-bulk-export.md", expected an ID unique across the workspace`,
      ]);
    }
  });

  it('sees no duplicate when remark processes one of the files alone', async () => {
    const { files, exitCode } = await project.remarkJson(['docs/rfcs/0111-charger-command-queue.md']);
    expect(remarkFindingsByFile(project, files).get('docs/rfcs/0111-charger-command-queue.md')).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('honours a lint comment on a workspace finding', async () => {
    const text = await project.read('docs/rfcs/0111-charger-command-queue.md');
    await project.write('docs/rfcs/0111-charger-command-queue.md', `<!--lint disable id-unique-workspace-->\n\n${text}`);
    const { files } = await project.remarkJson(['docs']);
    const findings = remarkFindingsByFile(project, files);
    expect(findings.get('docs/rfcs/0111-charger-command-queue.md')).toEqual([]);
    expect(findings.get('docs/security/0111-scoped-api-keys.md')).toHaveLength(1);
  });
});
