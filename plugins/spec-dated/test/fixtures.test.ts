import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine, LintResult } from '@specloom/core';
import { createEngine, resolveConfig } from '@specloom/core/host';
import designDoc from '@specloom/plugin-design-doc';
import product from '@specloom/plugin-product';
import rfc from '@specloom/plugin-rfc';
import specDated from '../src/index.js';

const today = '2026-11-22';
const repositoryDir = path.resolve(import.meta.dirname, '../../..');
const fixturesDir = path.join(import.meta.dirname, 'fixtures');
const examplesDir = path.join(repositoryDir, 'examples');

let engine: Engine;

beforeAll(async () => {
  // The zero-config setup the CLI runs: core rules plus every built-in plugin's recommended rules.
  const config = await resolveConfig({}, { rootDir: repositoryDir, builtinPlugins: [product, specDated, designDoc, rfc] });
  engine = createEngine(config);
});

function markdownFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.md') && name !== 'EXPECTED.md')
    .map((name) => path.join(directory, name));
}

/** Lint the files as one workspace, as `specloom lint` does with the paths it is given. */
function lint(files: string[]): Map<string, LintResult> {
  const results = engine.lintTexts(
    files.map((filePath) => ({ filePath, text: readFileSync(filePath, 'utf8') })),
    { today },
  );
  return new Map(results.map((result) => [path.basename(result.filePath), result]));
}

/** `line:column ruleId severity message`: everything a user sees of a message. */
function findings(result: LintResult | undefined): string[] {
  return (result?.messages ?? []).map(
    (message) => `${message.line}:${message.column} ${message.ruleId} ${message.severity === 2 ? 'error' : 'warn'} ${message.message}`,
  );
}

/** `| \`file.md\` | 12 | …` rows of an EXPECTED.md table: file name and line. */
function expectedRows(markdown: string): Array<{ file: string; line: number }> {
  return [...markdown.matchAll(/^\| `([^`]+\.md)` \| (\d+) \|/gm)].map((match) => ({ file: match[1]!, line: Number(match[2]) }));
}

/** The lines listed in the table under `## <file> (…)` of examples/mistakes/EXPECTED.md. */
function mistakeLines(file: string): number[] {
  const markdown = readFileSync(path.join(examplesDir, 'mistakes/EXPECTED.md'), 'utf8');
  const start = markdown.indexOf(`## ${file}`);
  const end = markdown.indexOf('\n## ', start + 1);
  const section = markdown.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^\| (\d+) \|/gm)].map((match) => Number(match[1]));
}

describe('valid fixtures and the clean examples, linted with every built-in rule', () => {
  const files = [
    ...markdownFiles(path.join(fixturesDir, 'valid')),
    path.join(examplesDir, 'feature/SPEC-2026-03-02-001-bulk-export.md'),
    path.join(examplesDir, 'why-what-how/SPEC-2026-04-15-002-rate-limiting.md'),
  ];

  it.each(files.map((file) => path.basename(file)))('%s has no error and no warning', (name) => {
    const result = lint(files).get(name);
    expect(result?.template).toMatch(/^(?:feature|why-what-how)$/);
    expect(findings(result)).toEqual([]);
  });
});

describe('invalid fixtures, linted together with the valid ones', () => {
  const invalidDir = path.join(fixturesDir, 'invalid');
  const files = [...markdownFiles(path.join(fixturesDir, 'valid')), ...markdownFiles(invalidDir)];
  let results: Map<string, LintResult>;
  beforeAll(() => {
    results = lint(files);
  });

  /** Exactly what each file gets: the one defect its EXPECTED.md row describes, nothing else. */
  const expected: Record<string, string[]> = {
    'spec-id-malformed.md': [
      '4:16 spec-dated/spec-id error Unexpected Spec ID "SPEC-2026-1-14-1", expected "SPEC-YYYY-MM-DD-NNN" (e.g. "SPEC-2026-01-14-001")',
    ],
    'status-not-in-lifecycle.md': [
      '5:15 metadata-enum error Unexpected value "In Review" for "Status", expected one of "Draft", "Review", "Approved", "Implemented", "Deprecated", "Superseded"',
    ],
    'last-updated-before-created.md': [
      '8:21 metadata-date-order error Unexpected "Last Updated" date 2026-06-12 before "Created" (2026-06-22), expected on or after 2026-06-22',
    ],
    'duplicate-requirement-id.md': [
      '29:7 id-duplicate error Unexpected second definition of "REQ-002", expected a unique ID (first defined on line 28)',
    ],
    'requirement-without-keyword.md': [
      '30:7 spec-dated/requirement-keyword error Unexpected requirement "REQ-004" without an RFC 2119 keyword, expected one of MUST, MUST NOT, SHOULD, SHOULD NOT or MAY in capitals',
    ],
    'gherkin-missing-then.md': [
      '96:1 spec-dated/acceptance-criteria error Unexpected scenario without a Then step, expected Given → When → Then',
    ],
    'undefined-reference.md': [
      '99:52 id-undefined error Unexpected reference to undefined ID "AC-5", expected one of the defined IDs (AC-1, AC-2, AC-3, AC-4)',
    ],
    'approved-review-checklist-unchecked.md': [
      '183:1 status-checklists error Unexpected unchecked Review Checklist item "Timeline realistic and approved" at status Approved, expected every item checked',
    ],
  };

  it('covers every file EXPECTED.md lists, at the line it names', () => {
    const rows = expectedRows(readFileSync(path.join(invalidDir, 'EXPECTED.md'), 'utf8'));
    expect(rows.map((row) => row.file).sort()).toEqual(Object.keys(expected).sort());
    for (const row of rows) expect(expected[row.file]?.map((finding) => Number(finding.split(':')[0]))).toEqual([row.line]);
  });

  it.each(Object.keys(expected))('%s gets exactly its finding', (name) => {
    expect(findings(results.get(name))).toEqual(expected[name]);
  });

  it('adds nothing to the valid fixtures', () => {
    for (const file of markdownFiles(path.join(fixturesDir, 'valid'))) expect(findings(results.get(path.basename(file)))).toEqual([]);
  });
});

describe('workspace fixture: one Spec ID in two files', () => {
  it('reports the duplicate on both files, each naming the other', () => {
    const results = lint(markdownFiles(path.join(fixturesDir, 'workspace-duplicate')));
    expect(findings(results.get('heartbeat-tuning.md'))).toEqual([
      '4:9 id-unique-workspace error Unexpected ID "SPEC-2026-03-09-021" also defined in "idle-fee-notifications.md", expected an ID unique across the workspace',
    ]);
    expect(findings(results.get('idle-fee-notifications.md'))).toEqual([
      '4:9 id-unique-workspace error Unexpected ID "SPEC-2026-03-09-021" also defined in "heartbeat-tuning.md", expected an ID unique across the workspace',
    ]);
  });

  it('reports a feature spec and a why/what/how spec sharing an ID', () => {
    const feature = readFileSync(path.join(fixturesDir, 'valid/SPEC-2026-01-14-001-tariff-preview.md'), 'utf8');
    const whyWhatHow = readFileSync(path.join(fixturesDir, 'valid/SPEC-2026-03-09-001-idle-fee-notifications.md'), 'utf8')
      .replace('**ID**: SPEC-2026-03-09-001', '**ID**: SPEC-2026-01-14-001')
      .replace('**Created**: 2026-03-09', '**Created**: 2026-01-14');
    const results = engine.lintTexts(
      [
        { filePath: path.join(repositoryDir, 'specs/tariff-preview.md'), text: feature },
        { filePath: path.join(repositoryDir, 'specs/idle-fees.md'), text: whyWhatHow },
      ],
      { today },
    );
    expect(results.map((result) => findings(result))).toEqual([
      ['4:16 id-unique-workspace error Unexpected ID "SPEC-2026-01-14-001" also defined in "idle-fees.md", expected an ID unique across the workspace'],
      ['4:9 id-unique-workspace error Unexpected ID "SPEC-2026-01-14-001" also defined in "tariff-preview.md", expected an ID unique across the workspace'],
    ]);
  });
});

describe('examples/mistakes of the two dated templates', () => {
  it.each(['feature-invoice-pdf.md', 'wwh-audit-log-search.md'])('%s gets a finding on each line EXPECTED.md lists, and no other', (name) => {
    const result = lint([path.join(examplesDir, 'mistakes', name)]).get(name);
    expect([...new Set(result?.messages.map((message) => message.line))]).toEqual(mistakeLines(name));
  });
});
