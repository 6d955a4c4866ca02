import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResolvedConfig, Rule, SpecloomPlugin, TemplateDefinition } from '@specloom/core';
import { createTestConfig } from '@specloom/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { engineHost } from './hosts/engine-host.js';
import type { HostMessage, HostResult, RuleTesterHost } from './hosts/host.js';
import { eslintHost } from './hosts/eslint-host.js';
import { remarkHost } from './hosts/remark-host.js';

/** One file of a multi-file (workspace) case. */
export interface TestFile {
  /** Relative to the case's folder (a temporary folder of its own, so relative links between files resolve). */
  filePath: string;
  code: string;
  /** For invalid cases: the file's text after fixes (omit when the file gets no fix). */
  output?: string;
}

interface CaseBase {
  /** Test name; default: the first line of the code (or the file names). */
  name?: string;
  /** The Markdown of a single-file case. */
  code?: string;
  /** Path of a single-file case; default `spec.md`. */
  filePath?: string;
  /** Several files linted together, for workspace rules. */
  files?: TestFile[];
  /** The rule's options, as in config `rules: { id: ['error', options] }`. */
  options?: unknown;
  /** ISO date date rules take as today; default the tester's `today`. */
  today?: string;
  /**
   * Only in the hosts with these names (`engine`, `remark`, `eslint`): for what users see differently in each, such as a fix
   * spanning more than the message's range, which the CLI applies but an editor's quick fix cannot offer.
   */
  hosts?: string[];
}

export type ValidCase = CaseBase | string;

/** What a reported message must look like; only the properties given are compared. */
export interface ExpectedError {
  message?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: 1 | 2;
  ruleId?: string | null;
  /** For multi-file cases: the file the message belongs to (as in `files`). */
  filePath?: string;
}

export interface InvalidCase extends CaseBase {
  /** The messages in order, or only how many. */
  errors: Array<ExpectedError | string> | number;
  /** The single file's text after fixes; `null` asserts that no fix is offered. Required when a fix is. */
  output?: string | null;
}

export interface RuleTesterCases {
  valid?: ValidCase[];
  invalid?: InvalidCase[];
}

export interface RuleTesterOptions {
  /**
   * The plugin the rules under test belong to, as the tests import it (its source). Rules then run as in a
   * user's config: under their plugin, on its templates; in the remark host this copy replaces the preset's
   * built-in plugin of the same name, with its other rules off. Rule ids must be `<plugin name>/<rule name>`.
   */
  plugin?: SpecloomPlugin;
  /**
   * The template every case is linted as (the plugin's real template). Default: with `plugin`, the plugin's
   * templates as a real run assigns them (front matter `template:`, else detection); else one that accepts anything.
   */
  template?: TemplateDefinition;
  /** Default: the fixed date 2026-01-01, so date rules give the same result every day. */
  today?: string;
  /** Where each case runs; default the core engine, the in-process remark host and ESLint's Linter. */
  hosts?: RuleTesterHost[];
}

interface PreparedCase {
  files: TestFile[];
  options: unknown;
  today: string;
}

const DEFAULT_TODAY = '2026-01-01';

function caseName(testCase: CaseBase, fallbackIndex: number): string {
  if (testCase.name) return testCase.name;
  if (testCase.files) return testCase.files.map((file) => file.filePath).join(' + ');
  const firstLine = (testCase.code ?? '').split('\n').find((line) => line.trim() !== '')?.trim();
  return firstLine ? `#${fallbackIndex + 1} ${firstLine.slice(0, 60)}` : `#${fallbackIndex + 1}`;
}

/**
 * ESLint's RuleTester for specloom rules, on vitest: each valid case must give no message and each invalid case
 * exactly the expected messages, positions and fix output, in every host (the core engine as the CLI runs it, a
 * remark pipeline as remark-cli runs it, and ESLint with @eslint/markdown as `eslint` runs it, each file also
 * through ESLint's own RuleTester), so a rule is proven where users run it.
 */
export class RuleTester {
  readonly #options: RuleTesterOptions;

  constructor(options: RuleTesterOptions = {}) {
    this.#options = options;
  }

  get hosts(): RuleTesterHost[] {
    return this.#options.hosts ?? [engineHost, remarkHost, eslintHost];
  }

  /**
   * Lint a case's files with `rule` (on at its default severity, else error) in one host. The files are written
   * to a fresh temporary folder first, so links between them and checks of files on disk behave as for a user.
   */
  async lint(ruleId: string, rule: Rule, testCase: ValidCase, host: RuleTesterHost, fix = false): Promise<HostResult[]> {
    const folders = new CaseFolders();
    try {
      return await this.#lintIn(await folders.folderFor(testCase, host, this.#prepare(testCase).files), ruleId, rule, testCase, host, fix);
    } finally {
      await folders.remove();
    }
  }

  async #lintIn(rootDir: string, ruleId: string, rule: Rule, testCase: ValidCase, host: RuleTesterHost, fix: boolean): Promise<HostResult[]> {
    const prepared = this.#prepare(testCase);
    const config = this.#config(ruleId, rule, prepared.options, rootDir);
    const { plugin, template } = this.#options;
    const results = await host.lint(
      prepared.files.map((file) => ({ filePath: path.join(rootDir, file.filePath), text: file.code })),
      { config, rootDir, ruleId, rule, plugin, template, options: prepared.options, today: prepared.today, fix },
    );
    // Report paths as the case wrote them, so expectations stay short.
    return results.map((result, index) => ({ ...result, filePath: prepared.files[index]!.filePath }));
  }

  /**
   * Declares one vitest test per case and host, inside `describe(ruleId)`. A case's files are written once per
   * host, to a folder the fix pass reuses; the folders live under one temporary folder, removed after the last case.
   */
  run(ruleId: string, rule: Rule, cases: RuleTesterCases): void {
    describe(ruleId, () => {
      const folders = new CaseFolders();
      afterAll(() => folders.remove());
      const lint = (testCase: ValidCase, host: RuleTesterHost, fix = false): Promise<HostResult[]> =>
        folders.folderFor(testCase, host, this.#prepare(testCase).files).then((rootDir) => this.#lintIn(rootDir, ruleId, rule, testCase, host, fix));
      for (const host of this.hosts) {
        describe(host.name, () => {
          for (const [index, testCase] of (cases.valid ?? []).entries()) {
            if (!runsIn(testCase, host)) continue;
            const name = caseName(typeof testCase === 'string' ? { code: testCase } : testCase, index);
            it(`valid ${name}`, async () => {
              const results = await lint(testCase, host);
              expect(results.flatMap((result) => result.messages.map((message) => describeMessage(result, message)))).toEqual([]);
            });
          }
          for (const [index, testCase] of (cases.invalid ?? []).entries()) {
            if (!runsIn(testCase, host)) continue;
            it(`invalid ${caseName(testCase, index)}`, async () => {
              await this.#checkInvalid(testCase, (fix) => lint(testCase, host, fix));
            });
          }
        });
      }
    });
  }

  async #checkInvalid(testCase: InvalidCase, lint: (fix: boolean) => Promise<HostResult[]>): Promise<void> {
    const results = await lint(false);
    const multiFile = testCase.files !== undefined;
    const actual = results.flatMap((result) => result.messages.map((message) => ({ ...message, filePath: result.filePath })));
    if (typeof testCase.errors === 'number') {
      expect(actual.map((message) => describeMessage({ filePath: message.filePath }, message)), 'number of messages').toHaveLength(
        testCase.errors,
      );
    } else {
      expect(testCase.errors.length, 'an invalid case expects at least one message').toBeGreaterThan(0);
      const expected = testCase.errors.map((error) => (typeof error === 'string' ? { message: error } : error));
      const picked = actual.map((message, index) => pick(message, expected[index] ?? expected[0]!, multiFile));
      expect(picked).toEqual(expected.map((error) => pick(error, error, multiFile)));
    }

    const fixable = actual.some((message) => message.fix);
    const fixed = fixable ? await lint(true) : [];
    if (multiFile) {
      const outputs = Object.fromEntries(fixed.filter((result) => result.output !== undefined).map((result) => [result.filePath, result.output]));
      const expectedOutputs = Object.fromEntries(
        (testCase.files ?? []).filter((file) => file.output !== undefined).map((file) => [file.filePath, file.output]),
      );
      expect(outputs, 'fixed files').toEqual(expectedOutputs);
      return;
    }
    if (testCase.output === undefined) {
      expect(fixable, 'the rule offers a fix: assert the fixed text with `output`').toBe(false);
      return;
    }
    if (testCase.output === null) {
      expect(fixable, 'output: null expects no fix').toBe(false);
      return;
    }
    expect(fixed[0]?.output ?? testCase.code, 'fixed text').toBe(testCase.output);
  }

  /** Only the rule under test, on: alone in a test plugin, or in its own plugin as a user's config loads it. */
  #config(ruleId: string, rule: Rule, options: unknown, rootDir: string): ResolvedConfig {
    const { plugin, template } = this.#options;
    const ruleOptions = options === undefined ? undefined : { [ruleId]: options };
    if (!plugin) return createTestConfig({ rules: { [ruleId]: rule }, template, ruleOptions, rootDir });
    checkPluginRule(plugin, ruleId, rule, template);
    const config = createTestConfig({ rules: { [ruleId]: rule }, ruleOptions, rootDir });
    return {
      ...config,
      plugins: [plugin],
      templates: plugin.templates ?? [],
      templateGlobs: template ? [{ glob: '**', templateId: template.id }] : [],
      rules: [{ id: ruleId, plugin: plugin.name, rule }],
    };
  }

  #prepare(testCase: ValidCase): PreparedCase {
    const base: CaseBase = typeof testCase === 'string' ? { code: testCase } : testCase;
    const files = base.files ?? [{ filePath: base.filePath ?? 'spec.md', code: base.code ?? '' }];
    if (base.files === undefined && base.code === undefined) throw new Error('A rule tester case needs `code` or `files`.');
    return { files, options: base.options, today: base.today ?? this.#options.today ?? DEFAULT_TODAY };
  }
}

/**
 * Temporary folders for cases: one root, made on first use, and inside it one numbered folder per case and host,
 * holding the case's files. Hosts keep their own folders, as each may write its config there (the remark host
 * does). Removing the root once costs far less than a fresh temporary folder per lint pass.
 */
class CaseFolders {
  #root: Promise<string> | undefined;
  #count = 0;
  readonly #folders = new Map<RuleTesterHost, Map<ValidCase, Promise<string>>>();

  folderFor(testCase: ValidCase, host: RuleTesterHost, files: TestFile[]): Promise<string> {
    let hostFolders = this.#folders.get(host);
    if (!hostFolders) {
      hostFolders = new Map();
      this.#folders.set(host, hostFolders);
    }
    let folder = hostFolders.get(testCase);
    if (!folder) {
      folder = this.#write(++this.#count, files);
      hostFolders.set(testCase, folder);
    }
    return folder;
  }

  async #write(caseNumber: number, files: TestFile[]): Promise<string> {
    // realpath: on macOS the temp folder is behind a symlink, and hosts compare resolved paths.
    this.#root ??= mkdtemp(path.join(tmpdir(), 'specloom-rule-tester-')).then((root) => realpath(root));
    const folder = path.join(await this.#root, `case-${caseNumber}`);
    for (const file of files) {
      const filePath = path.join(folder, file.filePath);
      await mkdir(path.dirname(filePath), { recursive: true });
      await writeFile(filePath, file.code);
    }
    return folder;
  }

  async remove(): Promise<void> {
    if (this.#root) await rm(await this.#root, { recursive: true, force: true });
  }
}

function runsIn(testCase: ValidCase, host: RuleTesterHost): boolean {
  return typeof testCase === 'string' || testCase.hosts === undefined || testCase.hosts.includes(host.name);
}

/** A rule tested with its plugin must be that plugin's rule, under its id, on one of its templates. */
function checkPluginRule(plugin: SpecloomPlugin, ruleId: string, rule: Rule, template: TemplateDefinition | undefined): void {
  const prefix = `${plugin.name}/`;
  const ruleName = ruleId.startsWith(prefix) ? ruleId.slice(prefix.length) : undefined;
  if (ruleName === undefined || plugin.rules?.[ruleName] !== rule) {
    const names = Object.keys(plugin.rules ?? {}).map((name) => `"${prefix}${name}"`);
    throw new Error(`RuleTester: Unexpected rule "${ruleId}" for plugin "${plugin.name}", expected the id of one of its rules (${names.join(', ')})`);
  }
  const ids = (plugin.templates ?? []).map((candidate) => candidate.id);
  if (template && !ids.includes(template.id)) {
    throw new Error(
      `RuleTester: Unexpected template "${template.id}" for plugin "${plugin.name}", expected one of its templates (${ids.map((id) => `"${id}"`).join(', ')})`,
    );
  }
}

/** The properties `expected` names, from `message` (so a partial expectation compares only what it states). */
function pick(message: ExpectedError & Partial<HostMessage>, expected: ExpectedError, multiFile: boolean): ExpectedError {
  const keys = (Object.keys(expected) as Array<keyof ExpectedError>).filter((key) => key !== 'filePath' || multiFile);
  return Object.fromEntries(keys.map((key) => [key, message[key]]));
}

function describeMessage(result: { filePath: string }, message: HostMessage): string {
  return `${result.filePath}:${message.line}:${message.column} ${message.message} (${message.ruleId ?? 'file'})`;
}
