import type { DocumentRule, Position } from '@specloom/core';
import { readCapabilitySpec } from '../utils/capability-spec.js';
import { readDeltaSpec } from '../utils/delta-spec.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { CAPABILITY_SPEC, DELTA_SPEC } from '../utils/template-ids.js';

interface Named {
  name: string;
  key: string;
  position: Position;
}

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow two requirements with the same name in a spec, or in one section of a delta',
      url: ruleDocsUrl('requirement-unique'),
      recommended: true,
    },
    templates: [CAPABILITY_SPEC, DELTA_SPEC],
    defaultSeverity: 'error',
    messages: {
      spec: 'Unexpected duplicate requirement "{{name}}" (first on line {{line}}), expected each requirement name once in a spec',
      delta: 'Unexpected duplicate requirement "{{name}}" in {{section}} (first on line {{line}}), expected each name once per section',
    },
  },

  create(context) {
    function duplicates(entries: readonly Named[], report: (entry: Named, line: number) => void) {
      const first = new Map<string, number>();
      for (const entry of entries) {
        const line = first.get(entry.key);
        if (line === undefined) first.set(entry.key, entry.position.start.line);
        else report(entry, line);
      }
    }
    return {
      document() {
        const { document, template } = context;
        if (template?.id !== DELTA_SPEC) {
          const blocks = readCapabilitySpec(document).blocks.filter((block) => block.prefixed);
          duplicates(blocks, (entry, line) => context.report({ messageId: 'spec', data: { name: entry.name, line }, position: entry.position }));
          return;
        }
        const delta = readDeltaSpec(document);
        const sections: Array<[string, Named[]]> = [
          ['ADDED', delta.added],
          ['MODIFIED', delta.modified],
          ['REMOVED', delta.removed],
          ['RENAMED (FROM)', delta.renamed.map(({ from }) => from)],
          ['RENAMED (TO)', delta.renamed.map(({ to }) => to)],
        ];
        for (const [section, entries] of sections) {
          duplicates(entries, (entry, line) => context.report({ messageId: 'delta', data: { name: entry.name, section, line }, position: entry.position }));
        }
      },
    };
  },
};

export default rule;
