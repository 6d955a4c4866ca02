import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project, readFixture } from './cli-harness.js';

const RFC_FIXTURE = 'rfc-0007-billing-webhooks.md';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; line: number; severity: number }>;
  errorCount: number;
}

/** The RFC fixture with six defects: a bad status, two bad dates, and three misnamed sections. */
async function rfcWithSixErrors(): Promise<string> {
  return (await readFixture(RFC_FIXTURE))
    .replace('**Status**: review', '**Status**: done')
    .replace('**Created**: 2025-03-04', '**Created**: 2025-3-4')
    .replace('**Last Updated**: 2025-03-18', '**Last Updated**: yesterday')
    .replace('## Summary', '## Summery')
    .replace('## Motivation', '## Motivations')
    .replace('## Backwards Compatibility', '## Compatibility');
}

function parse(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

describe('a file that cannot be parsed is an error, never a skip', () => {
  it('keeps reporting the six errors of a spec, and exits 1 once 8,000 `>` or 5,000 `- ` are appended', async () => {
    const text = await rfcWithSixErrors();
    await project.write('docs/plain.md', text);
    const plain = parse((await project.run(['lint', 'docs/plain.md', '--format', 'json'])).stdout);
    // Six defects; the rules' exact count is theirs to change.
    expect(plain[0]?.errorCount).toBeGreaterThanOrEqual(5);

    for (const tail of ['>'.repeat(8000), `${'- '.repeat(5000)}x`]) {
      await project.write('docs/deep.md', `${text}\n${tail}\n`);
      const started = Date.now();
      const run = await project.run(['lint', 'docs/deep.md']);
      const lastLine = text.split('\n').length + 1;
      expect(run.stdout).toContain(
        `${lastLine}:`,
      );
      expect(run.stdout).toMatch(
        new RegExp(`error\\s+Unexpected nesting \\d+ levels deep on line ${lastLine}, expected at most 100 \\(limits\\.maxNestingDepth\\); not linted`, 'u'),
      );
      expect(run.stderr).not.toContain('No specloom template matched');
      expect(run.exitCode).toBe(1);
      expect(Date.now() - started).toBeLessThan(30_000);
    }
  });

  it('lets limits.maxNestingDepth allow deeper nesting', async () => {
    await project.write('specloom.config.json', JSON.stringify({ limits: { maxNestingDepth: 300 } }));
    await project.write('docs/deep.md', `${await readFixture(RFC_FIXTURE)}\n${'> '.repeat(200)}deep quote\n`);
    const run = await project.run(['lint', 'docs/deep.md']);
    expect(run.stdout).not.toContain('nesting');
    expect(run.exitCode).toBe(0);
  });

  it('render, index and status say why they left the file out, and exit non-zero', async () => {
    await project.write('docs/deep.md', `${await readFixture(RFC_FIXTURE)}\n${'>'.repeat(8000)}\n`);
    const render = await project.run(['render', 'docs/deep.md', '--to', 'json']);
    expect(render.stderr).toMatch(/^specloom: `docs\/deep\.md`: Unexpected nesting \d+ levels deep on line \d+, expected at most 100 \(limits\.maxNestingDepth\); not rendered\n$/u);
    expect(render.exitCode).toBe(1);
    const index = await project.run(['index', 'docs']);
    expect(index.stderr).toMatch(/`docs\/deep\.md`: Unexpected nesting .*; left out of the index\n$/u);
    expect(index.exitCode).toBe(1);
    const status = await project.run(['status', 'docs/deep.md', 'approved']);
    expect(status.stderr).toMatch(/^specloom: Cannot read `docs\/deep\.md` as a spec: Unexpected nesting/u);
    expect(status.exitCode).toBe(2);
  });
});

/** A plugin with a rule stuck in an endless loop on files named `loop*.md`. */
const LOOPING_PLUGIN = `
export default {
  name: 'stuck',
  rules: {
    forever: {
      meta: { type: 'problem', docs: { description: 'Loops', recommended: true }, messages: {}, templates: ['rfc'] },
      create(context) {
        return {
          document() {
            if ((context.document.path ?? '').includes('loop')) for (;;) {}
          },
        };
      },
    },
  },
};
`;

describe('the per-file time budget', () => {
  it('stops a pathological file at limits.maxFileTimeMs with a message naming the limit, and lints the others', async () => {
    await project.write('specloom.config.json', JSON.stringify({ limits: { maxFileTimeMs: 1500 } }));
    // micromark's cost grows with the square of a `[a](` chain: this one alone parses for minutes.
    await project.write('docs/slow.md', `${await readFixture(RFC_FIXTURE)}\n${'[a]('.repeat(60_000)}\n`);
    await project.write('docs/0008-fine.md', (await rfcWithSixErrors()).replace('SPEC 0007', 'SPEC 0008'));
    const alone = parse((await project.run(['lint', 'docs/0008-fine.md', '--format', 'json'])).stdout)[0];
    const started = Date.now();
    const run = await project.run(['lint', 'docs', '--format', 'json']);
    const results = parse(run.stdout);
    expect(results.find((result) => result.filePath.endsWith('slow.md'))!.messages.map((message) => message.message)).toEqual([
      'Unexpected lint time over 1500 ms (stopped while parsing), expected at most limits.maxFileTimeMs = 1500 ms per file; not linted',
    ]);
    expect(results.find((result) => result.filePath.endsWith('fine.md'))!.messages).toEqual(alone?.messages);
    expect(run.exitCode).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 30_000);

  it('stops a rule stuck in a loop, names it, and goes on, on the main thread and on workers', async () => {
    await project.write('stuck.mjs', LOOPING_PLUGIN);
    await project.write(
      'specloom.config.json',
      JSON.stringify({ plugins: ['./stuck.mjs'], rules: { 'stuck/forever': 'error' }, limits: { maxFileTimeMs: 2000 } }),
    );
    const fixture = await readFixture(RFC_FIXTURE);
    await project.write('docs/loop.md', fixture);
    await project.write('docs/0008-fine.md', fixture.replace('SPEC 0007', 'SPEC 0008'));
    const single = await project.run(['lint', 'docs', '--format', 'json']);
    const loop = parse(single.stdout).find((result) => result.filePath.endsWith('loop.md'))!;
    expect(loop.messages.map((message) => message.message)).toEqual([
      'Unexpected lint time over 2000 ms (stopped while running rule "stuck/forever"), expected at most limits.maxFileTimeMs = 2000 ms per file; not linted',
    ]);
    expect(single.exitCode).toBe(1);

    for (let index = 9; index < 80; index++) {
      await project.write(`docs/${String(index).padStart(4, '0')}-fine.md`, fixture.replace('SPEC 0007', `SPEC ${String(index).padStart(4, '0')}`));
    }
    const parallel = await project.run(['lint', 'docs', '--format', 'json', '--concurrency', '2']);
    const results = parse(parallel.stdout);
    expect(results).toHaveLength(73);
    expect(results.filter((result) => result.errorCount > 0).map((result) => result.filePath)).toEqual([project.path('docs/loop.md')]);
    expect(parallel.exitCode).toBe(1);
  }, 60_000);
});

/** A plugin rule that reports every table row and throws on a row with an empty first cell. */
const CRASHING_PLUGIN = `
export default {
  name: 'rows',
  rules: {
    check: {
      meta: { type: 'problem', docs: { description: 'Rows', recommended: true }, messages: { row: 'Unexpected row "{{first}}"' }, templates: ['rfc'] },
      create(context) {
        return {
          tableRow(node) {
            const first = node.children[0].children.map((child) => child.value ?? '').join('');
            if (first === '') throw new TypeError('Cannot read the license of an empty cell');
            context.report({ messageId: 'row', data: { first }, node });
          },
        };
      },
    },
  },
};
`;

describe('a rule that crashes', () => {
  it('gets an error naming the rule and the node, and its findings before and after that node are kept', async () => {
    await project.write('rows.mjs', CRASHING_PLUGIN);
    await project.write('specloom.config.json', JSON.stringify({ plugins: ['./rows.mjs'], rules: { 'rows/check': 'error' } }));
    const table = ['', '| Package | License |', '| --- | --- |', '| left-pad | MIT |', '|  | ? |', '| agpl-lib | AGPL-3.0 |', ''].join('\n');
    const fixture = await readFixture(RFC_FIXTURE);
    await project.write('0007-billing-webhooks.md', fixture.replace('## Motivation\n', `## Motivation\n${table}`));
    const run = await project.run(['lint', '0007-billing-webhooks.md', '--format', 'json']);
    const messages = parse(run.stdout)[0]!.messages.filter((message) => message.ruleId === 'rows/check');
    const rowLine = fixture.split('\n').indexOf('## Motivation') + 1;
    expect(messages.map((message) => [message.line, message.message])).toEqual([
      [rowLine + 2, 'Unexpected row "Package"'],
      [rowLine + 4, 'Unexpected row "left-pad"'],
      [rowLine + 5, `Rule "rows/check" from plugin "rows" crashed on the \`tableRow\` node at ${rowLine + 5}:1: Cannot read the license of an empty cell`],
      [rowLine + 6, 'Unexpected row "agpl-lib"'],
    ]);
    expect(run.exitCode).toBe(1);
  });
});
