import type { DocumentRule } from '@specloom/core';
import { readDeltaSpec, type NamedEntry } from '../utils/delta-spec.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { foldRequirementName } from '../utils/requirement-name.js';
import { DELTA_SPEC } from '../utils/template-ids.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow a requirement that one delta spec both adds, modifies, removes or renames',
      url: ruleDocsUrl('delta-conflicts'),
      recommended: true,
    },
    templates: [DELTA_SPEC],
    defaultSeverity: 'error',
    messages: {
      both: 'Unexpected requirement "{{name}}" in both {{first}} (line {{line}}) and {{second}}, expected one operation per requirement',
      renamedThenModified: 'Unexpected MODIFIED "{{name}}", which RENAMED renames to "{{to}}" (line {{line}}), expected MODIFIED to use the new name',
      renameCollision: 'Unexpected RENAMED TO "{{name}}", which ADDED adds too (line {{line}}), expected a name no other entry uses',
    },
  },

  create(context) {
    return {
      document() {
        const delta = readDeltaSpec(context.document);
        const byKey = (entries: readonly NamedEntry[]) => new Map(entries.map((entry) => [entry.key, entry]));
        const added = byKey(delta.added);
        const modified = byKey(delta.modified);
        const removed = byKey(delta.removed);
        const report = (entry: NamedEntry, first: string, earlier: NamedEntry, second: string) =>
          context.report({ messageId: 'both', data: { name: entry.name, first, second, line: earlier.position.start.line }, position: entry.position });
        // Reported on the later entry: it is the one an author most likely added by mistake.
        const later = (left: NamedEntry, right: NamedEntry): [NamedEntry, NamedEntry] => (left.position.start.offset > right.position.start.offset ? [left, right] : [right, left]);
        for (const [key, entry] of modified) {
          const other = removed.get(key);
          if (other) {
            const [second, first] = later(entry, other);
            report(second, first === entry ? 'MODIFIED' : 'REMOVED', first, second === entry ? 'MODIFIED' : 'REMOVED');
          }
          const addedEntry = added.get(key);
          if (addedEntry) {
            const [second, first] = later(entry, addedEntry);
            report(second, first === entry ? 'MODIFIED' : 'ADDED', first, second === entry ? 'MODIFIED' : 'ADDED');
          }
        }
        for (const [key, entry] of added) {
          const other = removed.get(key);
          if (!other) continue;
          const [second, first] = later(entry, other);
          report(second, first === entry ? 'ADDED' : 'REMOVED', first, second === entry ? 'ADDED' : 'REMOVED');
        }
        const removedFolded = new Map(delta.removed.map((entry) => [foldRequirementName(entry.name), entry]));
        for (const { from, to } of delta.renamed) {
          const modifiedOld = modified.get(from.key);
          if (modifiedOld) context.report({ messageId: 'renamedThenModified', data: { name: modifiedOld.name, to: to.name, line: from.position.start.line }, position: modifiedOld.position });
          const addedNew = added.get(to.key);
          if (addedNew) context.report({ messageId: 'renameCollision', data: { name: to.name, line: addedNew.position.start.line }, position: to.position });
          // Folded: `Foo bar` and `foo  Bar` are one requirement spelt twice, not two.
          const removedOld = removedFolded.get(foldRequirementName(from.name));
          if (removedOld) {
            const [second, first] = later(from, removedOld);
            report(second, first === from ? 'RENAMED' : 'REMOVED', first, second === from ? 'RENAMED' : 'REMOVED');
          }
        }
      },
    };
  },
};

export default rule;
