import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rule } from '../types/index.js';
import { createEngine } from './create-engine.js';
import { createTestConfig } from './testing/lint-with-rules.js';

/** Reports every heading; its fix upper-cases the first letter. */
const headings: Rule = {
  meta: {
    type: 'layout',
    docs: { description: 'Report headings', recommended: true },
    fixable: 'code',
    messages: { heading: 'Heading `{{text}}`', lower: 'Unexpected lower case heading `{{text}}`, expected a capital' },
  },
  create(context) {
    return {
      heading(node: Heading) {
        const text = toString(node);
        const start = node.children[0]?.position?.start.offset;
        if (start !== undefined && /^[a-z]/.test(text)) {
          context.report({ messageId: 'lower', node, data: { text }, fix: { range: [start, start + 1], text: text.charAt(0).toUpperCase() } });
        } else {
          context.report({ messageId: 'heading', node, data: { text }, severity: 'warn' });
        }
      },
    };
  },
};

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'specloom-engine-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function fixture(name: string, content: string | Uint8Array): Promise<string> {
  const filePath = path.join(directory, name);
  await writeFile(filePath, content);
  return filePath;
}

function engine() {
  return createEngine(createTestConfig({ rules: { headings }, rootDir: directory }));
}

/** Undefined for a result that is missing, which then fails the comparison. */
function summary(messages: Array<{ ruleId: string | null; line: number; column: number; message: string }> | undefined): string[] | undefined {
  return messages?.map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'file'} ${message.message}`);
}

describe('lintFiles', () => {
  it('reports a binary file once and lints the other files', async () => {
    const binary = await fixture('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
    const good = await fixture('good.md', '# Good\n');
    const [binaryResult, goodResult] = (await engine().lintFiles([binary, good])).results;
    expect(binaryResult).toEqual({
      filePath: binary,
      template: null,
      messages: [
        {
          ruleId: null,
          severity: 2,
          fatal: true,
          message: 'Binary file, expected UTF-8 Markdown text',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
        },
      ],
      errorCount: 1,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    expect(summary(goodResult?.messages)).toEqual(['1:1 headings Heading `Good`']);
  });

  it('names the line and column of the first invalid UTF-8 byte', async () => {
    const bytes = Buffer.concat([Buffer.from('# Title\n\nCafé ok\nbad '), Buffer.from([0xff]), Buffer.from(' here\n')]);
    const [result] = (await engine().lintFiles([await fixture('latin1.md', bytes)])).results;
    expect(summary(result?.messages)).toEqual(['4:5 file Unexpected invalid UTF-8 byte on line 4, expected UTF-8 Markdown text']);
    expect(result?.errorCount).toBe(1);
  });

  it('counts CR and CRLF as line endings when it places an invalid UTF-8 byte (fuzz case 97795)', async () => {
    const crOnly = await fixture('cr.md', Buffer.from([0x0d, 0x52, 0xc0, 0x95, 0xa5, 0xf0, 0x64]));
    const crlf = await fixture('crlf.md', Buffer.concat([Buffer.from('# Title\r\n\r\nok\rab'), Buffer.from([0xff])]));
    const results = (await engine().lintFiles([crOnly, crlf])).results;
    expect(results.map((result) => summary(result.messages))).toEqual([
      ['2:2 file Unexpected invalid UTF-8 byte on line 2, expected UTF-8 Markdown text'],
      ['4:3 file Unexpected invalid UTF-8 byte on line 4, expected UTF-8 Markdown text'],
    ]);
  });

  it('reports a 10 MB file once instead of parsing it, and lints the other files', async () => {
    const huge = await fixture('generated.md', `# Generated\n\n${'Lorem ipsum dolor sit amet. '.repeat(380_000)}\n`);
    const good = await fixture('good.md', '# Good\n');
    const [hugeResult, goodResult] = (await engine().lintFiles([huge, good])).results;
    expect(summary(hugeResult?.messages)).toEqual([
      '1:1 file Unexpected file of 10.1 MB, expected a Markdown spec of at most 5 MB; not linted',
    ]);
    expect(hugeResult?.errorCount).toBe(1);
    expect(summary(goodResult?.messages)).toEqual(['1:1 headings Heading `Good`']);
  });

  it('skips an empty file with a note', async () => {
    const [result] = (await engine().lintFiles([await fixture('empty.md', ' \n\n\t\n')])).results;
    expect(result).toMatchObject({ template: null, messages: [], errorCount: 0, note: 'Empty file; skipped.' });
  });

  it('reports a missing file or a folder by name instead of failing the run', async () => {
    const missing = path.join(directory, 'missing.md');
    const [missingResult, folderResult] = (await engine().lintFiles([missing, directory])).results;
    expect(missingResult?.filePath).toBe(missing);
    expect(summary(missingResult?.messages)).toEqual(['1:1 file Cannot read file: it does not exist']);
    expect(summary(folderResult?.messages)).toEqual(['1:1 file Cannot read file: it is a directory, expected a Markdown file']);
  });

  it('reports broken YAML front matter on its line and still runs the rules', async () => {
    const filePath = await fixture('broken.md', '---\ntitle: Billing\n  bad: indent\nstatus: x\n---\n\n# Billing\n');
    const [result] = (await engine().lintFiles([filePath])).results;
    expect(result?.messages.filter((message) => message.ruleId === null).every((message) => message.fatal && message.severity === 2)).toBe(true);
    expect(summary(result?.messages)).toEqual([
      '2:8 file Unexpected invalid YAML in front matter (Nested mappings are not allowed in compact mappings), expected valid YAML',
      '2:8 file Unexpected invalid YAML in front matter (Implicit keys need to be on a single line), expected valid YAML',
      '7:1 headings Heading `Billing`',
    ]);
  });

  it('reads CRLF files with the right lines and writes fixes back atomically, keeping CRLF', async () => {
    const filePath = await fixture('crlf.md', '# Title\r\n\r\n## goals\r\n\r\nText.\r\n');
    const [report] = (await engine().lintFiles([filePath])).results;
    expect(summary(report?.messages)).toEqual([
      '1:1 headings Heading `Title`',
      '3:1 headings Unexpected lower case heading `goals`, expected a capital',
    ]);
    expect(report).toMatchObject({ errorCount: 1, warningCount: 1, fixableErrorCount: 1, fixableWarningCount: 0 });

    const [fixed] = (await engine().lintFiles([filePath], { fix: true })).results;
    expect(fixed?.output).toBe('# Title\r\n\r\n## Goals\r\n\r\nText.\r\n');
    expect(await readFile(filePath, 'utf8')).toBe(fixed?.output);
    expect(summary(fixed?.messages)).toEqual(['1:1 headings Heading `Title`', '3:1 headings Heading `Goals`']);
    expect(await readdir(directory)).toEqual(['crlf.md']);

    const [again] = (await engine().lintFiles([filePath], { fix: true })).results;
    expect(again).toBeDefined();
    expect(again?.output).toBeUndefined();
  });
});
