import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TIMEOUT, RemarkProject, remarkFinding, remarkFindingsByFile, specloomFindingsByFile, type RemarkJsonMessage } from './remark-project.js';

function described(messages: RemarkJsonMessage[]): string[] {
  return messages.map(remarkFinding).sort();
}

describe('rule settings in .remarkrc', { timeout: PROCESS_TIMEOUT }, () => {
  let project: RemarkProject;
  let defaults: RemarkJsonMessage[];

  async function findings(relativePath: string, extra: string[] = []): Promise<{ messages: RemarkJsonMessage[]; exitCode: number | null }> {
    const { files, exitCode } = await project.remarkJson([relativePath, ...extra]);
    return { messages: files[0]!.messages, exitCode };
  }

  beforeAll(async () => {
    project = await RemarkProject.create();
    await project.copy('examples/mistakes/rfc-usage-metering.md', 'original.md');
    // An extra metadata field, for a rule with options.
    const text = (await project.read('original.md')).replace('**Reviewers**:', '**Sponsor**: Finance\n**Reviewers**:');
    await project.write('default/spec.md', text);
    await project.write('custom/spec.md', text);
    // The nearest remark config wins, so the files of custom/ run with these settings.
    await project.write(
      'custom/.remarkrc.json',
      JSON.stringify({
        plugins: [
          [
            'remark-preset-lint-specloom',
            {
              rules: {
                placeholder: 'warn',
                'rfc/title-number': 'off',
                'rfc/json-valid': false,
                'metadata-unknown': ['error', { allow: ['Sponsor'] }],
              },
            },
          ],
        ],
      }),
    );
    defaults = (await findings('default/spec.md')).messages;
  }, PROCESS_TIMEOUT);

  afterAll(() => project.remove());

  it('changes a severity, turns rules off and passes options, one line each', async () => {
    expect(defaults.map((message) => message.ruleId)).toEqual(
      expect.arrayContaining(['placeholder', 'rfc/title-number', 'rfc/json-valid', 'metadata-unknown']),
    );
    expect(defaults.find((message) => message.ruleId === 'placeholder')?.fatal).toBe(true);

    const { messages } = await findings('custom/spec.md');
    const expected = defaults
      .filter((message) => !['rfc/title-number', 'rfc/json-valid', 'metadata-unknown'].includes(String(message.ruleId)))
      .map((message) => (message.ruleId === 'placeholder' ? { ...message, fatal: false } : message));
    expect(described(messages)).toEqual(described(expected));
  });

  it('reports a mistake in the options on the file, with the rule it meant', async () => {
    await project.write('typo/spec.md', await project.read('original.md'));
    await project.write('typo/.remarkrc.json', JSON.stringify({ plugins: [['remark-preset-lint-specloom', { rules: { placeholdr: 'warn' } }]] }));
    const { messages, exitCode } = await findings('typo/spec.md');
    expect(messages.map((message) => [message.reason, message.fatal])).toEqual([
      ['remark-preset-lint-specloom options: "rules.placeholdr" names an unknown rule; did you mean "placeholder"?', true],
    ]);
    expect(exitCode).toBe(1);
  });

  it('fails on warnings only with --frail', async () => {
    await project.write('warnings/.remarkrc.json', JSON.stringify({ plugins: [['remark-preset-lint-specloom', { rules: { placeholder: 'warn' } }]] }));
    // A valid RFC with one unfilled placeholder: a single warning under these settings.
    await project.copy('examples/rfc/0007-billing-webhooks.md', 'warnings/original.md');
    const text = (await project.read('warnings/original.md')).replace(/\]\(\.\.\/design-doc\/[^)]*\)/g, '](https://example.com/design)');
    await project.write('warnings/0007-billing-webhooks.md', text.replace('## Summary\n', '## Summary\n\nOwner: [Name]\n'));
    const relaxed = await findings('warnings/0007-billing-webhooks.md');
    expect(relaxed.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['placeholder', false]]);
    expect(relaxed.exitCode).toBe(0);
    const frail = await findings('warnings/0007-billing-webhooks.md', ['--frail']);
    expect(frail.exitCode).toBe(1);
  });
});

describe('the specloom config found from each file', { timeout: PROCESS_TIMEOUT }, () => {
  let project: RemarkProject;

  beforeAll(async () => {
    project = await RemarkProject.create();
    // A company's own plugin, installed as a package and named in the config.
    await project.write(
      'node_modules/@acme/specloom-plugin/package.json',
      JSON.stringify({ name: '@acme/specloom-plugin', type: 'module', exports: './index.js' }),
    );
    await project.write(
      'node_modules/@acme/specloom-plugin/index.js',
      `export default {
  name: 'acme',
  rules: {
    'no-todo': {
      meta: {
        type: 'suggestion',
        docs: { description: 'Disallow TODO notes', recommended: true },
        messages: { todo: 'Unexpected TODO note, expected a decision or an Open Question' },
      },
      create(context) {
        return {
          text(node) {
            const index = node.value.indexOf('TODO');
            if (index === -1) return;
            const start = node.position.start;
            context.report({
              messageId: 'todo',
              position: {
                start: { line: start.line, column: start.column + index, offset: start.offset + index },
                end: { line: start.line, column: start.column + index + 4, offset: start.offset + index + 4 },
              },
            });
          },
        };
      },
    },
  },
};
`,
    );
    await project.write(
      'specloom.config.mjs',
      `export default {
  plugins: ['@acme/specloom-plugin'],
  rules: { placeholder: 'off', 'rfc/reviewer-handles': 'warn' },
  ignores: ['docs/archive/**'],
};
`,
    );
    await project.copy('examples/mistakes/rfc-usage-metering.md', 'original.md');
    const text = await project.read('original.md');
    await project.write('docs/rfcs/0019-usage-metering.md', text.replace('## Summary\n', '## Summary\n\nTODO: name the owning team.\n'));
    await project.write('docs/archive/0019-usage-metering.md', text);
  }, PROCESS_TIMEOUT);

  afterAll(() => project.remove());

  it('runs the org plugin’s rules and the config’s settings, as the CLI does', async () => {
    const [remark, specloom] = await Promise.all([project.remarkJson(['docs']), project.specloomJson(['docs'])]);
    const findings = remarkFindingsByFile(project, remark.files);
    const rfc = findings.get('docs/rfcs/0019-usage-metering.md')!;
    expect(rfc.filter((finding) => finding.includes('acme/no-todo'))).toHaveLength(1);
    expect(rfc.some((finding) => finding.includes(' placeholder: '))).toBe(false);
    expect(rfc.filter((finding) => finding.includes('rfc/reviewer-handles')).every((finding) => finding.includes(' warning '))).toBe(true);
    // Ignored by the config: remark still reads it, specloom says nothing about it.
    expect(findings.get('docs/archive/0019-usage-metering.md')).toEqual([]);
    expect(rfc).toEqual(specloomFindingsByFile(project, specloom.files).get('docs/rfcs/0019-usage-metering.md'));
  });

  it('reports a broken config on each file it governs, naming the file and the key', async () => {
    await project.write('broken/specloom.config.json', JSON.stringify({ rules: { placeholder: 'warning' } }));
    await project.copy('examples/rfc/0007-billing-webhooks.md', 'broken/0007-billing-webhooks.md');
    const { files, exitCode } = await project.remarkJson(['broken']);
    const [message] = files[0]!.messages;
    expect(message?.reason).toMatch(/^broken\/specloom\.config\.json: "rules\.placeholder" has an invalid severity "warning"; expected .*did you mean "warn"/);
    expect(message?.fatal).toBe(true);
    expect(exitCode).toBe(1);
  });
});
