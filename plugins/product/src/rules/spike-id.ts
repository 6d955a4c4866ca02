import type { DocumentRule, Fix } from '@specloom/core';
import { containsPlaceholder } from '@specloom/core';
import { productLine, productLines } from '../utils/product-line.js';
import { formatSpikeId, parseSpikeId, spikeEntries, type SpikeEntry } from '../utils/spikes.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require spike IDs `<Product initial>-NNN` (Station S, Grid G, Trace T, Cross-Product X, or `settings.products`) in ascending order',
      recommended: true,
    },
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      wrongProduct: 'Spike {{id}} does not match product {{product}}: expected {{expected}}',
      format: 'Unexpected spike ID "{{id}}", expected {{expected}} (`<Product initial>-NNN`)',
      missing: 'Missing spike ID, expected {{expected}}',
      order: 'Unexpected spike ID {{id}} after {{previous}}, expected unique ascending IDs ({{expected}})',
    },
  },

  create(context) {
    return {
      document() {
        const { document } = context;
        const product = productLine(document, context.settings);
        const initials = productLines(context.settings).map((line) => line.initial);
        const entries = spikeEntries(document, initials);
        const taken = new Set(entries.map((entry) => parseSpikeId(entry.text, initials)?.canonical).filter(Boolean));
        const seen = new Set<string>();
        let previous: { id: string; number: number; initial: string } | undefined;
        // Without a known Product, the next ID keeps the initial the spikes already use.
        const next = () => formatSpikeId(product?.initial ?? previous?.initial ?? 'S', (previous?.number ?? 0) + 1);
        const fixTo = (entry: SpikeEntry, text: string): Fix | undefined =>
          entry.range ? { range: entry.range, text } : undefined;

        for (const entry of entries) {
          if (entry.text === '') {
            context.report({ messageId: 'missing', data: { expected: next() }, position: entry.position });
            continue;
          }
          // `[ID]` left from the template is the placeholder rule's to report.
          if (containsPlaceholder(entry.text, context.schema)) continue;
          const id = parseSpikeId(entry.text, initials);
          if (!id) {
            context.report({ messageId: 'format', data: { id: entry.text, expected: next() }, position: entry.position });
            continue;
          }
          const initial = product?.initial ?? id.initial;
          const expected = formatSpikeId(initial, id.number);
          if (!id.strict) {
            // Padding and letter case are certain; a different initial is the product check's to fix.
            const fix = initial === id.initial ? fixTo(entry, expected) : undefined;
            context.report({ messageId: 'format', data: { id: entry.text, expected }, position: entry.position, fix });
          } else if (product && id.initial !== product.initial) {
            // Certain only when the other spikes follow the product and the corrected ID is free.
            const othersFollow = entries.some((other) => parseSpikeId(other.text, initials)?.initial === product.initial);
            const fix = othersFollow && !taken.has(expected) ? fixTo(entry, expected) : undefined;
            context.report({
              messageId: 'wrongProduct',
              data: { id: entry.text, product: product.name, expected },
              position: entry.position,
              fix,
            });
          } else if (previous && id.number <= previous.number && !seen.has(id.canonical)) {
            // An exact repeat is the core id-duplicate rule's finding; this reports IDs that go backwards.
            context.report({
              messageId: 'order', severity: 'warn',
              data: { id: id.canonical, previous: previous.id, expected: next() },
              position: entry.position,
            });
          }
          seen.add(id.canonical);
          if (!previous || id.number > previous.number) {
            previous = { id: id.canonical, number: id.number, initial: id.initial };
          }
        }
      },
    };
  },
};

export default rule;
