import path from 'node:path';
import type { Position, WorkspaceRule } from '@specloom/core';
import { linkedFiles } from '../utils/relative-links.js';

interface AdrFacts {
  path: string;
  label: string;
  status?: string;
  statusPosition?: Position;
  /** Files the `Superseded By` field links to. */
  supersededBy: string[];
  supersededByPosition?: Position;
  /** Every file the ADR links to, anywhere. */
  links: string[];
  /** Where a `Supersedes` line goes when the fix adds one: the end of the last metadata line. */
  insertionPoint?: { position: Position };
  /** An empty `Supersedes` value, which the fix fills. */
  supersedesValue?: { position: Position };
}

const rule: WorkspaceRule<AdrFacts> = {
  meta: {
    scope: 'workspace',
    type: 'problem',
    docs: {
      description: 'Require a superseded ADR to link to the ADR that supersedes it, and that ADR to link back',
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      missingForward: 'Missing "Superseded By" link, expected a link to the ADR that supersedes this one',
      notSuperseded: 'Unexpected "Superseded By" link with status "{{status}}", expected status "Superseded"',
      missingBack: 'Missing link back to {{superseded}}, expected a "Supersedes" link to {{link}}',
    },
  },

  collect(context) {
    const document = context.document;
    if (!document.path) return undefined;
    const status = document.metadata['status'];
    const supersededBy = document.metadata['superseded by'];
    const supersedes = document.metadata['supersedes'];
    const last = document.metadataEntries.at(-1);
    return {
      path: path.resolve(document.path),
      label: document.title?.text.split(':')[0] ?? path.basename(document.path),
      status: typeof status?.value === 'string' ? status.value : undefined,
      statusPosition: status?.valuePosition,
      supersededBy: supersededBy ? linkedFiles(document, supersededBy.valuePosition.start.offset, supersededBy.valuePosition.end.offset) : [],
      supersededByPosition: supersededBy?.valuePosition,
      links: linkedFiles(document),
      insertionPoint: last ? { position: { start: last.position.end, end: last.position.end } } : undefined,
      supersedesValue: supersedes && supersedes.raw === '' ? { position: supersedes.valuePosition } : undefined,
    };
  },

  check(context) {
    const byPath = new Map(context.entries.map((entry) => [path.resolve(entry.path), entry]));
    for (const entry of context.entries) {
      const facts = entry.facts;
      const superseded = facts.status?.toLowerCase() === 'superseded';
      if (!superseded) {
        if (facts.supersededBy.length > 0 && facts.status) {
          context.report({ path: entry.path, messageId: 'notSuperseded', data: { status: facts.status }, position: facts.statusPosition });
        }
        continue;
      }
      if (facts.supersededBy.length === 0) {
        context.report({ path: entry.path, messageId: 'missingForward', position: facts.supersededByPosition ?? facts.statusPosition });
        continue;
      }
      for (const target of facts.supersededBy) {
        // A link to a file outside the run is core's `link-relative` concern; here only files we can see.
        const successor = byPath.get(target);
        if (!successor || successor.facts.links.includes(facts.path)) continue;
        const link = path.relative(path.dirname(successor.facts.path), facts.path).split(path.sep).join('/');
        const markdownLink = `[${facts.label}](${link})`;
        // Reported where the link belongs, so the fix lies inside the message: editors offer it as a quick fix.
        const insertion = successor.facts.supersedesValue ?? successor.facts.insertionPoint;
        const text = successor.facts.supersedesValue ? ` ${markdownLink}` : `\n**Supersedes**: ${markdownLink}`;
        context.report({
          path: successor.path,
          messageId: 'missingBack',
          data: { superseded: facts.label, link },
          position: insertion?.position ?? successor.facts.statusPosition,
          ...(insertion ? { fix: { range: [insertion.position.start.offset, insertion.position.end.offset], text } } : {}),
        });
      }
    }
  },
};

export default rule;
