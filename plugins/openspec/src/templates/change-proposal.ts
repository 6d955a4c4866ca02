import { normalizeName, readTemplateFile, templateFromMarkdown, type SpecDocument, type TemplateDefinition, type TemplateMatch } from '@specloom/core';
import { openSpecLocation } from '../utils/openspec-paths.js';
import { CHANGE_PROPOSAL } from '../utils/template-ids.js';
import { scaffoldChange } from './scaffold-change.js';
import { section } from './sections.js';

/**
 * `openspec/changes/<change>/proposal.md`, or outside such a tree: `## Why` with `## What Changes` (OpenSpec's own
 * heading; a why/what/how spec has `## What`), backed by `## Impact` or a `# Change:` title.
 */
export function detectChangeProposal(document: SpecDocument): TemplateMatch {
  const evidence: string[] = [];
  const location = openSpecLocation(document.path);
  if (location?.kind === 'proposal') evidence.push('path `openspec/changes/<change>/proposal.md`');
  const titles = new Set(document.allSections.filter((candidate) => candidate.level === 2).map((candidate) => normalizeName(candidate.title)));
  const why = titles.has('why');
  const whatChanges = titles.has('what changes');
  const impact = titles.has('impact');
  if (why) evidence.push('`## Why` section');
  if (whatChanges) evidence.push('`## What Changes` section');
  if (impact) evidence.push('`## Impact` section');
  const titled = document.title?.parts.prefix === 'Change';
  if (titled) evidence.push('H1 "Change: …"');
  if (location?.kind === 'proposal') return { score: 1, evidence };
  if (location !== undefined) return { score: 0, evidence };
  return { score: why && whatChanges ? (impact || titled ? 0.9 : 0.6) : 0, evidence };
}

export const changeProposalTemplate: TemplateDefinition = templateFromMarkdown({
  id: CHANGE_PROPOSAL,
  description: 'OpenSpec change proposal (openspec/changes/<change>/proposal.md): Why, What Changes, Impact',
  ...readTemplateFile(import.meta.url, 'templates/proposal.md'),
  detect: detectChangeProposal,
  scaffold: (request) => scaffoldChange(request, changeProposalTemplate),
  refine(schema) {
    schema.sections = [
      section('Why', true),
      section('What Changes', true),
      // The newer OpenSpec template lists the capabilities a change creates or modifies.
      section('Capabilities', false, { allowEmpty: true }),
      section('Impact', false),
    ];
    schema.title = { ...schema.title, required: false };
  },
});
