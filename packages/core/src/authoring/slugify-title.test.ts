import { describe, expect, it } from 'vitest';
import { slugifyTitle } from './slugify-title.js';

describe('slugifyTitle', () => {
  it('lower-cases and joins words with hyphens', () => {
    expect(slugifyTitle('Billing Webhooks for Invoices')).toBe('billing-webhooks-for-invoices');
  });

  it('transliterates non-ASCII letters', () => {
    expect(slugifyTitle('Größenänderung für das Café')).toBe('groessenaenderung-fuer-das-cafe');
  });

  it('never keeps path separators or dot-dot', () => {
    const slug = slugifyTitle('../../etc/passwd \\ windows\\path');
    expect(slug).not.toMatch(/[/\\]|\.\./u);
    expect(slug).toBe('etc-passwd-windows-path');
  });

  it('falls back to "untitled" when nothing usable is left', () => {
    expect(slugifyTitle('!!! ???')).toBe('untitled');
  });

  it('keeps file names short', () => {
    expect(slugifyTitle('word '.repeat(40)).length).toBeLessThanOrEqual(60);
  });
});
