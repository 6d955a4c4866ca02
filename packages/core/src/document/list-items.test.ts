import { describe, expect, it } from 'vitest';
import type { Position } from '../types/document.js';
import { parseSpecDocument } from './parse-spec-document.js';
import { defined } from '../defined.js';

const at = (position: Position | undefined) => position && `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`;

describe('the list items of the document model', () => {
  const document = parseSpecDocument(
    [
      '- Before any heading',
      '',
      '# Title',
      '',
      '## Tasks',
      '',
      '- [ ] **Task 1**: write it',
      '  1. Step one',
      '  2. [x] Step two',
      '     - deeper',
      '',
      '### Later',
      '',
      '> - quoted',
      '',
      '| A |',
      '| - |',
      '| 1 |',
      '',
      '```js',
      'x',
      '```',
      '',
    ].join('\n'),
  );
  const tasks = defined(document.allSections[1], 'the Tasks section');
  const later = defined(document.allSections[2], 'the Later section');

  it('lists every item in document order with its text, task state, numbering and depth', () => {
    expect(document.listItems.map((item) => [item.text, item.checked, item.ordered, item.depth, at(item.position)])).toEqual([
      ['Before any heading', undefined, false, 0, '1:1-1:21'],
      ['Task 1: write it', false, false, 0, '7:1-10:14'],
      ['Step one', undefined, true, 1, '8:3-8:14'],
      ['Step two', true, true, 1, '9:3-10:14'],
      ['deeper', undefined, false, 2, '10:6-10:14'],
      ['quoted', undefined, false, 0, '14:3-14:11'],
    ]);
  });

  it('links each item to the item it is nested in and to its section object', () => {
    expect(document.listItems).toHaveLength(6);
    const [before, task, one, two, deeper, quoted] = document.listItems;
    expect([before?.parent, task?.parent, one?.parent, two?.parent, deeper?.parent, quoted?.parent]).toEqual([undefined, undefined, task, task, two, undefined]);
    expect(before?.section).toBeUndefined();
    expect(tasks.title).toBe('Tasks');
    for (const item of [task, one, two, deeper]) expect(item?.section).toBe(tasks);
    expect(quoted?.section).toBe(later);
  });

  it('gives checklists, tables and code blocks the same section objects, and each checklist item its list item', () => {
    expect(document.checklists.map((item) => [item.text, item.checked])).toEqual([
      ['Task 1: write it', false],
      ['Step two', true],
    ]);
    expect(document.checklists.map((item) => item.listItem)).toEqual([document.listItems[1], document.listItems[3]]);
    expect(document.checklists[0]?.section).toBe(tasks);
    expect(document.tables[0]?.section).toBe(later);
    expect(document.codeBlocks[0]?.section).toBe(later);
  });
});
