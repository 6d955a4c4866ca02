import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateFromMarkdown, type DocumentRule, type SpecloomPlugin } from '@specloom/core';
import { main } from './main.js';
import type { OutputStream } from './runtime.js';

// A small org plugin, passed in place of the built-in ones: `main` must use exactly what it is given.
const ACME_TEMPLATE = `# Acme Note: [Title]

**Owner**: [Name]

## Context

[Why this note exists]

## Decision

[What we decided]
`;

const noAsap: DocumentRule = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Disallow ASAP as a deadline in notes', recommended: true },
    fixable: 'code',
    defaultSeverity: 'warn',
    messages: { asap: 'Unexpected `ASAP`, expected `as soon as possible`' },
  },
  create(context) {
    return {
      text(node) {
        const index = node.value.indexOf('ASAP');
        const start = node.position?.start;
        if (index === -1 || !start) return;
        const offset = start.offset! + index;
        context.report({
          messageId: 'asap',
          position: {
            start: { line: start.line, column: start.column + index, offset },
            end: { line: start.line, column: start.column + index + 4, offset: offset + 4 },
          },
          fix: { range: [offset, offset + 4], text: 'as soon as possible' },
        });
      },
    };
  },
};

const acmePlugin: SpecloomPlugin = {
  name: 'acme',
  templates: [
    templateFromMarkdown({
      id: 'acme-note',
      description: 'Acme decision note',
      markdown: ACME_TEMPLATE,
      detect: (document) => (document.title?.text.startsWith('Acme Note:') ? 1 : 0),
    }),
  ],
  rules: { 'no-asap': noAsap },
};

const NOTE = `# Acme Note: Retire the v1 API

**Owner**: Priya Raman

## Context

Traffic on v1 fell below 1% in March. Confirm with support ASAP.

## Decision

Switch v1 off on 2025-06-30.
`;

class Collector implements OutputStream {
  text = '';
  write(text: string): boolean {
    this.text += text;
    return true;
  }
}

let cwd: string;
let stdout: Collector;
let stderr: Collector;

function run(...args: string[]): Promise<number> {
  return main(['node', 'specloom', ...args], { builtinPlugins: [acmePlugin], cwd, stdout, stderr, env: {} });
}

beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'specloom-main-'));
  stdout = new Collector();
  stderr = new Collector();
  await writeFile(path.join(cwd, 'retire-v1.md'), NOTE);
});

afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('main', () => {
  it('lints with the plugins it is given, relative to the cwd it is given', async () => {
    const exitCode = await run('lint', 'retire-v1.md');
    expect(stdout.text).toBe(
      [
        '',
        'retire-v1.md',
        '  7:60  warning  Unexpected `ASAP`, expected `as soon as possible`  acme/no-asap',
        '',
        '\u2716 1 problem (0 errors, 1 warning)',
        '  0 errors and 1 warning potentially fixable with the --fix option.',
        '',
      ].join('\n'),
    );
    expect(stderr.text).toBe('');
    expect(exitCode).toBe(0);
    expect(await run('lint', 'retire-v1.md', '--max-warnings', '0')).toBe(1);
  });

  it('lists only the given plugins\u2019 templates and rules', async () => {
    expect(await run('templates')).toBe(0);
    expect(stdout.text).toBe('acme-note  acme  Acme decision note\n');
    stdout.text = '';
    expect(await run('rules', '--format', 'json')).toBe(0);
    const rules = JSON.parse(stdout.text) as Array<{ id: string; severity: string; fixable: boolean }>;
    expect(rules.find((rule) => rule.id === 'acme/no-asap')).toMatchObject({ severity: 'warn', fixable: true });
  });

  it('fixes files in place', async () => {
    expect(await run('lint', '--fix', 'retire-v1.md')).toBe(0);
    expect(await readFile(path.join(cwd, 'retire-v1.md'), 'utf8')).toBe(NOTE.replace('ASAP', 'as soon as possible'));
    expect(stdout.text).toBe('');
  });

  it('returns 2 with one line for usage errors, without touching process streams', async () => {
    expect(await run('lint', '--format', 'yaml')).toBe(2);
    expect(stderr.text).toBe(
      'specloom: Unknown format "yaml": expected stylish, json, json-with-metadata, sarif, junit, github, gitlab, ' +
        'an ESLint formatter package (eslint-formatter-yaml, not installed here) or a formatter file\n',
    );
    expect(stdout.text).toBe('');
  });
});
