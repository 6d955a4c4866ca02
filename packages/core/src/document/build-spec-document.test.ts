import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSpecDocument } from './build-spec-document.js';
import { parseMarkdown } from './markdown-processor.js';
import { parseSpecDocument } from './parse-spec-document.js';

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url));

function exampleFiles(): string[] {
  return readdirSync(examples, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(examples, name));
}

describe('buildSpecDocument', () => {
  // The remark preset builds documents this way; the CLI through parseSpecDocument. They must never drift apart.
  it.each(exampleFiles())('builds what parseSpecDocument builds for %s', (filePath) => {
    const text = readFileSync(filePath, 'utf8');
    expect(buildSpecDocument(text, parseMarkdown(text), { path: filePath })).toEqual(
      parseSpecDocument(text, { path: filePath }),
    );
  });

  it('drops a BOM like the parser does, so offsets match the tree', () => {
    const text = '\uFEFF---\ntitle: Notes\nstatus: draft\n---\n\n# Notes\r\n\r\nBody.\n';
    const document = buildSpecDocument(text, parseMarkdown(text));
    expect(document).toEqual(parseSpecDocument(text));
    expect(document.text.startsWith('---')).toBe(true);
    expect(document.title?.position.start).toEqual({ line: 6, column: 1, offset: 36 });
  });
});
