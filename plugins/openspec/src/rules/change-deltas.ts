import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Position, WorkspaceRule } from '@specloom/core';
import { readDeltaSpec } from '../utils/delta-spec.js';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { openSpecLocation, type OpenSpecLocation } from '../utils/openspec-paths.js';
import { CHANGE_PROPOSAL, DELTA_SPEC } from '../utils/template-ids.js';

interface ChangeFacts {
  location: OpenSpecLocation;
  /** A proposal: where the message goes (its `## What Changes`, else its title or first line). */
  anchor?: Position;
  /** A delta spec: how many entries it has. */
  entries?: number;
}

/** Every `.md` file under a folder, recursively. */
function markdownFiles(folder: string): string[] {
  let found: string[] = [];
  try {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const child = path.join(folder, entry.name);
      if (entry.isDirectory()) found = found.concat(markdownFiles(child));
      else if (entry.name.endsWith('.md')) found.push(child);
    }
  } catch {
    return found;
  }
  return found;
}

/** `skip_specs: true` in the change's `.openspec.yaml`: the change declares it modifies no requirement. */
function skipsSpecs(changeDir: string): boolean {
  const metadata = path.join(changeDir, '.openspec.yaml');
  if (!existsSync(metadata)) return false;
  return /^skip_specs:\s*true\s*$/m.test(readFileSync(metadata, 'utf8'));
}

const rule: WorkspaceRule<ChangeFacts> = {
  meta: {
    type: 'problem',
    scope: 'workspace',
    docs: {
      description: 'Require every OpenSpec change to carry at least one delta spec (or skip_specs: true in its .openspec.yaml)',
      url: ruleDocsUrl('change-deltas'),
      recommended: true,
    },
    templates: [CHANGE_PROPOSAL, DELTA_SPEC],
    defaultSeverity: 'error',
    messages: {
      none: 'Missing delta spec in change "{{change}}", expected specs/<capability>/spec.md with "## ADDED|MODIFIED|REMOVED|RENAMED Requirements" (or skip_specs: true in .openspec.yaml)',
    },
  },

  collect(context) {
    const { document, template } = context;
    const location = openSpecLocation(document.path);
    if (!location?.change) return undefined;
    if (template?.id === DELTA_SPEC) {
      const delta = readDeltaSpec(document);
      return { location, entries: delta.added.length + delta.modified.length + delta.removed.length + delta.renamed.length };
    }
    if (location.kind !== 'proposal') return undefined;
    const whatChanges = document.allSections.find((section) => section.title.toLowerCase() === 'what changes');
    return { location, anchor: (whatChanges ?? document.sections[0])?.position ?? document.title?.position };
  },

  check(context) {
    const linted = new Map<string, { entries: number; files: Set<string> }>();
    for (const entry of context.entries) {
      const facts = entry.facts;
      if (facts?.entries === undefined) continue;
      const key = `${facts.location.root}\n${facts.location.change}`;
      const change = linted.get(key) ?? { entries: 0, files: new Set<string>() };
      change.entries += facts.entries;
      change.files.add(path.resolve(entry.path));
      linted.set(key, change);
    }
    for (const entry of context.entries) {
      const { location, anchor } = entry.facts ?? {};
      if (location?.kind !== 'proposal' || location.change === undefined) continue;
      const change = linted.get(`${location.root}\n${location.change}`);
      if (change && change.entries > 0) continue;
      const changeDir = path.join(location.root, 'changes', location.change);
      if (skipsSpecs(changeDir)) continue;
      // Delta files the run did not lint may hold the entries: the run cannot tell, so it does not guess.
      const unlinted = markdownFiles(path.join(changeDir, 'specs')).filter((file) => !change?.files.has(path.resolve(file)));
      if (unlinted.length > 0) continue;
      context.report({ path: entry.path, messageId: 'none', data: { change: location.change }, position: anchor });
    }
  },
};

export default rule;
