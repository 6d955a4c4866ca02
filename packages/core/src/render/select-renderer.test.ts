import { describe, expect, it } from 'vitest';
import type { Renderer } from '../types/plugin.js';
import { jsonRenderer } from './document-json.js';
import { htmlRenderer } from './html-page.js';
import { selectRenderer } from './select-renderer.js';

const render = () => '';
const anyHtml: Renderer = { format: 'html', render };
const rfcHtml: Renderer = { format: 'html', templates: ['rfc'], render };
const productMarkdown: Renderer = { format: 'md', templates: ['product'], render };

describe('selectRenderer', () => {
  it('prefers a plugin renderer for the template, then one for any template, then the core default', () => {
    expect(selectRenderer([anyHtml, rfcHtml], 'rfc', 'html')).toBe(rfcHtml);
    expect(selectRenderer([anyHtml, rfcHtml], 'feature', 'html')).toBe(anyHtml);
    expect(selectRenderer([rfcHtml], 'feature', 'html')).toBe(htmlRenderer);
    expect(selectRenderer([rfcHtml], 'rfc', 'json')).toBe(jsonRenderer);
  });

  it('finds plugin-only formats and nothing for unknown ones', () => {
    expect(selectRenderer([productMarkdown], 'product', 'md')).toBe(productMarkdown);
    expect(selectRenderer([productMarkdown], 'rfc', 'md')).toBeUndefined();
  });

  it("lets a later plugin (a config's own, loaded after the built-ins) override an earlier one", () => {
    const builtinRfcHtml: Renderer = { format: 'html', templates: ['rfc'], render };
    const orgRfcHtml: Renderer = { format: 'html', templates: ['rfc'], render };
    expect(selectRenderer([builtinRfcHtml, orgRfcHtml], 'rfc', 'html')).toBe(orgRfcHtml);
    expect(selectRenderer([orgRfcHtml, builtinRfcHtml], 'rfc', 'html')).toBe(builtinRfcHtml);
  });
});
