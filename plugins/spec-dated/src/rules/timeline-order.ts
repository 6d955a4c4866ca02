import type { DocumentRule, Position, Section } from '@specloom/core';
import { calendarProblem, isInSection, positionFromOffsets } from '@specloom/core';
import { segmentsText, textSegments } from '../utils/text-segments.js';
import { datedTemplateOf } from '../utils/templates.js';

/** `**Phase 1 Complete**: 2026-02-20`, `Start Date - 2026-02-02`: a label and a value. */
const labelled = /^([^:\n]{1,80}?)\s*(?::|\s[-–—]\s)\s*(.*)$/;
/** A date shaped like ISO, possibly not a real one (`2026-02-30`). */
const isoShaped = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
const startLabel = /\bstart(?:s|ed|ing)?\b|\bkick-?off\b|\bbegin/i;
const timelineTitle = /^(?:timeline|milestones|schedule|timeline (?:and|&) milestones|delivery plan)$/i;

interface DatedEntry {
  label: string;
  date: string;
  position: Position;
  /** Nested under another entry (`Milestones:` children). */
  nested: boolean;
}

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Timeline dates to be real and in order: start first, milestones ascending',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      invalid: 'Unexpected invalid date "{{value}}" for "{{label}}", expected a real calendar date ({{reason}})',
      beforeStart: 'Unexpected "{{label}}" date {{date}} before "{{start}}" ({{startDate}}), expected on or after {{startDate}}',
      beforePrevious:
        'Unexpected "{{label}}" date {{date}} before "{{previous}}" ({{previousDate}}), expected milestones in date order',
    },
  },

  create(context) {
    return {
      'document:exit'() {
        const { document } = context;
        if (!datedTemplateOf(context)) return;
        for (const section of document.allSections.filter((candidate) => timelineTitle.test(candidate.title.trim()))) {
          // The list and each table are separate schedules, each in its own order.
          checkOrder(listEntries(section));
          for (const entries of tableEntries(section)) checkOrder(entries);
        }
      },
    };

    /** Dated list items of the section (its sub-sections too), in document order. */
    function listEntries(section: Section): DatedEntry[] {
      const entries: DatedEntry[] = [];
      for (const { node: item, parent, position: itemPosition } of context.document.listItems) {
        const itemStart = itemPosition.start.offset;
        if (!isInSection(section, itemStart)) continue;
        const first = item.children[0];
        if (first?.type !== 'paragraph') continue;
        const segments = textSegments(first);
        const match = labelled.exec(segmentsText(segments));
        // `labelled` has two groups, each taking part in every match.
        const date = match && isoShaped.exec(match[2]!);
        if (!match || !date) continue;
        const offset = context.document.text.indexOf(date[0], first.position?.start.offset ?? itemStart);
        const position = positionFromOffsets(context.document.lineStarts, offset, offset + date[0].length);
        const entry = readDate(match[1]!.trim(), date, position);
        if (entry) entries.push({ ...entry, nested: parent !== undefined });
      }
      return entries;
    }

    /** Dates in each timeline table (`| Milestone | Date |`), row by row. */
    function tableEntries(section: Section): DatedEntry[][] {
      const tables: DatedEntry[][] = [];
      for (const table of context.document.tables) {
        const at = table.position.start.offset;
        if (at < section.contentPosition.start.offset || at >= section.contentPosition.end.offset) continue;
        const dateColumn = table.header.findIndex((cell) => /\b(?:date|due|target|when)\b/i.test(cell.text));
        if (dateColumn === -1) continue;
        const entries: DatedEntry[] = [];
        tables.push(entries);
        for (const row of table.rows) {
          const cell = row[dateColumn];
          const date = cell && isoShaped.exec(cell.text);
          if (!date) continue;
          const label = row.find((_, index) => index !== dateColumn)?.text.trim() || date[0];
          const entry = readDate(label, date, cell.position);
          if (entry) entries.push({ ...entry, nested: true });
        }
      }
      return tables;
    }

    function readDate(label: string, date: RegExpExecArray, position: Position) {
      const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
      const reason = calendarProblem(year, month, day);
      const cleanLabel = label.replace(/[*_`]/g, '');
      if (reason) {
        context.report({ messageId: 'invalid', data: { value: date[0], label: cleanLabel, reason }, position });
        return undefined;
      }
      return { label: cleanLabel, date: date[0], position };
    }

    function checkOrder(entries: DatedEntry[]): void {
      const start = entries.find((entry) => !entry.nested && startLabel.test(entry.label));
      for (const entry of entries) {
        if (start && entry !== start && entry.date < start.date) {
          context.report({
            messageId: 'beforeStart',
            data: { label: entry.label, date: entry.date, start: start.label, startDate: start.date },
            position: entry.position,
          });
        }
      }
      // Milestones (nested items or table rows) are listed in the order they happen.
      let previous: DatedEntry | undefined;
      for (const entry of entries.filter((candidate) => candidate.nested)) {
        if (previous && entry.date < previous.date) {
          context.report({
            messageId: 'beforePrevious',
            data: { label: entry.label, date: entry.date, previous: previous.label, previousDate: previous.date },
            position: entry.position,
          });
        }
        if (!previous || entry.date >= previous.date) previous = entry;
      }
    }
  },
};

export default rule;
