import { readTemplateFile, templateFromMarkdown, type SpecDocument, type TemplateDefinition, type TemplateMatch } from '@specloom/core';
import { nonFunctionalAliases, riskAliases, riskScale } from './section-aliases.js';
import { criterionFamily, requirementFamily, testCaseFamily } from './id-families.js';
import { nextSpecId, refineSpecId } from './spec-id.js';
import { updateSection } from './update-section.js';

const pillars = ['why', 'what', 'how'];

/**
 * Why / What / How sections (each title starts with the word) plus an `**ID**: SPEC-…` line. The pillars alone
 * stay below the engine's threshold: plenty of documents ask "Why a new domain?" and "How can we help?".
 */
export function detectWhyWhatHow(document: SpecDocument): TemplateMatch {
  const titles = document.allSections.filter((section) => section.level === 2).map((section) => section.title.toLowerCase());
  const hasPillars = pillars.every((word) => titles.some((title) => title === word || title.startsWith(`${word} `)));
  if (!hasPillars) return { score: 0, evidence: [] };
  const evidence = ['`## Why`, `## What` and `## How` sections'];
  const id = document.metadata.id?.value;
  if (typeof id !== 'string' || !/^SPEC-/i.test(id.trim())) return { score: 0.4, evidence };
  return { score: 1, evidence: [...evidence, '`**ID**: SPEC-…` field'] };
}

export const whyWhatHowTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'why-what-how',
  description: 'Why / What / How specification with a SPEC-YYYY-MM-DD-NNN id under Overview',
  ...readTemplateFile(import.meta.url, 'templates/why-what-how-spec.md'),
  detect: detectWhyWhatHow,
  // `specloom new`: the next free dated Spec ID of today, also the file name's prefix.
  nextId: nextSpecId,
  refine(schema) {
    schema.idFamilies = [requirementFamily, criterionFamily, testCaseFamily];
    refineSpecId(schema, 'ID');
    // Its Definition of Done is what Implemented claims; before that, open items are the plan.
    if (schema.status) {
      schema.status.requires = [{ checklist: 'Definition of Done', statuses: ['Implemented'], sections: ['Definition of Done'] }];
    }
    // The detector accepts `## Why` / `## What` / `## How`; so does the section check.
    updateSection(schema, ['Why (Purpose & Context)'], {
      aliases: ['Why', 'Why (Purpose and Context)', 'Purpose & Context', 'Purpose and Context'],
    });
    updateSection(schema, ['What (Requirements & Acceptance Criteria)'], {
      aliases: ['What', 'What (Requirements and Acceptance Criteria)', 'Requirements & Acceptance Criteria'],
    });
    updateSection(schema, ['How (Implementation Approach)'], { aliases: ['How', 'Implementation Approach'] });
    updateSection(schema, ['What (Requirements & Acceptance Criteria)', 'Non-Functional Requirements'], {
      aliases: nonFunctionalAliases,
    });
    updateSection(schema, ['What (Requirements & Acceptance Criteria)', 'Out of Scope'], { aliases: ['Non-Goals', 'Non Goals'] });
    updateSection(schema, ['How (Implementation Approach)', 'High-Level Design'], {
      aliases: ['High Level Design', 'Design', 'Architecture'],
    });
    schema.tableValues = [riskScale];
    updateSection(schema, ['Risks & Mitigations'], { aliases: riskAliases });
    // "[To be filled during implementation]": empty or absent until the work happens.
    updateSection(schema, ['Implementation Notes'], { required: false });
    for (const child of ['Learnings', 'Deviations from Plan', 'Future Improvements']) {
      updateSection(schema, ['Implementation Notes', child], { required: false });
    }
  },
});
