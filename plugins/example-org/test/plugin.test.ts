import path from 'node:path';
import { createEngine, resolveConfig } from '@specloom/core/host';
import { describe, expect, it } from 'vitest';
import { exampleOrgPlugin } from '../src/index.js';
import { changedFixture, FIXTURES, fixtureFile } from './adr-files.js';

const OLD = 'decisions/0001-use-postgresql.md';
const NEW = 'decisions/0004-move-billing-to-event-store.md';

async function lint(files: Array<{ filePath: string; code: string }>) {
  const config = await resolveConfig({ plugins: [exampleOrgPlugin] }, { rootDir: FIXTURES, builtinPlugins: [] });
  const results = createEngine(config).lintTexts(
    files.map((file) => ({ text: file.code, filePath: path.join(FIXTURES, file.filePath) })),
    { today: '2026-02-01' },
  );
  return results.map((result) => ({
    file: path.relative(FIXTURES, result.filePath),
    template: result.template,
    messages: result.messages.map((message) => `${message.line}:${message.column} ${message.message} (${message.ruleId})`),
  }));
}

describe('example-org plugin with core rules', () => {
  it('detects ADRs and finds nothing wrong with the fixtures', async () => {
    expect(await lint([fixtureFile(OLD), fixtureFile(NEW)])).toEqual([
      { file: OLD, template: 'adr', messages: [] },
      { file: NEW, template: 'adr', messages: [] },
    ]);
  });

  it('checks the lifecycle and sections inferred from templates/adr.md', async () => {
    const changed = changedFixture(NEW, '**Status**: Accepted', '**Status**: Rejected');
    const withoutDecision = { ...changed, code: changed.code.replace(/## Decision\n\n.*\n\n/, '') };
    const [result] = await lint([withoutDecision]);
    expect(result?.messages).toEqual([
      '3:13 Unexpected value "Rejected" for "Status", expected one of "Proposed", "Accepted", "Superseded", "Deprecated" (metadata-enum)',
      '12:1 Missing section "Decision", expected after "Context" (section-required)',
    ]);
  });
});

describe('adr html renderer', () => {
  async function render(relativePath: string) {
    const config = await resolveConfig({ plugins: [exampleOrgPlugin] }, { rootDir: FIXTURES, builtinPlugins: [] });
    const document = createEngine(config).parse({ text: fixtureFile(relativePath).code, filePath: path.join(FIXTURES, relativePath) });
    const renderer = config.renderers.find((candidate) => candidate.format === 'html' && candidate.templates?.includes('adr'));
    return renderer!.render(document, { today: '2026-02-01', template: config.templates.find((template) => template.id === 'adr') });
  }

  it('puts a banner naming the successor on a superseded ADR', async () => {
    const html = await render(OLD);
    expect(html).toContain('<p class="banner" role="note">Superseded by ADR-0004: read that decision instead.</p>');
    expect(html).toContain('<span class="status status-retired">Superseded</span>');
  });

  it('renders an accepted ADR without a banner', async () => {
    const html = await render(NEW);
    expect(html).not.toContain('class="banner"');
    expect(html).toContain('<span class="status status-approved">Accepted</span>');
  });
});
