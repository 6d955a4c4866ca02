import path from 'node:path';
import type { IdOccurrence, Position, SpecDocument } from '../types/document.js';
import type { WorkspaceEntry, WorkspaceRule } from '../types/rule.js';
import type { DocumentSchema } from '../types/schema.js';
import { schemaFieldFor } from './utils/metadata.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { quoteList } from './utils/format.js';
import { idsInScope } from './utils/ids.js';
import { normalizeId } from './utils/normalize.js';

/** How many other files a message names before it counts the rest. */
const LISTED_FILES = 3;

/** Per document: the first definition of each workspace-wide ID (Spec ID, RFC number). */
interface Facts {
  definitions: Array<{ id: string; position: Position }>;
}

const rule: WorkspaceRule<Facts> = {
  meta: {
    type: 'problem',
    scope: 'workspace',
    docs: {
      description: 'Disallow a Spec ID or RFC number that more than one file defines',
      url: ruleDocsUrl('id-unique-workspace'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      duplicate: 'Unexpected ID "{{id}}" also defined in {{others}}, expected an ID unique across the workspace',
    },
  },

  collect(context) {
    if (!context.schema) return undefined;
    const seen = new Set<string>();
    const definitions: Facts['definitions'] = [];
    for (const occurrence of idsInScope(context.document, context.schema, 'workspace')) {
      const key = normalizeId(occurrence.id);
      if (!identifiesDocument(context.document, context.schema, occurrence) || seen.has(key)) continue;
      seen.add(key);
      definitions.push({ id: occurrence.id, position: occurrence.position });
    }
    return definitions.length ? { definitions } : undefined;
  },

  check(context) {
    const byId = new Map<string, Array<{ entry: WorkspaceEntry<Facts>; id: string; position: Position }>>();
    for (const entry of context.entries) {
      for (const definition of entry.facts?.definitions ?? []) {
        const key = normalizeId(definition.id);
        byId.set(key, [...(byId.get(key) ?? []), { entry, ...definition }]);
      }
    }
    for (const definitions of byId.values()) {
      const files = new Set(definitions.map(({ entry }) => entry.path));
      if (files.size < 2) continue;
      // Every file involved gets a message: each author may be the one who should change.
      for (const { entry, id, position } of definitions) {
        // A few names and a count: every message listing every other file grows with the square of the copies.
        const others = [...files].filter((file) => file !== entry.path);
        const named = others.slice(0, LISTED_FILES).map((file) => displayPath(entry.path, file));
        const more = others.length > LISTED_FILES ? ` and ${others.length - LISTED_FILES} more` : '';
        context.report({ messageId: 'duplicate', data: { id, others: `${quoteList(named)}${more}` }, position, path: entry.path });
      }
    }
  },
};

/**
 * A document's own Spec ID or RFC number stands in its title or in its ID field (`Spec ID`, `ID`, a field the
 * template marks `identifies`). Other fields (`Supersedes: SPEC 0017`, `Superseded by`, `Related`) name other
 * documents, and so does a list of related specs (`- SPEC-2026-01-14-001: Tariff preview`).
 */
function identifiesDocument(document: SpecDocument, schema: DocumentSchema, occurrence: IdOccurrence): boolean {
  if (occurrence.kind !== 'definition') return false;
  const offset = occurrence.position.start.offset;
  const within = (position: Position) => offset >= position.start.offset && offset < position.end.offset;
  if (document.title !== undefined && within(document.title.position)) return true;
  const entry = document.metadataEntries.find((candidate) => within(candidate.valuePosition));
  if (!entry) return false;
  const field = schemaFieldFor(schema, entry.key);
  // A field the template does not declare identifies the document only by its name (`Spec ID`, `RFC ID`).
  return field ? (field.identifies ?? (field.type === 'pattern' || /\bid$/i.test(field.name))) : /\bid$/i.test(entry.key);
}

/** Name another file as seen from the reporting file's folder, so messages stay short and stable. */
function displayPath(from: string, to: string): string {
  return path.relative(path.dirname(from), to).split(path.sep).join('/');
}

export default rule;
