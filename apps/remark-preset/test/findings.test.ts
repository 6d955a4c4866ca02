import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TIMEOUT, RemarkProject, remarkFindingsByFile, specloomFindingsByFile } from './remark-project.js';

const pluginFamilies = ['product', 'spec-dated', 'design-doc', 'rfc', 'spec-kit', 'openspec'];

describe('remark-cli with remark-preset-lint-specloom', { timeout: PROCESS_TIMEOUT }, () => {
  let project: RemarkProject;

  beforeAll(async () => {
    project = await RemarkProject.create();
    await project.copy('examples', 'specs/examples');
    for (const family of pluginFamilies) await project.copy(`plugins/${family}/test/fixtures`, `specs/${family}`);
  }, PROCESS_TIMEOUT);

  afterAll(() => project.remove());

  it('finds what `specloom lint` finds in the same files: rule ids, ranges, severities and messages', async () => {
    const [remark, specloom] = await Promise.all([project.remarkJson(['specs']), project.specloomJson(['specs'])]);
    const expected = specloomFindingsByFile(project, specloom.files);
    const actual = remarkFindingsByFile(project, remark.files);

    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, findings] of expected) expect(actual.get(file), file).toEqual(findings);
    // A real comparison: many files, many findings, workspace findings among them.
    expect(expected.size).toBeGreaterThan(40);
    const all = [...expected.values()].flat();
    expect(all.length).toBeGreaterThan(40);
    expect(all.some((finding) => finding.includes(' id-unique-workspace: '))).toBe(true);
    // Errors fail both tools.
    expect(remark.exitCode).toBe(1);
    expect(specloom.exitCode).toBe(1);
  });

  it('gives each message remark-lint’s fields and never the syntax tree', async () => {
    const { files, report } = await project.remarkJson(['specs/examples/mistakes/rfc-usage-metering.md']);
    const [file] = files;
    const titleNumber = file!.messages.find((message) => message.ruleId === 'rfc/title-number');
    expect(titleNumber).toMatchObject({
      reason: 'Unexpected RFC number `019`, expected exactly four digits: `SPEC 0019`',
      source: 'specloom',
      fatal: true,
      place: { start: { line: 1, column: 8 }, end: { line: 1, column: 11 } },
      // remark-language-server turns these into a quick fix that replaces the range.
      actual: '019',
      expected: ['0019'],
    });
    expect(titleNumber?.url).toMatch(/^https:\/\/.+title-number\.md$/);
    expect(report).not.toContain('"ancestors"');
    expect(report).not.toContain('"children"');
  });
});
