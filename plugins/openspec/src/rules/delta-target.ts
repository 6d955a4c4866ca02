import path from 'node:path';
import type { Position, WorkspaceEntry, WorkspaceRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { deltasOnDisk, factsOnDisk, openSpecFacts, type OpenSpecFacts, type RequirementFact } from '../utils/openspec-facts.js';
import { foldRequirementName } from '../utils/requirement-name.js';
import { CAPABILITY_SPEC, DELTA_SPEC } from '../utils/template-ids.js';

/** `name` appears `count` times in `names`. */
function missingScenarios(current: readonly string[], incoming: readonly string[]): string[] {
  const remaining = new Map<string, number>();
  for (const name of incoming) remaining.set(name, (remaining.get(name) ?? 0) + 1);
  return current.filter((name) => {
    const left = remaining.get(name) ?? 0;
    if (left > 0) remaining.set(name, left - 1);
    return left === 0;
  });
}

const rule: WorkspaceRule<OpenSpecFacts> = {
  meta: {
    type: 'problem',
    scope: 'workspace',
    docs: {
      description: 'Require MODIFIED, REMOVED and RENAMED to name requirements of openspec/specs/, and ADDED a new one, as openspec archive applies them',
      url: ruleDocsUrl('delta-target'),
      recommended: true,
    },
    templates: [CAPABILITY_SPEC, DELTA_SPEC],
    defaultSeverity: 'error',
    messages: {
      noSpec: 'Unexpected {{operation}} "{{name}}" for capability "{{capability}}", which has no spec at {{spec}}, expected only ADDED requirements for a new capability',
      missing: 'Unexpected {{operation}} "{{name}}", which {{spec}} does not have, expected the exact name of one of its requirements',
      nearMiss: 'Unexpected {{operation}} "{{name}}", which {{spec}} spells "{{existing}}", expected the name exactly as written there',
      removedMissing: 'Unexpected REMOVED "{{name}}", which {{spec}} does not have, expected one of its requirements (archive treats it as already removed)',
      renameTaken: 'Unexpected RENAMED TO "{{name}}", which {{spec}} already has, expected a name no requirement uses',
      exists: 'Unexpected ADDED "{{name}}", which {{spec}} already has with other text, expected MODIFIED to change it',
      scenarioLoss:
        'Unexpected MODIFIED "{{name}}" without the scenario(s) {{missing}} it has in {{spec}}, expected every scenario kept (MODIFIED replaces the whole requirement)',
      pending: 'Unexpected {{operation}} "{{name}}", which {{spec}} does not have yet but change "{{change}}" adds, expected that change archived first',
    },
  },

  collect(context) {
    return openSpecFacts(context.document);
  },

  check(context) {
    const entries = context.entries.filter((entry) => entry.facts !== undefined);
    const capabilitySpecs = new Map<string, OpenSpecFacts>();
    for (const { facts } of entries) {
      if (facts.location.kind === 'capability-spec' && facts.requirements) capabilitySpecs.set(`${facts.location.root}\n${facts.location.capability}`, facts);
    }
    for (const entry of entries) {
      const { location, delta } = entry.facts;
      if (location.kind !== 'delta-spec' || !delta || location.capability === undefined) continue;
      // A delta that names a requirement twice cannot be applied in any order: requirement-unique and
      // delta-conflicts report it, and comparing it with the spec would only echo their findings.
      if (namesTwice(delta)) continue;
      const capability = location.capability;
      const specPath = path.join(location.root, 'specs', ...capability.split('/'), 'spec.md');
      // The run may lint a change without the specs it changes: the capability spec is then read from disk.
      const current = capabilitySpecs.get(`${location.root}\n${capability}`) ?? factsOnDisk(specPath);
      const spec = displayPath(location.root, specPath);
      const report = (messageId: string, data: Record<string, string>, position: Position, severity?: 'warn') =>
        context.report({ path: entry.path, messageId, data: { spec, capability, ...data }, position, ...(severity ? { severity } : {}) });
      const pendingChange = siblingAdditions(entries, entry, location.root, capability);
      const reportPendingOr = (key: string, name: string, operation: string, position: Position, messageId: 'missing' | 'noSpec') => {
        const change = pendingChange.get(key);
        if (change !== undefined) report('pending', { operation, name, change }, position, 'warn');
        else report(messageId, { operation, name }, position);
      };

      if (!current?.requirements) {
        // A new capability: only ADDED applies. A requirement another change adds is a matter of archive order.
        for (const modified of delta.modified) reportPendingOr(modified.key, modified.name, 'MODIFIED', modified.position, 'noSpec');
        for (const { from } of delta.renamed) reportPendingOr(from.key, from.name, 'RENAMED FROM', from.position, 'noSpec');
        for (const removed of delta.removed) report('removedMissing', { name: removed.name }, removed.position, 'warn');
        continue;
      }

      const blocks = new Map<string, RequirementFact>(current.requirements.map((requirement) => [requirement.key, requirement]));
      const nearMiss = (key: string, except?: string) => [...blocks.keys()].find((candidate) => candidate !== except && foldRequirementName(candidate) === foldRequirementName(key));
      // OpenSpec's archive order: RENAMED, REMOVED, MODIFIED, ADDED, each against the spec as the earlier left it.
      for (const { from, to } of delta.renamed) {
        const source = blocks.get(from.key);
        if (!source) {
          const nearFrom = nearMiss(from.key, to.key);
          if (nearFrom !== undefined) report('nearMiss', { operation: 'RENAMED FROM', name: from.name, existing: blocks.get(nearFrom)!.name }, from.position);
          // Source gone and target there: the rename was synced already.
          else if (!blocks.has(to.key)) reportPendingOr(from.key, from.name, 'RENAMED FROM', from.position, 'missing');
          continue;
        }
        if (blocks.has(to.key)) {
          report('renameTaken', { name: to.name }, to.position);
          continue;
        }
        const nearTo = nearMiss(to.key, from.key);
        if (nearTo !== undefined) {
          report('nearMiss', { operation: 'RENAMED TO', name: to.name, existing: blocks.get(nearTo)!.name }, to.position);
          continue;
        }
        blocks.delete(from.key);
        blocks.set(to.key, { ...source, key: to.key, name: to.name });
      }
      for (const removed of delta.removed) {
        if (blocks.delete(removed.key)) continue;
        const near = nearMiss(removed.key);
        if (near !== undefined) report('nearMiss', { operation: 'REMOVED', name: removed.name, existing: blocks.get(near)!.name }, removed.position);
        // Gone already (an early sync) or never there: OpenSpec skips it with a warning, so do we.
        else report('removedMissing', { name: removed.name }, removed.position, 'warn');
      }
      for (const modified of delta.modified) {
        const block = blocks.get(modified.key);
        if (!block) {
          const near = nearMiss(modified.key);
          if (near !== undefined) report('nearMiss', { operation: 'MODIFIED', name: modified.name, existing: blocks.get(near)!.name }, modified.position);
          else reportPendingOr(modified.key, modified.name, 'MODIFIED', modified.position, 'missing');
          continue;
        }
        const lost = missingScenarios(block.scenarios, modified.scenarios);
        if (lost.length > 0) report('scenarioLoss', { name: modified.name, missing: lost.map((name) => `"${name}"`).join(', ') }, modified.position);
        blocks.set(modified.key, modified);
      }
      for (const added of delta.added) {
        const existing = blocks.get(added.key);
        if (existing) {
          // The same text again is an early sync, not a collision.
          if (existing.content !== added.content) report('exists', { name: added.name }, added.position);
          continue;
        }
        const near = nearMiss(added.key);
        if (near !== undefined) report('nearMiss', { operation: 'ADDED', name: added.name, existing: blocks.get(near)!.name }, added.position);
        blocks.set(added.key, added);
      }
    }
  },
};

/** True when one requirement name stands in two entries of the delta (a duplicate or a conflict). */
function namesTwice(delta: NonNullable<OpenSpecFacts['delta']>): boolean {
  const sources = [delta.added, delta.modified, delta.removed, delta.renamed.map(({ from }) => from)].flat().map((entry) => entry.key);
  const targets = [delta.added, delta.renamed.map(({ to }) => to)].flat().map((entry) => entry.key);
  return new Set(sources).size < sources.length || new Set(targets).size < targets.length;
}

/** Requirement keys other active changes ADD to the same capability (in the run, else on disk), by change. */
function siblingAdditions(entries: ReadonlyArray<WorkspaceEntry<OpenSpecFacts>>, self: WorkspaceEntry<OpenSpecFacts>, root: string, capability: string): Map<string, string> {
  const additions = new Map<string, string>();
  const seen = new Set<string>();
  const add = (facts: OpenSpecFacts | undefined) => {
    if (!facts?.delta || facts.location.change === undefined || facts.location.change === self.facts.location.change) return;
    for (const added of facts.delta.added) if (!additions.has(added.key)) additions.set(added.key, facts.location.change);
  };
  for (const entry of entries) {
    const { location } = entry.facts;
    if (location.kind !== 'delta-spec' || location.root !== root || location.capability !== capability) continue;
    seen.add(path.resolve(entry.path));
    add(entry.facts);
  }
  for (const file of deltasOnDisk(root, capability)) if (!seen.has(path.resolve(file))) add(factsOnDisk(file));
  return additions;
}

/** `openspec/specs/auth/spec.md`: the capability spec as OpenSpec users name it. */
function displayPath(root: string, file: string): string {
  return path.join(path.basename(root), path.relative(root, file)).split(path.sep).join('/');
}

export default rule;
