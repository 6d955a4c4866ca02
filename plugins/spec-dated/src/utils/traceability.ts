import type { SpecDocument, TableCell } from '@specloom/core';
import { specDatedIds } from '../templates/id-families.js';
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
    ] as const) {
      let targets = this.byKey.get(from);
      if (!targets) this.byKey.set(from, (targets = new Map<string, LinkReference>()));
      if (!targets.has(to)) targets.set(to, reference);
    }
  }

  get(first: string, second: string): LinkReference | undefined {
    return this.byKey.get(first)?.get(second);
  }

  /** The keys linked to `key`. */
  of(key: string): Iterable<string> {
    return this.byKey.get(key)?.keys() ?? [];
  }
}

/**
 * For each offset, the smallest owner range holding it (the first such owner on a tie), as a scan over every
 * owner per offset would find, in O((owners + offsets) log owners): offsets are visited in increasing order while
 * owners enter a min-heap by size as their range starts; an owner whose range has ended can never hold a later
 * offset, so it leaves the heap once it reaches the top.
 */
function innermostOwners(owners: readonly Owner[], offsets: readonly number[]): Map<number, Owner> {
  const byStart = owners.map((owner, index) => ({ owner, index })).sort((left, right) => left.owner.range[0] - right.owner.range[0]);
  const heap = new MinHeap<{ owner: Owner; index: number }>((left, right) => {
    const size = left.owner.range[1] - left.owner.range[0] - (right.owner.range[1] - right.owner.range[0]);
    return size !== 0 ? size : left.index - right.index;
  });
  const found = new Map<number, Owner>();
  let next = 0;
  for (const offset of [...new Set(offsets)].sort((left, right) => left - right)) {
    for (; next < byStart.length && byStart[next]!.owner.range[0] <= offset; next++) heap.push(byStart[next]!);
    while (heap.peek() && heap.peek()!.owner.range[1] <= offset) heap.pop();
    const top = heap.peek();
    if (top) found.set(offset, top.owner);
  }
  return found;
}

/** A binary min-heap: the few lines are cheaper than a dependency for one use. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (left: T, right: T) => number) {}

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let index = items.length - 1; index > 0; ) {
      const parent = (index - 1) >> 1;
      if (this.compare(items[index]!, items[parent]!) >= 0) break;
      [items[index], items[parent]] = [items[parent]!, items[index]!];
      index = parent;
    }
  }

  pop(): void {
    const items = this.items;
    const last = items.pop();
    if (last === undefined || items.length === 0) return;
    items[0] = last;
    for (let index = 0; ; ) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < items.length && this.compare(items[left]!, items[smallest]!) < 0) smallest = left;
      if (right < items.length && this.compare(items[right]!, items[smallest]!) < 0) smallest = right;
      if (smallest === index) break;
      [items[index], items[smallest]] = [items[smallest]!, items[index]!];
      index = smallest;
    }
  }
}

/** Finds the table row holding an offset by binary search over every row's range (rows never overlap). */
function rowFinder(document: SpecDocument): (offset: number) => TableCell[] | undefined {
  const rows: Array<{ start: number; end: number; row: TableCell[] }> = [];
  for (const table of document.tables) {
    for (const row of table.rows) {
      const start = row[0]?.position.start.offset;
      const end = row[row.length - 1]?.position.end.offset;
      if (start !== undefined && end !== undefined) rows.push({ start, end, row });
    }
  }
  rows.sort((left, right) => left.start - right.start);
  return (offset) => {
    let low = 0;
    let high = rows.length - 1;
    let candidate: (typeof rows)[number] | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (rows[middle]!.start <= offset) {
        candidate = rows[middle];
        low = middle + 1;
      } else high = middle - 1;
    }
    return candidate && offset < candidate.end ? candidate.row : undefined;
  };
}

/** Items by key, in their list's order: `byKey.get(k)` are the items whose key is k. */
function indexByKey<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === null) return;
    const indexes = byKey.get(key);
    if (indexes) indexes.push(index);
    else byKey.set(key, [index]);
  });
  return byKey;
}

/** The items linked to any of `keys`, in their list's order, each once. */
function linkedItems<T>(items: readonly T[], byKey: Map<string, number[]>, keys: Iterable<string>): T[] {
  const indexes = new Set<number>();
  for (const key of keys) for (const index of byKey.get(key) ?? []) indexes.add(index);
  return [...indexes].sort((left, right) => left - right).map((index) => items[index]!);
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
  const ids = specDatedIds(document);
  const owned = innermostOwners(owners, ids.map((occurrence) => occurrence.position.start.offset));
  const rowAt = rowFinder(document);
  for (const occurrence of ids) {
    const kind = kinds.get(occurrence.id);
    if (!families[occurrence.family] || !kind) continue;
    const offset = occurrence.position.start.offset;
    const reference = { line: occurrence.position.start.line, section: occurrence.section ?? null };
    const owner = owned.get(offset);
    if (owner) {
      if (owner.kind !== kind) links.add(owner.key, occurrence.id, reference);
      continue;
    }
    const row = rowAt(offset);
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

  // Each requirement visits only what it is linked to (and what that is linked to), in list order: a scan of every
  // criterion and test per requirement made 4,000 requirements and tests take seconds.
  const testsById = indexByKey(tests, (test) => test.id);
  const criteriaByKey = indexByKey(criteria, (criterion) => criterion.key);
  return requirements.flatMap((requirement) => {
    if (requirement.id === null) return [];
    const id = requirement.id;
    const directTests = linkedItems(tests, testsById, links.of(id));
    const directCriteria = linkedItems(criteria, criteriaByKey, links.of(id));
    const candidateCriteria = linkedItems(criteria, criteriaByKey, [...links.of(id), ...directTests.flatMap((test) => [...links.of(test.id)])]);
    const candidateTests = linkedItems(tests, testsById, [...links.of(id), ...directCriteria.flatMap((criterion) => [...links.of(criterion.key)])]);
    const acceptanceCriteria = candidateCriteria.flatMap((criterion): TraceLink[] => {
      const direct = links.get(id, criterion.key);
      const through = direct ? undefined : directTests.find((test) => links.get(test.id, criterion.key));
      const reference = direct ?? (through && links.get(through.id, criterion.key));
      if (!reference) return [];
      return [{ id: criterion.id, name: criterion.name, line: criterion.line, via: through?.id ?? null, reference }];
    });
    const linkedTests = candidateTests.flatMap((test): TraceLink[] => {
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
