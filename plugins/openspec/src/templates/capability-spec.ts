import { readTemplateFile, templateFromMarkdown, type SpecDocument, type TemplateDefinition, type TemplateMatch } from '@specloom/core';
import { readCapabilitySpec } from '../utils/capability-spec.js';
import { openSpecLocation } from '../utils/openspec-paths.js';
import { CAPABILITY_SPEC } from '../utils/template-ids.js';
import { section } from './sections.js';

/**
 * `openspec/specs/<capability>/spec.md`, or outside such a tree: `### Requirement:` headings under
 * `## Requirements` with `## Purpose` or `#### Scenario:` beside them. A delta (`## ADDED Requirements`) is not one.
 */
export function detectCapabilitySpec(document: SpecDocument): TemplateMatch {
  const evidence: string[] = [];
  const location = openSpecLocation(document.path);
  if (location?.kind === 'capability-spec') evidence.push('path `openspec/specs/<capability>/spec.md`');
  if (location?.kind === 'delta-spec') return { score: 0, evidence: ['path of a delta spec in a change'] };
  // Outside an openspec/ tree, a document without a `### Requirement:` line is no capability spec: no need to read it.
  if (location === undefined && !/^###[ \t]+Requirement:/im.test(document.text)) return { score: 0, evidence };
  const spec = readCapabilitySpec(document);
  const requirements = spec.blocks.filter((block) => block.prefixed);
  if (requirements.length > 0) evidence.push(`${requirements.length} \`### Requirement:\` headings under \`## Requirements\``);
  const scenarios = requirements.some((block) => block.scenarios.some((scenario) => scenario.prefixed));
  if (scenarios) evidence.push('`#### Scenario:` headings');
  if (spec.purpose) evidence.push('`## Purpose` section');
  if (spec.deltaHeaders.length > 0) evidence.push('delta headers (`## ADDED Requirements`)');
  if (location?.kind === 'capability-spec') return { score: 1, evidence };
  // Content alone: OpenSpec's own headings, and not a delta (which the delta template claims).
  const own = requirements.length > 0 && (scenarios || spec.purpose !== undefined) && spec.deltaHeaders.length === 0;
  return { score: own ? (scenarios && spec.purpose ? 0.9 : 0.7) : 0, evidence };
}

export const capabilitySpecTemplate: TemplateDefinition = templateFromMarkdown({
  id: CAPABILITY_SPEC,
  description: 'OpenSpec capability spec (openspec/specs/<capability>/spec.md): Purpose, and requirements with SHALL/MUST and scenarios',
  ...readTemplateFile(import.meta.url, 'templates/capability-spec.md'),
  detect: detectCapabilitySpec,
  refine(schema) {
    // Requirements and scenarios are named per capability: this plugin's rules read them.
    // An empty Purpose is openspec/purpose's error; section-empty would only repeat it as a warning.
    schema.sections = [section('Purpose', true, { allowEmpty: true }), section('Requirements', true, { allowEmpty: true })];
    schema.title = { ...schema.title, required: false };
  },
});
