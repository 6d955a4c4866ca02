import { definePlugin, templateFromMarkdown } from '@specloom/core';
import { describe, expect, it } from 'vitest';
import { parseSpec, renderSpec } from './render-spec.js';

const incidentTemplate = templateFromMarkdown({
  id: 'incident',
  description: 'Incident review',
  markdown: '# Incident: [Title]\n\n**Status**: Open | Closed\n\n## Timeline\n\n[What happened]\n',
  detect: (document) => (document.title?.text.startsWith('Incident:') ? 1 : 0),
});

const plugins = [
  definePlugin({
    name: 'incident',
    templates: [incidentTemplate],
    renderers: [
      { format: 'timeline-md', extension: 'timeline.md', templates: ['incident'], render: (document, context) => `${document.title?.text} (${context.today})\n` },
    ],
  }),
];

const REVIEW = '# Incident: Checkout outage\n\n**Status**: Closed\n\n## Timeline\n\n09:12 Config push.\n';

describe('renderSpec', () => {
  it("renders as specloom render does: the template detected, the plugin's renderer for it, today given", async () => {
    const rendered = await renderSpec(REVIEW, { plugins, format: 'timeline-md', today: '2026-05-04' });
    expect(rendered.document.template).toBe('incident');
    expect(rendered.context.template?.id).toBe('incident');
    expect(rendered.output).toBe('Incident: Checkout outage (2026-05-04)\n');
  });

  it("falls back to core's renderers and names what is missing", async () => {
    const json = await renderSpec(REVIEW, { plugins, format: 'json', filePath: 'docs/checkout.md' });
    expect(JSON.parse(json.output)).toMatchObject({ path: 'docs/checkout.md', template: 'incident', status: 'Closed' });
    await expect(renderSpec('# Notes\n', { plugins, format: 'timeline-md' })).rejects.toThrow(
      'No timeline-md renderer for template "none", expected a plugin to add one',
    );
  });
});

describe('parseSpec', () => {
  it('gives the document and the render context, today defaulting to a fixed date', async () => {
    const { document, context } = await parseSpec(REVIEW, { plugins });
    expect(document.metadata.status?.value).toBe('Closed');
    expect(context).toEqual({ today: '2026-01-01', template: incidentTemplate });
  });
});
