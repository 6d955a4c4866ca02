import type { Section, SpecTable } from '../types/document.js';
import { sectionTables } from '../rule-helpers/section-content.js';
import type { SectionSchema, TableSchema } from '../types/schema.js';

/** Deeper headings in a template are detail, not structure a filled spec must repeat. */
const deepestRequiredLevel = 3;
/** `Phase 1: Foundation`, `Alternative 2: [Name]`, `Component A`, `Endpoint 1: POST /api/resource`. */
const enumeratedHeading = /^(\p{L}[\p{L}-]*)\s+(?:\d+|[A-Z])(?::|$)/u;

/**
 * Build the section tree of a template. Headings that show example content (a bracketed placeholder in
 * the title, or an enumerated one like `Phase 1: …` or `Component A`) are left out: a filled spec names its own.
 */
export function inferSections(sections: Section[], tables: SpecTable[]): SectionSchema[] {
  const examples = exampleHeadings(sections);
  return sections
    .filter((section) => !examples.has(section))
    .map((section) => {
      const children = inferSections(section.children, tables);
      const sectionTables = tablesOf(section, tables);
      const schema: SectionSchema = {
        title: section.title,
        level: section.level,
        required: !section.markedOptional && section.level <= deepestRequiredLevel,
        children,
      };
      if (section.number) schema.number = section.number;
      if (section.empty || section.children.length > 0) schema.allowEmpty = section.empty;
      if (sectionTables.length > 0) schema.tables = sectionTables;
      return schema;
    });
}

function exampleHeadings(siblings: Section[]): Set<Section> {
  return new Set(
    siblings.filter((section) => /\[[^\]]+\]/.test(section.rawTitle) || enumeratedHeading.test(section.title)),
  );
}

/** Tables that stand directly in the section (before its first sub-heading). */
function tablesOf(section: Section, tables: SpecTable[]): TableSchema[] {
  return sectionTables({ tables }, section, { nested: false }).map((table) => ({ columns: table.header.map((cell) => cell.text) }));
}
