import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseSpecDocument } from '@specloom/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { designDocJsonRenderer } from './design-doc-json.js';
import { designDocFixture, edited, renderDesignDocJson } from '../../test/render-fixture.js';

describe('design-doc json renderer', () => {
  it('adds the designDoc block of an approved design doc, read from the fixture', async () => {
    const json = await renderDesignDocJson(designDocFixture('valid/approved-feature-flag-service.md'));
    expect(json.template).toBe('design-doc');
    expect(json.designDoc).toEqual({
      // `version: 1.0` unquoted is the number 1 to YAML; the block keeps what the author wrote.
      version: '1.0',
      frontMatter: {
        title: 'Feature Flag Service',
        author: 'Bob Martins',
        created: '2026-04-06',
        status: 'approved',
        version: '1.0',
        reviewers: ['Alice Chen', 'Marcus Obi', 'Priya Raman'],
      },
      changeLog: [
        { version: '0.1', date: '2026-04-06', author: 'Bob Martins', changes: 'First draft for the platform guild', line: 234 },
        { version: '0.2', date: '2026-04-14', author: 'Bob Martins', changes: 'Git-backed definitions; Unleash comparison', line: 235 },
        { version: '1.0', date: '2026-04-27', author: 'Bob Martins', changes: 'Approved by the architecture review', line: 236 },
      ],
      reviewers: ['Alice Chen', 'Marcus Obi', 'Priya Raman'],
    });
  });

  it('reads a newest-first change log and a flow-style reviewer list as written', async () => {
    const { designDoc } = await renderDesignDocJson(designDocFixture('variations/review-session-export.md'));
    expect(designDoc.version).toBe('2.0');
    expect(designDoc.reviewers).toEqual(['@alice', '@bob']);
    expect(designDoc.changeLog.map((change) => [change.version, change.date, change.line])).toEqual([
      ['2.0', '2026-03-16', 137],
      ['1.0', '2026-03-02', 138],
    ]);
  });

  it('shows a missing front matter key as absent and keeps the change log', async () => {
    const { designDoc } = await renderDesignDocJson(designDocFixture('invalid/missing-front-matter-key.md'));
    expect(designDoc.frontMatter).not.toHaveProperty('author');
    expect(designDoc.changeLog).toEqual([{ version: '1.0', date: '2026-09-07', author: 'Priya Raman', changes: 'Initial version', line: 235 }]);
  });

  it('gives null for cells that are no version or no real date, never a guess', async () => {
    let text = designDocFixture('valid/approved-payment-retry-scheduler.md');
    text = edited(text, '| 2.0.0 | 2025-12-15 |', '| next | 2025-02-30 |');
    text = edited(text, '| 1.0.0 | 2025-12-01 | Ravi Iyer |', '| 1.0.0 | 2025/12/01 | |');
    const { designDoc } = await renderDesignDocJson(text);
    expect(designDoc.version).toBe('2.1.0');
    expect(designDoc.changeLog.map(({ version, date, author }) => ({ version, date, author }))).toEqual([
      { version: '1.0.0', date: null, author: null },
      { version: null, date: null, author: 'Ravi Iyer' },
      { version: '2.1.0', date: '2026-01-12', author: 'Alice Chen' },
    ]);
  });

  it('renders the untouched template with its unfilled values as null', async () => {
    const { designDoc } = await renderDesignDocJson(designDocFixture('../../templates/design-doc.md'));
    expect(designDoc.frontMatter).toEqual({ title: null, author: null, created: null, status: 'draft', version: '1.0', reviewers: [] });
    expect(designDoc.reviewers).toEqual([]);
    expect(designDoc.changeLog).toEqual([{ version: '1.0', date: null, author: 'Author Name', changes: 'Initial version', line: 327 }]);
  });

  it('renders a document without a change log, and one whose front matter does not parse', async () => {
    const json = await renderDesignDocJson(edited(designDocFixture('valid/review-telemetry-pipeline.md'), '## Change Log', '## Notes'));
    expect(json.designDoc.changeLog).toEqual([]);
    expect(json.designDoc.version).toBe('1.1');

    // A config glob can assign the template to a file whose YAML is broken: nothing to read, nothing invented.
    const broken = parseSpecDocument('---\ntitle: Telemetry [unclosed\nstatus: : review\n---\n\n# Telemetry\n');
    const output = designDocJsonRenderer.render({ ...broken, template: 'design-doc' }, { today: '2026-11-22', template: designDocTemplate });
    expect(JSON.parse(output).designDoc).toEqual({ version: null, frontMatter: null, changeLog: [], reviewers: [] });
  });

  it('validates against the spec document schema core publishes, the designDoc block included', async () => {
    const schemaPath = createRequire(import.meta.url).resolve('@specloom/core/schema/spec-document.schema.json');
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    for (const name of ['valid/approved-feature-flag-service.md', 'valid/review-telemetry-pipeline.md']) {
      const json = await renderDesignDocJson(designDocFixture(name));
      expect(validate(json) ? [] : validate.errors, name).toEqual([]);
    }
  });
});
