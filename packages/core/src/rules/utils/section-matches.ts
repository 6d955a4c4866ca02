import type { Section, SpecDocument } from '../../types/document.js';
import type { DocumentSchema, SectionSchema } from '../../types/schema.js';
import { normalizeName } from './normalize.js';

/** A document section, and the schema section it stands for when its title or an alias matches. */
export interface MatchedSection {
  section: Section;
  schema?: SectionSchema;
  /** Its sub-sections, matched against `schema.children` (an unmatched section's children match nothing). */
  children: SectionLevel;
}

/** One level of siblings: the sections the schema expects here and the sections the document has here. */
export interface SectionLevel {
  /** The document section these siblings belong to; undefined at the top. */
  parent?: Section;
  schemas: SectionSchema[];
  /** In document order. */
  sections: MatchedSection[];
  /** The first document section for each schema section present at this level. */
  bySchema: Map<SectionSchema, MatchedSection>;
}

const cache = new WeakMap<SpecDocument, WeakMap<DocumentSchema, SectionLevel>>();

/**
 * The document's heading tree matched to the schema's section tree, sibling level by sibling level,
 * by normalised title or alias. Computed once per document and schema, shared by every section rule.
 */
export function matchSections(document: SpecDocument, schema: DocumentSchema): SectionLevel {
  let bySchema = cache.get(document);
  if (!bySchema) {
    bySchema = new WeakMap();
    cache.set(document, bySchema);
  }
  let level = bySchema.get(schema);
  if (!level) {
    level = matchLevel(topLevelSections(document), schema.sections, undefined);
    bySchema.set(schema, level);
  }
  return level;
}

/** The sections a schema's top level describes: the H1 is the title, so its children stand at the top. */
export function topLevelSections(document: SpecDocument): Section[] {
  return document.sections.flatMap((section) => (section.level === 1 ? section.children : [section]));
}

/** Normalised title and aliases of a schema section. */
export function sectionNames(schema: SectionSchema): string[] {
  return [schema.title, ...(schema.aliases ?? [])].map(normalizeName);
}

/** Every section of a level and its descendants, depth first, in document order. */
export function* walkMatches(level: SectionLevel): Generator<MatchedSection> {
  for (const matched of level.sections) {
    yield matched;
    yield* walkMatches(matched.children);
  }
}

function matchLevel(sections: Section[], schemas: SectionSchema[], parent: Section | undefined): SectionLevel {
  const byName = new Map<string, SectionSchema>();
  for (const schema of schemas) {
    for (const name of sectionNames(schema)) if (!byName.has(name)) byName.set(name, schema);
  }
  const level: SectionLevel = { parent, schemas, sections: [], bySchema: new Map() };
  for (const section of sections) {
    const candidate = byName.get(normalizeName(section.title));
    // A repeated heading stays unmatched: the first one is the section the schema describes.
    const schema = candidate && !level.bySchema.has(candidate) ? candidate : undefined;
    const matched: MatchedSection = {
      section,
      schema,
      children: matchLevel(section.children, schema?.children ?? [], section),
    };
    if (schema) level.bySchema.set(schema, matched);
    level.sections.push(matched);
  }
  return level;
}
