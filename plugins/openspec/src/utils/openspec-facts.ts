import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSpecDocument, type Position, type SpecDocument } from '@specloom/core';
import { readCapabilitySpec } from './capability-spec.js';
import { readDeltaSpec } from './delta-spec.js';
import { openSpecLocation, type OpenSpecLocation } from './openspec-paths.js';
import type { RequirementBlock } from './requirement-blocks.js';

/** A requirement as the cross-file rules compare it: name, scenarios, and a fingerprint of its text. */
export interface RequirementFact {
  name: string;
  key: string;
  position: Position;
  scenarios: string[];
  /** SHA-1 of the block's text with line endings normalised: "identical content" in OpenSpec's sense. */
  content: string;
}

/** What the cross-file rules keep of a capability spec or a delta spec: requirement names, never trees. */
export interface OpenSpecFacts {
  location: OpenSpecLocation;
  /** A capability spec's requirements. */
  requirements?: RequirementFact[];
  /** A delta spec's entries. */
  delta?: {
    added: RequirementFact[];
    modified: RequirementFact[];
    removed: Array<{ name: string; key: string; position: Position }>;
    renamed: Array<{ from: { name: string; key: string; position: Position }; to: { name: string; key: string; position: Position } }>;
  };
}

function requirementFact(document: SpecDocument, block: RequirementBlock): RequirementFact {
  const raw = document.text.slice(block.section.position.start.offset, block.section.contentPosition.end.offset);
  return {
    name: block.name,
    key: block.key,
    position: block.position,
    scenarios: block.scenarios.map((scenario) => scenario.name),
    content: createHash('sha1').update(raw.replace(/\r\n?/g, '\n').trim()).digest('hex'),
  };
}

/** The facts of one OpenSpec document, or undefined for a file outside an OpenSpec tree. */
export function openSpecFacts(document: SpecDocument): OpenSpecFacts | undefined {
  const location = openSpecLocation(document.path);
  if (!location) return undefined;
  if (location.kind === 'capability-spec') {
    return { location, requirements: readCapabilitySpec(document).blocks.filter((block) => block.prefixed).map((block) => requirementFact(document, block)) };
  }
  if (location.kind === 'delta-spec') {
    const delta = readDeltaSpec(document);
    return {
      location,
      delta: {
        added: delta.added.map((block) => requirementFact(document, block)),
        modified: delta.modified.map((block) => requirementFact(document, block)),
        removed: delta.removed.map(({ name, key, position }) => ({ name, key, position })),
        renamed: delta.renamed.map(({ from, to }) => ({
          from: { name: from.name, key: from.key, position: from.position },
          to: { name: to.name, key: to.key, position: to.position },
        })),
      },
    };
  }
  return { location };
}

/** Facts of a file on disk that the run did not lint (a capability spec, a sibling change's delta). */
export function factsOnDisk(filePath: string): OpenSpecFacts | undefined {
  if (!existsSync(filePath)) return undefined;
  try {
    return openSpecFacts(parseSpecDocument(readFileSync(filePath, 'utf8'), { path: filePath }));
  } catch {
    return undefined;
  }
}

/** The delta specs of every active change under `root` for one capability, read from disk. */
export function deltasOnDisk(root: string, capability: string): string[] {
  const changes = path.join(root, 'changes');
  let names: string[];
  try {
    names = readdirSync(changes, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'archive').map((entry) => entry.name);
  } catch {
    return [];
  }
  return names.map((name) => path.join(changes, name, 'specs', ...capability.split('/'), 'spec.md')).filter((file) => existsSync(file));
}
