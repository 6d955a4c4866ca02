import { spawn } from 'node:child_process';
import { chmod, chown, link, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binPath, Project, readFixture } from './cli-harness.js';

const RFC_FIXTURE = 'rfc-0007-billing-webhooks.md';
const isRoot = process.getuid?.() === 0;

/** An RFC numbered `number` whose Created date `--fix` rewrites (`2025-3-4` -> `2025-03-04`). */
async function fixableRfc(number = 7): Promise<string> {
  const text = await readFixture(RFC_FIXTURE);
  return text.replace('SPEC 0007', `SPEC ${String(number).padStart(4, '0')}`).replace('**Created**: 2025-03-04', '**Created**: 2025-3-4');
}

/**
 * A plugin whose rule plays the user: while specloom lints `edited*.md` it appends a line to the file on disk,
 * and it deletes `deleted*.md`, both between the read and the write of `--fix`.
 */
const MEDDLING_PLUGIN = `
import { appendFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
export default {
  name: 'meddle',
  rules: {
    user: {
      meta: { type: 'layout', docs: { description: 'Edit files mid-run', recommended: true }, messages: {}, templates: ['rfc'] },
      create(context) {
        return {
          document() {
            const name = path.basename(context.document.path ?? '');
            if (name.startsWith('edited')) appendFileSync(context.document.path, '\\nEdited by the user while specloom ran.\\n');
            if (name.startsWith('deleted')) unlinkSync(context.document.path);
          },
        };
      },
    },
  },
};
`;

async function temporaryFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true });
  return names.filter((name) => name.endsWith('.tmp'));
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

describe('--fix under concurrent edits', () => {
  beforeEach(async () => {
    await project.write('meddle.mjs', MEDDLING_PLUGIN);
    await project.write('specloom.config.json', JSON.stringify({ plugins: ['./meddle.mjs'], rules: { 'meddle/user': 'error' } }));
  });

  it('does not overwrite a file edited between its read and its write, and does not recreate a deleted one', async () => {
    await project.write('docs/plain.md', await fixableRfc(1));
    await project.write('docs/edited.md', await fixableRfc(2));
    await project.write('docs/deleted.md', await fixableRfc(3));

    const run = await project.run(['lint', 'docs', '--fix', '--format', 'json']);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ message: string; ruleId: string | null }> }>;
    const messagesOf = (name: string) => results.find((result) => result.filePath.endsWith(name))!.messages.map((message) => message.message);

    expect(await project.read('docs/plain.md')).toContain('**Created**: 2025-03-04');
    const edited = await project.read('docs/edited.md');
    expect(edited).toContain('Edited by the user while specloom ran.');
    expect(edited).toContain('**Created**: 2025-3-4');
    expect(messagesOf('edited.md')).toContain(
      'Cannot write the fixed file: it changed on disk since it was read, expected the content that was linted; not overwritten',
    );
    expect(await readdir(project.path('docs'))).not.toContain('deleted.md');
    expect(messagesOf('deleted.md')).toContain('Cannot write the fixed file: it was deleted since it was read, expected it to exist; not recreated');
    expect(await temporaryFiles(project.root)).toEqual([]);
    expect(run.exitCode).toBe(1);
  });

  it('holds on worker threads too: 100 files, each written as soon as it is fixed', async () => {
    for (let index = 0; index < 100; index++) {
      const name = index === 50 ? 'edited-50.md' : index === 70 ? 'deleted-70.md' : `plain-${index}.md`;
      await project.write(`docs/${name}`, await fixableRfc(index + 1));
    }
    const run = await project.run(['lint', 'docs', '--fix', '--concurrency', '2', '--format', 'json']);
    expect(run.stderr).toBe('');
    const edited = await project.read('docs/edited-50.md');
    expect(edited).toContain('Edited by the user while specloom ran.');
    expect(edited).toContain('**Created**: 2025-3-4');
    expect(await readdir(project.path('docs'))).not.toContain('deleted-70.md');
    expect(await project.read('docs/plain-99.md')).toContain('**Created**: 2025-03-04');
    const refused = (JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>).flatMap((result) =>
      result.messages.filter((message) => message.message.startsWith('Cannot write the fixed file')),
    );
    expect(refused).toHaveLength(2);
  });
});

describe('--fix and status respect the file', () => {
  const RFC_PATH = 'docs/0007-billing-webhooks.md';

  it('--fix leaves a read-only file as it is, with a clear message', async () => {
    const target = await project.write(RFC_PATH, await fixableRfc());
    await chmod(target, 0o444);
    const run = await project.run(['lint', RFC_PATH, '--fix']);
    expect(run.stdout).toContain('Cannot write the fixed file: permission denied (EACCES), expected a file you can write; left as it is');
    expect(await project.read(RFC_PATH)).toContain('**Created**: 2025-3-4');
    expect((await stat(target)).mode & 0o777).toBe(0o444);
    expect(run.exitCode).toBe(1);
  });

  it('status leaves a read-only file as it is, with a clear message', async () => {
    const target = await project.write(RFC_PATH, await readFixture(RFC_FIXTURE));
    await chmod(target, 0o444);
    const run = await project.run(['status', RFC_PATH, 'approved', '--force']);
    expect(run.stderr).toBe(`specloom: Cannot write \`${RFC_PATH}\`: permission denied (EACCES), expected a file you can write; left as it is\n`);
    expect(await project.read(RFC_PATH)).toContain('**Status**: review');
    expect(run.exitCode).toBe(2);
  });

  it('--fix and status keep hard links: every name shows the new text', async () => {
    const target = await project.write(RFC_PATH, await fixableRfc());
    const second = project.path('elsewhere.md');
    await link(target, second);
    await project.run(['lint', RFC_PATH, '--fix']);
    expect(await project.read('elsewhere.md')).toContain('**Created**: 2025-03-04');
    await project.run(['status', RFC_PATH, 'approved', '--force']);
    expect(await project.read('elsewhere.md')).toContain('**Status**: approved');
    expect((await stat(target)).nlink).toBe(2);
    expect((await stat(target)).ino).toBe((await stat(second)).ino);
  });

  it.runIf(isRoot)('--fix and status run as root keep the owner, group and mode of another user\'s file', async () => {
    const target = await project.write(RFC_PATH, await fixableRfc());
    await chown(target, 1234, 5678);
    await chmod(target, 0o640);
    await project.run(['lint', RFC_PATH, '--fix']);
    expect(await project.read(RFC_PATH)).toContain('**Created**: 2025-03-04');
    await project.run(['status', RFC_PATH, 'approved', '--force']);
    expect(await project.read(RFC_PATH)).toContain('**Status**: approved');
    const after = await stat(target);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([1234, 5678, 0o640]);
  });
});

describe('temporary files', () => {
  it('none are left when the disk is full', async () => {
    // A 48 KB file system: the fixed copy of a 40 KB spec does not fit next to it.
    const { execFileSync } = await import('node:child_process');
    const mountPoint = project.path('small');
    await project.write('small/.keep', '');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    } catch {
      // Only root in a container that allows mounts can make a full disk; elsewhere the unit test covers it.
      return;
    }
    try {
      const padding = `\n${'Background on retries and signing. '.repeat(1100)}\n`;
      await project.write('small/0007-billing-webhooks.md', (await fixableRfc()).replace('## Motivation', `## Motivation\n${padding}`));
      const run = await project.run(['lint', 'small/0007-billing-webhooks.md', '--fix']);
      expect(run.stdout).toMatch(/Cannot write the fixed file: ENOSPC/u);
      expect(await project.read('small/0007-billing-webhooks.md')).toContain('**Created**: 2025-3-4');
      expect(await temporaryFiles(mountPoint)).toEqual([]);
      expect(run.exitCode).toBe(1);
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });

  it('none are left after SIGINT in the middle of --fix', async () => {
    for (let index = 0; index < 300; index++) await project.write(`docs/${index}.md`, await fixableRfc(index + 1));
    const child = spawn(process.execPath, [binPath, 'lint', 'docs', '--fix', '--concurrency', '1'], { cwd: project.root, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let running = true;
    void exited.then(() => (running = false));
    // Interrupt the moment a temporary file exists: the run is then between writing and renaming it.
    let sawTemporary = false;
    while (running && !sawTemporary) {
      sawTemporary = (await temporaryFiles(project.path('docs'))).length > 0;
      if (sawTemporary) child.kill('SIGINT');
    }
    expect(await exited).toBe(sawTemporary ? 'SIGINT' : null);
    expect(sawTemporary).toBe(true);
    expect(await temporaryFiles(project.path('docs'))).toEqual([]);
  }, 60_000);
});

describe('status', () => {
  it('reads a file with CR-only line endings: updates Status and Last Updated only, keeps the line endings', async () => {
    const text = (await readFixture(RFC_FIXTURE)).replace(/\n/gu, '\r');
    await project.write('0007-billing-webhooks.md', text);
    const run = await project.run(['status', '0007-billing-webhooks.md', 'approved', '--force']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^0007-billing-webhooks\.md: review → approved \(Last Updated \d{4}-\d{2}-\d{2}\)\n$/u);
    const after = await project.read('0007-billing-webhooks.md');
    expect(after).not.toContain('\n');
    expect(after).toContain('\r**Status**: approved\r**Author**: Dana Whitfield\r');
    expect(after).toMatch(/\r\*\*Last Updated\*\*: (?!2025-03-18)\d{4}-\d{2}-\d{2}\r\*\*Reviewers\*\*/u);
    const lint = await project.run(['lint', '0007-billing-webhooks.md', '--format', 'json']);
    expect((JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]?.messages.map((message) => message.ruleId)).toEqual([
      'link-relative',
      'link-relative',
    ]);
    expect(run.exitCode).toBe(0);
  });

  it('does not overwrite a file edited since it was read', async () => {
    // The edit lands between status's read and its write: simulated by a config that edits the file when loaded.
    await project.write('0007-billing-webhooks.md', await readFixture(RFC_FIXTURE));
    await project.write(
      'specloom.config.mjs',
      `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(path.join(project.root, '0007-billing-webhooks.md'))}, '\\nA late edit.\\n');\nexport default {};\n`,
    );
    const run = await project.run(['status', '0007-billing-webhooks.md', 'approved', '--force']);
    expect(run.stderr).toBe(
      'specloom: Cannot write `0007-billing-webhooks.md`: it changed on disk since it was read, expected the content that was linted; not overwritten\n',
    );
    expect(await project.read('0007-billing-webhooks.md')).toContain('A late edit.');
    expect(await project.read('0007-billing-webhooks.md')).toContain('**Status**: review');
    expect(run.exitCode).toBe(2);
  });
});
