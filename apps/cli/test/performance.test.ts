import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project, readFixture, type CliRun } from './cli-harness.js';

const RFC_FIXTURE = 'rfc-0007-billing-webhooks.md';
/** Two feature specs that share one Spec ID: the workspace rule must see both, whichever thread linted them. */
const duplicatesFolder = fileURLToPath(new URL('../../../plugins/spec-dated/test/fixtures/workspace-duplicate/', import.meta.url));
const DUPLICATE_NAMES = ['heartbeat-tuning.md', 'idle-fee-notifications.md'] as const;
/** Above the engine's threshold (64 files to lint), so the default run starts worker threads. */
const RFC_COUNT = 70;
/** For what one thread shows as well as many: fewer files, a quicker suite. */
const SMALL_RFC_COUNT = 6;
/** Each CLI run lints ~70 files; generous for a loaded CI machine. No timing is asserted. */
const SLOW = 240_000;

let project: Project;

function rfcPath(index: number): string {
  return `docs/rfc/${String(100 + index).padStart(4, '0')}-billing-webhooks.md`;
}

/** RFCs with distinct IDs (one with a bad status), with the duplicate pair at the two ends of the run. */
async function writeWorkspace(rfcCount: number): Promise<void> {
  const rfc = await readFixture(RFC_FIXTURE);
  await project.write(`docs/a-${DUPLICATE_NAMES[0]}`, await readFile(path.join(duplicatesFolder, DUPLICATE_NAMES[0]), 'utf8'));
  for (let index = 0; index < rfcCount; index++) {
    const id = String(100 + index).padStart(4, '0');
    let text = rfc.replace('# SPEC 0007:', `# SPEC ${id}:`);
    if (index === 40) text = text.replace('**Status**: review', '**Status**: done');
    await project.write(rfcPath(index), text);
  }
  await project.write(`docs/z-${DUPLICATE_NAMES[1]}`, await readFile(path.join(duplicatesFolder, DUPLICATE_NAMES[1]), 'utf8'));
}

function ruleIds(run: CliRun): string[] {
  const results = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
  return results.flatMap((result) => result.messages.map((message) => String(message.ruleId)));
}

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

describe('specloom lint --concurrency', () => {
  it(
    'reports the same results, in the same order, on worker threads as on one thread',
    async () => {
      await writeWorkspace(RFC_COUNT);
      // Over 256 KB: linted on the main thread, whose heap is not capped like a worker's.
      const padding = Array.from({ length: 4500 }, (_, index) => `Paragraph ${index} of the appendix explains the retry policy in detail.`).join('\n\n');
      const huge = (await readFixture(RFC_FIXTURE)).replace('# SPEC 0007:', '# SPEC 0999:') + `\n## Appendix\n\n${padding}\n`;
      expect(huge.length).toBeGreaterThan(256 * 1024);
      await project.write('docs/rfc/0999-billing-webhooks.md', huge);
      const single = await project.run(['lint', 'docs', '--format', 'json', '--concurrency', '1']);
      const parallel = await project.run(['lint', 'docs', '--format', 'json', '--concurrency', '2']);
      expect(parallel.stderr).toBe('');
      expect(parallel.exitCode).toBe(1);
      expect(parallel.stdout).toBe(single.stdout);
      const results = JSON.parse(parallel.stdout) as Array<{ filePath: string; messages: Array<{ message: string; line: number }> }>;
      expect(results).toHaveLength(RFC_COUNT + 3);
      // Files at both ends of the run land in different workers' batches; the workspace phase still pairs them.
      expect(results[0]?.messages.map((message) => message.message)).toContain(
        'Unexpected ID "SPEC-2026-03-09-021" also defined in "z-idle-fee-notifications.md", expected an ID unique across the workspace',
      );
      expect(results.at(-1)!.messages.map((message) => message.message)).toContain(
        'Unexpected ID "SPEC-2026-03-09-021" also defined in "a-heartbeat-tuning.md", expected an ID unique across the workspace',
      );
      expect(results[41]?.messages.some((message) => message.line === 3 && message.message.includes('"done"'))).toBe(true);
    },
    SLOW,
  );

  it('rejects a concurrency that is not a whole number of 1 or more', async () => {
    await writeWorkspace(SMALL_RFC_COUNT);
    const run = await project.run(['lint', 'docs', '--concurrency', '0']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('Expected a whole number of 1 or more.');
  });
});

describe('specloom lint --cache', () => {
  it(
    'gives the same results from the cache, and re-lints a changed file with the workspace rules',
    async () => {
      // Enough files for worker threads: cached phases and workers' phases must mix.
      await writeWorkspace(RFC_COUNT);
      const cold = await project.run(['lint', 'docs', '--format', 'json', '--cache']);
      expect(await readFile(project.path('.specloomcache'))).not.toHaveLength(0);
      const warm = await project.run(['lint', 'docs', '--format', 'json', '--cache']);
      expect(warm.stdout).toBe(cold.stdout);

      // One RFC now reuses the ID of another: both must be reported although only one file changed.
      const changed = (await project.read(rfcPath(3))).replace('# SPEC 0103:', '# SPEC 0104:');
      await writeFile(project.path(rfcPath(3)), changed);
      const afterEdit = await project.run(['lint', 'docs', '--format', 'json', '--cache']);
      const uncached = await project.run(['lint', 'docs', '--format', 'json']);
      expect(afterEdit.stdout).toBe(uncached.stdout);
      const results = JSON.parse(afterEdit.stdout) as Array<{ messages: Array<{ message: string }> }>;
      expect(results[4]?.messages.map((message) => message.message)).toContain(
        'Unexpected ID "SPEC 0104" also defined in "0104-billing-webhooks.md", expected an ID unique across the workspace',
      );
      expect(results[5]?.messages.map((message) => message.message)).toContain(
        'Unexpected ID "SPEC 0104" also defined in "0103-billing-webhooks.md", expected an ID unique across the workspace',
      );
    },
    SLOW,
  );

  it(
    'drops cached results when the config changes',
    async () => {
      await writeWorkspace(SMALL_RFC_COUNT);
      const before = await project.run(['lint', 'docs', '--format', 'json', '--cache', '--cache-location', 'cache/lint.bin']);
      expect(ruleIds(before)).toContain('id-unique-workspace');
      await project.write('specloom.config.json', JSON.stringify({ rules: { 'id-unique-workspace': 'off' } }));
      const after = await project.run(['lint', 'docs', '--format', 'json', '--cache', '--cache-location', 'cache/lint.bin']);
      expect(after.stderr).toBe('');
      expect(ruleIds(after)).not.toContain('id-unique-workspace');
      expect(ruleIds(after)).toEqual(ruleIds(before).filter((id) => id !== 'id-unique-workspace'));
    },
    SLOW,
  );

  it(
    'ignores a corrupt cache file with a note, and replaces it',
    async () => {
      await writeWorkspace(SMALL_RFC_COUNT);
      const clean = await project.run(['lint', 'docs', '--format', 'json']);
      await project.run(['lint', 'docs', '--format', 'json', '--cache']);
      // One byte of the cache changed after it was written: its checksum no longer matches.
      const bytes = await readFile(project.path('.specloomcache'));
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 0x10, bytes.length - 3);
      await writeFile(project.path('.specloomcache'), bytes);
      const run = await project.run(['lint', 'docs', '--format', 'json', '--cache']);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toBe(clean.stdout);
      expect(run.stderr).toContain('Unexpected corrupt cache file');
      const again = await project.run(['lint', 'docs', '--format', 'json', '--cache']);
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe(clean.stdout);
    },
    SLOW,
  );
});

describe('specloom lint progress', () => {
  it(
    'writes no progress to stderr when stderr is not a terminal',
    async () => {
      await writeWorkspace(SMALL_RFC_COUNT);
      const run = await project.run(['lint', 'docs']);
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toBe('');
    },
    SLOW,
  );
});
