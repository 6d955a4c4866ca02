import type { DocumentRule } from '@specloom/core';
import { readDeltaSpec } from '../utils/delta-spec.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { openSpecLocation } from '../utils/openspec-paths.js';
import { DELTA_SPEC } from '../utils/template-ids.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a delta spec at specs/<capability>/spec.md with ADDED, MODIFIED, REMOVED or RENAMED entries OpenSpec can apply',
      url: ruleDocsUrl('delta-sections'),
      recommended: true,
    },
    templates: [DELTA_SPEC],
    defaultSeverity: 'error',
    messages: {
      none: 'Missing delta section, expected "## ADDED Requirements", "## MODIFIED Requirements", "## REMOVED Requirements" or "## RENAMED Requirements"',
      emptySections: 'Missing requirement in {{sections}}, expected at least one "### Requirement: <name>" (REMOVED may list "- `### Requirement: <name>`")',
      orphan: 'Unexpected requirement "{{name}}" {{where}}, expected it under "## ADDED|MODIFIED|REMOVED|RENAMED Requirements" (OpenSpec ignores it there)',
      skipped: 'Unexpected heading "### {{header}}" in {{operation}} Requirements, expected "### Requirement: {{header}}" (OpenSpec skips other headings)',
      unpaired: 'Unexpected RENAMED {{side}} "{{name}}" without its {{missing}}, expected a "FROM:" line followed by its "TO:" line',
      location: 'Unexpected delta spec at "specs/{{entry}}", expected "specs/<capability>/spec.md" (OpenSpec applies no other file)',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const delta = readDeltaSpec(document);
        const location = openSpecLocation(document.path);
        if (location?.kind === 'delta-spec' && location.capability === undefined) {
          context.report({ messageId: 'location', data: { entry: location.deltaEntry ?? '' }, position: document.title?.position ?? document.sections[0]?.position });
        }
        const [firstSection] = delta.sections;
        if (!firstSection) {
          context.report({ messageId: 'none', position: document.sections[0]?.position });
        } else if (delta.added.length + delta.modified.length + delta.removed.length + delta.renamed.length === 0) {
          const titles = [...new Set(delta.sections.map(({ operation }) => `"## ${operation} Requirements"`))].join(', ');
          context.report({ messageId: 'emptySections', data: { sections: titles }, position: firstSection.section.position });
        }
        for (const orphan of delta.orphans) {
          const where = orphan.section ? `under "## ${orphan.section}"` : 'before any "## " section';
          context.report({ messageId: 'orphan', data: { name: orphan.name, where }, position: orphan.position });
        }
        for (const skipped of delta.skipped) {
          // A divider such as "### Documentation Requirements" may be deliberate: a warning.
          context.report({ messageId: 'skipped', data: { header: skipped.header, operation: skipped.operation }, position: skipped.position, severity: 'warn' });
        }
        for (const { side, entry } of delta.unpaired) {
          context.report({ messageId: 'unpaired', data: { side, name: entry.name, missing: side === 'FROM' ? 'TO' : 'FROM' }, position: entry.position });
        }
      },
    };
  },
};

export default rule;
