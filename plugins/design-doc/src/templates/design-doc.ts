import {
  readTemplateFile,
  sectionEvidence,
  templateFromMarkdown,
  updateField,
  type DocumentSchema,
  type TemplateMatch,
  type SectionSchema,
  type SpecDocument,
  type TemplateDefinition,
} from '@specloom/core';

/** The template shows only `draft`; this is the whole lifecycle. */
export const designDocStatuses = ['draft', 'review', 'approved', 'implemented', 'deprecated', 'superseded'];

/**
 * YAML front matter with `title` and `status` is what blog posts, proposals and ADRs carry too, so it counts only
 * with this template's own evidence: its `version` key and its sections (Problem Statement, Requirements,
 * Proposed Solution, Implementation Plan, …). Without `version`, most of the skeleton must be there.
 */
export function detectDesignDoc(document: SpecDocument, schema: DocumentSchema): TemplateMatch {
  const data = document.frontMatter?.data;
  if (!data || !('title' in data) || !('status' in data)) return { score: 0, evidence: [] };
  const evidence = ['front matter `title` and `status`'];
  const versioned = 'version' in data;
  if (versioned) evidence.push('front matter `version`');
  const sections = sectionEvidence(document, schema);
  if (sections.found.length > 0) {
    evidence.push(`${sections.found.length} of the template's ${sections.total} sections (${sections.found.join(', ')})`);
  }
  const score = sections.share >= (versioned ? 0.3 : 0.5) ? (versioned ? 1 : 0.8) : 0.2;
  return { score, evidence };
}

export const designDocTemplate: TemplateDefinition = templateFromMarkdown({
  id: 'design-doc',
  description: 'Design document with YAML front matter (title, author, created, status, version, reviewers)',
  ...readTemplateFile(import.meta.url, 'templates/design-doc.md'),
  detect: detectDesignDoc,
  refine(schema) {
    /*
     * The front matter is owned by the `design-doc/front-matter` rule, which validates it against the JSON
     * Schema this plugin publishes (`schema/front-matter.schema.json`). The fields stay listed (renderers,
     * scaffolding and the placeholder rule read them), but as optional plain strings and with unknown keys
     * allowed, so the core metadata-required, -enum, -date, -date-order, -pattern and -unknown rules have
     * nothing to say about them and no problem is reported twice.
     */
    updateField(schema, 'title', { type: 'string', required: false });
    updateField(schema, 'author', { type: 'string', required: false });
    updateField(schema, 'created', { type: 'string', required: false, format: 'YYYY-MM-DD' });
    // `values` stays: the placeholder rule reports an untouched `draft | review` pick-list with it.
    updateField(schema, 'status', { type: 'string', required: false, values: designDocStatuses, caseSensitive: true });
    updateField(schema, 'version', { type: 'string', required: false, format: '1.0 or semver 1.2.3' });
    updateField(schema, 'reviewers', { type: 'list', required: false });
    schema.metadata.fields.push({ name: 'template', type: 'string', required: false });
    // A design doc is approved before anything is built: its acceptance criteria are open then and must be met
    // once implemented. An open question in an approved doc can be a known unknown: a warning, never an error.
    if (schema.status) {
      schema.status.requires = [
        { checklist: 'Acceptance Criteria', statuses: ['implemented'], sections: ['Acceptance Criteria', 'Definition of Done'] },
        {
          checklist: 'Open Questions',
          statuses: ['approved', 'implemented'],
          sections: ['Open Questions', 'Unresolved Questions'],
          severity: 'warn',
        },
      ];
    }
    schema.metadata.allowUnknown = true;

    // Impact and probability on the template's scale, in the risk section's tables (`Med`, ranges and notes too).
    schema.tableValues = [
      {
        columns: ['Impact', 'Severity', 'Probability', 'Likelihood'],
        values: ['High', 'Medium', 'Low'],
        synonyms: { Med: 'Medium' },
        sections: ['Risks and Mitigations', 'Risks & Mitigations', 'Risks', 'Risk Assessment', 'Risk Register'],
        rowColumns: ['Risk'],
        ranges: true,
      },
    ];
    // Column names authors commonly use instead of the template's: the core table-columns rule accepts a table
    // that matches any of a section's table schemas.
    const risks = findSection(schema.sections, 'Risks and Mitigations');
    risks?.tables?.push({ columns: ['Risk', 'Impact', 'Likelihood', 'Mitigation'] });
    const timeline = findSection(schema.sections, 'Timeline');
    if (timeline?.tables?.[0]) {
      // A timeline needs milestones and dates; a Status column is useful but not what makes it a timeline.
      timeline.tables[0].requiredColumns = ['Milestone', 'Target Date'];
      timeline.tables.push({ columns: ['Milestone', 'Date', 'Status'], requiredColumns: ['Milestone', 'Date'] });
    }
    const changeLog = findSection(schema.sections, 'Change Log');
    changeLog?.tables?.push({ columns: ['Version', 'Date', 'Author', 'Description'] });
    // The appendix holds supporting material; a design doc without any is complete.
    const appendix = findSection(schema.sections, 'Appendix');
    if (appendix) appendix.required = false;
  },
});

/** A section of the schema tree by title, at any depth. */
function findSection(sections: SectionSchema[], title: string): SectionSchema | undefined {
  for (const section of sections) {
    if (section.title === title) return section;
    const found = findSection(section.children, title);
    if (found) return found;
  }
  return undefined;
}
