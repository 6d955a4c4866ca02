import type { Fix } from '@specloom/core';
import { applyFixes } from '@specloom/core/host';
import type * as EslintApi from 'eslint';
import type { ESLint, Linter, Rule } from 'eslint';
import { caseConfig } from './case-config.js';
import type { HostMessage, HostResult, HostSetup, RuleTesterHost } from './host.js';

/** What the host uses of `eslint-plugin-specloom`: a flat config carrying the case's specloom config. */
export interface EslintPluginModule {
  createSpecloomConfig(config: unknown, options?: { rootDir?: string }): Promise<Linter.Config>;
}

export interface EslintHostOptions {
  /** Shown in test names. */
  name?: string;
  /** Default: imported from `eslint-plugin-specloom`, which must be installed beside `@specloom/testing` (with `eslint`). */
  loadPlugin?(): Promise<EslintPluginModule>;
}

/** ESLint's rule id for a specloom rule: the plugin's namespace in `recommended` and its flat configs. */
const NAMESPACE = 'specloom';

async function importOptional<Module>(name: string, what: string): Promise<Module> {
  try {
    // A variable specifier: the package is an optional peer, never bundled into this package.
    return (await import(name)) as Module;
  } catch (error) {
    throw new Error(`Cannot load ${name} for the ESLint host: ${(error as Error).message}; expected ${what} installed beside @specloom/testing`, {
      cause: error,
    });
  }
}

function toHostMessage(message: Linter.LintMessage): HostMessage {
  return {
    ruleId: message.ruleId?.startsWith(`${NAMESPACE}/`) ? message.ruleId.slice(NAMESPACE.length + 1) : message.ruleId,
    severity: message.severity === 2 ? 2 : 1,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine ?? message.line,
    endColumn: message.endColumn ?? message.column,
    ...(message.fix ? { fix: { range: message.fix.range, text: message.fix.text } } : {}),
  };
}

/** ESLint's RuleTester, its tests run at once (inside this host's own vitest test) instead of declared. */
function createRunNowRuleTester(RuleTester: typeof EslintApi.RuleTester) {
  return class RunNowRuleTester extends RuleTester {
    static describe(_name: string, body: () => void): void {
      body();
    }
    static it(_name: string, body: () => void): void {
      body();
    }
    static itOnly(_name: string, body: () => void): void {
      body();
    }
  };
}

/**
 * ESLint's own RuleTester on the messages ESLint gave: what it checks beyond them holds the ESLint rule to
 * ESLint's contract (its options valid against `meta.schema`, `meta.fixable` for a fix, one fix pass's output,
 * the rule alone under ESLint's name for it).
 */
function checkWithEslintRuleTester(
  eslint: typeof EslintApi,
  markdown: ESLint.Plugin,
  rule: Rule.RuleModule,
  setup: HostSetup,
  filePath: string,
  text: string,
  messages: Linter.LintMessage[],
): void {
  const RunNowRuleTester = createRunNowRuleTester(eslint.RuleTester);
  const tester = new RunNowRuleTester({
    plugins: { markdown },
    language: 'markdown/gfm',
    languageOptions: { frontmatter: 'yaml' },
    settings: { specloom: { today: setup.today } },
  });
  const own = messages.filter((message) => message.ruleId === `${NAMESPACE}/${setup.ruleId}`);
  const base = { code: text, filename: filePath, options: setup.options === undefined ? [] : [setup.options] };
  if (own.length === 0) {
    tester.run(setup.ruleId, rule, { valid: [base], invalid: [] });
    return;
  }
  const fixes = own.flatMap((message): Fix[] => (message.fix ? [{ range: message.fix.range, text: message.fix.text }] : []));
  const output = fixes.length > 0 ? applyFixes(text, fixes).output : null;
  tester.run(setup.ruleId, rule, {
    valid: [],
    invalid: [
      {
        ...base,
        // ESLint's RuleTester asks for the suggestions a rule gave: they are passed on as ESLint produced them.
        errors: own.map(({ message, line, column, endLine, endColumn, suggestions }) => ({
          message,
          line,
          column,
          endLine,
          endColumn,
          ...(suggestions?.length ? { suggestions: suggestions.map(({ desc, fix }) => ({ desc, output: applyFixes(text, [fix]).output })) } : {}),
        })),
        output: output === text ? null : output,
      },
    ],
  });
}

/**
 * An ESLint host: ESLint's `Linter` with `@eslint/markdown` and the plugin's flat config, as `eslint` runs it, the
 * case's specloom config carried in the ESLint config (`createSpecloomConfig`). Severities and fixes are ESLint's
 * (`verifyAndFix`, up to ten passes); workspace rules compare each file with the case's files on disk. Each file is
 * also run through ESLint's own RuleTester.
 */
export function createEslintHost(options: EslintHostOptions = {}): RuleTesterHost {
  let modules: Promise<[EslintPluginModule, typeof EslintApi, ESLint.Plugin]> | undefined;
  return {
    name: options.name ?? 'eslint',
    async lint(inputs, setup) {
      modules ??= Promise.all([
        (options.loadPlugin ?? (() => importOptional<EslintPluginModule>('eslint-plugin-specloom', 'eslint-plugin-specloom')))(),
        importOptional<typeof EslintApi>('eslint', 'eslint 9'),
        importOptional<{ default: ESLint.Plugin }>('@eslint/markdown', '@eslint/markdown').then((module) => module.default),
      ]);
      const [plugin, eslint, markdown] = await modules;
      const flatConfig = await plugin.createSpecloomConfig(caseConfig(setup), { rootDir: setup.rootDir });
      const config: Linter.Config[] = [flatConfig, { settings: { specloom: { today: setup.today } } }];
      const rule = (flatConfig.plugins?.[NAMESPACE]?.rules ?? {})[setup.ruleId];
      if (!rule) throw new Error(`The ESLint plugin has no rule "${NAMESPACE}/${setup.ruleId}"`);
      const linter = new eslint.Linter({ cwd: setup.rootDir });
      return inputs.map(({ filePath, text }): HostResult => {
        const messages = linter.verify(text, config, { filename: filePath });
        checkWithEslintRuleTester(eslint, markdown, rule, setup, filePath, text.replace(/^\uFEFF/, ''), messages);
        if (!setup.fix) return { filePath, messages: messages.map(toHostMessage) };
        const fixed = linter.verifyAndFix(text, config, { filename: filePath });
        return { filePath, messages: fixed.messages.map(toHostMessage), ...(fixed.output !== text ? { output: fixed.output } : {}) };
      });
    },
  };
}

export const eslintHost: RuleTesterHost = createEslintHost();
