import { renderHtmlPage, type Renderer, type SpecDocument } from '@specloom/core';

/** The link texts in a metadata field's value (`[ADR-0004](0004-….md)` -> `ADR-0004`). */
function linkedLabels(document: SpecDocument, fieldName: string): string[] {
  const field = document.metadata[fieldName];
  if (!field) return [];
  const value = document.text.slice(field.valuePosition.start.offset, field.valuePosition.end.offset);
  return [...value.matchAll(/\[([^\]]+)\]\([^)]*\)/g)].map((match) => match[1]!);
}

/**
 * Core's sanitized HTML page, with what a reader of an ADR needs first: a banner naming the ADR that replaced
 * a superseded one, and the ADRs this one supersedes in the header card.
 */
export const adrHtmlRenderer: Renderer = {
  format: 'html',
  templates: ['adr'],
  render(document, context) {
    const status = document.metadata['status']?.value;
    const successors = linkedLabels(document, 'superseded by');
    const banner =
      typeof status === 'string' && status.toLowerCase() === 'superseded' && successors.length > 0
        ? `Superseded by ${successors.join(', ')}: read that decision instead.`
        : undefined;
    return renderHtmlPage(document, { context, banner });
  },
};
