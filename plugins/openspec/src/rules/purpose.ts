import { containsPlaceholder, firstLine, positionFromOffsets, type DocumentRule } from '@specloom/core';
import { readCapabilitySpec } from '../utils/capability-spec.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { CAPABILITY_SPEC } from '../utils/template-ids.js';

/** OpenSpec's threshold: a Purpose shorter than this says too little. */
const MIN_PURPOSE_LENGTH = 50;
/** The sentence `openspec archive` writes into a capability it creates, and a leading `TBD`/`TODO`. */
const archivePlaceholder = /TBD - created by archiving change .*?\. Update Purpose after archive\./s;
const shoutedMarker = /^(?:TBD|TODO)(?![\p{L}\p{N}\p{M}_])/u;
/** In another case a marker only with punctuation after it: "Todo el sistema…" is Spanish, not a placeholder. */
const punctuatedMarker = /^(?:TBD|TODO)(?![\p{L}\p{N}\p{M}_])(?=[ \t]*(?:$|\n|[:\-\u2013\u2014.,;()[\]{}]))/iu;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a written Purpose of at least 50 characters in a capability spec',
      url: ruleDocsUrl('purpose'),
      recommended: true,
    },
    templates: [CAPABILITY_SPEC],
    defaultSeverity: 'error',
    messages: {
      empty: 'Unexpected empty "## Purpose", expected what this capability is for (OpenSpec: "Purpose section cannot be empty")',
      placeholder: 'Unexpected placeholder Purpose "{{text}}", expected what this capability is for, written in the spec itself',
      brief: 'Unexpected Purpose of {{length}} characters, expected at least 50 that say what this capability is for',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        const purpose = readCapabilitySpec(document).purpose;
        if (!purpose) return; // section-required reports a missing Purpose.
        // OpenSpec reads the Purpose up to the next heading of its level, sub-sections included.
        const start = purpose.position.end.offset;
        const raw = document.text.slice(start, purpose.contentPosition.end.offset);
        const text = raw.trim();
        if (text === '') {
          context.report({ messageId: 'empty', position: firstLine(document, purpose.position) });
          return;
        }
        const offset = start + raw.indexOf(text);
        const generated = archivePlaceholder.exec(text);
        // `TBD`/`TODO` in capitals is core's placeholder finding already (the template's to-do marker): only what it
        // does not see (`tbd - …`, `Todo:`) is reported here, so one placeholder never gets two messages.
        // `split` gives at least one part, so the first line is always there.
        const firstTextLine = text.split(/\r?\n/)[0]!;
        const covered = schema !== undefined && containsPlaceholder(firstTextLine, schema);
        if (!covered && (generated || shoutedMarker.test(text) || punctuatedMarker.test(text))) {
          const found = generated ? generated[0] : firstTextLine;
          const at = offset + text.indexOf(found);
          context.report({
            messageId: 'placeholder',
            data: { text: found.length > 60 ? `${found.slice(0, 59).trimEnd()}…` : found },
            position: firstLine(document, positionFromOffsets(document.lineStarts, at, at + found.length)),
          });
          return;
        }
        if (text.length < MIN_PURPOSE_LENGTH) {
          // Short can be enough for a small capability: a judgement call, so a warning.
          context.report({
            messageId: 'brief',
            data: { length: text.length },
            position: firstLine(document, positionFromOffsets(document.lineStarts, offset, offset + text.length)),
            severity: 'warn',
          });
        }
      },
    };
  },
};

export default rule;
