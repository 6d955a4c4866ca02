import { readTemplateFile, templateFromMarkdown, updateField, type PlaceholderSchema, type SpecDocument, type TemplateDefinition, type TemplateMatch } from '@specloom/core';
import { requirementItems } from '../utils/requirement-items.js';
import { hasSection, sectionSchema } from '../utils/spec-kit-sections.js';
import { SPEC } from '../utils/template-ids.js';
import { scaffoldSpecKitFeature } from './scaffold-feature.js';

/** `specs/014-workspace-invite-links/spec.md`: where spec-kit's `/specify` writes a feature spec. */
const featurePath = /(?:^|[/\\])specs[/\\]\d{3,}-[^/\\]+[/\\]spec\.md$/;

/**
 * spec-kit's own marks: the `**Feature Branch**` field and the `## User Scenarios & Testing` section (or the
 * `specs/NNN-feature/spec.md` path). The `Feature Specification:` title and `FR-001` items are shared with other
 * formats and only back them up.
 */
export function detectSpecKitSpec(document: SpecDocument): TemplateMatch {
  const evidence: string[] = [];
  const branch = document.metadata['feature branch'] !== undefined;
  if (branch) evidence.push('`**Feature Branch**` field');
  const scenarios = hasSection(document, ['User Scenarios & Testing', 'User Scenarios and Testing']);
  if (scenarios) evidence.push('`## User Scenarios & Testing` section');
  const inFolder = document.path !== undefined && featurePath.test(document.path);
  if (inFolder) evidence.push('path `specs/NNN-feature/spec.md`');
  const own = Number(branch) + Number(scenarios) + Number(inFolder);
  const titled = document.title?.parts.prefix === 'Feature Specification';
  if (titled) evidence.push('H1 "Feature Specification: …"');
  // Backing evidence matters only beside exactly one of the format's own marks: read the items only then.
  const requirements = own === 1 && requirementItems(document).some((item) => item.family === 'FR');
  if (requirements) evidence.push('`**FR-001**` requirements');
  const backing = Number(titled) + Number(requirements);
  const score = own >= 2 ? 1 : own === 1 && backing === 2 ? 0.7 : own === 1 ? 0.4 : 0;
  return { score, evidence };
}

/** Template text that a filled spec legitimately keeps (none so far) is left out of the placeholders. */
function keepPlaceholder(placeholder: PlaceholderSchema): boolean {
  return !/NEEDS CLARIFICATION/.test(placeholder.pattern);
}

export const specKitSpecTemplate: TemplateDefinition = templateFromMarkdown({
  id: SPEC,
  description: 'GitHub spec-kit feature spec (specs/NNN-feature/spec.md): prioritised user stories, FR-001 requirements, SC-001 criteria',
  ...readTemplateFile(import.meta.url, 'templates/spec-template.md'),
  detect: detectSpecKitSpec,
  scaffold: (request) => scaffoldSpecKitFeature(request, specKitSpecTemplate),
  refine(schema) {
    // spec-kit's template says `Status: Draft` and nothing more; teams move on with their own words, so any other
    // value is taken as "past Draft" (see spec-kit/needs-clarification) rather than reported.
    updateField(schema, 'Status', { type: 'string' });
    schema.status = { field: 'Status', values: ['Draft'] };
    updateField(schema, 'Input', { type: 'string', required: false, pattern: undefined, format: undefined });
    updateField(schema, 'Feature Branch', { identifies: false });
    schema.metadata.allowUnknown = true;
    // The three `*(mandatory)*` sections; stories and requirement items are checked by this plugin's rules.
    schema.sections = [
      sectionSchema('User Scenarios & Testing', {
        level: 2,
        required: true,
        markers: ['mandatory'],
        aliases: ['User Scenarios and Testing'],
        children: [sectionSchema('Edge Cases', { level: 3, required: false })],
      }),
      sectionSchema('Requirements', {
        level: 2,
        required: true,
        markers: ['mandatory'],
        children: [
          sectionSchema('Functional Requirements', { level: 3, required: true }),
          sectionSchema('Key Entities', { level: 3, required: false, markers: ['include if feature involves data', 'optional'] }),
        ],
      }),
      sectionSchema('Success Criteria', {
        level: 2,
        required: true,
        markers: ['mandatory'],
        children: [sectionSchema('Measurable Outcomes', { level: 3, required: false })],
      }),
    ];
    // FR and SC IDs have their own rule (spec-kit/requirement-ids): core's ID rules would report them twice.
    schema.idFamilies = [];
    schema.placeholders = schema.placeholders.filter(keepPlaceholder);
  },
});
