import type { SpecDocument, TableCell } from '@specloom/core';
import type { CriterionItem } from './criterion-items.js';
import type { RequirementItem } from './requirement-items.js';
import { keywordLevel } from './rfc2119.js';
import type { TestCaseItem } from './test-case-items.js';

/** Where a link between two items is written. */
export interface LinkReference {
  line: number;
  section: string | null;
}

/** An acceptance criterion or test linked to a requirement. */
export interface TraceLink {
  /** As written; null for a Gherkin scenario without an `AC-N` in its name (then `name` says which). */
  id: string | null;
  name: string | null;
  /** Where the criterion or test is defined. */
  line: number;
  /** Null when linked directly; else the test (for a criterion) or criterion (for a test) the link goes through. */
  via: string | null;
  reference: LinkReference;
}

export interface TraceRow {
  requirement: RequirementItem & { id: string };
  acceptanceCriteria: TraceLink[];
  tests: TraceLink[];
  /** At least one acceptance criterion or test. */
  covered: boolean;
  /** MUST, MUST NOT, SHALL, SHALL NOT or REQUIRED: an absolute requirement, which needs coverage. */
  must: boolean;
}

type Kind = 'requirement' | 'criterion' | 'test';

interface Owner {
  key: string;
  kind: Kind;
  range: [number, number];
}

const families: Record<string, Kind> = { req: 'requirement', fr: 'requirement', nfr: 'requirement', ac: 'criterion', test: 'test' };

/** Links between item keys, both ways; the first place a pair is linked is kept. */
class Links {
  private readonly byKey = new Map<string, Map<string, LinkReference>>();

  add(first: string, second: string, reference: LinkReference): void {
    for (const [from, to] of [
      [first, second],
      [second, first],
    ]) {
      let targets = this.byKey.get(from);
      if (!targets) this.byKey.set(from, (targets = new Map()));
      if (!targets.has(to)) targets.set(to, reference);
    }
  }

  get(first: string, second: string): LinkReference | undefined {
    return this.byKey.get(first)?.get(second);
  }
}

function innermost(owners: readonly Owner[], offset: number): Owner | undefined {
  let found: Owner | undefined;
  for (const owner of owners) {
    if (offset < owner.range[0] || offset >= owner.range[1]) continue;
    if (!found || owner.range[1] - owner.range[0] < found.range[1] - found.range[0]) found = owner;
  }
  return found;
}

function rowAt(document: SpecDocument, offset: number): TableCell[] | undefined {
  for (const table of document.tables) {
    for (const row of table.rows) {
      const start = row[0]?.position.start.offset;
      const end = row[row.length - 1]?.position.end.offset;
      if (start !== undefined && end !== undefined && offset >= start && offset < end) return row;
    }
  }
  return undefined;
}

/**
 * Link requirements to acceptance criteria and tests. The linking rule:
 * 1. An ID written inside an item that defines another ID (its list item with sub-bullets, table row, or the
 *    section under a defining heading; the innermost one) links the two: `TEST-001 … (REQ-001, AC-1)`,
 *    `AC-2 … Covers: REQ-003`, `REQ-004 … verified by TEST-004`.
 * 2. The IDs in one row of a table that defines none of them (a traceability table `| REQ-001 | AC-1 | TEST-001 |`)
 *    link to each other.
 * 3. IDs in a Gherkin scenario's lines, tags or comments (`@FR1`, `# Covers: FR2`) link it to them.
 * Only IDs the document defines link; links between two requirements, criteria or tests are ignored. A
 * requirement is then covered by the criteria and tests linked to it, plus one step further: the criteria of
 * its tests and the tests of its criteria (`via`).
 */
export function traceRequirements(
  document: SpecDocument,
  requirements: readonly RequirementItem[],
  criteria: readonly CriterionItem[],
  tests: readonly TestCaseItem[],
): TraceRow[] {
  const kinds = new Map<string, Kind>();
  const owners: Owner[] = [];
  for (const requirement of requirements) {
    if (requirement.id === null) continue;
    kinds.set(requirement.id, 'requirement');
    owners.push({ key: requirement.id, kind: 'requirement', range: requirement.range });
  }
  for (const criterion of criteria) {
    if (criterion.id !== null) kinds.set(criterion.id, 'criterion');
    if (criterion.range) owners.push({ key: criterion.key, kind: 'criterion', range: criterion.range });
  }
  for (const test of tests) {
    kinds.set(test.id, 'test');
    if (test.range) owners.push({ key: test.id, kind: 'test', range: test.range });
  }

  const links = new Links();
  const rows = new Map<TableCell[], Array<{ id: string; kind: Kind; reference: LinkReference }>>();
  for (const occurrence of document.ids) {
    const kind = kinds.get(occurrence.id);
    if (!families[occurrence.family] || !kind) continue;
    const offset = occurrence.position.start.offset;
    const reference = { line: occurrence.position.start.line, section: occurrence.section ?? null };
    const owner = innermost(owners, offset);
    if (owner) {
      if (owner.kind !== kind) links.add(owner.key, occurrence.id, reference);
      continue;
    }
    const row = rowAt(document, offset);
    if (!row) continue;
    const ids = rows.get(row) ?? [];
    ids.push({ id: occurrence.id, kind, reference });
    rows.set(row, ids);
  }
  for (const ids of rows.values()) {
    for (const first of ids) {
      for (const second of ids) {
        if (first.kind !== second.kind) links.add(first.id, second.id, first.reference);
      }
    }
  }
  for (const criterion of criteria) {
    for (const reference of criterion.references) {
      const kind = kinds.get(reference.id);
      if (kind === 'requirement' || kind === 'test') links.add(criterion.key, reference.id, reference);
    }
  }

  return requirements.flatMap((requirement) => {
    if (requirement.id === null) return [];
    const id = requirement.id;
    const directTests = tests.filter((test) => links.get(id, test.id));
    const directCriteria = criteria.filter((criterion) => links.get(id, criterion.key));
    const acceptanceCriteria = criteria.flatMap((criterion): TraceLink[] => {
      const direct = links.get(id, criterion.key);
      const through = direct ? undefined : directTests.find((test) => links.get(test.id, criterion.key));
      const reference = direct ?? (through && links.get(through.id, criterion.key));
      if (!reference) return [];
      return [{ id: criterion.id, name: criterion.name, line: criterion.line, via: through?.id ?? null, reference }];
    });
    const linkedTests = tests.flatMap((test): TraceLink[] => {
      const direct = links.get(id, test.id);
      const through = direct ? undefined : directCriteria.find((criterion) => links.get(criterion.key, test.id));
      const reference = direct ?? (through && links.get(through.key, test.id));
      if (!reference) return [];
      return [{ id: test.id, name: null, line: test.line, via: through ? criterionLabel(through) : null, reference }];
    });
    return [
      {
        requirement: { ...requirement, id },
        acceptanceCriteria,
        tests: linkedTests,
        covered: acceptanceCriteria.length + linkedTests.length > 0,
        must: requirement.keyword !== null && keywordLevel(requirement.keyword) === 'absolute',
      },
    ];
  });
}

/** How a criterion is named to a reader: its ID, else its scenario name, else its line. */
export function criterionLabel(criterion: Pick<CriterionItem, 'id' | 'name' | 'line'>): string {
  if (criterion.id) return criterion.id;
  return criterion.name ? `Scenario "${criterion.name}"` : `Scenario on line ${criterion.line}`;
}
