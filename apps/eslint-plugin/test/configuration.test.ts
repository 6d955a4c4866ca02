import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EslintProject, PROCESS_TIMEOUT, RECOMMENDED_CONFIG } from './eslint-project.js';

const rfcExample = 'examples/rfc/0007-billing-webhooks.md';
const rfcMistakes = 'examples/mistakes/rfc-usage-metering.md';

describe('eslint-plugin-specloom with a specloom.config.* and lint comments', { timeout: PROCESS_TIMEOUT }, () => {
  let project: EslintProject;

  beforeAll(async () => {
    project = await EslintProject.create();
    // Found from each linted file, as the CLI finds it from its cwd: templates by glob, ignores.
    await project.write('specloom.config.json', JSON.stringify({ templates: { 'notes/**': 'rfc' }, ignores: ['archive/**'] }));
    await project.copy(rfcExample, 'rfcs/0007-billing-webhooks.md');
    await project.copy(rfcMistakes, 'archive/rfc-usage-metering.md');
    // A Draft with a decision checked: the rule (an error) asks for a warning while the spec is a Draft.
    const draft = (await project.read('rfcs/0007-billing-webhooks.md'))
      .replace('**Status**: approved', '**Status**: draft')
      .replace('# SPEC 0007: Billing Webhooks', '# SPEC 0008: Billing Retries');
    await project.write('notes/0008-billing-retries.md', draft);
  }, PROCESS_TIMEOUT);

  afterAll(() => project.remove());

  it('applies the config’s templates and ignores, and the severity a rule asks for, as `specloom lint` does', async () => {
    const [eslint, specloom] = await Promise.all([project.eslintJson(['.']), project.specloomJson(['.'])]);
    const expected = project.findingsByFile(specloom.files);
    const actual = project.findingsByFile(eslint.files, 'specloom/');
    actual.delete('eslint.config.js');
    // ESLint lints ignored files too, finding nothing in them; the CLI does not list them.
    expect(actual.get('archive/rfc-usage-metering.md')).toEqual([]);
    expect(expected.has('archive/rfc-usage-metering.md')).toBe(false);
    actual.delete('archive/rfc-usage-metering.md');
    expect(actual).toEqual(expected);
    expect(expected.get('notes/0008-billing-retries.md')).toContainEqual(expect.stringMatching(/ warning rfc\/decision-status: /));
  });

  it('honours ESLint’s disable comments and specloom’s lint comments', async () => {
    const text = await project.read('rfcs/0007-billing-webhooks.md');
    const withPlaceholders = text.replace('# SPEC 0007: Billing Webhooks', '# SPEC 0007: Billing Webhooks\n\nOwner: [Name]. Target: XXms.');
    await project.write('comments/eslint.md', `<!-- eslint-disable specloom/placeholder -->\n\n${withPlaceholders.replace('0007', '0021')}`);
    await project.write('comments/lint.md', `<!--lint disable placeholder-->\n\n${withPlaceholders.replace('0007', '0022')}`);
    await project.write('comments/none.md', withPlaceholders.replace('0007', '0023'));
    const { files } = await project.eslintJson(['comments']);
    const findings = project.findingsByFile(files, 'specloom/');
    expect(findings.get('comments/none.md')).toEqual(
      expect.arrayContaining([expect.stringContaining(' placeholder: '), expect.stringContaining(' placeholder: ')]),
    );
    expect(findings.get('comments/eslint.md')!.filter((finding) => finding.includes(' placeholder: '))).toEqual([]);
    expect(findings.get('comments/lint.md')!.filter((finding) => finding.includes(' placeholder: '))).toEqual([]);
  });
});

describe('eslint-plugin-specloom workspace rules', { timeout: PROCESS_TIMEOUT }, () => {
  const duplicates = 'plugins/rfc/test/fixtures/workspace-duplicate';
  let project: EslintProject;

  beforeAll(async () => {
    project = await EslintProject.create();
    await project.copy(`${duplicates}/0111-charger-command-queue.md`, 'docs/rfcs/0111-charger-command-queue.md');
    await project.copy(`${duplicates}/0111-scoped-api-keys.md`, 'docs/security/0111-scoped-api-keys.md');
  }, PROCESS_TIMEOUT);

  afterAll(() => project.remove());

  it('compares the linted file with every Markdown file under the config root, also when ESLint lints one file', async () => {
    const { files, exitCode } = await project.eslintJson(['docs/rfcs/0111-charger-command-queue.md']);
    expect(project.findingsByFile(files, 'specloom/').get('docs/rfcs/0111-charger-command-queue.md')).toEqual([
      '1:3-1:12 error id-unique-workspace: Unexpected ID "SPEC 0111" also defined in "../security/0111-scoped-api-keys.md", expected an ID unique across the workspace',
    ]);
    expect(exitCode).toBe(1);
  });

  it('compares nothing with `settings.specloom.workspace: false`', async () => {
    await project.write(
      'eslint.config.js',
      RECOMMENDED_CONFIG.replace('[specloom.configs.recommended]', '[specloom.configs.recommended, { settings: { specloom: { workspace: false } } }]'),
    );
    const { files, exitCode } = await project.eslintJson(['docs']);
    for (const findings of project.findingsByFile(files, 'specloom/').values()) expect(findings).toEqual([]);
    expect(exitCode).toBe(0);
  });
});
