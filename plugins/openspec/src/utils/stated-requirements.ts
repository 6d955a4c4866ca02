import type { SpecDocument } from '@specloom/core';
import { readCapabilitySpec } from './capability-spec.js';
import { readDeltaSpec } from './delta-spec.js';
import type { RequirementBlock } from './requirement-blocks.js';
import { DELTA_SPEC } from './template-ids.js';

/**
 * The requirements a document states in full: a delta spec's ADDED and MODIFIED ones (REMOVED and RENAMED name
 * requirements without restating them), or a capability spec's. With `prefixedOnly`, a capability spec's headings
 * without `Requirement:` are left out (spec-structure reports them; OpenSpec reads no statement for them).
 */
export function statedRequirements(
  document: SpecDocument,
  templateId: string | undefined,
  options: { prefixedOnly?: boolean } = {},
): RequirementBlock[] {
  if (templateId === DELTA_SPEC) {
    const delta = readDeltaSpec(document);
    return [...delta.added, ...delta.modified];
  }
  const { blocks } = readCapabilitySpec(document);
  return options.prefixedOnly ? blocks.filter((block) => block.prefixed) : blocks;
}
