import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { today } from './authoring-harness.js';
import { Project, readFixture } from './cli-harness.js';

const RFC_FIXTURE = 'rfc-0007-billing-webhooks.md';
const RFC_PATH = 'docs/0007-billing-webhooks.md';

let project: Project;

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

/** A feature spec in Draft whose only unfinished part is the Review Checklist (required from Approved on). */
function featureSpec(status: string): string {
  return `# Feature Specification: Bulk export

## Metadata
- **Spec ID**: SPEC-2026-03-02-001
- **Status**: ${status}
- **Author**: Ada Lovelace
- **Created**: 2026-03-02
- **Last Updated**: 2026-03-03
`;
}

describe('specloom status', () => {
  it('rewrites only the Status value and Last Updated', async () => {
    const original = await readFixture(RFC_FIXTURE);
    await project.copyFixture(RFC_FIXTURE, RFC_PATH);
    const run = await project.run(['status', RFC_PATH, 'approved', '--force']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(`${RFC_PATH}: review → approved (Last Updated ${today()})\n`);
    const expected = original
      .replace('**Status**: review', '**Status**: approved')
      .replace(/\*\*Last Updated\*\*: \d{4}-\d{2}-\d{2}/u, `**Last Updated**: ${today()}`);
    expect(await project.read(RFC_PATH)).toBe(expected);
  });

  it('refuses a move against the lifecycle with the reason, exit 1, and leaves the file alone', async () => {
    await project.write('spec.md', featureSpec('Implemented'));
    const run = await project.run(['status', 'spec.md', 'Draft']);
    expect(run.stderr).toBe(
      'specloom: Cannot move `spec.md` to "Draft": Unexpected move from "Implemented" to "Draft", expected one of "Deprecated", "Superseded" (--force overrides)\n',
    );
    expect(run.exitCode).toBe(1);
    expect(await project.read('spec.md')).toBe(featureSpec('Implemented'));
  });

  it('refuses a move that would turn findings into errors, and lists them', async () => {
    const draft = (await readFixture(RFC_FIXTURE)).replace('**Status**: review', '**Status**: draft').replace('Send signed webhooks to merchants whenever an invoice changes state.', '[Brief description of what this spec proposes]');
    await project.write(RFC_PATH, draft);
    const run = await project.run(['status', RFC_PATH, 'review']);
    expect(run.exitCode).toBe(1);
    const [first, ...listed] = run.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^specloom: Cannot move `docs\/0007-billing-webhooks\.md` to "review": it would have \d+ new lint errors?, expected none \(--force overrides\)$/u);
    expect(listed.length).toBeGreaterThan(0);
    expect(await project.read(RFC_PATH)).toBe(draft);
  });

  it('moves anyway with --force', async () => {
    await project.write('spec.md', featureSpec('Implemented'));
    const run = await project.run(['status', 'spec.md', 'draft', '--force']);
    expect(run.exitCode).toBe(0);
    expect(await project.read('spec.md')).toBe(
      featureSpec('Draft').replace('**Last Updated**: 2026-03-03', `**Last Updated**: ${today()}`),
    );
  });

  it('rejects bad arguments with one line and exit 2', async () => {
    await project.write('spec.md', featureSpec('Draft'));
    await project.write('notes.md', '# Meeting notes\n');
    const cases: Array<[string[], string]> = [
      [['status', 'spec.md', 'Done'], 'specloom: Unexpected status "Done", expected one of "Draft", "Review", "Approved", "Implemented", "Deprecated", "Superseded"\n'],
      [['status', 'missing.md', 'Review'], 'specloom: Cannot read `missing.md`, expected a spec file\n'],
      [['status', 'notes.md', 'Review'], 'specloom: Unexpected `notes.md` without a known template, expected a spec\n'],
      [['status', 'spec.md'], "specloom: missing required argument 'new-status'\n"],
    ];
    for (const [args, stderr] of cases) {
      const run = await project.run(args);
      expect(run.stderr).toBe(stderr);
      expect(run.exitCode).toBe(2);
    }
  });
});
