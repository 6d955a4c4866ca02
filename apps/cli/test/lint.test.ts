import { stat } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project, positionOf, readFixture } from './cli-harness.js';

const RFC_FIXTURE = 'rfc-0007-billing-webhooks.md';
const RFC_PATH = 'docs/rfc/0007-billing-webhooks.md';
const PRD_FIXTURE = 'prd-billing-notifications.md';

const RESULT_KEYS = [
  'filePath',
  'template',
  'messages',
  'suppressedMessages',
  'errorCount',
  'fatalErrorCount',
  'warningCount',
  'fixableErrorCount',
  'fixableWarningCount',
];
const MESSAGE_KEYS = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'messageId'];

/**
 * The RFC with a status the template does not allow (an error) and a creation date that is not written as
 * YYYY-MM-DD (a warning with its fix: the date is certain, only its spelling differs).
 */
function withBadStatusAndDate(text: string): string {
  return text.replace('**Status**: review', '**Status**: done').replace('**Created**: 2025-03-04', '**Created**: 2025-3-4');
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
  await project.copyFixture(PRD_FIXTURE, 'docs/rfc/prd-billing-notifications.md');
});

afterEach(async () => {
  await project.remove();
});

describe('specloom lint', () => {
  it('prints nothing and exits 0 for a spec that follows its template', async () => {
    await project.copyFixture(RFC_FIXTURE, RFC_PATH);
    const run = await project.run(['lint', RFC_PATH]);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
  });

  it('reports problems in stylish form at their positions, relative paths, and exits 1', async () => {
    const text = withBadStatusAndDate(await readFixture(RFC_FIXTURE));
    await project.copyFixture(RFC_FIXTURE, RFC_PATH, withBadStatusAndDate);
    const status = positionOf(text, 'done');
    const created = positionOf(text, '2025-3-4');

    const run = await project.run(['lint', 'docs']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe(RFC_PATH);
    expect(lines[2]).toMatch(new RegExp(`^  ${status.line}:${status.column}\\s+error\\s+Unexpected value "done" for "Status".*\\s{2}metadata-enum$`));
    expect(lines[3]).toMatch(new RegExp(`^  ${created.line}:${created.column}\\s+warning\\s+Unexpected date format "2025-3-4".*\\s{2}metadata-date$`));
    expect(lines.slice(4)).toEqual([
      '',
      '\u2716 2 problems (1 error, 1 warning)',
      '  0 errors and 1 warning potentially fixable with the --fix option.',
      '',
    ]);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.exitCode).toBe(1);
  });

  it('colours stylish output when forced and never when NO_COLOR is set', async () => {
    await project.copyFixture(RFC_FIXTURE, RFC_PATH, withBadStatusAndDate);
    const forced = await project.run(['lint', RFC_PATH], { FORCE_COLOR: '1' });
    expect(forced.stdout).toContain(`\u001b[4m${RFC_PATH}\u001b[24m`);
    const noColor = await project.run(['lint', RFC_PATH], { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(noColor.stdout).not.toContain('\u001b[');
    const flag = await project.run(['lint', RFC_PATH, '--no-color'], { FORCE_COLOR: '1' });
    expect(flag.stdout).not.toContain('\u001b[');
  });

  it('--format json prints exactly the output contract on stdout, notes on stderr', async () => {
    const text = withBadStatusAndDate(await readFixture(RFC_FIXTURE));
    await project.copyFixture(RFC_FIXTURE, RFC_PATH, withBadStatusAndDate);
    await project.write('docs/notes.md', 'Ideas for the offsite, in no particular order.\n');

    const run = await project.run(['lint', 'docs', '--format', 'json']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(
      '\u2139 docs/notes.md: No specloom template matched this file; skipped.\n' +
        '\u2139 docs/rfc/prd-billing-notifications.md: No specloom template matched this file; skipped.\n',
    );
    const results = JSON.parse(run.stdout);
    expect(results.map((result: { filePath: string }) => result.filePath)).toEqual([
      project.path('docs/notes.md'),
      project.path(RFC_PATH),
      project.path('docs/rfc/prd-billing-notifications.md'),
    ]);
    for (const result of results) {
      expect(Object.keys(result)).toEqual(RESULT_KEYS);
      for (const message of result.messages) {
        expect(Object.keys(message)).toEqual(message.fix ? [...MESSAGE_KEYS, 'fix'] : MESSAGE_KEYS);
      }
    }

    const [notes, rfc, prd] = results;
    expect(notes).toEqual({
      filePath: project.path('docs/notes.md'),
      template: null,
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    expect(prd.template).toBeNull();
    expect(rfc.template).toBe('rfc');
    expect(rfc.errorCount).toBe(1);
    expect(rfc.warningCount).toBe(1);
    expect(rfc.fixableWarningCount).toBe(1);

    const status = positionOf(text, 'done');
    const created = positionOf(text, '2025-3-4');
    const [statusMessage, dateMessage] = rfc.messages;
    expect(statusMessage).toMatchObject({
      ruleId: 'metadata-enum',
      messageId: expect.any(String),
      severity: 2,
      line: status.line,
      column: status.column,
      endLine: status.line,
      endColumn: status.column + 'done'.length,
    });
    expect(statusMessage.fix).toBeUndefined();
    const dateOffset = text.indexOf('2025-3-4');
    expect(dateMessage).toMatchObject({
      ruleId: 'metadata-date',
      severity: 1,
      line: created.line,
      column: created.column,
      endLine: created.line,
      endColumn: created.column + '2025-3-4'.length,
      fix: { range: [dateOffset, dateOffset + '2025-3-4'.length], text: '2025-03-04' },
    });
  });

  it('--fix rewrites the file, reports what is left, and a second --fix changes nothing', async () => {
    await project.copyFixture(RFC_FIXTURE, RFC_PATH, withBadStatusAndDate);
    const expected = (await project.read(RFC_PATH)).replace('**Created**: 2025-3-4', '**Created**: 2025-03-04');

    const first = await project.run(['lint', RFC_PATH, '--fix']);
    expect(await project.read(RFC_PATH)).toBe(expected);
    expect(first.stdout).toContain('metadata-enum');
    expect(first.stdout).not.toContain('metadata-date');
    expect(first.stdout).toContain('\u2716 1 problem (1 error, 0 warnings)');
    expect(first.exitCode).toBe(1);

    const modifiedAt = (await stat(project.path(RFC_PATH))).mtimeMs;
    const second = await project.run(['lint', RFC_PATH, '--fix']);
    expect(await project.read(RFC_PATH)).toBe(expected);
    expect((await stat(project.path(RFC_PATH))).mtimeMs).toBe(modifiedAt);
    expect(second.stdout).toBe(first.stdout);
    expect(second.exitCode).toBe(1);
  });

  it('without --fix leaves the file alone', async () => {
    await project.copyFixture(RFC_FIXTURE, RFC_PATH, withBadStatusAndDate);
    const before = await project.read(RFC_PATH);
    await project.run(['lint', RFC_PATH]);
    expect(await project.read(RFC_PATH)).toBe(before);
  });

  describe('warnings', () => {
    // Without the PRD next to it, both links to it are broken: two warnings, no errors.
    beforeEach(async () => {
      await project.remove();
      project = await Project.create();
      await project.copyFixture(RFC_FIXTURE, RFC_PATH);
    });

    it('are shown but exit 0 without --max-warnings', async () => {
      const run = await project.run(['lint', RFC_PATH]);
      expect(run.stdout).toContain('\u2716 2 problems (0 errors, 2 warnings)');
      expect(run.stdout.match(/ warning /gu)).toHaveLength(2);
      expect(run.stdout).toContain('link-relative');
      expect(run.exitCode).toBe(0);
    });

    it('exit 1 when there are more than --max-warnings', async () => {
      const within = await project.run(['lint', RFC_PATH, '--max-warnings', '2']);
      expect(within.exitCode).toBe(0);
      expect(within.stderr).toBe('');

      const over = await project.run(['lint', RFC_PATH, '--max-warnings', '1']);
      expect(over.exitCode).toBe(1);
      expect(over.stderr).toBe('specloom found too many warnings (maximum: 1, found: 2).\n');
      expect(over.stdout).toBe(within.stdout);
    });

    it('--quiet hides warnings and keeps errors', async () => {
      await project.copyFixture(RFC_FIXTURE, RFC_PATH, withBadStatusAndDate);
      const loud = await project.run(['lint', RFC_PATH]);
      expect(loud.stdout).toContain('\u2716 4 problems (1 error, 3 warnings)');

      const quiet = await project.run(['lint', RFC_PATH, '--quiet']);
      expect(quiet.stdout).not.toContain('warning ');
      expect(quiet.stdout).not.toContain('link-relative');
      expect(quiet.stdout).toContain('metadata-enum');
      expect(quiet.stdout).toContain('\u2716 1 problem (1 error, 0 warnings)');
      expect(quiet.exitCode).toBe(1);

      const quietJson = JSON.parse((await project.run(['lint', RFC_PATH, '--quiet', '--format', 'json'])).stdout);
      expect(quietJson[0].warningCount).toBe(0);
      expect(quietJson[0].messages.every((message: { severity: number }) => message.severity === 2)).toBe(true);
    });

    it('--quiet still counts hidden warnings against --max-warnings', async () => {
      const run = await project.run(['lint', RFC_PATH, '--quiet', '--max-warnings', '0']);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('specloom found too many warnings (maximum: 0, found: 2).\n');
      expect(run.exitCode).toBe(1);
    });
  });

  it('skips a file no template matches with a note on stderr, not an error', async () => {
    await project.write('docs/notes.md', '# Offsite ideas\n\n- Walk to the lake\n');
    const run = await project.run(['lint', 'docs/notes.md']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('\u2139 docs/notes.md: No specloom template matched this file; skipped.\n');
    expect(run.exitCode).toBe(0);

    const quiet = await project.run(['lint', 'docs/notes.md', '--quiet']);
    expect(quiet.stderr).toBe('');
  });

  it('walks folders for *.md files (the cwd by default), leaving out node_modules and .git', async () => {
    const broken = withBadStatusAndDate(await readFixture(RFC_FIXTURE));
    await project.copyFixture(RFC_FIXTURE, RFC_PATH);
    await project.write('docs/node_modules/some-package/README.md', broken);
    await project.write('node_modules/other/CHANGELOG.md', broken);
    await project.write('.git/COMMIT_EDITMSG.md', broken);
    await project.write('docs/rfc/0007-billing-webhooks.txt', broken);

    for (const args of [['lint', '--format', 'json'], ['lint', '.', '--format', 'json'], ['lint', 'docs', '--format', 'json']]) {
      const run = await project.run(args);
      expect(JSON.parse(run.stdout).map((result: { filePath: string }) => result.filePath)).toEqual([
        project.path(RFC_PATH),
        project.path('docs/rfc/prd-billing-notifications.md'),
      ]);
      expect(run.exitCode).toBe(0);
    }
  });

  it('expands globs and lints a named file whatever its extension', async () => {
    await project.copyFixture(RFC_FIXTURE, RFC_PATH, withBadStatusAndDate);
    await project.copyFixture(RFC_FIXTURE, 'docs/rfc/0007-copy.txt', withBadStatusAndDate);
    const glob = await project.run(['lint', 'docs/**/00*.md', '--format', 'json']);
    expect(JSON.parse(glob.stdout).map((result: { filePath: string }) => result.filePath)).toEqual([project.path(RFC_PATH)]);
    const named = await project.run(['lint', 'docs/rfc/0007-copy.txt', '--format', 'json']);
    expect(JSON.parse(named.stdout)[0].template).toBe('rfc');
    expect(named.exitCode).toBe(1);
  });

  it('--ignore-pattern (repeatable) leaves matching files out', async () => {
    await project.copyFixture(RFC_FIXTURE, RFC_PATH, withBadStatusAndDate);
    await project.copyFixture(RFC_FIXTURE, 'drafts/0008-draft.md', withBadStatusAndDate);
    const run = await project.run([
      'lint',
      '.',
      '--ignore-pattern',
      'drafts',
      '--ignore-pattern',
      'docs/rfc/*.md',
      '--format',
      'json',
    ]);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it('reports a pattern that matches nothing, still lints the rest, and exits 2', async () => {
    await project.copyFixture(RFC_FIXTURE, RFC_PATH);
    const run = await project.run(['lint', 'docs/rfc/missing.md', RFC_PATH, 'specs/**/*.md', '--format', 'json']);
    expect(run.stderr).toBe(
      'specloom: No files matching "docs/rfc/missing.md" were found.\n' +
        'specloom: No files matching "specs/**/*.md" were found.\n',
    );
    expect(JSON.parse(run.stdout).map((result: { filePath: string }) => result.filePath)).toEqual([project.path(RFC_PATH)]);
    expect(run.exitCode).toBe(2);
  });

  it('reports unreadable input on that file and goes on with the others', async () => {
    await project.copyFixture(RFC_FIXTURE, RFC_PATH);
    await project.write('docs/design/broken.md', '---\ntitle: [unclosed\nstatus: draft\n---\n\n# Broken\n');
    const run = await project.run(['lint', 'docs', '--format', 'json']);
    const results = JSON.parse(run.stdout);
    const broken = results.find((result: { filePath: string }) => result.filePath === project.path('docs/design/broken.md'));
    expect(broken.errorCount).toBeGreaterThan(0);
    // Reported inside the front matter (lines 1-4), where the YAML breaks.
    expect(broken.messages[0]).toMatchObject({ ruleId: null, severity: 2, message: expect.stringContaining('YAML') });
    expect(broken.messages[0].line).toBeGreaterThanOrEqual(2);
    expect(broken.messages[0].line).toBeLessThanOrEqual(4);
    expect(results.find((result: { filePath: string }) => result.filePath === project.path(RFC_PATH)).errorCount).toBe(0);
    expect(run.exitCode).toBe(1);
  });
});
