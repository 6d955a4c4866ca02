import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPlugins } from '../src/builtin-plugins.js';

// Each built-in plugin ships its own copy of the team's template. Where the team's folder `../shared/templates`
// sits beside the clone (the maintainers' machines), a copy that drifted from it would silently check specs
// against an outdated template; a clone on its own has nothing to compare with and skips that check, by name.
const sharedTemplates = path.resolve(import.meta.dirname, '../../..', '../shared/templates');
const sharedExists = existsSync(sharedTemplates);
/** The team's five templates; spec-kit's and OpenSpec's are those projects' own formats, with no copy in the folder. */
const teamTemplateIds = ['design-doc', 'feature', 'product', 'rfc', 'why-what-how'];
const templates = builtinPlugins.flatMap((plugin) => plugin.templates ?? []).filter((template) => teamTemplateIds.includes(template.id));

describe('built-in template copies', () => {
  it('covers the five templates', () => {
    expect(templates.map((template) => template.id).sort()).toEqual(teamTemplateIds);
  });

  it.skipIf(!sharedExists).each(templates.map((template) => [template.id, template.source] as const))(
    sharedExists ? '%s matches ../shared/templates' : '%s matches ../shared/templates (skipped: no ../shared/templates beside this clone)',
    (_id, source) => {
      expect(source).toBeDefined();
      const shipped = readFileSync(source!, 'utf8');
      expect(shipped).toBe(readFileSync(path.join(sharedTemplates, path.basename(source!)), 'utf8'));
    },
  );
});
