import { readdir, readFile, symlink, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project, positionOf, readFixture } from './cli-harness.js';

const RFC_FIXTURE = 'rfc-0007-billing-webhooks.md';
const RFC_PATH = 'docs/rfc/0007-billing-webhooks.md';
/** A file name a URI must percent-encode. */
const NOTES_PATH = 'docs/meeting notes #3.md';
const BINARY_PATH = 'docs/diagram.md';

const packageJson = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
/**
 * The SARIF 2.1.0 JSON Schema (final release candidate rtm.5, JSON Schema draft-04) as the npm package
 * `@microsoft/jest-sarif` 1.0.0-beta.0 (MIT) ships it in `lib/schemas/`, copied unchanged.
 */
const sarifSchemaPath = fileURLToPath(new URL('./fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url));
const cliNodeModules = fileURLToPath(new URL('../node_modules/', import.meta.url));

/** The RFC with a status the template does not allow and a creation date not written as YYYY-MM-DD. */
function withBadStatusAndDate(text: string): string {
  return text.replace('**Status**: review', '**Status**: done').replace('**Created**: 2025-03-04', '**Created**: 2025-3-4');
}

let project: Project;
let rfcText: string;

beforeEach(async () => {
  project = await Project.create();
  rfcText = withBadStatusAndDate(await readFixture(RFC_FIXTURE));
  await project.write(RFC_PATH, rfcText);
  await project.write(NOTES_PATH, 'Ideas for the offsite, in no particular order.\n');
});

afterEach(async () => {
  await project.remove();
});

interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId?: string;
  fatal?: boolean;
}

interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
}

async function lintJson(): Promise<JsonResult[]> {
  const run = await project.run(['lint', 'docs', '--format', 'json']);
  return JSON.parse(run.stdout) as JsonResult[];
}

function rfcMessages(results: JsonResult[]): JsonMessage[] {
  return results.find((result) => result.filePath === project.path(RFC_PATH))!.messages;
}

describe('specloom lint --format json (ESLint shape)', () => {
  it('has messageId on rule messages, fatal problems counted in fatalErrorCount, and suppressedMessages', async () => {
    await project.write(BINARY_PATH, 'flowchart\u0000binary');
    const results = await lintJson();
    const binary = results.find((result) => result.filePath === project.path(BINARY_PATH))!;
    expect(binary).toMatchObject({ errorCount: 1, fatalErrorCount: 1, suppressedMessages: [] });
    expect(binary.messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true });
    expect('messageId' in binary.messages[0]!).toBe(false);

    const messages = rfcMessages(results);
    expect(messages.find((message) => message.ruleId === 'metadata-enum')).toMatchObject({ messageId: 'unexpected' });
    for (const message of messages) expect(message.messageId).toMatch(/^[A-Za-z]+$/u);
    for (const result of results) expect(result.suppressedMessages).toEqual([]);
  });
});

describe('specloom lint --format sarif', () => {
  it('validates against the SARIF 2.1.0 JSON Schema and names the tool, its rules and each finding', async () => {
    await project.write(BINARY_PATH, 'flowchart\u0000binary');
    const run = await project.run(['lint', 'docs', '--format', 'sarif']);
    expect(run.exitCode).toBe(1);
    const sarif = JSON.parse(run.stdout);

    // The schema's `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is valid only without the `u` flag.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(sarifSchemaPath, 'utf8')));
    expect(validate(sarif), ajv.errorsText(validate.errors)).toBe(true);

    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const [sarifRun] = sarif.runs;
    expect(sarifRun.tool.driver).toMatchObject({ name: 'specloom', version: packageJson.version });
    const rules = sarifRun.tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; helpUri: string }>;
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(rules.find((rule) => rule.id === 'metadata-enum')).toMatchObject({
      shortDescription: { text: expect.stringMatching(/enum/u) },
      helpUri: expect.stringMatching(/^https:\/\/.+metadata-enum\.md$/u),
    });

    // Every finding of the JSON report is a SARIF result, at the same place, with the same level.
    const expected = rfcMessages(await lintJson());
    expect(sarifRun.results).toHaveLength(expected.length);
    const status = positionOf(rfcText, 'done');
    const statusResult = sarifRun.results.find((result: { ruleId: string }) => result.ruleId === 'metadata-enum');
    expect(statusResult).toMatchObject({
      ruleId: 'metadata-enum',
      level: 'error',
      message: { text: expect.stringContaining('"done"') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: RFC_PATH },
            region: { startLine: status.line, startColumn: status.column, endLine: status.line, endColumn: status.column + 4 },
          },
        },
      ],
    });
    expect(rules[statusResult.ruleIndex]?.id).toBe('metadata-enum');
    expect(sarifRun.results.filter((result: { level: string }) => result.level === 'warning')).toHaveLength(
      expected.filter((message) => message.severity === 1).length,
    );

    // A file that could not be linted is a tool execution notification, not a result without a rule.
    expect(sarifRun.invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: 'error',
        locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: BINARY_PATH }) }) })],
      }),
    ]);
  });

  it('percent-encodes file names in artifact URIs', async () => {
    await project.write(NOTES_PATH, (await readFixture(RFC_FIXTURE)).replace('**Status**: review', '**Status**: done'));
    const sarif = JSON.parse((await project.run(['lint', NOTES_PATH, '--format', 'sarif'])).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('docs/meeting%20notes%20%233.md');
  });
});

describe('specloom lint --format junit', () => {
  it('is well-formed XML with one test case per file and one failure per error', async () => {
    const run = await project.run(['lint', 'docs', '--format', 'junit']);
    expect(run.exitCode).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);

    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name),
    }).parse(run.stdout);
    const [suite] = parsed.testsuites.testsuite;
    const cases = suite.testcase as Array<{ name: string; failure?: Array<{ message: string; type: string }>; skipped?: { message: string }; 'system-out'?: string }>;
    expect(cases.map((testCase) => testCase.name)).toEqual([NOTES_PATH, RFC_PATH]);
    expect(suite.tests).toBe('2');
    expect(suite.failures).toBe('1');

    const json = rfcMessages(await lintJson());
    const errors = json.filter((message) => message.severity === 2);
    const warnings = json.filter((message) => message.severity === 1);
    const rfcCase = cases[1]!;
    expect(rfcCase.failure!.map((failure) => failure.type)).toEqual(errors.map((message) => message.ruleId));
    expect(rfcCase.failure![0]?.message).toBe(errors[0]?.message);
    expect(rfcCase['system-out']!.split('\n')).toHaveLength(warnings.length);
    expect(cases[0]?.skipped!.message).toBe('No specloom template matched this file; skipped.');
    expect(cases[0]!.failure).toBeUndefined();
  });

  it('stays well-formed when a message quotes markup characters and characters XML cannot hold', async () => {
    await project.write(RFC_PATH, rfcText.replace('**Status**: done', '**Status**: x < "y" & \u0001z'));
    const run = await project.run(['lint', RFC_PATH, '--format', 'junit']);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout).toContain('message="Unexpected value &quot;x &lt; &quot;y&quot; &amp; \uFFFDz&quot;');
  });
});

describe('specloom lint --format github', () => {
  it('prints one workflow command per finding, titled with its rule id', async () => {
    const run = await project.run(['lint', 'docs', '--format', 'github']);
    expect(run.exitCode).toBe(1);
    const json = rfcMessages(await lintJson());
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toEqual(
      json.map(
        (message) =>
          `::${message.severity === 2 ? 'error' : 'warning'} file=${RFC_PATH},line=${message.line},col=${message.column},` +
          `endLine=${message.endLine},endColumn=${message.endColumn},title=${message.ruleId}::${message.message}`,
      ),
    );
    expect(lines.some((line) => line.startsWith('::error '))).toBe(true);
    expect(lines.some((line) => line.startsWith('::warning '))).toBe(true);
  });

  it('escapes what would end a property or the command', async () => {
    await project.write('docs/a,b:c%.md', (await readFixture(RFC_FIXTURE)).replace('**Status**: review', '**Status**: done'));
    const run = await project.run(['lint', 'docs/a,b:c%.md', '--format', 'github']);
    expect(run.stdout).toContain('::error file=docs/a%2Cb%3Ac%25.md,');
  });
});

describe('specloom lint --format gitlab', () => {
  interface CodeQualityIssue {
    check_name: string;
    description: string;
    severity: string;
    fingerprint: string;
    location: { path: string; lines: { begin: number } };
  }

  it('prints Code Quality issues whose fingerprints are unique and survive edits above them', async () => {
    const run = await project.run(['lint', 'docs', '--format', 'gitlab']);
    expect(run.exitCode).toBe(1);
    const issues = JSON.parse(run.stdout) as CodeQualityIssue[];
    const json = rfcMessages(await lintJson());
    expect(issues).toHaveLength(json.length);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    const status = positionOf(rfcText, 'done');
    expect(issues.find((issue) => issue.check_name === 'metadata-enum')).toMatchObject({
      severity: 'major',
      location: { path: RFC_PATH, lines: { begin: status.line } },
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/u),
    });

    // Same findings a line further down: same fingerprints, so GitLab shows no new and no fixed issues.
    await project.write(RFC_PATH, rfcText.replace('\n\n', '\n\n<!-- moved down a line -->\n\n'));
    const moved = JSON.parse((await project.run(['lint', 'docs', '--format', 'gitlab'])).stdout) as CodeQualityIssue[];
    expect(moved.map((issue) => issue.fingerprint)).toEqual(issues.map((issue) => issue.fingerprint));
    expect(moved.find((issue) => issue.check_name === 'metadata-enum')!.location.lines.begin).toBeGreaterThan(status.line);
  });
});

describe('specloom lint --format json-with-metadata', () => {
  it("prints ESLint's { results, metadata: { cwd, rulesMeta } } with the meta of each reported rule", async () => {
    const run = await project.run(['lint', 'docs', '--format', 'json-with-metadata']);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.results).toEqual(await lintJson());
    expect(report.metadata.cwd).toBe(project.root);
    const reported = [...new Set(rfcMessages(report.results).map((message) => message.ruleId))].sort();
    expect(Object.keys(report.metadata.rulesMeta).sort()).toEqual(reported);
    expect(report.metadata.rulesMeta['metadata-enum']).toMatchObject({
      type: 'problem',
      docs: { description: expect.any(String), url: expect.stringMatching(/metadata-enum\.md$/u) },
      messages: { unexpected: expect.any(String) },
    });
  });
});

describe('specloom lint --format <ESLint formatter>', () => {
  it('runs an ESLint formatter package from the project by its short name, as ESLint does', async () => {
    await mkdir(project.path('node_modules'), { recursive: true });
    await symlink(path.join(cliNodeModules, 'eslint-formatter-compact'), project.path('node_modules/eslint-formatter-compact'), 'dir');
    const run = await project.run(['lint', 'docs', '--format', 'compact']);
    expect(run.exitCode).toBe(1);
    const json = rfcMessages(await lintJson());
    const status = json.find((message) => message.ruleId === 'metadata-enum')!;
    expect(run.stdout).toContain(
      `${project.path(RFC_PATH)}: line ${status.line}, col ${status.column}, Error - ${status.message} (metadata-enum)\n`,
    );
    expect(run.stdout).toContain(`\n${json.length} problems`);
  });

  it('runs a formatter file with the context ESLint passes (cwd, rulesMeta, maxWarningsExceeded)', async () => {
    await project.write(
      'tools/count-formatter.mjs',
      [
        'export default function (results, context) {',
        '  const messages = results.flatMap((result) => result.messages);',
        '  const urls = messages.map((message) => context.rulesMeta[message.ruleId].docs.url);',
        '  return JSON.stringify({ count: messages.length, cwd: context.cwd, urls, exceeded: context.maxWarningsExceeded, deprecated: results[0].usedDeprecatedRules });',
        '}',
      ].join('\n'),
    );
    const run = await project.run(['lint', RFC_PATH, '--format', './tools/count-formatter.mjs', '--max-warnings', '0']);
    expect(run.exitCode).toBe(1);
    const output = JSON.parse(run.stdout);
    const json = rfcMessages(await lintJson());
    expect(output.count).toBe(json.length);
    expect(output.cwd).toBe(project.root);
    expect(output.urls.every((url: string) => url.startsWith('https://'))).toBe(true);
    expect(output.exceeded).toEqual({ maxWarnings: 0, foundWarnings: json.filter((message) => message.severity === 1).length });
    expect(output.deprecated).toEqual([]);
  });

  it('a formatter that cannot be found, loaded, called or that throws is one line and exit 2', async () => {
    const missingPackage = await project.run(['lint', 'docs', '--format', 'nope']);
    expect(missingPackage.exitCode).toBe(2);
    expect(missingPackage.stdout).toBe('');
    expect(missingPackage.stderr).toBe(
      'specloom: Unknown format "nope": expected stylish, json, json-with-metadata, sarif, junit, github, gitlab, ' +
        'an ESLint formatter package (eslint-formatter-nope, not installed here) or a formatter file\n',
    );

    const missingFile = await project.run(['lint', 'docs', '--format', './tools/missing.js']);
    expect(missingFile.exitCode).toBe(2);
    expect(missingFile.stderr).toMatch(/^specloom: Cannot load formatter "\.\/tools\/missing\.js" from .+missing\.js: .+\n$/u);

    await project.write('tools/not-a-function.mjs', 'export default 42;\n');
    const notAFunction = await project.run(['lint', 'docs', '--format', 'tools/not-a-function.mjs']);
    expect(notAFunction.exitCode).toBe(2);
    expect(notAFunction.stderr).toMatch(/^specloom: Formatter "tools\/not-a-function\.mjs" \(.+\) exports no function, expected ESLint's \(results, context\) => string\n$/u);

    await project.write('tools/throws.mjs', "export default () => { throw new Error('boom'); };\n");
    const throws = await project.run(['lint', RFC_PATH, '--format', 'tools/throws.mjs']);
    expect(throws.exitCode).toBe(2);
    expect(throws.stdout).toBe('');
    expect(throws.stderr).toBe('specloom: Formatter "tools/throws.mjs" failed: boom\n');
  });
});

describe('specloom lint --output-file', () => {
  it('writes the report to the file, in a folder it makes, and prints a summary', async () => {
    const printed = await project.run(['lint', 'docs', '--format', 'sarif']);
    const run = await project.run(['lint', 'docs', '--format', 'sarif', '-o', 'reports/specloom.sarif']);
    expect(run.exitCode).toBe(1);
    expect(await project.read('reports/specloom.sarif')).toBe(printed.stdout.replace(/\n$/u, ''));
    const json = rfcMessages(await lintJson());
    const errors = json.filter((message) => message.severity === 2).length;
    const warnings = json.length - errors;
    expect(run.stdout).toBe(
      `specloom: ${json.length} problems (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warnings) in 1 of 2 files; ` +
        'sarif report written to reports/specloom.sarif\n',
    );
    // Written atomically: no temporary file is left beside the report.
    expect(await readdir(project.path('reports'))).toEqual(['specloom.sarif']);
  });

  it('replaces an existing report, never colours it, and says so when there is nothing to report', async () => {
    await project.write('docs/rfc/prd-billing-notifications.md', await readFixture('prd-billing-notifications.md'));
    await project.write('report.txt', 'an old report\n');
    const run = await project.run(['lint', 'docs/notes-that-do-not-exist', RFC_PATH, '--quiet', '-o', 'report.txt'], { FORCE_COLOR: '1' });
    expect(run.stderr).toBe('specloom: No files matching "docs/notes-that-do-not-exist" were found.\n');
    const report = await project.read('report.txt');
    expect(report).toContain(RFC_PATH);
    expect(report).not.toContain('\u001b[');

    await project.write(RFC_PATH, await readFixture(RFC_FIXTURE));
    const clean = await project.run(['lint', RFC_PATH, '-o', 'report.txt']);
    expect(clean.exitCode).toBe(0);
    expect(await project.read('report.txt')).toBe('');
    expect(clean.stdout).toBe('specloom: no problems in 1 file; stylish report written to report.txt\n');
  });

  it('a report that cannot be written is one line and exit 2', async () => {
    await mkdir(project.path('reports/specloom.xml'), { recursive: true });
    const run = await project.run(['lint', RFC_PATH, '--format', 'junit', '-o', 'reports/specloom.xml']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^specloom: Cannot write the report to "reports\/specloom\.xml": .+\n$/u);
  });
});
