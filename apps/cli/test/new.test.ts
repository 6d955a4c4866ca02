import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, today } from './authoring-harness.js';
import { Project } from './cli-harness.js';

interface JsonResult {
  filePath: string;
  template: string | null;
  messages: Array<{ ruleId: string | null; severity: number; message: string }>;
  errorCount: number;
  warningCount: number;
}

let project: Project;

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

const FIVE = [
  { template: 'rfc', args: [], file: /^docs\/0001-billing-webhooks\.md$/u },
  { template: 'feature', args: [], file: new RegExp(`^docs/SPEC-${today()}-001-billing-webhooks\\.md$`, 'u') },
  { template: 'why-what-how', args: [], file: new RegExp(`^docs/SPEC-${today()}-001-billing-webhooks\\.md$`, 'u') },
  { template: 'design-doc', args: [], file: /^docs\/billing-webhooks\.md$/u },
  { template: 'product', args: ['--product', 'grid'], file: /^docs\/billing-webhooks\.md$/u },
];

describe('specloom new', () => {
  for (const { template, args, file } of FIVE) {
    it(`writes a ${template} spec that lints with warnings only`, async () => {
      const created = await project.run(['new', template, 'Billing webhooks', '--dir', 'docs', '--author', 'Ada Lovelace', ...args]);
      expect(created.stderr).toBe('');
      expect(created.exitCode).toBe(0);
      const path = created.stdout.trim();
      expect(path).toMatch(file);

      const lint = await project.run(['lint', path, '--format', 'json']);
      const [result] = JSON.parse(lint.stdout) as [JsonResult];
      expect(result.template).toBe(template);
      expect(result.messages.filter((message) => message.severity === 2)).toEqual([]);
      expect(lint.exitCode).toBe(0);
      expect(result.warningCount).toBeGreaterThan(0);
    });
  }

  it('fills title, dates, first status, author, ID and product', async () => {
    const rfc = (await project.run(['new', 'rfc', 'Usage metering', '--author', 'Ada Lovelace'])).stdout.trim();
    expect((await project.read(rfc)).split('\n').slice(0, 6)).toEqual([
      '# SPEC 0001: Usage metering',
      '',
      '**Status**: draft',
      '**Author**: Ada Lovelace',
      `**Created**: ${today()}`,
      `**Last Updated**: ${today()}`,
    ]);

    const product = (await project.run(['new', 'product', 'Offline sync', '--product', 'Station', '--author', 'Ada'])).stdout.trim();
    const text = await project.read(product);
    expect(text.split('\n').slice(0, 7)).toEqual([
      '# Specification: Offline sync',
      '',
      '> **Status**: Draft',
      '> **Owner**: Ada / [Role]',
      `> **Created**: ${today()}`,
      '> **Product**: Station',
      '> **Priority**: P0 Critical | P1 High | P2 Medium | P3 Low',
    ]);
    expect(text).toContain('| **S-001** | [Riskiest unknown to validate] |');
  });

  it('takes the next RFC number and the next dated number of the day, and the author from git', async () => {
    await project.write('docs/0007-billing.md', '# SPEC 0007: Billing\n');
    await project.write('notes.md', `See SPEC-${today()}-004 and SPEC 0003.\n`);
    await git(project.root, 'init', '-q');
    await git(project.root, 'config', 'user.name', 'Grace Hopper');
    const rfc = await project.run(['new', 'rfc', 'Next one', '--dir', 'docs']);
    expect(rfc.stdout).toBe('docs/0008-next-one.md\n');
    expect(await project.read('docs/0008-next-one.md')).toContain('**Author**: Grace Hopper');
    const dated = await project.run(['new', 'feature', 'Export', '--dir', 'docs']);
    expect(dated.stdout).toBe(`docs/SPEC-${today()}-005-export.md\n`);
  });

  it('skips numbers reserved in specloom.config settings.reservedIds', async () => {
    await project.write('specloom.config.json', JSON.stringify({ settings: { reservedIds: [1, 'SPEC 0002', `SPEC-${today()}-001`] } }));
    expect((await project.run(['new', 'rfc', 'Reserved', '--author', 'A'])).stdout).toBe('0003-reserved.md\n');
    expect((await project.run(['new', 'why-what-how', 'Reserved', '--author', 'A'])).stdout).toBe(`SPEC-${today()}-002-reserved.md\n`);
  });

  it('does not reuse a number allocated on another branch from the same base', async () => {
    await git(project.root, 'init', '-q', '-b', 'main');
    await project.write('docs/0004-base.md', '# SPEC 0004: Base\n');
    await git(project.root, 'add', '.');
    await git(project.root, 'commit', '-q', '-m', 'base');

    await git(project.root, 'switch', '-q', '-c', 'feature-a');
    const first = await project.run(['new', 'rfc', 'Branch A', '--dir', 'docs', '--author', 'A']);
    const firstDated = await project.run(['new', 'feature', 'Branch A', '--dir', 'docs', '--author', 'A']);
    expect(first.stdout).toBe('docs/0005-branch-a.md\n');
    expect(firstDated.stdout).toBe(`docs/SPEC-${today()}-001-branch-a.md\n`);
    await git(project.root, 'add', '.');
    await git(project.root, 'commit', '-q', '-m', 'A');

    await git(project.root, 'switch', '-q', 'main');
    await git(project.root, 'switch', '-q', '-c', 'feature-b');
    expect(await readdir(project.path('docs'))).toEqual(['0004-base.md']);
    const second = await project.run(['new', 'rfc', 'Branch B', '--dir', 'docs', '--author', 'B']);
    const secondDated = await project.run(['new', 'feature', 'Branch B', '--dir', 'docs', '--author', 'B']);
    expect(second.stdout).toBe('docs/0006-branch-b.md\n');
    expect(secondDated.stdout).toBe(`docs/SPEC-${today()}-002-branch-b.md\n`);
  });

  it('never overwrites an existing file', async () => {
    await project.write('offline-sync.md', 'my own notes\n');
    const run = await project.run(['new', 'design-doc', 'Offline sync', '--author', 'A']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^specloom: Refusing to overwrite `.*offline-sync\.md`: the file already exists\n$/u);
    expect(await project.read('offline-sync.md')).toBe('my own notes\n');
  });

  it('keeps the slug inside the target folder and transliterated', async () => {
    const run = await project.run(['new', 'design-doc', '../../Ünïcödé/..\\Straße', '--author', 'A']);
    expect(run.stdout).toBe('uenicoede-strasse.md\n');
  });

  it('rejects bad arguments with one line and exit 2', async () => {
    const cases: Array<[string[], string]> = [
      [['new', 'memo', 'X'], 'specloom: Unexpected template "memo", expected one of "product", "feature", "why-what-how", "design-doc", "rfc", "spec-kit", "spec-kit-plan", "spec-kit-tasks", "openspec-spec", "openspec-delta", "openspec-change", "openspec-tasks"\n'],
      [['new', 'rfc', '   '], 'specloom: Unexpected empty title, expected a title such as "Billing webhooks"\n'],
      [['new', 'product', 'X'], 'specloom: Missing --product, expected one of "Station", "Grid", "Trace", "Cross-Product"\n'],
      [['new', 'product', 'X', '--product', 'Moon'], 'specloom: Unexpected product "Moon", expected one of "Station", "Grid", "Trace", "Cross-Product"\n'],
      [['new', 'rfc'], "specloom: missing required argument 'title'\n"],
    ];
    for (const [args, stderr] of cases) {
      const run = await project.run(args);
      expect(run.stderr).toBe(stderr);
      expect(run.exitCode).toBe(2);
    }
  });
});
