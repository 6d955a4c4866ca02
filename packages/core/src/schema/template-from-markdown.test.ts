import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/resolve-config.js';
import { templateFromMarkdown, updateField } from './template-from-markdown.js';

const MARKDOWN = `# Incident: [Title]

**Status**: Open | Mitigated | Closed
**Owner**: [Name]

## Summary

[What happened]
`;

describe('templateFromMarkdown', () => {
  it('infers and refines the schema once, on first use, not when the plugin is loaded', async () => {
    let refinements = 0;
    const template = templateFromMarkdown({
      id: 'incident',
      description: 'Incident review',
      markdown: MARKDOWN,
      refine(schema) {
        refinements += 1;
        updateField(schema, 'Owner', { required: false });
      },
    });
    // Loading a plugin with the template (config validation included) builds nothing yet.
    await resolveConfig({ plugins: [{ name: 'incident', templates: [template] }] }, { rootDir: process.cwd(), builtinPlugins: [] });
    expect(refinements).toBe(0);

    expect(template.schema.metadata.fields.map((field) => [field.name, field.required])).toEqual([
      ['Status', true],
      ['Owner', false],
    ]);
    expect(template.schema).toBe(template.schema);
    expect(refinements).toBe(1);
  });

  it('names the template and the family when a refined ID family cannot compile, instead of finding nothing', () => {
    const template = templateFromMarkdown({
      id: 'incident',
      description: 'Incident review',
      markdown: MARKDOWN,
      refine(schema) {
        schema.idFamilies = [{ name: 'inc', pattern: 'INC\\-\\d{4}', scope: 'workspace', sequential: false }];
      },
    });
    expect(() => template.schema).toThrow(
      'Template "incident": "schema.idFamilies[0].pattern" is the string "INC\\\\-\\\\d{4}"; expected a RegExp source that compiles with the u flag (Invalid escape)',
    );
  });
});
