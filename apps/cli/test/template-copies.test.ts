import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPlugins } from '../src/builtin-plugins.js';

// Each built-in plugin ships its own copy of the team's template; a copy that drifts from the source of truth in
// ../shared/templates would silently check specs against an outdated template.
const sharedTemplates = path.resolve(import.meta.dirname, '../../..', '../shared/templates');
const templates = builtinPlugins.flatMap((plugin) => plugin.templates ?? []);

describe('built-in template copies', () => {
  it('covers the five templates', () => {
    expect(templates.map((template) => template.id).sort()).toEqual(['design-doc', 'feature', 'product', 'rfc', 'why-what-how']);
  });

  it.each(templates.map((template) => [template.id, template.source] as const))('%s matches ../shared/templates', (_id, source) => {
    expect(source).toBeDefined();
    const shipped = readFileSync(source!, 'utf8');
    expect(shipped).toBe(readFileSync(path.join(sharedTemplates, path.basename(source!)), 'utf8'));
  });
});
