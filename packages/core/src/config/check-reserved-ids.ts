import { createUsedIdCollector } from '../authoring/spec-ids.js';
import type { TemplateDefinition } from '../types/plugin.js';
import { configError, describeValue, type ConfigSource } from './config-messages.js';

/**
 * `settings.reservedIds` against the templates' document-ID families (`SPEC 0042`, an org's `ADR-0012`), so a
 * typo fails every command, not only `specloom new`. The config shape (numbers and strings) is checked earlier.
 */
export function checkReservedIds(reserved: unknown, templates: readonly TemplateDefinition[], source: ConfigSource): void {
  if (!Array.isArray(reserved)) return;
  const collector = createUsedIdCollector(templates);
  for (const [index, entry] of reserved.entries()) {
    if (collector.addReserved([entry]).length === 0) continue;
    const forms = collector.families.map((family) => `${family.pattern} (${family.name})`).join(', ');
    const expected = forms === '' ? 'a number (no template declares document IDs)' : `a number or a document ID matching one of ${forms}`;
    throw configError(source, ['settings', 'reservedIds', index], `is ${describeValue(entry)}; expected ${expected}`);
  }
}
