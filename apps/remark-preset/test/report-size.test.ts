import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TIMEOUT, RemarkProject, repositoryRoot } from './remark-project.js';

const fileCount = 100;

describe('remark --report json over many specs', { timeout: PROCESS_TIMEOUT }, () => {
  let project: RemarkProject;

  beforeAll(async () => {
    project = await RemarkProject.create();
    const mistakes = (await readdir(path.join(repositoryRoot, 'examples/mistakes'))).filter(
      (name) => name.endsWith('.md') && name !== 'EXPECTED.md',
    );
    // Copies of specs with mistakes: every file has findings, and every ID is a workspace duplicate.
    for (let index = 0; index < fileCount; index++) {
      const name = mistakes[index % mistakes.length];
      await project.copy(`examples/mistakes/${name}`, `specs/${String(index).padStart(3, '0')}-${name}`);
    }
  }, PROCESS_TIMEOUT);

  afterAll(() => project.remove());

  it('stays small: messages carry positions, never the syntax tree', async () => {
    const { files, report } = await project.remarkJson(['specs']);
    expect(files).toHaveLength(fileCount);
    const messages = files.flatMap((file) => file.messages);
    expect(messages.length).toBeGreaterThan(fileCount * 5);
    expect(messages.some((message) => message.ruleId === 'id-unique-workspace')).toBe(true);
    expect(report).not.toContain('"ancestors"');
    expect(report).not.toContain('"children"');
    // A serialised tree costs tens of kilobytes per message (hundreds of megabytes in all); a message is a few hundred bytes.
    expect(report.length / messages.length).toBeLessThan(2_000);
    expect(report.length).toBeLessThan(5_000_000);
  });
});
