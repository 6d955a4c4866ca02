import type { Section, SpecDocument } from '../types/document.js';
import type { DocumentRule, Fix } from '../types/rule.js';
import type { SectionSchema } from '../types/schema.js';
import { ruleDocsUrl } from './utils/docs-url.js';
import { matchSections, type SectionLevel } from './utils/section-matches.js';

/**
 * Both ways of numbering are correct: keep the template's numbers (5, then 7 when 6 is left out), or
 * number the sections present one after another (5, then 6). A document is checked against the one it
 * follows more closely.
 */
type NumberingStyle = 'template' | 'sequential';

interface Expectation {
  section: Section;
  expected: string;
}

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require section numbers that follow the template, with or without the gaps of omitted sections',
      url: ruleDocsUrl('section-numbering'),
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      number: 'Unexpected section number "{{actual}}" for "{{section}}", expected "{{expected}}"',
    },
  },

  create(context) {
    return {
      document() {
        const { document, schema } = context;
        if (!schema || !hasNumbers(schema.sections)) return;
        const top = matchSections(document, schema);
        const misnumbered = (style: NumberingStyle) =>
          expectations(top, style, undefined).filter(({ section, expected }) => section.number !== expected);
        const template = misnumbered('template');
        const sequential = misnumbered('sequential');
        // Report against the style the document follows more closely; a tie goes to the template's own numbers.
        const wrong = sequential.length < template.length ? sequential : template;
        for (const { section, expected } of wrong) {
          context.report({
            messageId: 'number',
            data: { actual: section.number!, section: section.title, expected },
            position: section.position,
            fix: numberFix(document, section, expected),
          });
        }
      },
    };
  },
};

function hasNumbers(sections: SectionSchema[]): boolean {
  return sections.some((section) => section.number !== undefined || hasNumbers(section.children));
}

const lastPart = (number: string) => number.slice(number.lastIndexOf('.') + 1);
const prefixOf = (number: string) => number.slice(0, number.lastIndexOf('.') + 1);

/**
 * The number each numbered section should carry in `style`. Sub-section numbers always start with their
 * parent's (expected) number; sections the template does not number are only checked in sequential style.
 */
function expectations(level: SectionLevel, style: NumberingStyle, parentNumber: string | undefined): Expectation[] {
  const result: Expectation[] = [];
  const firstSchemaNumber = level.schemas.find((schema) => schema.number !== undefined)?.number;
  const firstNumber = firstSchemaNumber ? Number(lastPart(firstSchemaNumber)) : 1;
  const start = Number.isInteger(firstNumber) ? firstNumber : 1;
  let position = 0;
  for (const { section, schema, children } of level.sections) {
    let expected: string | undefined;
    if (section.number !== undefined) {
      const templateNumber = schema?.number;
      const last = style === 'sequential' ? String(start + position) : templateNumber && lastPart(templateNumber);
      const prefix =
        parentNumber !== undefined
          ? `${parentNumber}.`
          : prefixOf(style === 'template' && templateNumber ? templateNumber : section.number);
      position++;
      if (last) {
        expected = prefix + last;
        result.push({ section, expected });
      }
    }
    result.push(...expectations(children, style, expected ?? section.number));
  }
  return result;
}

/** Replace the number in the heading's source, when it stands plainly after the `#` marks. */
function numberFix(document: SpecDocument, section: Section, expected: string): Fix | undefined {
  const start = section.position.start.offset;
  const source = document.text.slice(start, section.position.end.offset);
  const lead = /^[ \t]*(?:#{1,6}[ \t]+)?/.exec(source)![0];
  if (!source.startsWith(section.number!, lead.length)) return undefined;
  const numberStart = start + lead.length;
  return { range: [numberStart, numberStart + section.number!.length], text: expected };
}

export default rule;
