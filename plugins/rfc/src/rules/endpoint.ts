import type { InlineCode, Paragraph } from 'mdast';
import type { DocumentRule, Position, RuleContext } from '@specloom/core';
import { blocksAfterLabel, findLabelledParagraphs, nodePosition, positionAt } from '@specloom/core';

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT'];
const notApplicable = /^(n\/a|none|not applicable)|\bno (new |changed )?(api|endpoints?)\b/i;
/**
 * A path (`/api/v1/{resource}`), an absolute URL, or a URL template for an outbound call the RFC does not own
 * (`POST {merchant_webhook_url}`, `<callback-url>`, `$WEBHOOK_URL`).
 */
const pathPattern = /^(?:\/\S*|https?:\/\/\S+|\{[^}\s]+\}\S*|<[^>\s]+>\S*|\$\{?\w+\}?\S*)$/;

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every `**Endpoint**:` line to give an HTTP method and a path',
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      missing: 'Missing endpoint, expected `METHOD /path` such as `POST /api/v1/resources`',
      noMethod: 'Unexpected endpoint `{{endpoint}}` without an HTTP method, expected `METHOD /path` such as `GET {{endpoint}}`',
      noPath: 'Unexpected endpoint `{{endpoint}}` without a path, expected `{{method}} /path`',
      methodCase: 'Unexpected HTTP method `{{method}}`, expected `{{expected}}`',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        for (const label of findLabelledParagraphs(document, ['Endpoint', 'Endpoints'])) {
          const position = nodePosition(document, label.paragraph);
          // An RFC without an API says so: `N/A`, `None (configuration only)`, "no new endpoint".
          if (notApplicable.test(label.value)) continue;
          const codes = inlineCodes(label.paragraph);
          if (codes.length > 0) {
            // A line may describe its endpoints in prose around code (`every route under `/api/v1/`. Example:
            // `GET /api/v1/reports/77``): the code spans that name a method are the endpoints.
            const endpoints = codes.filter((code) => startsWithMethod(code.value));
            for (const code of endpoints) checkEndpoint(context, code.value, nodePosition(document, code), true);
            if (endpoints.length > 0) continue;
            // Code without a method is certainly incomplete only when it is all the line says.
            const prose = codes.reduce((text, code) => text.replace(code.value, ''), label.value).replace(/[`\s.,;:()]/g, '');
            checkEndpoint(context, codes[0]!.value, nodePosition(document, codes[0]!), true, prose === '' ? undefined : 'warn');
            continue;
          }
          if (label.value !== '') {
            // One token (`/api/v1/keys`) is an endpoint missing its method; words describe the API in prose.
            const prose = label.value.trim().split(/\s+/).length > 1 && !startsWithMethod(label.value);
            checkEndpoint(context, label.value, position, false, prose ? 'warn' : undefined);
            continue;
          }
          // `**Endpoints**:` followed by a list: one endpoint per item.
          const items = blocksAfterLabel(document, label.index).flatMap((block) => (block.type === 'list' ? block.children : []));
          if (items.length === 0) context.report({ messageId: 'missing', position });
          for (const item of items) {
            const paragraph = item.children[0];
            const itemCode = paragraph?.type === 'paragraph' ? firstInlineCode(paragraph) : undefined;
            if (itemCode) checkEndpoint(context, itemCode.value, nodePosition(document, itemCode), true);
          }
        }
      },
    };
  },
};

function firstInlineCode(paragraph: Paragraph): InlineCode | undefined {
  return paragraph.children.find((child): child is InlineCode => child.type === 'inlineCode');
}

function inlineCodes(paragraph: Paragraph): InlineCode[] {
  return paragraph.children.filter((child): child is InlineCode => child.type === 'inlineCode');
}

function startsWithMethod(text: string): boolean {
  const first = text.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
  return methods.includes(first);
}

/**
 * `METHOD /path`: an upper-case method, then a path or URL. Inside inline code (`inCode`) the method's letters
 * are found in the source, so a letter-case fix replaces exactly them.
 */
function checkEndpoint(
  context: RuleContext,
  text: string,
  position: Position,
  inCode: boolean,
  severity?: 'warn',
): void {
  const endpoint = text.trim();
  const [first = '', second] = endpoint.split(/\s+/);
  const method = methods.find((candidate) => candidate === first.toUpperCase());
  if (!method) {
    context.report({ messageId: 'noMethod', data: { endpoint }, position, severity });
    return;
  }
  if (!second || !pathPattern.test(second)) {
    // Nothing after the method is certainly incomplete; a word we do not read as a path may still name one.
    context.report({ messageId: 'noPath', data: { endpoint, method }, position, severity: second ? 'warn' : severity });
    return;
  }
  if (first !== method) {
    const index = context.document.text.slice(position.start.offset, position.end.offset).indexOf(first);
    const start = position.start.offset + index;
    const exact = inCode && index !== -1;
    context.report({
      messageId: 'methodCase',
      data: { method: first, expected: method },
      position: exact ? positionAt(context.document, start, start + first.length) : position,
      ...(exact ? { fix: { range: [start, start + first.length] as [number, number], text: method } } : {}),
    });
  }
}

export default rule;
