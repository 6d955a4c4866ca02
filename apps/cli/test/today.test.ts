import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project, binPath, readFixture, type CliRun } from './cli-harness.js';

const RFC_FIXTURE = 'rfc-0007-billing-webhooks.md';
const RFC_PATH = 'docs/rfc/0007-billing-webhooks.md';
/** The fixture was last updated on 2025-03-18: judged on 2025-03-10, that date is in the future. */
const BEFORE_LAST_UPDATE = '2025-03-10';
const FUTURE = 'Unexpected "Last Updated" date 2025-03-18 in the future, expected on or before today (2025-03-10)';

interface JsonResult {
  messages: Array<{ ruleId: string | null; message: string }>;
}

function futureMessages(run: CliRun): string[] {
  return (JSON.parse(run.stdout) as JsonResult[])
    .flatMap((result) => result.messages)
    .filter((message) => message.ruleId === 'metadata-date-order')
    .map((message) => message.message);
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
  await project.copyFixture(RFC_FIXTURE, RFC_PATH);
  await project.copyFixture('prd-billing-notifications.md', 'docs/rfc/prd-billing-notifications.md');
});

afterEach(async () => {
  await project.remove();
});

describe('specloom lint --today', () => {
  it('judges dates by --today, else SPECLOOM_TODAY, else the local date', async () => {
    expect(futureMessages(await project.run(['lint', 'docs', '--format', 'json']))).toEqual([]);

    const flagged = await project.run(['lint', 'docs', '--format', 'json', '--today', BEFORE_LAST_UPDATE]);
    expect(futureMessages(flagged)).toEqual([FUTURE]);
    expect(flagged.exitCode).toBe(1);

    const fromEnvironment = await project.run(['lint', 'docs', '--format', 'json'], { SPECLOOM_TODAY: BEFORE_LAST_UPDATE });
    expect(futureMessages(fromEnvironment)).toEqual([FUTURE]);

    // The flag wins over the environment.
    const both = await project.run(['lint', 'docs', '--format', 'json', '--today', '2025-12-31'], { SPECLOOM_TODAY: BEFORE_LAST_UPDATE });
    expect(futureMessages(both)).toEqual([]);
    expect(both.exitCode).toBe(0);
  });

  it('reaches worker threads, the cache and standard input alike', async () => {
    // Enough files for worker threads (64), all judged on the same given day.
    const text = await readFixture(RFC_FIXTURE);
    for (let index = 0; index < 70; index++) await project.write(`many/${String(index).padStart(2, '0')}/0007-billing-webhooks.md`, text);
    const threaded = await project.run(['lint', 'many', '--format', 'json', '--concurrency', '2', '--today', BEFORE_LAST_UPDATE]);
    expect(futureMessages(threaded)).toHaveLength(70);

    // A cached run of another day is not reused: the day is part of the cache key.
    const cached = ['lint', 'docs', '--format', 'json', '--cache'];
    expect(futureMessages(await project.run([...cached, '--today', BEFORE_LAST_UPDATE]))).toEqual([FUTURE]);
    expect(futureMessages(await project.run([...cached, '--today', '2025-12-31']))).toEqual([]);

    const stdin = await new Promise<CliRun>((resolve, reject) => {
      const child = spawn(process.execPath, [binPath, 'lint', '--stdin', '--stdin-filename', RFC_PATH, '--format', 'json', '--today', BEFORE_LAST_UPDATE], {
        cwd: project.root,
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr: '' }));
      child.stdin.end(text);
    });
    expect(futureMessages(stdin)).toEqual([FUTURE]);
  });

  it('allows a date one day ahead of the run\u2019s date: the author\u2019s time zone may be ahead (UTC+14 vs UTC)', async () => {
    // Last Updated is 2025-03-18: the day after --today 2025-03-17 is not the future, two days after is.
    expect(futureMessages(await project.run(['lint', 'docs', '--format', 'json', '--today', '2025-03-17']))).toEqual([]);
    expect(futureMessages(await project.run(['lint', 'docs', '--format', 'json', '--today', '2025-03-16']))).toEqual([
      'Unexpected "Last Updated" date 2025-03-18 in the future, expected on or before today (2025-03-16)',
    ]);

    // Without --today, judged by the runner's clock: tomorrow passes (a spec from UTC+14 checked on UTC), not the day after.
    const dayFromNow = (days: number) => {
      const date = new Date();
      date.setDate(date.getDate() + days);
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    };
    const writeLastUpdated = (date: string) =>
      project.copyFixture(RFC_FIXTURE, RFC_PATH, (text) => text.replace('**Last Updated**: 2025-03-18', `**Last Updated**: ${date}`));
    await writeLastUpdated(dayFromNow(1));
    expect(futureMessages(await project.run(['lint', 'docs', '--format', 'json']))).toEqual([]);
    // Three days, not two: the test must not depend on midnight passing between the two runs.
    await writeLastUpdated(dayFromNow(3));
    expect(futureMessages(await project.run(['lint', 'docs', '--format', 'json']))).toHaveLength(1);
  });

  it('a date that is not a real YYYY-MM-DD day is one line and exit 2', async () => {
    const flag = await project.run(['lint', 'docs', '--today', '2025-02-30']);
    expect({ exitCode: flag.exitCode, stdout: flag.stdout, stderr: flag.stderr }).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: "specloom: option '--today <date>' argument '2025-02-30' is invalid. Expected a real date written YYYY-MM-DD, such as 2026-01-31.\n",
    });

    const environment = await project.run(['lint', 'docs'], { SPECLOOM_TODAY: 'tomorrow' });
    expect({ exitCode: environment.exitCode, stdout: environment.stdout, stderr: environment.stderr }).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'specloom: Unexpected SPECLOOM_TODAY "tomorrow", expected a real date written YYYY-MM-DD, such as 2026-01-31\n',
    });
  });
});
